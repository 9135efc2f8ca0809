/**
 * The document's own reference list ("References", "Bibliography", "Works cited", …) and
 * Markdown footnote definitions, as keys the inline citations can be matched against:
 * "[1] …" / "1. …" → "1"; "[^3]: …" → "^3"; "Frankel, J. (1971). …" → "Frankel 1971".
 */
import type { SourceReference } from './model';
import { authorKey } from './citations';

/** Headings under which a document lists its references rather than its argument. */
export const REFERENCE_HEADING = /^(?:\d+\.\s*)?(references|reference list|bibliography|works cited|sources|literature|literature cited|notes|endnotes|footnotes|further reading)\.?$/i;

/** Splits the text of a reference section into entries and gives each its key. */
export function parseReferenceEntries(text: string): SourceReference[] {
  const entries: string[] = [];
  for (const line of text.split('\n')) {
    const t = line.trim().replace(/^[-*+]\s+/, '');
    if (!t) continue;
    const startsEntry = /^\[\^?\w+\]:?|^\d{1,4}[.)]\s|^[\p{Lu}][\p{L}'’-]+,\s/u.test(t) || entries.length === 0;
    if (startsEntry) entries.push(t);
    else entries[entries.length - 1] += ' ' + t;
  }
  return entries.map(toReference).filter((r): r is SourceReference => r !== undefined);
}

function toReference(entry: string): SourceReference | undefined {
  const numbered = /^\[(\^?\w+)\]:?\s*(.*)$/.exec(entry) ?? /^(\d{1,4})[.)]\s+(.*)$/.exec(entry);
  if (numbered) return { key: numbered[1]!, text: numbered[2]!.trim() };
  const year = /\b(1[5-9]\d{2}|20\d{2})[a-z]?\b/.exec(entry);
  const surname = /^([\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+)?),/u.exec(entry);
  if (year && surname) return { key: authorKey(surname[1]!, year[0]), text: entry };
  return entry.length > 3 ? { key: entry.slice(0, 40), text: entry } : undefined;
}
