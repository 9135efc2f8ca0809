/**
 * Word-level helpers shared by the importer's parts: content words for similarity,
 * number words ("seventy-eight", "one-third") and a light stemmer. Pure and language-naive
 * (English readings), which is what the readings we import are.
 */

const STOP = new Set(
  (
    'a an the and or but of in on at to for from by with as is are was were be been being had has have ' +
    'it its this that these those which who whom whose what when where while than then there their they them ' +
    'he she his her we us our you your i me my not no so such also only about more most other some any all ' +
    'into over under after before between during through up down out off very can could would should will ' +
    'may might must do does did just same each both either neither own one'
  ).split(' '),
);

/** True for words that carry no content ("the", "was", "which"). */
export function isStopWord(word: string): boolean {
  return STOP.has(word.toLowerCase());
}

/** A crude stem so "Bolsheviks"/"Bolshevik" and "agreements"/"agreement" meet. */
export function stem(word: string): string {
  let w = word.toLowerCase();
  if (w.length > 4 && w.endsWith('ies')) w = w.slice(0, -3) + 'y';
  else if (w.length > 4 && w.endsWith('es') && /(ss|x|ch|sh)es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w;
}

/** Content-word stems of a text, numbers written as words included as their value. */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’/.-]*/gu)) {
    const raw = m[0].replace(/[.'’-]+$/, '');
    const value = numberWordValue(raw) ?? fractionWordValue(raw);
    if (value !== undefined) {
      out.push(`#${round(value)}`);
      continue;
    }
    if (/^\d[\d,]*(\.\d+)?(\/\d+)?$/.test(raw)) {
      out.push(`#${round(parseNumber(raw))}`);
      continue;
    }
    for (const part of raw.split(/[-/]/)) {
      if (part.length > 1 && !isStopWord(part)) out.push(stem(part));
    }
  }
  return out;
}

function round(n: number): string {
  return String(Math.round(n * 1000) / 1000);
}

/** "6,800" → 6800, "5.5" → 5.5, "2/3" → 0.667. */
export function parseNumber(raw: string): number {
  const clean = raw.replace(/,/g, '');
  const frac = /^(\d+)\/(\d+)$/.exec(clean);
  if (frac) return Number(frac[1]) / Number(frac[2]);
  return Number(clean);
}

// Maps, not object literals: `'constructor' in {}` is true, and a reading may say "constructor".
const UNITS = new Map<string, number>(
  Object.entries({
    zero: 0,
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    seventeen: 17,
    eighteen: 18,
    nineteen: 19,
  }),
);
const TENS = new Map<string, number>(
  Object.entries({
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    sixty: 60,
    seventy: 70,
    eighty: 80,
    ninety: 90,
  }),
);

/** The value of a number word that is worth calling a fact: 10 and up ("seventy-eight"), else undefined. */
export function numberWordValue(word: string): number | undefined {
  if (word.length < 3) return undefined;
  // Asked for every word of every sentence, again and again: answers are kept by word.
  if (numberWords.has(word)) return numberWords.get(word);
  if (numberWords.size >= MAX_NUMBER_WORDS) numberWords.clear();
  const value = wordValue(word);
  numberWords.set(word, value);
  return value;
}

const MAX_NUMBER_WORDS = 50_000;
const numberWords = new Map<string, number | undefined>();

function wordValue(word: string): number | undefined {
  if (/[^A-Za-z-]/.test(word)) return undefined;
  const w = word.toLowerCase();
  const tens = TENS.get(w);
  if (tens !== undefined) return tens;
  const compound = /^([a-z]+)-([a-z]+)$/.exec(w);
  if (compound) {
    const [ten, unit] = [TENS.get(compound[1]!), UNITS.get(compound[2]!)];
    return ten !== undefined && unit !== undefined && unit < 10 ? ten + unit : undefined;
  }
  const unit = UNITS.get(w);
  return unit !== undefined && unit >= 10 ? unit : undefined;
}

/** Any number word including the small ones ("three"), for phrases such as "three hundred". */
export function anyNumberWordValue(word: string): number | undefined {
  const w = word.toLowerCase();
  return UNITS.get(w) ?? numberWordValue(w);
}

const FRACTIONS = new Map<string, number>(
  Object.entries({
    half: 2,
    halves: 2,
    third: 3,
    thirds: 3,
    quarter: 4,
    quarters: 4,
    fifth: 5,
    fifths: 5,
  }),
);

/** "one-third" → 1/3, "two-thirds" → 2/3; undefined otherwise. */
export function fractionWordValue(word: string): number | undefined {
  if (!word.includes('-')) return undefined;
  const m = /^([a-z]+)-([a-z]+)$/.exec(word.toLowerCase());
  if (!m) return undefined;
  const top = UNITS.get(m[1]!);
  const bottom = FRACTIONS.get(m[2]!);
  return top !== undefined && bottom !== undefined && top > 0 ? top / bottom : undefined;
}

/** The numeric values written in a text: digits, number words and fraction words. */
export function numbersIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/\d[\d,]*(?:\.\d+)?/g)) {
    const raw = m[0].replace(/[,.]+$/, '');
    out.push(parseNumber(raw));
  }
  for (const m of text.matchAll(/[A-Za-z]+(?:-[A-Za-z]+)?/g)) {
    const v = numberWordValue(m[0]) ?? anyNumberWordValue(m[0]) ?? fractionWordValue(m[0]);
    if (v !== undefined) out.push(v);
  }
  return out;
}
