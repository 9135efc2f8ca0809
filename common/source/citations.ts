/**
 * Inline citations in the styles real readings use, found and removed from a sentence:
 * numeric `[1] (pp. 1-2)`, `[2] (p. 207)`, `[1] (p.3)`, `[1, p. 3]`, `[1, 2]`; footnote markers
 * `[^3]`; author-year `(Frankel 1971, p. 12)`, `(Frankel and Holt 1971; Davies 1989)` and the
 * narrative forms `Frankel (1971, p. 12)` and `Kim and Park (2022)`. A malformed marker stays in
 * the text as written.
 */
import type { SourceCitation } from './model';

const NUMERIC =
  /\s*\[(\d{1,4}(?:\s*[,–-]\s*\d{1,4})*)(?:,\s*(pp?\.\s?[^\]]{1,40}))?\](?:\s*\((pp?\.\s?[^()]{1,40})\))?/g;
/** A year as a law report prints it in brackets: "[1932]", "[2019]". */
const LAW_REPORT_YEAR = /^(?:1[6-9]|20)\d{2}$/;
/** What follows it: the report's name, with a volume before it or not: "AC 562", "2 AC 1", "UKSC 41", "1 All ER 1". */
const LAW_REPORT_AFTER = /^\s+(?:\d{1,3}\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?\s+\d/u;
const FOOTNOTE = /\[\^([A-Za-z0-9_-]{1,20})\](?!:)/g;
const PAREN = /\s*\(([^()]{3,300})\)/g;
const AUTHOR_YEAR =
  /^(?:(?:see|cf\.|e\.g\.,?)\s+)?((?:\p{Lu}[\p{L}'’-]*|van|von|de|der|den|la|le|du|da|di|del|della|dos|ten|ter)(?:\s+(?:\p{Lu}[\p{L}'’-]*|van|von|de|der|den|la|le|du|da|di|del|della|dos|ten|ter))*(?:\s+et al\.)?(?:(?:,\s*|\s+and\s+|\s*&\s*)(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]+)?)(?:\s+et al\.)?)*),?\s+(\d{4}[a-z]?)(?:[,:]\s*((?:pp?\.\s?)?[\divxlc]+(?:\s*[–-]\s*[\divxlc]+)?(?:,\s*[\divxlc]+(?:\s*[–-]\s*[\divxlc]+)?)*))?$/u;
/** One surname as narrative citations write it: "Frankel", "Ó Gráda", "van Zanden". */
const SURNAME = String.raw`(?:(?:Ó|Ní|Mac|Mc|O['’]|de|van|von)\s)?\p{Lu}[\p{L}'’-]+`;
/** "Frankel (1971)", "Kim and Park (2022)", "Lee, Cho and Park (2020)", "Rao et al. (2015)". */
const NARRATIVE = new RegExp(
  String.raw`(?<![\p{L}'’-])(${SURNAME}(?:(?:,\s+${SURNAME})*,?\s+(?:and|&)\s+${SURNAME}|\s+et al\.)?)\s+\((\d{4}[a-z]?)(?:,\s*(pp?\.\s?[^()]{1,30})|:\s*(\d+(?:\s*[–-]\s*\d+)?))?\)`,
  'gu',
);

/**
 * What comes before the last party of a court case ("Green v. County School Board (1968)",
 * "Swann v. Charlotte-Mecklenburg Board of Education (1971)"): a name and a year in
 * parentheses there date a ruling, not a work by an author called Board.
 */
const CASE_BEFORE = /\bv\.\s+[*_]{0,2}(?:(?:\p{Lu}[\p{L}'’.-]*|of|and|the|for|&)\s+)*$/u;

/** Whether the narrative-citation match at `at` in `text` is the last party of a case. */
const isCaseParty = (text: string, at: number): boolean =>
  CASE_BEFORE.test(text.slice(Math.max(0, at - 120), at));

/** The match's offset among a `replace` callback's arguments after the match: the next to last (no named groups). */
const offsetOf = (args: readonly unknown[]): number => args[args.length - 2] as number;

/** What every narrative citation holds: a year just inside a parenthesis. */
const HAS_YEAR_IN_PARENS = /\(\d{4}/;

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

/**
 * "(Woolf 4)", "(Showalter 264-65)", "(Gilbert and Gubar 45)": an MLA citation names the author
 * and the page, no year. Read only for surnames the reading's works cited list holds once
 * (`listed`, surname → key): "(Chapter 4)" or "(Table 2)" names no author there.
 */
const AUTHOR_PAGE = new RegExp(
  String.raw`\s*\((${SURNAME})(?:\s+(?:and|&)\s+${SURNAME}|\s+et al\.)?,?\s+((?:pp?\.\s?)?\d{1,4}(?:\s*[–-]\s*\d{1,4})?)\)`,
  'gu',
);

/** The surnames a reading's reference list holds one work each for, to the key of that work. */
export function surnameKeys(keys: readonly string[]): Map<string, string> {
  const count = new Map<string, number>();
  const out = new Map<string, string>();
  for (const key of keys) {
    const m = /^(.+)\s\d{4}[a-z]?$/.exec(key);
    if (!m) continue;
    count.set(m[1]!, (count.get(m[1]!) ?? 0) + 1);
    out.set(m[1]!, key);
  }
  for (const [surname, n] of count) if (n > 1) out.delete(surname);
  return out;
}

/** Finds and removes the citations of one sentence (`listed`: see AUTHOR_PAGE). */
export function extractCitations(raw: string, listed?: ReadonlyMap<string, string>): CitedText {
  const citations: SourceCitation[] = [];
  const add = (key: string, pages?: string, authors?: string) => {
    const named = authors && /\bet al\.|\band\b|&|,/.test(authors) ? { authors } : {};
    citations.push(pages ? { key, pages: normalizePages(pages), ...named } : { key, ...named });
  };
  let text = raw.replace(
    NUMERIC,
    (m: string, keys: string, inner: string | undefined, after: string | undefined, at: number) => {
      // "Donoghue v Stevenson [1932] AC 562", "[2019] UKSC 41": a year in brackets before a
      // law report's name (and volume) cites a case, not note 1932.
      if (LAW_REPORT_YEAR.test(keys) && LAW_REPORT_AFTER.test(raw.slice(at + m.length))) return m;
      const pages = inner ?? after;
      for (const key of expandKeys(keys)) add(key, pages);
      return '';
    },
  );
  text = text.replace(FOOTNOTE, (_m, key: string) => {
    add(`^${key}`);
    return '';
  });
  text = text.replace(PAREN, (whole, inner: string) => {
    if (!/\d{4}/.test(inner)) return whole; // no year, no author-year citation
    const parts = inner.split(/\s*;\s*/);
    const found = parts.map((p) => (p.length <= 160 ? AUTHOR_YEAR.exec(p.trim()) : null));
    if (found.length === 0 || found.some((m) => !m)) return whole;
    for (const m of found)
      add(authorKey(m![1]!, m![2]!), m![3] ? m![3] : undefined, m![1]!.replace(/\s+/g, ' '));
    return '';
  });
  if (listed?.size && text.includes('('))
    text = text.replace(AUTHOR_PAGE, (whole, who: string, pages: string) => {
      const key = listed.get(who.replace(/\s+/g, ' '));
      if (!key) return whole;
      const authors = whole
        .trim()
        .slice(1, -1)
        .replace(/,?\s+(?:pp?\.\s?)?\d[\d\s–-]*$/, '');
      add(key, pages, authors);
      return '';
    });
  // Narrative citations stay in the prose ("Frankel (1971) argues"); only the year moves.
  if (HAS_YEAR_IN_PARENS.test(text))
    for (const m of text.matchAll(NARRATIVE))
      if (!isCaseParty(text, m.index))
        add(authorKey(m[1]!, m[2]!), m[3] ?? m[4], m[1]!.replace(/\s+/g, ' '));
  text = text
    .replace(/\s+/g, ' ')
    .replace(/\s+([,;:!?]|\.(?!\.))/g, '$1')
    .trim();
  return { text, citations };
}

/**
 * The text with what a narrative citation gives in parentheses blanked, "Kim and Park (2022)"
 * → "Kim and Park (    )": when a work appeared, or its pages, is no fact of the reading (no
 * event on a timeline, no point of a series). Same length, so every offset still holds.
 */
export function blankNarrativeCitations(text: string): string {
  // (Most sentences cite nothing this way; the pattern is costly to try on every one.)
  if (!HAS_YEAR_IN_PARENS.test(text)) return text;
  return text.replace(NARRATIVE, (m: string, ...rest: unknown[]) =>
    isCaseParty(text, offsetOf(rest))
      ? m
      : m.replace(/\([^()]*\)$/, (inner) => `(${' '.repeat(inner.length - 2)})`),
  );
}

/** The text with each narrative citation's parentheses dropped: "Kim and Park (2022) estimate" → "Kim and Park estimate". */
export function dropNarrativeCitations(text: string): string {
  if (!HAS_YEAR_IN_PARENS.test(text)) return text;
  return text.replace(NARRATIVE, (m: string, who: string, ...rest: unknown[]) =>
    isCaseParty(text, offsetOf(rest)) ? m : who,
  );
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

/**
 * "Frankel and Holt", "1971" → "Frankel 1971": the first author as the citation names it, and
 * the year. Every word is kept, so a surname with a particle ("Ó Gráda", "Le Goff") or a body
 * ("Statistics Korea", "World Bank") keys the same work its reference list entry does.
 */
export function authorKey(authors: string, year: string): string {
  const first = authors.split(/\s*(?:,|\band\b|&|\bet al\.)\s*/)[0]!.trim();
  return `${first.replace(/\s+/g, ' ')} ${year}`;
}
