/**
 * SourceModel → decks. One deck per thematic section by default (title slide "Part n of N",
 * content, quotes, a figure, references), or one deck with a divider per section. Pure and
 * deterministic: the same model and options give the same decks, byte for byte.
 */
import { Deck, DECK_FORMAT, DECK_SCHEMA_ID, DECK_VERSION, type Citation, type Slide } from '../deck/schema';
import type { Section, SourceModel } from '../source/model';
import { indexReferences, type ReferenceIndex } from './references';
import { buildLexicon } from './lexicon';
import { sectionSlidesWithFigures } from './figures';
import { clip, slugify } from './text';

export interface GenerateOptions {
  /** The id the deck's `sources` entry and every provenance use, e.g. a slug of the file name. */
  sourceId: string;
  /** Where the copy of the source sits inside each deck folder, e.g. "sources/reading.txt". */
  sourcePath: string;
  /** One deck with a section divider per section instead of one deck per section. */
  single?: boolean;
}

export interface GeneratedDeck {
  /** Folder and file name: `<slug>/<slug>.lectern`. Unique among the decks returned. */
  slug: string;
  deck: Deck;
}

const REFS_PER_SLIDE = 6;

/** Generates the decks for a reading. Every deck returned passes `Deck.parse`. */
export function generateDecks(model: SourceModel, options: GenerateOptions): GeneratedDeck[] {
  const sections = model.sections.filter((s) => s.paragraphs.some((p) => p.sentences.length));
  const lexicon = buildLexicon(model);
  const title = clip(model.title.trim() || 'Untitled reading', 200);
  const source = { id: options.sourceId, title, hash: model.hash, path: options.sourcePath };
  const used = new Set<string>();
  const uniqueSlug = (text: string) => {
    const base = slugify(text);
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    return slug;
  };

  if (options.single) {
    const refs = indexReferences(model);
    const titles = new Set<string>();
    const slides: Slide[] = [{ id: 'title', layout: 'title', title, subtitle: partsLine(sections.length), blocks: [], notes: '' }];
    sections.forEach((section, i) => {
      const prefix = `p${i + 1}-`;
      slides.push({ id: `${prefix}divider`, layout: 'section', title: sectionTitle(section), subtitle: `Part ${i + 1} of ${sections.length}`, blocks: [], notes: '' });
      slides.push(...sectionSlidesWithFigures(section, { sourceId: options.sourceId, refs, prefix, lexicon, titles }));
    });
    slides.push(...referenceSlides(slides, refs));
    return [{ slug: uniqueSlug(title), deck: finish({ title }, slides, refs, source) }];
  }

  return sections.map((section, i) => {
    const refs = indexReferences(model);
    const heading = sectionTitle(section);
    const slides: Slide[] = [
      { id: 'title', layout: 'title', title: heading, subtitle: clip(`${title} · Part ${i + 1} of ${sections.length}`, 400), blocks: [], notes: '' },
      ...sectionSlidesWithFigures(section, { sourceId: options.sourceId, refs, prefix: '', lexicon, titles: new Set([heading.toLowerCase()]) }),
    ];
    slides.push(...referenceSlides(slides, refs));
    return { slug: uniqueSlug(heading), deck: finish({ title: heading, subtitle: title }, slides, refs, source) };
  });
}

function partsLine(n: number): string {
  return n === 1 ? 'One part' : `${n} parts`;
}

function sectionTitle(section: Section): string {
  return clip(section.title.trim() || section.id, 200);
}

/** Every citation on the slides, in order: which works, and which pages of each. */
function citedWorks(slides: readonly Slide[]): Map<string, string[]> {
  const works = new Map<string, string[]>();
  const note = (c: Citation) => {
    const pages = works.get(c.ref) ?? [];
    if (c.pages && !pages.includes(c.pages)) pages.push(c.pages);
    works.set(c.ref, pages);
  };
  for (const slide of slides) {
    for (const block of slide.blocks) {
      if (block.type === 'bullets') for (const item of block.items) item.citations.forEach(note);
      else if (block.type !== 'references') block.citations.forEach(note);
    }
  }
  return works;
}

function referenceSlides(slides: readonly Slide[], refs: ReferenceIndex): Slide[] {
  const works = citedWorks(slides);
  const ids = [...works.keys()];
  if (ids.length === 0) {
    return [{ id: 'refs1', layout: 'references', title: 'References', blocks: [{ type: 'text', id: 'refs1-b1', text: 'This part of the reading cites no works.', citations: [] }], notes: '' }];
  }
  const entries = refs.references(ids);
  const out: Slide[] = [];
  for (let i = 0; i < ids.length; i += REFS_PER_SLIDE) {
    const chunk = ids.slice(i, i + REFS_PER_SLIDE);
    const n = out.length + 1;
    const pages = chunk
      .map((id) => {
        const ref = entries.find((r) => r.id === id);
        const used = works.get(id) ?? [];
        return `${ref?.label ?? id}: ${used.length ? used.join(', ') : 'no pages given'}${ref && ref.missing.length ? ' (details missing in the reading)' : ''}`;
      })
      .join('\n');
    out.push({
      id: `refs${n}`,
      layout: 'references',
      title: n === 1 ? 'References' : 'References (continued)',
      blocks: [
        { type: 'references', id: `refs${n}-b1`, refs: chunk },
        { type: 'text', id: `refs${n}-b2`, text: `Pages used:\n${pages}`, citations: [] },
      ],
      notes: '',
    });
  }
  return out;
}

function finish(meta: { title: string; subtitle?: string }, slides: Slide[], refs: ReferenceIndex, source: { id: string; title: string; hash: string; path: string }): Deck {
  const references = refs.references([...citedWorks(slides).keys()]);
  return Deck.parse({
    $schema: DECK_SCHEMA_ID,
    format: DECK_FORMAT,
    version: DECK_VERSION,
    meta: { ...meta, language: 'en' },
    slides,
    references,
    sources: [source],
  });
}
