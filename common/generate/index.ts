/**
 * SourceModel → decks. One deck per thematic section by default (title slide "Part n of N",
 * content, quotes, a figure, references), or one deck with a divider per section. A section
 * too thin for a deck of its own (one content slide), or with nothing to draw next to a
 * neighbour that has a figure, joins that neighbour's deck behind a divider. Pure and deterministic: the same model and options give the same decks, byte for byte.
 */
import {
  Deck,
  DECK_FORMAT,
  DECK_SCHEMA_ID,
  DECK_VERSION,
  type Citation,
  type Reference,
  type Slide,
} from '../deck/schema';
import type { Section, SourceModel } from '../source/model';
import { referenceIndexer, type ReferenceIndex } from './references';
import { buildLexicon } from './lexicon';
import { sectionSlidesWithFigures } from './figures';
import { figureSlide } from './slides';
import { chartFor } from './chart';
import { headingTitle, readingSpellings } from './headings';
import { speakerNotes, talkingPoints } from './notes';
import { partLine } from './parts';
import { clip, slugify } from './text';
import { withinReading } from './nlp/tag';

export { partOf, orderByPart } from './parts';

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
/** A section with at most this many content slides is too thin for a deck of its own. */
const THIN = 1;

type Source = { id: string; title: string; hash: string; path: string };

/** Generates the decks for a reading. Every deck returned passes `Deck.parse`. */
export function generateDecks(model: SourceModel, options: GenerateOptions): GeneratedDeck[] {
  // Every text tagged while drafting is made of the reading's words: each sentence is tagged once.
  withinReading(
    model.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.sentences.map((t) => t.text))),
  );
  try {
    return draftDecks(model, options);
  } finally {
    withinReading([]);
  }
}

function draftDecks(model: SourceModel, options: GenerateOptions): GeneratedDeck[] {
  const sections = model.sections.filter((s) => s.paragraphs.some((p) => p.sentences.length));
  const lexicon = buildLexicon(model);
  const spellings = readingSpellings(model);
  const title = clip(headingTitle(model.title, spellings) || 'Untitled reading', 200);
  const source = { id: options.sourceId, title, hash: model.hash, path: options.sourcePath };
  const used = new Set<string>();
  const uniqueSlug = (text: string) => {
    const base = slugify(text);
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    return slug;
  };
  const heading = (section: Section) =>
    clip(headingTitle(section.title, spellings) || section.id, 200);
  // The reference list and footnotes read once; each deck still numbers its own references.
  const newRefs = referenceIndexer(model);

  if (options.single) {
    const refs = newRefs();
    const titles = new Set<string>();
    const slides: Slide[] = [
      {
        id: 'title',
        layout: 'title',
        title,
        subtitle: sections.length === 1 ? 'One part' : `${sections.length} parts`,
        blocks: [],
        notes: '',
      },
    ];
    sections.forEach((section, i) => {
      const prefix = `p${i + 1}-`;
      slides.push({
        id: `${prefix}divider`,
        layout: 'section',
        title: heading(section),
        subtitle: `Part ${i + 1} of ${sections.length}`,
        blocks: [],
        notes: '',
      });
      slides.push(
        ...sectionSlidesWithFigures(section, {
          sourceId: options.sourceId,
          refs,
          prefix,
          lexicon,
          titles,
        }),
      );
    });
    return [{ slug: uniqueSlug(title), deck: finish({ title }, slides, refs, source) }];
  }

  // Each section drafted once as a deck of its own; only a thin one and its neighbour are redone together.
  const drafts = sections.map((section) => {
    const refs = newRefs();
    const titles = new Set([heading(section).toLowerCase()]);
    return {
      section,
      refs,
      titles,
      slides: sectionSlidesWithFigures(section, {
        sourceId: options.sourceId,
        refs,
        prefix: '',
        lexicon,
        titles,
      }),
    };
  });
  const parts = partsOf(
    drafts,
    (d) => contentCount(d.slides),
    (d) => d.slides.some(hasFigure),
  );
  return parts.map((group, i) => {
    const deckTitle = heading(group[0]!.section);
    const titleSlide: Slide = {
      id: 'title',
      layout: 'title',
      title: deckTitle,
      subtitle: clip(partLine(title, i + 1, parts.length), 400),
      blocks: [],
      notes: '',
    };
    if (group.length === 1) {
      const { refs, slides } = group[0]!;
      return {
        slug: uniqueSlug(deckTitle),
        deck: finish({ title: deckTitle, subtitle: title }, [titleSlide, ...slides], refs, source),
      };
    }
    const refs = newRefs();
    const titles = new Set([deckTitle.toLowerCase()]);
    const slides: Slide[] = [titleSlide];
    group.forEach(({ section }, k) => {
      // The first section follows the title slide that names it; a joined one gets a divider.
      const prefix = k === 0 ? '' : `p${k + 1}-`;
      if (k > 0)
        slides.push({
          id: `${prefix}divider`,
          layout: 'section',
          title: heading(section),
          blocks: [],
          notes: '',
        });
      slides.push(
        ...sectionSlidesWithFigures(section, {
          sourceId: options.sourceId,
          refs,
          prefix,
          lexicon,
          titles,
        }),
      );
    });
    // Sections joined because none had enough to draw may have it together: two dates in
    // each make a timeline of four.
    if (!slides.some(hasFigure)) {
      const sentences = group.flatMap(({ section }) =>
        section.paragraphs.flatMap((p) => p.sentences).filter((s) => !s.duplicateOf),
      );
      const ctx = { sourceId: options.sourceId, refs, prefix: 'all-', lexicon, titles };
      const figure = figureSlide(chartFor(sentences, deckTitle), sentences, 'all-fig1', ctx);
      if (figure) slides.push(figure);
    }
    return {
      slug: uniqueSlug(deckTitle),
      deck: finish({ title: deckTitle, subtitle: title }, slides, refs, source),
    };
  });
}

const hasFigure = (s: Slide): boolean =>
  s.layout === 'figure' || s.blocks.some((b) => b.type === 'figure');

/** Slides that carry content: not the title, a divider or the references. */
function contentCount(slides: readonly Slide[]): number {
  return slides.filter(
    (s) => s.layout !== 'title' && s.layout !== 'section' && s.layout !== 'references',
  ).length;
}

/**
 * Sections grouped into decks: a thin section joins the deck before it (the first one joins
 * the next), so no deck is a title, one slide and references. A section with nothing faithful
 * to draw (no figure: see chart/index.ts) joins the deck before it when that deck has a figure
 * and has not taken one such section already; the first section joins the next when that one
 * has a figure. Otherwise (a run of them) it keeps a deck of its own without a figure: a
 * reading with no numbers or dates is never folded into one deck.
 */
function partsOf<T>(
  sections: readonly T[],
  count: (s: T) => number,
  figured: (s: T) => boolean,
): T[][] {
  if (sections.length < 2) return sections.map((s) => [s]);
  const groups: T[][] = [];
  const tookBare = new Set<T[]>();
  let carry: T[] = [];
  // Whether `carry` holds a first section with nothing to draw, waiting for a figured neighbour.
  let bareFirst = false;
  for (const s of sections) {
    const last = groups[groups.length - 1];
    const thin = count(s) <= THIN;
    const bare = !thin && !figured(s);
    if (thin && last && !carry.length) last.push(s);
    else if (thin && !last) carry.push(s);
    else if (bare && !last && !carry.length) {
      carry.push(s);
      bareFirst = true;
    } else if (bare && last && !carry.length && last.some(figured) && !tookBare.has(last)) {
      last.push(s);
      tookBare.add(last);
    } else {
      // A run of sections with nothing to draw keeps a deck each.
      if (bareFirst && !figured(s)) groups.push(carry.splice(0));
      const group = [...carry, s];
      groups.push(group);
      // (A deck that took the bare first section takes no other.)
      if (bareFirst && carry.length) tookBare.add(group);
      carry = [];
      bareFirst = false;
    }
  }
  if (carry.length) groups.push(carry); // every section thin: they make one deck together
  return groups;
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

/**
 * The references slides: the cited works in reading order ([1] before [2]). Each entry is
 * drawn from the deck's reference list with the pages the deck cites (common/render), so the
 * slide says what the reading says about the work and nothing about what it leaves out.
 */
function referenceSlides(entries: readonly Reference[], reading: string): Slide[] {
  if (entries.length === 0) {
    // Students still need to know where the slides come from: the reading itself.
    const named = /[*_`\\[\]]/.test(reading) ? `"${reading}"` : `*${reading}*`;
    return [
      {
        id: 'refs1',
        layout: 'references',
        title: 'Source',
        blocks: [
          {
            type: 'text',
            id: 'refs1-b1',
            text: `Drawn from the reading ${named}, which cites no other works in this part.`,
            citations: [],
          },
        ],
        notes: '',
      },
    ];
  }
  const out: Slide[] = [];
  for (let i = 0; i < entries.length; i += REFS_PER_SLIDE) {
    const n = out.length + 1;
    out.push({
      id: `refs${n}`,
      layout: 'references',
      title: n === 1 ? 'References' : 'References (continued)',
      blocks: [
        {
          type: 'references',
          id: `refs${n}-b1`,
          refs: entries.slice(i, i + REFS_PER_SLIDE).map((r) => r.id),
        },
      ],
      notes: '',
    });
  }
  return out;
}

/** Adds the references slides and the talking points, and validates the deck. */
function finish(
  meta: { title: string; subtitle?: string },
  content: Slide[],
  refs: ReferenceIndex,
  source: Source,
): Deck {
  const references = refs.references([...citedWorks(content).keys()]);
  const byId = new Map(references.map((r) => [r.id, r]));
  const slides = [...content, ...referenceSlides(references, source.title)].map((slide, i, all) =>
    slide.layout === 'title' || slide.layout === 'section' || slide.layout === 'references'
      ? slide
      : {
          ...slide,
          notes: speakerNotes(talkingPoints(slide, byId, all[i + 1], meta.title), slide.notes),
        },
  );
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
