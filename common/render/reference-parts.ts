/**
 * What a references slide says about one work: its label, author and year, title (shown in
 * italics) and the pages the deck uses, and nothing about what is missing: that is the
 * lecturer's business (Check and the References tab), never the students'.
 */
import type { BulletItem, Citation, Deck, Reference } from '../deck/schema';
import { describeWork } from '../source/references';

export interface ReferenceParts {
  label: string;
  /** "Hamlin, C." or, for a work the reading only cites, the surname its label gives. */
  author?: string;
  year?: string;
  /** The work's title, shown in italics. */
  title?: string;
  /** The entry as the reading words it, when its title cannot be told apart (a footnote's text). */
  note?: string;
  /** "pp. 1–2, 16": every page of the work the deck's visible slides cite. */
  pages?: string;
}

/** Splits a reference into the parts a slide shows; `pages` are the citations' page strings. */
export function referenceParts(ref: Reference, pages: readonly string[] = []): ReferenceParts {
  const out: ReferenceParts = { label: ref.label.trim() || ref.id };
  // The reading's wording first (the lecturer may have edited it), CSL as what generation kept.
  const work = ref.text.trim() ? describeWork(ref.text) : {};
  const cslAuthor = ref.csl?.author
    ?.map((a) => a.literal ?? [a.family, a.given].filter(Boolean).join(', '))
    .filter(Boolean)
    .join('; ');
  const cslYear = ref.csl?.issued?.['date-parts']?.[0]?.[0];
  const author = work.author ?? cslAuthor;
  const year = work.year ?? (cslYear !== undefined ? String(cslYear) : undefined);
  const title = work.title ?? (ref.text.trim() ? undefined : ref.csl?.title);
  if (title || !ref.text.trim()) {
    // Without a title, a label such as "Porter 1999" already gives author and year: not twice.
    const inLabel = (s: string) => !title && out.label.includes(s.split(',')[0]!.trim());
    if (author && !inLabel(author)) out.author = author;
    if (year && !inLabel(year)) out.year = year;
    if (title) out.title = title;
  } else out.note = ref.text.trim();
  const joined = joinPages(pages);
  if (joined) out.pages = joined;
  return out;
}

/** The parts as one line of plain text (for fitting, the reading view and tests). */
export function referencePlainText(p: ReferenceParts): string {
  const who = [p.author, p.year ? `(${p.year})` : ''].filter(Boolean).join(' ');
  return [p.label, who, p.title, p.note, p.pages].filter(Boolean).join(' ');
}

/** ["pp. 1-2", "p. 16", "p. 16"] → "pp. 1–2, 16"; worded pages ("ch. 3") are kept as written. */
export function joinPages(pages: readonly string[]): string {
  const bare: string[] = [];
  const worded: string[] = [];
  for (const raw of pages) {
    const p = raw
      .trim()
      .replace(/^pp?\.\s*/, '')
      .replace(/\s*[-–—]\s*/g, '–');
    if (!p) continue;
    if (/^\d+[a-z]?(?:–\d+[a-z]?)?$/i.test(p)) {
      if (!bare.includes(p)) bare.push(p);
    } else if (!worded.includes(raw.trim())) worded.push(raw.trim());
  }
  bare.sort((a, b) => parseInt(a, 10) - parseInt(b, 10));
  const numbers = bare.length
    ? `${bare.length === 1 && !bare[0]!.includes('–') ? 'p.' : 'pp.'}\u00a0${bare.join(', ')}`
    : ''; // "pp." never ends a line
  return [numbers, ...worded].filter(Boolean).join(', ');
}

type Slide = Deck['slides'][number];

const cache = new WeakMap<Deck['slides'], ReadonlyMap<string, string[]>>();
const slideCitations = new WeakMap<Slide, readonly Citation[]>();

/** A slide's citations in reading order, kept per slide object (immer keeps an unedited slide). */
function citationsOf(slide: Slide): readonly Citation[] {
  const known = slideCitations.get(slide);
  if (known) return known;
  const out: Citation[] = [];
  const walk = (items: readonly BulletItem[]): void => {
    for (const item of items) {
      out.push(...item.citations);
      walk(item.children);
    }
  };
  for (const b of slide.blocks) {
    if (b.type === 'bullets') walk(b.items);
    else if (b.type !== 'references') out.push(...b.citations);
  }
  slideCitations.set(slide, out);
  return out;
}

/**
 * Every page cited per reference id over the deck's shown slides. Decks are immutable (immer),
 * so the answer is kept per slides array and a thousand thumbnails compute it once, and each
 * slide's citations per slide object, so an edit to one slide of a thousand reads one slide.
 */
export function pagesUsed(deck: Pick<Deck, 'slides'>): ReadonlyMap<string, string[]> {
  const known = cache.get(deck.slides);
  if (known) return known;
  const map = new Map<string, string[]>();
  for (const slide of deck.slides) {
    if (slide.hidden) continue;
    for (const c of citationsOf(slide)) {
      let list = map.get(c.ref);
      if (!list) map.set(c.ref, (list = []));
      if (c.pages && !list.includes(c.pages)) list.push(c.pages);
    }
  }
  cache.set(deck.slides, map);
  return map;
}
