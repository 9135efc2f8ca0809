/**
 * Sentence splitting for real-world readings: abbreviations ("U.S.", "pp.", "e.g."),
 * decimals ("5.5"), ranges ("15-20%"), a missing space after a full stop ("USSR.On"),
 * quotations that contain full stops, ellipses ("......") and citation markers that follow
 * the full stop (`." [1] (pp. 1-2) Next`). Returns spans, so offsets stay exact.
 */

export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(
  (
    'u.s u.k u.n u.s.a u.s.s.r e.g i.e cf etc vs al pp p mr mrs ms dr prof st no nos vol vols ed eds ch fig figs ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co corp jr sr gen col capt lt sgt rev hon op cit ibid approx ca c rs'
  ).split(' '),
);

/** A citation marker that may follow a sentence's full stop: `[1]`, `[^3]`, `(pp. 1-2)`, `(p.3)`. */
const TRAILING_CITATION = /^\s*(?:\[\^?[\w-]+(?:[,–-]\s*\w+)*\]|\((?:pp?\.\s?[^()]{1,40})\))/;

/** Where the text breaks into sentences. `missingSpace` receives offsets of "USSR.On"-style joins. */
export function splitSentences(text: string, missingSpace?: (offset: number) => void): Span[] {
  const spans = split(text, true, missingSpace);
  // Unbalanced quotes or brackets would swallow the rest of the paragraph; split again without them.
  const again = spans.some((s) => s.end - s.start > MAX_SENTENCE)
    ? split(text, false, missingSpace)
    : spans;
  return again.flatMap((s) => (s.end - s.start > MAX_SENTENCE ? chop(text, s) : [s]));
}

/** Text with no full stops at all (a table, a list run together) is cut at spaces into pieces this long. */
export const MAX_SENTENCE = 1500;

function chop(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let start = span.start;
  while (span.end - start > MAX_SENTENCE) {
    let cut = text.lastIndexOf(' ', start + 1000);
    if (cut <= start) cut = start + 1000;
    out.push(trimmed(text, start, cut));
    start = skipSpace(text, cut);
  }
  if (start < span.end) out.push({ start, end: span.end });
  return out;
}

function split(
  text: string,
  trackNesting: boolean,
  missingSpace?: (offset: number) => void,
): Span[] {
  const spans: Span[] = [];
  let start = skipSpace(text, 0);
  let inStraight = false;
  let curly = 0;
  let paren = 0;
  const n = text.length;
  for (let i = start; i < n; i++) {
    const c = text[i]!;
    if (trackNesting) {
      if (c === '"') inStraight = !inStraight;
      else if (c === '“') curly++;
      else if (c === '”') curly = Math.max(0, curly - 1);
      else if (c === '(') paren++;
      else if (c === ')') paren = Math.max(0, paren - 1);
    }
    if (c !== '.' && c !== '!' && c !== '?' && c !== '…') continue;
    // A run of terminators ("......", "?!") counts as one.
    let j = i;
    while (j + 1 < n && /[.!?…]/.test(text[j + 1]!)) j++;
    if (c === '.' && j === i && isNonFinalDot(text, i)) continue;
    let k = j + 1;
    // Closing quotes and brackets belong to the sentence they close.
    while (k < n && /["”’')\]]/.test(text[k]!)) {
      if (trackNesting) {
        if (text[k] === '"') inStraight = !inStraight;
        else if (text[k] === '”') curly = Math.max(0, curly - 1);
        else if (text[k] === ')') paren = Math.max(0, paren - 1);
      }
      k++;
    }
    if (trackNesting && (inStraight || curly > 0 || paren > 0)) {
      i = k - 1;
      continue;
    }
    // Citation markers after the full stop still belong to this sentence.
    for (;;) {
      const m = TRAILING_CITATION.exec(text.slice(k, k + 60));
      if (!m) break;
      k += m[0].length;
    }
    const next = text[k];
    if (next === undefined) break;
    if (/\s/.test(next)) {
      spans.push(trimmed(text, start, k));
      start = skipSpace(text, k);
      i = start - 1;
      continue;
    }
    // "USSR.On", "(Milward 1984, p. 107).Technical": a full stop glued to the next sentence's
    // capitalised first word, after a word or a closing bracket or quote.
    if (
      k === j + 1 &&
      c === '.' &&
      /[A-Z][a-z]/.test(text.slice(k, k + 2)) &&
      /[a-z]{1}|[A-Z]{2}|[)\]"”’]$/.test(text.slice(i - 2, i))
    ) {
      missingSpace?.(k);
      spans.push(trimmed(text, start, k));
      start = k;
      i = k - 1;
      continue;
    }
    i = k - 1;
  }
  if (start < n) {
    const last = trimmed(text, start, n);
    if (last.end > last.start) spans.push(last);
  }
  return spans.filter((s) => s.end > s.start);
}

/** A full stop inside a sentence: abbreviation, initial, decimal, or "U.S."-style dots. */
/** The parties around a case's "v.": a capitalised word before it, one after it (italics allowed). */
const CASE_PARTY_BEFORE = /\p{Lu}[\p{L}'’.-]*\s$/u;
const CASE_PARTY_AFTER = /^\s+[*_]{0,2}\p{Lu}/u;

/** A word that opens sentences and is never a surname after an initial. */
const OPENS_SENTENCE =
  /^\s+(?:He|She|It|They|We|This|These|Those|The|There|In|On|At|By|But|After|Before|When|His|Her|Its|Their)\b/;

function isNonFinalDot(text: string, i: number): boolean {
  const before = text[i - 1] ?? '';
  const after = text[i + 1] ?? '';
  if (/\d/.test(before) && /\d/.test(after)) return true; // 5.5
  if (/[A-Za-z]/.test(after)) {
    // "U.S.A", "e.g": letters on both sides and a short token. (Not a bracket or quote before
    // the dot: "p. 107).Technical" is two sentences run together.)
    const word = /([A-Za-z.]+)$/.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? '';
    if (word.length === 1 || word.includes('.') || (!word && !/[)\]"”’]/.test(before))) return true;
  }
  const word = /([A-Za-z][A-Za-z.]*)$/.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? '';
  if (!word) return false;
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // "Plessy v. Ferguson", "Brown v. Board": a lower-case "v" between names is "versus" (a
  // capital "V." may end a sentence: "… Henry V. It …").
  if (
    word === 'v' &&
    CASE_PARTY_BEFORE.test(text.slice(Math.max(0, i - 41), i - 1)) &&
    CASE_PARTY_AFTER.test(text.slice(i + 1, i + 6))
  )
    return true;
  // A single capital letter is an initial ("A. Sutton"), unless the sentence ends a list, or
  // the next word opens a sentence and names no one ("… of Charles I. He asked …").
  if (
    /^[A-Z]$/.test(word) &&
    /\s[A-Z]/.test(text.slice(i + 1, i + 3)) &&
    !OPENS_SENTENCE.test(text.slice(i + 1, i + 12))
  )
    return true;
  return false;
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && /\s/.test(text[i]!)) i++;
  return i;
}

function trimmed(text: string, start: number, end: number): Span {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return { start, end };
}
