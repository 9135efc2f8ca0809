import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDecks, type GeneratedDeck } from '../../../common/generate';
import { staleSlides } from '../../../common/generate/stale';
import { parseSource } from '../../../common/source/parse';
import { serializeDeck } from '../../../common/deck/serialize';
import type { Deck } from '../../../common/deck/schema';
import { untracedNumbers, validates } from './helpers';

const SAMPLE = readFileSync(
  join(__dirname, '../../fixtures/sources/soviet-industrialization-1930s.txt'),
  'utf8',
);
const FIX = join(__dirname, '../../fixtures/sources');
const HASH = 'sha256:' + 'a'.repeat(64);
const opts = { sourceId: 'reading', sourcePath: 'sources/reading.txt' };

const load = (text: string, format: 'text' | 'markdown' = 'text') =>
  parseSource(text, { hash: HASH, format });
const bullets = (d: Deck) =>
  d.slides.flatMap((s) => s.blocks.flatMap((b) => (b.type === 'bullets' ? b.items : [])));

const DOCS: Array<[string, string, 'text' | 'markdown']> = [
  ['the sample', SAMPLE, 'text'],
  ['the Markdown fixture', readFileSync(join(FIX, 'green-revolution.md'), 'utf8'), 'markdown'],
  ['the Roman-numeral fixture', readFileSync(join(FIX, 'cholera-london.txt'), 'utf8'), 'text'],
];

describe.each(DOCS)('generating from %s', (_name, text, format) => {
  const model = load(text, format);
  const decks = generateDecks(model, opts);
  it('gives one valid deck per section, each with a title slide "Part n of N" and a references slide', () => {
    expect(decks).toHaveLength(model.sections.length);
    decks.forEach(({ deck }, i) => {
      expect(validates(deck)).toBe(true);
      expect(deck.slides[0]!.layout).toBe('title');
      expect(deck.slides[0]!.subtitle).toContain(`Part ${i + 1} of ${decks.length}`);
      expect(deck.slides.at(-1)!.layout).toBe('references');
      expect(deck.sources).toEqual([
        { id: 'reading', title: model.title, hash: HASH, path: 'sources/reading.txt' },
      ]);
    });
  });
  it('puts every number on every slide in the sentences its provenance names', () => {
    for (const { deck } of decks) expect(untracedNumbers(deck, model)).toEqual([]);
  });
  it('keeps content slides to at most six bullets, each traced to a sentence', () => {
    for (const { deck } of decks) {
      for (const s of deck.slides)
        for (const b of s.blocks)
          if (b.type === 'bullets') expect(b.items.length).toBeLessThanOrEqual(6);
      for (const item of bullets(deck))
        expect(item.provenance?.sentences.length).toBeGreaterThan(0);
    }
  });
  it('lists every cited work on the references slide, and only those', () => {
    for (const { deck } of decks) {
      const cited = new Set(
        deck.slides
          .flatMap((s) =>
            s.blocks.flatMap((b) =>
              b.type === 'bullets'
                ? b.items.flatMap((i) => i.citations)
                : b.type === 'references'
                  ? []
                  : b.citations,
            ),
          )
          .map((c) => c.ref),
      );
      const listed = new Set(
        deck.slides.flatMap((s) =>
          s.blocks.flatMap((b) => (b.type === 'references' ? b.refs : [])),
        ),
      );
      expect(listed).toEqual(cited);
      expect(new Set(deck.references.map((r) => r.id))).toEqual(cited);
    }
  });
  it('is deterministic: the same source gives byte-identical decks', () => {
    const again = generateDecks(load(text, format), opts);
    expect(again.map((d) => serializeDeck(d.deck))).toEqual(
      decks.map((d) => serializeDeck(d.deck)),
    );
  });
  it('in single mode gives one valid deck with a divider per section', () => {
    const [one, ...rest] = generateDecks(model, { ...opts, single: true });
    expect(rest).toHaveLength(0);
    expect(validates(one!.deck)).toBe(true);
    expect(one!.deck.slides.filter((s) => s.layout === 'section').map((s) => s.title)).toEqual(
      model.sections.map((s) => s.title),
    );
    expect(untracedNumbers(one!.deck, model)).toEqual([]);
  });
});

describe('the sample decks', () => {
  const model = load(SAMPLE);
  const decks = generateDecks(model, opts);
  const find = (decks: GeneratedDeck[], i: number) => decks[i]!.deck;
  it('leave the garbled repeat off the slides and out of the notes, recorded in provenance', () => {
    const d = find(decks, 0);
    expect(bullets(d).some((b) => b.provenance?.sentences.includes('s1.1.8'))).toBe(false);
    const kept = d.slides.find((s) => s.provenance?.sentences.includes('s1.1.8'));
    expect(kept?.provenance?.sentences).toContain('s1.1.7');
    for (const s of d.slides)
      expect(s.notes).not.toMatch(/garbled|Left out|The remaining one-third was built/);
  });
  it('make quote slides with attribution and citation, the garbled clause left out of slide and notes', () => {
    const quotes = decks
      .flatMap((g) => g.deck.slides)
      .flatMap((s) => s.blocks)
      .filter((b) => b.type === 'quote');
    expect(quotes.map((q) => [q.text.slice(0, 40), q.attribution, q.citations])).toEqual([
      [
        'In three or four years the combination o',
        'Soviet magazine "For the sake of industrialization", August 14, 1933',
        [{ ref: 'ref-1', pages: 'pp. 1-2' }],
      ],
      ['This agreement was favorable to us becau', 'Molotov', [{ ref: 'ref-1', pages: 'p. 3' }]],
    ]);
    const quoteSlide = find(decks, 0).slides.find((s) => s.layout === 'quote')!;
    expect(quoteSlide.notes).not.toMatch(/garbled|Left out/);
    expect(quoteSlide.provenance?.sentences).toEqual(['s1.1.2']);
  });
  it('chart the interest rates on a time axis, "before 1926" as a bracket, and never bar foreign specialists beside a group at one site', () => {
    const fig = (d: Deck) => d.slides.flatMap((s) => s.blocks).find((b) => b.type === 'figure');
    const rates = fig(find(decks, 2));
    expect(
      rates?.type === 'figure' &&
        rates.figure.kind === 'chart' &&
        rates.figure.spec.data.values.map((v) => [v.year, v.open ?? '', v.label]),
    ).toEqual([
      [1926, 'before', 'before 1926: 15-20%'],
      [1935, '', '6 percent'],
      [1936, '', '5.5 percent'],
    ]);
    expect(
      rates?.type === 'figure' &&
        rates.figure.kind === 'chart' &&
        (rates.figure.spec.encoding as { x: { type: string } }).x.type,
    ).toBe('temporal');
    expect(rates?.type === 'figure' && rates.alt).toMatch(
      /before 1926, 15-20%; 1935, 6 percent; 1936, 5\.5 percent/,
    );
    expect(
      rates?.type === 'figure' &&
        rates.figure.kind === 'chart' &&
        JSON.stringify(rates.figure.spec.layer),
    ).toContain('"type":"line"');
    expect(rates?.type === 'figure' && rates.caption).toBe(
      'Interest rate fell from 15-20% before 1926 to 5.5 percent in 1936',
    );
    // The specialists' counts differ in kind, place and time: no bar chart of them, a timeline instead.
    const people = fig(find(decks, 1));
    expect(
      people?.type === 'figure' &&
        people.figure.kind === 'chart' &&
        JSON.stringify(people.figure.spec),
    ).not.toContain('"bar"');
  });
  it('never chart a span of years among point dates', () => {
    for (const { deck } of decks) {
      for (const b of deck.slides.flatMap((s) => s.blocks)) {
        if (b.type !== 'figure' || b.figure.kind !== 'chart') continue;
        // A point of a line is one date; a span ("1848-49") is only ever drawn as a span (a timeline's bar).
        if (!JSON.stringify(b.figure.spec.layer).includes('"line"')) continue;
        for (const row of b.figure.spec.data.values) expect(row.end).toBeUndefined();
      }
    }
  });
  it('list the cited works [1] then [2], missing details kept for the lecturer, the slide only the works', () => {
    const d = find(decks, 0);
    expect(d.references.map((r) => [r.id, r.label, r.text, r.missing])).toEqual([
      ['ref-1', '[1]', '', ['author', 'title', 'issued', 'publisher']],
      ['ref-2', '[2]', '', ['author', 'title', 'issued', 'publisher']],
    ]);
    const refsSlide = d.slides.at(-1)!;
    expect(refsSlide.blocks).toEqual([
      { type: 'references', id: 'refs1-b1', refs: ['ref-1', 'ref-2'] },
    ]);
  });
  it('keep names as the source writes them (no silent correction)', () => {
    // A long clause may sit as a lead ending in ":" with its rest beneath: both levels count.
    const withKids = (items: ReturnType<typeof bullets>): ReturnType<typeof bullets> =>
      items.flatMap((b) => [b, ...withKids(b.children)]);
    expect(withKids(bullets(find(decks, 0))).some((b) => b.text.includes('Gerry Plant'))).toBe(
      true,
    );
  });
});

describe('footnotes that point at a listed work', () => {
  it("cite the listed work with the footnote's pages; an unresolvable footnote stays with its own text", () => {
    const model = load(readFileSync(join(FIX, 'green-revolution.md'), 'utf8'), 'markdown');
    const [first] = generateDecks(model, opts);
    const refs = first!.deck.references;
    expect(refs.find((r) => r.id === 'cullather-2010')?.text).toMatch(
      /^Cullather, N\. \(2010\)\. The Hungry World/,
    );
    expect(refs.find((r) => r.id === 'cullather-2010')?.missing).toEqual([]);
    expect(refs.find((r) => r.id === 'fn-4')?.text).toBe('Nobel lecture, 11 December 1970.');
    const cites = bullets(first!.deck).flatMap((b) => b.citations);
    expect(cites).toContainEqual({ ref: 'cullather-2010', pages: 'p. 205' });
  });
});

describe('re-import of a changed reading', () => {
  it('names the slides whose sentences changed, vanished or moved', () => {
    const before = load(SAMPLE);
    const deck = generateDecks(before, opts)[2]!.deck;
    const changed = SAMPLE.replace('lowered to 5.5 percent', 'lowered to 4.5 percent').replace(
      /In August 1939[^.]*\. /,
      '',
    );
    const after = load(changed);
    const stale = staleSlides(deck, 'reading', before, after);
    const byId = Object.fromEntries(stale.map((s) => [s.slideId, s.sentences]));
    const holding = (id: string) =>
      deck.slides.find((s) => s.layout === 'bullets' && s.provenance?.sentences.includes(id))!.id;
    expect(byId[holding('s3.1.4')]).toContainEqual({ sentence: 's3.1.4', why: 'changed' });
    expect(byId.fig1).toContainEqual({ sentence: 's3.1.4', why: 'changed' });
    expect(byId.q1).toContainEqual({ sentence: 's3.1.6', why: 'moved', now: 's3.1.5' });
    expect(byId.c1).toBeUndefined();
    expect(staleSlides(deck, 'reading', before, load(SAMPLE))).toEqual([]);
  });
});

describe("a reading's list on a full slide", () => {
  it('moves the lead and its whole list to a slide of their own, never the list end alone', () => {
    const text = [
      '# Budgets',
      '',
      '## The machine',
      '',
      'The collider was built in a tunnel near Geneva. Its magnets were cooled with liquid helium. Engineers tested every magnet before it was installed. The first beams circulated in the autumn. Construction cost roughly 3 billion euros, shared among the member states:',
      '',
      '- Germany paid about 20 percent of the budget;',
      '- the United Kingdom about 14 percent;',
      '- France about 14 percent;',
      '- Italy about 11 percent.',
      '',
    ].join('\n');
    const model = parseSource(text, { hash: 'sha256:' + 'e'.repeat(64), format: 'markdown' });
    const deck = generateDecks(model, { sourceId: 'r', sourcePath: 'sources/r.md' })[0]!.deck;
    const slides = deck.slides.filter((s) => s.layout === 'bullets');
    const items = slides.map((s) => s.blocks.flatMap((b) => (b.type === 'bullets' ? b.items : [])));
    const withLead = items.find((is) => is.some((i) => i.text.startsWith('Construction cost')));
    expect(withLead?.find((i) => i.text.startsWith('Construction cost'))?.children.length).toBe(4);
    for (const is of items) expect(is[0]?.text).not.toMatch(/^(?:France|Italy|the United)/);
  });
});

describe('a section whose sentences make no bullet', () => {
  it('shows each sentence by its headline, never a slide with a title and nothing on it', () => {
    const reading = [
      '# Reading',
      '',
      '## The contract',
      '',
      'Hobbes wrote that life without a sovereign would be short. Locke wrote that a people may replace a ruler.',
      '',
      '## Later writers',
      '',
      'Later writers described the state of nature as a thought experiment rather than a history, a device for asking what government is for and what it may rightly demand of the governed.',
    ].join('\n');
    const model = parseSource(reading, { hash: 'sha256:' + 'e'.repeat(64), format: 'markdown' });
    const slides = generateDecks(model, opts).flatMap((g) => g.deck.slides);
    const bullets = slides.filter((s) => s.layout === 'bullets');
    for (const s of bullets) {
      const items = s.blocks.flatMap((b) => (b.type === 'bullets' ? b.items : []));
      expect(items.length, s.title).toBeGreaterThan(0);
    }
    const texts = bullets.flatMap((s) =>
      s.blocks.flatMap((b) => (b.type === 'bullets' ? b.items.map((i) => i.text) : [])),
    );
    expect(texts).toContain('Later writers described the state of nature');
  });
});
