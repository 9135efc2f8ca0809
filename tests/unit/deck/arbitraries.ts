/** fast-check generators for valid decks (any text, any structure the schema allows) and version 0 decks. */
import fc from 'fast-check';
import { Deck, LAYOUTS, THEMES, ASPECTS, type DeckInput } from '../../../common/deck/schema';

/** Text the schema calls one line: any Unicode, lone surrogates included, but no control characters. */
export const line = (maxLength = 30) =>
  fc.string({ unit: 'binary', maxLength }).map((s) => s.replace(/[\u0000-\u001f\u007f]/g, ' '));
const text = fc
  .string({ unit: 'binary', maxLength: 60 })
  .map((s) => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ' '));
const id = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,20}$/);
const number = fc
  .oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }))
  .map((n) => (Object.is(n, -0) ? 0 : n));

const citation = fc.record(
  { ref: id, pages: fc.option(line(10), { nil: undefined }) },
  { requiredKeys: ['ref'] },
);
const provenance = fc.record({
  source: id,
  sentences: fc.array(fc.stringMatching(/^[A-Za-z0-9._-]{1,10}$/), { maxLength: 3 }),
});
const sourced = {
  citations: fc.array(citation, { maxLength: 2 }),
  provenance: provenance,
  fragment: fc.boolean(),
};

/** Bullets nest at most three levels here, as lecturers write them (the schema allows more). */
function bulletAt(depth: number): fc.Arbitrary<unknown> {
  const children = depth >= 3 ? fc.constant([]) : fc.array(bulletAt(depth + 1), { maxLength: 2 });
  return fc.record(
    { id, text: line(), children, ...sourced },
    { requiredKeys: ['id', 'text', 'children', 'citations'] },
  );
}
const bullet = bulletAt(1);

const datum = fc.dictionary(
  fc.string({ maxLength: 8 }),
  fc.oneof(line(10), number, fc.boolean(), fc.constant(null)),
  { maxKeys: 3 },
);
const chart = fc.record({
  kind: fc.constant('chart' as const),
  spec: fc.record({
    mark: fc.constantFrom('bar', 'line', 'point'),
    data: fc.record({ values: fc.array(datum, { maxLength: 4 }) }),
  }),
});
const image = fc.record({
  kind: fc.constant('image' as const),
  asset: fc.stringMatching(/^assets\/[a-z0-9][a-z0-9 _-]{0,12}\.(png|jpg|svg)$/),
});

const block = fc.oneof(
  fc.record({
    type: fc.constant('bullets' as const),
    id,
    items: fc.array(bullet, { maxLength: 3 }),
  }),
  fc.record(
    { type: fc.constant('text' as const), id, text, ...sourced },
    { requiredKeys: ['type', 'id', 'text', 'citations'] },
  ),
  fc.record(
    { type: fc.constant('quote' as const), id, text, attribution: line(), ...sourced },
    { requiredKeys: ['type', 'id', 'text', 'citations'] },
  ),
  fc.record(
    {
      type: fc.constant('figure' as const),
      id,
      figure: fc.oneof(chart, image),
      caption: line(),
      alt: text,
      source: line(),
      ...sourced,
    },
    { requiredKeys: ['type', 'id', 'figure', 'citations'] },
  ),
  fc.record({ type: fc.constant('references' as const), id, refs: fc.array(id, { maxLength: 3 }) }),
);

const slideWithoutId = fc.record(
  {
    layout: fc.constantFrom(...LAYOUTS),
    title: line(),
    subtitle: line(),
    blocks: fc.array(block, { maxLength: 3 }),
    notes: text,
    hidden: fc.boolean(),
    provenance,
  },
  { requiredKeys: ['layout'] },
);

const reference = fc.record(
  {
    label: line(10),
    text,
    csl: fc.record(
      {
        type: fc.constantFrom('book', 'article-journal'),
        title: line(),
        author: fc.array(fc.record({ family: line(10), given: line(10) }), { maxLength: 2 }),
      },
      { requiredKeys: [] },
    ),
    missing: fc.uniqueArray(
      fc.constantFrom(
        'author',
        'title',
        'issued',
        'publisher',
        'container-title',
        'page',
        'URL' as const,
      ),
      { maxLength: 3 },
    ),
  },
  { requiredKeys: ['label'] },
);

interface Identified {
  id: string;
  items?: Identified[];
  children?: Identified[];
}

/**
 * The slide with each block and bullet id unique within it, as load requires: a repeated id
 * gets a numeric suffix (ids are at most 21 characters here, so the suffix stays within 64).
 */
function uniqueWithinSlide<S extends { blocks?: readonly unknown[] }>(slide: S): S {
  if (!slide.blocks) return slide;
  const used = new Set<string>();
  const claim = (id: string) => {
    let next = id;
    for (let n = 2; used.has(next); n++) next = `${id}-${n}`;
    used.add(next);
    return next;
  };
  const items = (list: readonly Identified[]): Identified[] =>
    list.map((i) => ({ ...i, id: claim(i.id), children: items(i.children ?? []) }));
  const blocks = (slide.blocks as Identified[]).map((b) => {
    const id = claim(b.id);
    return b.items ? { ...b, id, items: items(b.items) } : { ...b, id };
  });
  return { ...slide, blocks };
}

/** A deck as written (defaults not applied), with unique slide and reference ids, and block and bullet ids unique within each slide. */
export const deckInput: fc.Arbitrary<DeckInput> = fc
  .record({
    meta: fc.record(
      {
        title: line().filter((t) => t.length > 0),
        subtitle: line(),
        author: line(),
        course: line(),
        date: fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        language: fc.constantFrom('en', 'en-GB', 'de', 'ru'),
        theme: fc.constantFrom(...THEMES),
        aspectRatio: fc.constantFrom(...ASPECTS),
      },
      { requiredKeys: ['title'] },
    ),
    slides: fc.uniqueArray(fc.tuple(id, slideWithoutId), {
      maxLength: 6,
      selector: ([slideId]) => slideId,
    }),
    references: fc.uniqueArray(fc.tuple(id, reference), {
      maxLength: 3,
      selector: ([refId]) => refId,
    }),
    sources: fc.array(
      fc.record({
        id,
        title: line(),
        hash: fc.stringMatching(/^[0-9a-f]{64}$/).map((h) => `sha256:${h}`),
      }),
      { maxLength: 2 },
    ),
  })
  .map(({ meta, slides, references, sources }) => ({
    format: 'lectern-deck' as const,
    version: 1 as const,
    meta,
    slides: slides.map(([slideId, s]) => ({ id: slideId, ...uniqueWithinSlide(s) })),
    references: references.map(([refId, r]) => ({ id: refId, ...r })),
    sources,
  })) as fc.Arbitrary<DeckInput>;

/** A valid deck with the schema's defaults applied, as the editor holds it. */
export const validDeck: fc.Arbitrary<Deck> = deckInput.map((input) => Deck.parse(input));

/** A version 0 (pre-release draft) deck: a title, and slides of string bullets; ids optional. */
export const v0Deck = fc.record(
  {
    version: fc.constant(0),
    title: line().filter((t) => t.length > 0),
    author: line(),
    theme: fc.constantFrom(...THEMES),
    aspect: fc.constantFrom(...ASPECTS),
    // Ids are unique when given, and may look like the ones the migration makes up ("s2").
    slides: fc.uniqueArray(
      fc.record(
        {
          id: fc.oneof(
            fc.constantFrom('s1', 's2', 's3', 's2-b1'),
            fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/),
          ),
          title: line(),
          notes: text,
          bullets: fc.array(line(), { maxLength: 4 }),
        },
        { requiredKeys: [] },
      ),
      { maxLength: 6, selector: (s) => s.id ?? {} },
    ),
  },
  { requiredKeys: ['version', 'title'] },
);
