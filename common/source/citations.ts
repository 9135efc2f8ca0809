/**
 * Inline citations in the styles real readings use, found and removed from a sentence:
 * numeric `[1] (pp. 1-2)`, `[2] (p. 207)`, `[1] (p.3)`, `[1, p. 3]`, `[1, 2]`; footnote markers
 * `[^3]`; author-year `(Frankel 1971, p. 12)`, `(Frankel and Holt 1971; Davies 1989)` and the
 * narrative form `Frankel (1971, p. 12)`. A malformed marker stays in the text as written.
 */
import type { SourceCitation } from './model';

const NUMERIC =
  /\s*\[(\d{1,4}(?:\s*[,–-]\s*\d{1,4})*)(?:,\s*(pp?\.\s?[^\]]{1,40}))?\](?:\s*\((pp?\.\s?[^()]{1,40})\))?/g;
const FOOTNOTE = /\[\^([A-Za-z0-9_-]{1,20})\](?!:)/g;
const PAREN = /\s*\(([^()]{3,300})\)/g;
const AUTHOR_YEAR =
  /^(?:(?:see|cf\.|e\.g\.,?)\s+)?((?:\p{Lu}[\p{L}'’-]*|van|von|de|der|den|la|le|du|da|di|del|della|dos|ten|ter)(?:\s+(?:\p{Lu}[\p{L}'’-]*|van|von|de|der|den|la|le|du|da|di|del|della|dos|ten|ter))*(?:\s+et al\.)?(?:(?:,\s*|\s+and\s+|\s*&\s*)(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]+)?)(?:\s+et al\.)?)*),?\s+(\d{4}[a-z]?)(?:,\s*((?:pp?\.\s?)?[\divxlc]+(?:\s*[–-]\s*[\divxlc]+)?(?:,\s*[\divxlc]+(?:\s*[–-]\s*[\divxlc]+)?)*))?$/u;
const NARRATIVE =
  /(?<![\p{L}'’-])((?:(?:Ó|Ní|Mac|Mc|O['’]|de|van|von)\s)?\p{Lu}[\p{L}'’-]+(?:\s+et al\.)?)\s+\((\d{4}[a-z]?)(?:,\s*(pp?\.\s?[^()]{1,30}))?\)/gu;

export interface CitedText {
  /** The text with citation markers removed and whitespace tidied. */
  text: string;
  citations: SourceCitation[];
}

/** "pp. 1-2" → "pp. 1-2", "p.3" → "p. 3": pages as a reader writes them, spaced consistently. */
export function normalizePages(raw: string): string {
  const t = raw.trim().replace(/^(pp?)\.\s*/, '$1. ');
  return /^pp?\. /.test(t) ? t : /[–,-]/.test(t) ? `pp. ${t}` : `p. ${t}`;
}

/** Finds and removes the citations of one sentence. */
export function extractCitations(raw: string): CitedText {
  const citations: SourceCitation[] = [];
  const add = (key: string, pages?: string) => {
    citations.push(pages ? { key, pages: normalizePages(pages) } : { key });
  };
  let text = raw.replace(NUMERIC, (_m, keys: string, inner?: string, after?: string) => {
    const pages = inner ?? after;
    for (const key of expandKeys(keys)) add(key, pages);
    return '';
  });
  text = text.replace(FOOTNOTE, (_m, key: string) => {
    add(`^${key}`);
    return '';
  });
  text = text.replace(PAREN, (whole, inner: string) => {
    if (!/\d{4}/.test(inner)) return whole; // no year, no author-year citation
    const parts = inner.split(/\s*;\s*/);
    const found = parts.map((p) => (p.length <= 160 ? AUTHOR_YEAR.exec(p.trim()) : null));
    if (found.length === 0 || found.some((m) => !m)) return whole;
    for (const m of found) add(authorKey(m![1]!, m![2]!), m![3] ? m![3] : undefined);
    return '';
  });
  // Narrative citations stay in the prose ("Frankel (1971) argues"); only the year moves.
  for (const m of text.matchAll(NARRATIVE)) add(authorKey(m[1]!, m[2]!), m[3]);
  text = text
    .replace(/\s+/g, ' ')
    .replace(/\s+([,;:!?]|\.(?!\.))/g, '$1')
    .trim();
  return { text, citations };
}

/** "1-3" → 1, 2, 3 (capped); "1, 4" → 1, 4. */
function expandKeys(keys: string): string[] {
  const out: string[] = [];
  for (const part of keys.split(/\s*,\s*/)) {
    const range = /^(\d+)\s*[–-]\s*(\d+)$/.exec(part);
    if (range && Number(range[2]) >= Number(range[1]) && Number(range[2]) - Number(range[1]) < 20) {
      for (let k = Number(range[1]); k <= Number(range[2]); k++) out.push(String(k));
    } else out.push(part.trim());
  }
  return out;
}

/** "Frankel and Holt", "1971" → "Frankel 1971": first author's surname and the year. */
export function authorKey(authors: string, year: string): string {
  const first = authors.split(/\s*(?:,|\band\b|&|\bet al\.)\s*/)[0]!.trim();
  const names = first.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  let surname = names.pop() ?? first;
  // "Ó Gráda", "Mac Suibhne", "Le Goff": a particle is part of the surname.
  while (names.length && SURNAME_PARTICLE.test(names[names.length - 1]!))
    surname = `${names.pop()!} ${surname}`;
  return `${surname} ${year}`;
}

/** Capitalised words that begin a surname rather than end a given name. */
const SURNAME_PARTICLE = /^(?:Ó|Ní|Nic|Mac|Mc|Le|La|De|Du|Da|Di|Del|Van|Von)$/u;
