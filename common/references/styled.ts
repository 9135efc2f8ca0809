/**
 * A deck's references in its citation style: the cite a slide shows ("(Sutton, 1971, p. 207)",
 * "[1, p. 207]") and each entry of the references slide, as citeproc formats them from the
 * CSL data a bibliography gave. A work without CSL data (the sample reading cites works it
 * never describes) keeps its label: nothing is invented for it.
 */
import type { Citation, CitationStyle, CslItem, Deck, Reference } from '../deck/schema';
import { MARKS, runsText, toRuns, type Run } from './runs';
import { styleEngine } from './engine';
import { pagesUsed } from '../render/reference-parts';

export interface StyledReferences {
  style: CitationStyle;
  /** The cluster as the style writes it; undefined when no citation has CSL data to format. */
  cite(citations: readonly Citation[], labelOf: (ref: string) => string): string | undefined;
  /** The entry as the style writes it; undefined for a work without CSL data. */
  entry(id: string): Run[] | undefined;
  /** The entry as plain text (fitting, `lectern info`, the reading view). */
  entryText(id: string): string | undefined;
  /** A key that sorts the works as the style lists them. */
  sortKey(id: string): number;
}

/** Whether a reference holds enough CSL data for a style to format it: an author or a title. */
export function formattable(ref: Reference): boolean {
  const csl = ref.csl;
  return (
    !!csl &&
    (!!csl.title?.trim() || !!csl.author?.some((a) => (a.family ?? a.literal ?? '').trim()))
  );
}

/**
 * The numbers a numeric style gives the works: the reading's own when it numbered them all
 * ("[1]", "2"), else in the order the slides first cite them, works never cited last.
 */
function numbering(
  references: readonly Reference[],
  citeOrder: readonly string[],
): Map<string, string> {
  if (references.every((r) => /^\[?\s*\d+\s*\]?$/.test(r.label.trim())))
    return new Map(references.map((r) => [r.id, r.label.replace(/[^\d]/g, '')]));
  const known = new Set(references.map((r) => r.id));
  const order = [
    ...new Set([...citeOrder.filter((id) => known.has(id)), ...references.map((r) => r.id)]),
  ];
  return new Map(order.map((id, i) => [id, String(i + 1)]));
}

type Styled = Map<CitationStyle, StyledReferences>;
const cache = new WeakMap<readonly Reference[], WeakMap<object, Styled>>();
const NO_SLIDES = {};

/**
 * The deck's references in its style, or undefined when it has none. Decks are immutable
 * (immer), so the answer is kept per references and slides arrays.
 */
export function styledReferences(deck: {
  meta: Pick<Deck['meta'], 'citationStyle'>;
  references: readonly Reference[];
  slides?: Deck['slides'];
}): StyledReferences | undefined {
  const style = deck.meta.citationStyle;
  if (!style) return undefined;
  let bySlides = cache.get(deck.references);
  if (!bySlides) cache.set(deck.references, (bySlides = new WeakMap()));
  const slidesKey = deck.slides ?? NO_SLIDES;
  let perStyle = bySlides.get(slidesKey);
  if (!perStyle) bySlides.set(slidesKey, (perStyle = new Map()));
  const known = perStyle.get(style);
  if (known) return known;
  const made = format(
    deck.references,
    style,
    deck.slides ? [...pagesUsed({ slides: deck.slides }).keys()] : [],
  );
  perStyle.set(style, made);
  return made;
}

function format(
  references: readonly Reference[],
  style: CitationStyle,
  citeOrder: readonly string[],
): StyledReferences {
  const engine = styleEngine(style);
  const items = new Map<string, CslItem>();
  for (const r of references) if (formattable(r)) items.set(r.id, clean(r.csl!));
  const numbers = numbering(references, citeOrder);
  const entries = new Map<string, Run[]>();
  const order = new Map<string, number>();
  const clusters = new Map<string, string>();
  if (items.size) {
    engine.load(items);
    engine.bibliography().forEach(({ id, marked }, i) => {
      entries.set(id, toRuns(marked));
      order.set(id, i);
    });
  }
  // Works the style cannot format follow the formatted ones, in the deck's order.
  references.forEach((r, i) => order.has(r.id) || order.set(r.id, items.size + i));
  const clusterOf = (cites: ReadonlyArray<{ id: string; pages?: string | undefined }>) => {
    const key = JSON.stringify(cites);
    let text = clusters.get(key);
    if (text === undefined) clusters.set(key, (text = runsText(toRuns(engine.cluster(cites)))));
    return text;
  };
  return {
    style,
    cite(citations, labelOf) {
      const withPages = (label: string, c: Citation) =>
        `${label}${c.pages ? `, ${pageWord(c.pages)}` : ''}`;
      if (engine.numeric) {
        // IEEE brackets each work: "[2], [3, p. 12]"; a work the deck no longer has keeps its id.
        return citations
          .map((c) => `[${withPages(numbers.get(c.ref) ?? labelOf(c.ref), c)}]`)
          .join(', ');
      }
      if (!citations.some((c) => items.has(c.ref))) {
        // No work here has details to format: author-year labels go in the style's parentheses,
        // a bare number ("[1]") keeps its brackets rather than pass for a year.
        const labels = citations.map((c) => labelOf(c.ref));
        return labels.every((l) => /\p{L}/u.test(l))
          ? `(${citations.map((c, i) => withPages(labels[i]!, c)).join('; ')})`
          : undefined;
      }
      // Works the style formats go in one cluster; any other keeps its label beside it.
      const styled = citations
        .filter((c) => items.has(c.ref))
        .map((c) => ({ id: c.ref, pages: c.pages?.trim() || undefined }));
      const others = citations
        .filter((c) => !items.has(c.ref))
        .map((c) => withPages(labelOf(c.ref), c));
      const cluster = clusterOf(styled);
      return others.length ? `${cluster.replace(/\)$/, '')}; ${others.join('; ')})` : cluster;
    },
    entry(id) {
      const runs = entries.get(id);
      if (!runs) return undefined;
      // A numbered style's entry starts with the work's number, as its cites give it.
      return engine.numeric ? [{ text: `[${numbers.get(id)}] ` }, ...runs] : runs;
    },
    entryText(id) {
      const runs = this.entry(id);
      return runs ? runsText(runs) : undefined;
    },
    sortKey(id) {
      if (engine.numeric) return Number(numbers.get(id) ?? Infinity);
      return order.get(id) ?? Infinity;
    },
  };
}

/** "207" → "p. 207", "207-9" → "pp. 207–9". */
function pageWord(pages: string): string {
  const p = pages.trim().replace(/^pp?\.\s*/, '');
  return /[-–—,]/.test(p) ? `pp. ${p.replace(/\s*[-—]\s*/g, '–')}` : `p. ${p}`;
}

/** The CSL item as citeproc may read it: no private-use marks in any string. */
function clean(item: CslItem): CslItem {
  return JSON.parse(
    JSON.stringify(item, (_k, v: unknown) => (typeof v === 'string' ? v.replace(MARKS, '') : v)),
  ) as CslItem;
}
