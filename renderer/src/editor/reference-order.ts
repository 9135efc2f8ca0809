/**
 * References as a lecturer looks for them: in label order, numbers as numbers ([2] after [1],
 * [10] after [9]; "Porter 1999" before "Porter 2001"), what the citation picker shows of each
 * (label, author, title, year) and how a search matches it. Pure, so it is unit-tested.
 */
import type { Reference } from '../../../common/deck/schema';
import { referenceParts } from '../../../common/render/reference-parts';

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** The label without its brackets and spaces: "[12]" → "12". */
function bare(label: string): string {
  return label
    .trim()
    .replace(/^[[(]\s*/, '')
    .replace(/\s*[\])]$/, '');
}

/** Compares two labels: numeric parts by value, the rest alphabetically; empty labels last. */
export function compareLabels(a: string, b: string): number {
  const x = bare(a);
  const y = bare(b);
  if (!x || !y) return x ? -1 : y ? 1 : 0;
  return collator.compare(x, y);
}

/** The references in label order (a stable sort: equal labels keep the deck's order). */
export function inLabelOrder<T extends Pick<Reference, 'label'>>(references: readonly T[]): T[] {
  return references
    .map((r, i) => ({ r, i }))
    .sort((p, q) => compareLabels(p.r.label, q.r.label) || p.i - q.i)
    .map((p) => p.r);
}

/** The label a new reference gets: "[n+1]" when the labels are numbers in brackets, else "". */
export function nextLabel(references: readonly Pick<Reference, 'label'>[]): string {
  const numbers = references.map((r) => /^\[(\d+)\]$/.exec(r.label.trim()));
  if (references.length && numbers.some((m) => !m)) return '';
  const max = numbers.reduce((m, x) => Math.max(m, x ? Number(x[1]) : 0), 0);
  return `[${max + 1}]`;
}

/** What the picker shows of a reference. */
export interface ReferenceSummary {
  id: string;
  label: string;
  author?: string;
  title?: string;
  year?: string;
  /** The entry's text when it has no title that can be told apart. */
  note?: string;
  /** One line for the accessible name: "[1] Sutton, A. C., Western Technology …, 1971". */
  text: string;
}

export function summarize(ref: Reference): ReferenceSummary {
  const p = referenceParts(ref);
  const out: ReferenceSummary = { id: ref.id, label: p.label, text: '' };
  if (p.author) out.author = p.author;
  if (p.title) out.title = p.title;
  if (p.year) out.year = p.year;
  if (p.note) out.note = p.note;
  const rest = [p.author, p.title ?? p.note, p.year].filter(Boolean).join(', ');
  out.text = rest ? `${p.label} ${rest}` : `${p.label} (no details yet)`;
  return out;
}

/** Whether every word of `query` occurs in the reference's label, author, title, year or text. */
export function matches(ref: Reference, summary: ReferenceSummary, query: string): boolean {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return true;
  const hay = `${summary.text} ${ref.text}`.toLowerCase();
  return words.every((w) => hay.includes(w));
}
