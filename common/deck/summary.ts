/**
 * A deck → a plain summary of what it says: titles, the visible text of every block, notes,
 * figures, citations and references. This is the stable shape `lectern info --json` prints
 * for scripts, and what the app can reuse for search and the library view. Pure data in,
 * pure data out (no Node, no DOM).
 */
import { inlinePlainText } from './inline-markdown';
import type { Block, BulletItem, Citation, Deck, Reference, Slide } from './schema';
import { pagesUsed, referenceParts, referencePlainText } from '../render/reference-parts';
import { styledReferences } from '../references/styled';

export interface FigureSummary {
  kind: 'chart' | 'image';
  caption: string;
  alt: string;
}

export interface CitationSummary {
  ref: string;
  /** `null` when the citation names no pages. */
  pages: string | null;
}

export interface SlideSummary {
  id: string;
  layout: Slide['layout'];
  title: string;
  /** Only present when the slide has one. */
  subtitle?: string;
  /** Only present (and `true`) for a slide skipped when presenting. */
  hidden?: true;
  /**
   * The visible text of the slide's blocks, one string each, in order: every bullet
   * (nested ones after their parent, inline Markdown removed), a text block, a quote and its
   * attribution, a figure's caption and credit line, each entry of a references block
   * (`label text`). Empty strings are left out.
   */
  text: string[];
  notes: string;
  figures: FigureSummary[];
  /** Every citation on the slide's blocks and bullets, in order, each distinct one once. */
  citations: CitationSummary[];
}

export interface ReferenceSummary {
  id: string;
  label: string;
  text: string;
  missing: Reference['missing'];
  /** The entry as the references slide prints it: in the deck's citation style when it has one. */
  formatted: string;
}

export interface DeckSummary {
  title: string;
  slides: SlideSummary[];
  references: ReferenceSummary[];
}

/** Summarises `deck`; the same deck always gives the same summary. */
export function summarizeDeck(deck: Deck): DeckSummary {
  const refs = new Map(deck.references.map((r) => [r.id, r]));
  const styled = styledReferences(deck);
  const pages = pagesUsed(deck);
  const formatted = (r: Reference) =>
    styled?.entryText(r.id) ?? referencePlainText(referenceParts(r, pages.get(r.id)));
  return {
    title: deck.meta.title,
    slides: deck.slides.map((slide) => summarizeSlide(slide, refs)),
    references: deck.references.map((r) => ({
      id: r.id,
      label: r.label,
      text: r.text,
      missing: [...r.missing],
      formatted: formatted(r),
    })),
  };
}

function summarizeSlide(slide: Slide, refs: ReadonlyMap<string, Reference>): SlideSummary {
  const text: string[] = [];
  const figures: FigureSummary[] = [];
  const citations: Citation[] = [];
  for (const block of slide.blocks) {
    text.push(...blockText(block, refs));
    if (block.type === 'figure')
      figures.push({ kind: block.figure.kind, caption: block.caption, alt: block.alt });
    citations.push(...blockCitations(block));
  }
  return {
    id: slide.id,
    layout: slide.layout,
    title: slide.title,
    ...(slide.subtitle ? { subtitle: slide.subtitle } : {}),
    ...(slide.hidden ? { hidden: true as const } : {}),
    text: text.filter((t) => t !== ''),
    notes: slide.notes,
    figures,
    citations: distinct(citations),
  };
}

function blockText(block: Block, refs: ReadonlyMap<string, Reference>): string[] {
  switch (block.type) {
    case 'bullets':
      return flatten(block.items).map((item) => plainText(item.text));
    case 'text':
      return [block.text];
    case 'quote':
      return [block.text, block.attribution ?? ''];
    case 'figure':
      return [block.caption, block.source ?? ''];
    case 'formula':
      // The TeX as a lecturer would write it inline: between double dollars.
      return [block.tex.trim() ? `$$${block.tex.trim()}$$` : '', block.caption ?? ''];
    case 'references':
      return block.refs.map((id) => {
        const ref = refs.get(id);
        // A dangling id is shown as itself, so a script sees it rather than losing it.
        return ref ? `${ref.label} ${ref.text}`.trim() : id;
      });
  }
}

function blockCitations(block: Block): Citation[] {
  switch (block.type) {
    case 'bullets':
      return flatten(block.items).flatMap((item) => item.citations);
    case 'references':
      return [];
    default:
      return block.citations;
  }
}

/** Bullets depth-first: each bullet, then its children. */
function flatten(items: readonly BulletItem[]): BulletItem[] {
  const out: BulletItem[] = [];
  const walk = (list: readonly BulletItem[]) => {
    for (const item of list) {
      out.push(item);
      walk(item.children);
    }
  };
  walk(items);
  return out;
}

function distinct(citations: readonly Citation[]): CitationSummary[] {
  const seen = new Set<string>();
  const out: CitationSummary[] = [];
  for (const c of citations) {
    const pages = c.pages ?? null;
    const key = JSON.stringify([c.ref, pages]);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ref: c.ref, pages });
  }
  return out;
}

/** The text a reader sees for one line of inline Markdown: markers and link targets removed. */
export function plainText(markdown: string): string {
  return inlinePlainText(markdown);
}
