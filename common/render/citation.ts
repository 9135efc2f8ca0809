/**
 * Compact citation marks for slides: "[1, p. 207]", "[1, pp. 4–9; Frankel 1971]".
 * Pure text, so the editor, the deck check and the exporters format citations alike.
 */
import type { Citation, Reference } from '../deck/schema';
import type { StyledReferences } from '../references/styled';

/** The label as it reads inside brackets: "[1]" → "1", "Frankel 1971" stays. */
export function referenceLabel(ref: Pick<Reference, 'label' | 'id'>): string {
  const label = ref.label.trim();
  const bare = /^\[(.*)\]$/.exec(label);
  return (bare ? bare[1]!.trim() : label) || ref.id;
}

/** "207" → "p. 207", "207-209" → "pp. 207–209"; anything already worded is kept. */
export function formatPages(pages: string): string {
  const p = pages.trim();
  if (/^\d+[a-z]?$/i.test(p)) return `p. ${p}`;
  const range = /^(\d+)\s*[-–—]\s*(\d+)$/.exec(p);
  if (range) return `pp. ${range[1]}–${range[2]}`;
  return p;
}

export interface FormattedCitation {
  /** The mark shown on the slide, brackets included. */
  text: string;
  /** Ids cited that are not in the deck's reference list. */
  unknown: string[];
}

/**
 * One mark for all the citations of a bullet, quote or figure; undefined when none. In a
 * citation style (`styled`) the mark is the style's cluster, "(Sutton, 1971, p. 207)";
 * otherwise the labels in brackets, "[1, p. 207]".
 */
export function formatCitations(
  citations: readonly Citation[],
  references: ReadonlyMap<string, Reference>,
  styled?: StyledReferences,
): FormattedCitation | undefined {
  if (citations.length === 0) return undefined;
  const unknown: string[] = [];
  if (styled) {
    const labelOf = (id: string) => {
      const ref = references.get(id);
      return ref ? referenceLabel(ref) : `${id}?`;
    };
    const text = styled.cite(citations, labelOf);
    if (text !== undefined)
      return { text, unknown: citations.filter((c) => !references.has(c.ref)).map((c) => c.ref) };
  }
  const parts = citations.map((c) => {
    const ref = references.get(c.ref);
    if (!ref) unknown.push(c.ref);
    const label = ref ? referenceLabel(ref) : `${c.ref}?`;
    return c.pages ? `${label}, ${formatPages(c.pages)}` : label;
  });
  return { text: `[${parts.join('; ')}]`, unknown };
}

/** The deck's references by id, built once per render. */
export function referenceMap(references: readonly Reference[]): Map<string, Reference> {
  return new Map(references.map((r) => [r.id, r]));
}
