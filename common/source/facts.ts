/**
 * Facts: the numbers of a sentence with what they count and when. Each fact keeps its `raw`
 * text exactly as written ("seventy-eight per cent", "200 million lire", "15-20%"), so a
 * slide can quote it and a check can find it again.
 */
import type { Fact, FactKind } from './model';
import { fractionWordValue, isStopWord, numberWordValue, parseNumber } from './words';

const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December)';
/**
 * A number never starts after a digit and a point or comma: there it is the tail of another
 * number ("5.5" is not a 5, "ro4.6 million" is a typo, not "6 million"). For every pattern that
 * finds numbers in a reading (facts here, shares in the chart maker).
 */
export const NOT_INSIDE_A_NUMBER = '(?<!\\d[.,])';
const NUM = `${NOT_INSIDE_A_NUMBER}(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)`;
const END = '\\b(?![.,]\\d)';
const WORDNUM =
  '(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
// "13.2m", "£3bn", as British papers write millions and billions (not "a 3.2m-deep shaft").
const SCALE =
  '(?:\\s(?:thousand|million|billion|trillion)|(?:bn|m)\\b(?!-|\\s(?:deep|high|long|wide|tall|thick|above|below|away|down|up)\\b))';
const CURRENCY_WORDS =
  'lire|lira|dollars?|roubles?|rubles?|pounds?(?: sterling)?|marks?|Reichsmarks?|francs?|yen|yuan|euros?|crowns?|kronor|pesos?|guilders?|shillings?|pence';
const PERCENT = '(?:\\s?%|\\s(?:per ?cent|percent))';

interface Pattern {
  kind: FactKind;
  re: RegExp;
}

/**
 * A year of an era or a time before the present: "8400 BCE", "9600–8200 BCE", "between 9600
 * and 8200 BCE", "AD 79", "12,000 cal BP", "12,000 years ago". A time, never an amount: "about
 * 9600 and 8200 BCE" counts no tonnes. ("BC" before a capital is British Columbia; "BP" only
 * after a long number or "cal", as radiocarbon dates write it: "2010 BP" is the company.)
 */
const ERA = `(?:BCE|CE|B\\.C\\.(?:E\\.)?|C\\.E\\.|A\\.D\\.|AD|BC(?!\\s+\\p{Lu}))`;
const ERA_YEAR = new RegExp(
  `\\b(?:[Bb]etween\\s(?:(?:about|around|c\\.|circa)\\s)?${NUM}\\sand\\s(?:(?:about|around|c\\.|circa)\\s)?)?${NUM}(?:\\s?[–-]\\s?${NUM})?\\s?(?:${ERA}|(?:cal\\.?\\s?|years\\s)BP)(?![\\p{L}\\d])|${NOT_INSIDE_A_NUMBER}\\b(?:\\d{1,3},\\d{3}|\\d{5,})\\s?BP\\b|\\b(?:AD|A\\.D\\.)\\s?\\d{1,4}\\b(?![.,]\\d)|\\b(?:${NUM}|(?:${WORDNUM}))\\s(?:thousand\\s|million\\s)?(?:years|millennia|centuries)\\sago\\b`,
  'gu',
);

/** "2019/20", "2019/2020": one year of accounts or teaching, across two calendar years. */
const FISCAL_YEAR = /(?<![\d/])(?:1[5-9]\d{2}|20\d{2})\/(?:\d{2}|(?:1[5-9]|20)\d{2})(?![\d/])/g;

/**
 * A statistic as APA style reports it: a symbol, its degrees of freedom, a relation and a
 * value ("M = 14.2", "SD = 3.1", "t(58) = 5.21", "F(2, 117) = 4.3", "p < .001", "r = .42").
 */
export const STATISTIC =
  /(?<![\p{L}\d])(?:M|SD|SE|SEM|Mdn|t|F|p|r|d|z|b|β|χ2|χ²|OR|HR|RR|η2|η²)\s*(?:\(\s*\d+(?:\.\d+)?(?:\s*,\s*\d+(?:\.\d+)?)?\s*\))?\s*[=<>≤≥]\s*[-−]?\d*\.?\d+/gu;

// Order matters: earlier patterns claim their text first.
const PATTERNS: Pattern[] = [
  { kind: 'date', re: ERA_YEAR },
  // A year written across two calendar years, as budgets and school years are: "2019/20".
  { kind: 'range', re: FISCAL_YEAR },
  // A span of dates ("between April 1948 and June 1952") before the dates it is made of.
  // A year ends where its digits end: "1941.0" is not the year 1941 (END).
  {
    kind: 'range',
    re: new RegExp(
      `\\b[Bb]etween\\s(?:${MONTH}\\s)?(\\d{4})\\sand\\s(?:${MONTH}\\s)?(\\d{4})${END}|\\b[Ff]rom\\s(?:${MONTH}\\s)?(\\d{4})\\sto\\s(?:${MONTH}\\s)?(\\d{4})${END}`,
      'g',
    ),
  },
  {
    kind: 'date',
    re: new RegExp(
      `\\b${MONTH}\\s\\d{1,2},?\\s\\d{4}${END}|\\b\\d{1,2}\\s${MONTH}\\s\\d{4}${END}|\\b${MONTH}\\s\\d{4}${END}`,
      'g',
    ),
  },
  { kind: 'range', re: new RegExp(`\\b(?:${NUM})\\s?[–-]\\s?(?:${NUM})${PERCENT}`, 'g') },
  // "at 1 to 3 percent", "between 2 and 4 percent": a range of shares, not "3 percent" alone.
  // ("rose from 5 to 9 percent" is a change between two shares, so "from" opens no range.)
  {
    kind: 'range',
    re: new RegExp(
      `(?<![Ff]rom\\s)\\b(?!(?:1[0-9]{3}|20[0-9]{2})\\s)(?:${NUM})\\s(?:to|or)\\s(?:${NUM})${PERCENT}|\\b[Bb]etween\\s(?:${NUM})\\sand\\s(?:${NUM})${PERCENT}`,
      'g',
    ),
  },
  {
    kind: 'money',
    re: new RegExp(
      `(?:US\\$|[$£€¥]|\\bRs\\.?|\\bINR)\\s?(?:${NUM})${SCALE}?|\\b(?:${NUM})${SCALE}?\\s(?:${CURRENCY_WORDS})\\b`,
      'g',
    ),
  },
  { kind: 'percent', re: new RegExp(`\\b(?:${NUM}|(?:${WORDNUM}))${PERCENT}(?![\\w])`, 'gi') },
  { kind: 'range', re: new RegExp(`\\b(?:${NUM})\\s?[–-]\\s?(?:${NUM})\\b(?![/.]\\d)`, 'g') },
  {
    kind: 'fraction',
    re: /\b\d{1,3}\/\d{1,3}\b|\b(?:one|two|three|four)-(?:halves|half|thirds?|quarters?|fifths?)\b/gi,
  },
  {
    kind: 'year',
    re: /(?<!\d[.,])(?:\b(?:1[0-9]{3}|20[0-9]{2})s\b|\b(?:1[0-9]{3}|20[0-9]{2})\b(?![,.]?\d)(?!\s+[a-z]+s\b(?!\s)))/g,
  },
  {
    kind: 'count',
    re: new RegExp(`\\b(?:${NUM})${SCALE}?\\b(?![/]\\d)|\\b(?:${WORDNUM})${SCALE}?\\b`, 'gi'),
  },
];

/** What every number word and fraction word of the patterns above holds ("-ty", "-teen", "ten", "three-"). */
const NUMBER_WORD_HINT = /ty|te(?:e)?n|eleven|twelve|(?:one|two|three|four)-/i;

interface Found {
  kind: FactKind;
  raw: string;
  index: number;
}

/** Finds the facts of one sentence (citation markers already removed). */
export function extractFacts(text: string): Fact[] {
  // Without a digit only a number or fraction word can make a fact; most sentences have neither.
  if (!/\d/.test(text) && !NUMBER_WORD_HINT.test(text)) return [];
  const taken: boolean[] = new Array<boolean>(text.length).fill(false);
  // A test statistic is no fact of the reading's argument: "(M = 14.2, SD = 3.1)", "t(58) =
  // 5.21", "p < .001" say how sure a study is, and no chart or bullet counts them.
  if (/[=<>≤≥]/.test(text))
    for (const m of text.matchAll(STATISTIC))
      for (let i = m.index; i < m.index + m[0].length; i++) taken[i] = true;
  const found: Found[] = [];
  for (const { kind, re } of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const index = m.index;
      const raw = m[0];
      let clash = false;
      for (let i = index; i < index + raw.length && !clash; i++) clash = taken[i]!;
      if (clash) continue;
      // "1930s" style decades and lone years inside "pp." or ids are not counts.
      if (kind === 'count' && /[A-Za-z]$/.test(text.slice(Math.max(0, index - 1), index))) continue;
      found.push({ kind, raw, index });
      for (let i = index; i < index + raw.length; i++) taken[i] = true;
    }
  }
  found.sort((a, b) => a.index - b.index);
  const times = found.filter(
    (f) =>
      f.kind === 'year' ||
      f.kind === 'date' ||
      (f.kind === 'range' && /^(between|from)\s/i.test(f.raw) && !/%|per ?cent/i.test(f.raw)) ||
      (f.kind === 'range' && /^\d{4}\/\d{2,4}$/.test(f.raw)),
  );
  // Digits past double precision (a run of 400 nines) are not a fact anyone can chart.
  return found
    .map((f, i) => toFact(text, f, found, i, times))
    .filter((f) => Number.isFinite(f.value) && (f.high === undefined || Number.isFinite(f.high)));
}

function toFact(text: string, f: Found, all: Found[], i: number, times: Found[]): Fact {
  const fact: Fact = { kind: f.kind, raw: f.raw, value: 0 };
  const nums = [...f.raw.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) =>
    parseNumber(m[0].replace(/,$/, '')),
  );
  switch (f.kind) {
    case 'date':
    case 'year':
      fact.value = nums.length ? nums[nums.length - 1]! : 0;
      if (f.kind === 'year' && /^\d{4}$/.test(f.raw) === false && f.raw.endsWith('s'))
        fact.unit = 'decade';
      break;
    case 'range':
      fact.value = nums[0] ?? 0;
      fact.high = nums[1] ?? fact.value;
      if (/%|per ?cent/i.test(f.raw)) fact.unit = 'percent';
      else if (/^(between|from)\s/i.test(f.raw) || isYearSpan(fact.value, fact.high))
        fact.unit = 'year';
      break;
    case 'percent':
      fact.value = nums[0] ?? wordValue(f.raw);
      fact.unit = 'percent';
      break;
    case 'fraction':
      fact.value = /\//.test(f.raw) ? parseNumber(f.raw) : (fractionWordValue(f.raw) ?? 0);
      break;
    case 'money': {
      const scale = scaleOf(f.raw);
      fact.value = scaled(nums[0] ?? 0, f.raw);
      const cur =
        /US\$|[$£€¥]|Rs\.?|INR/.exec(f.raw)?.[0] ??
        new RegExp(`(?:${CURRENCY_WORDS})$`).exec(f.raw)?.[0];
      if (cur) fact.currency = cur;
      if (scale > 1) fact.unit = scaleWord(f.raw)!;
      break;
    }
    case 'count':
      fact.value = scaled(nums[0] ?? wordValue(f.raw), f.raw);
      break;
  }
  if (f.kind !== 'year' && f.kind !== 'date' && fact.unit !== 'year') {
    const counts = countsPhrase(text, f, all, i);
    if (counts) fact.counts = counts;
    const per = rateOf(text.slice(f.index + f.raw.length), f.kind === 'money' ? undefined : counts);
    if (per) fact.per = per;
    const when = nearestTime(text, f, times);
    if (when) fact.when = when;
    const hedge = HEDGE.exec(text.slice(Math.max(0, f.index - 24), f.index))?.[1];
    if (hedge) fact.hedge = hedge.toLowerCase().replace(/\s+/g, ' ');
    const scale = scaleWord(f.raw);
    if (scale) fact.scale = scale;
  }
  return fact;
}

/**
 * A hedge or bound written right before a number: a chart must keep it ("nearly 90" is not
 * 90). "Only" and "as high as" stress a number without changing it, so they are not hedges.
 */
const HEDGE =
  /\b(about|around|roughly|approximately|approx\.|circa|c\.|nearly|near|almost|some|over|under|more than|less than|fewer than|at least|at most|up to|as many as|as much as|as few as|just over|just under|well over|close to|upwards of|in excess of)\s+(?:[$£€¥]|US\$)?$/i;

/** "1848-49", "1929-1945": a span of years, not a range of amounts. */
function isYearSpan(low: number, high: number | undefined): boolean {
  if (!Number.isInteger(low) || low < 1000 || low > 2099 || high === undefined) return false;
  return (high >= 10 && high < 100) || (high > low && high <= 2099);
}

function wordValue(raw: string): number {
  const first = raw.split(/[\s%]/)[0] ?? '';
  return numberWordValue(first) ?? 0;
}

/** The scale a number is written with, as a word: "million" for "13.2 million" and "13.2m", "billion" for "£3bn". */
function scaleWord(raw: string): string | undefined {
  const word = /\b(thousand|million|billion|trillion)\b/.exec(raw)?.[1];
  if (word) return word;
  if (/\dbn\b/.test(raw)) return 'billion';
  if (/\dm\b/.test(raw)) return 'million';
  return undefined;
}

const SCALES: Record<string, number> = {
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};

/** `n` times the scale of `raw`, without the binary fraction's tail (8.3 × 10⁶ is 8,300,000, not 8,300,000.000000001). */
const scaled = (n: number, raw: string): number => Number((n * scaleOf(raw)).toPrecision(15));

function scaleOf(raw: string): number {
  return SCALES[scaleWord(raw) ?? ''] ?? 1;
}

/** The noun phrase a number counts: the words after it, or "of <phrase>" for a share. */
function countsPhrase(text: string, f: Found, all: Found[], i: number): string | undefined {
  const after = text.slice(f.index + f.raw.length);
  if (f.kind === 'percent' || f.kind === 'fraction' || /%|per ?cent/i.test(f.raw)) {
    const of = /^,?\s+of\s+(?:the\s+)?((?:[\p{L}-]+\s?){1,4})/u.exec(after);
    if (of) return phrase(' ' + of[1]!);
    return undefined;
  }
  if (f.kind === 'money') return undefined;
  const words = phrase(after);
  if (words) return words;
  // "Of the 104 agreements, about 84 were …": borrow what the previous count counts.
  for (let k = i - 1; k >= 0; k--) {
    const prev = all[k]!;
    if (prev.kind === 'count' || prev.kind === 'range') {
      const borrowed = phrase(text.slice(prev.index + prev.raw.length));
      if (borrowed) return borrowed;
    }
  }
  return undefined;
}

/** What "a"/"an" can make a rate of: units of measure, time and people ("7 cents a pound", "$2 a day"). */
const RATE_NOUN =
  /^(?:pound|ounce|ton|tonne|kilo|kilogram|kg|gram|litre|liter|gallon|barrel|bushel|bag|sack|bale|acre|hectare|mile|kilometre|kilometer|metre|meter|foot|yard|unit|piece|dozen|head|person|worker|household|family|share|day|week|month|year|hour|minute|second|decade|season)$/i;

/**
 * The rate a number is given at, right after it and what it counts: "a pound" of "7 cents a
 * pound", "per head" of "$40 per head". "Per" makes a rate of any noun; "a"/"an" only of a unit
 * ("400 workers a factory" is not read as one), so a following noun phrase is never taken.
 */
function rateOf(after: string, counts: string | undefined): string | undefined {
  const rest =
    counts && after.trimStart().startsWith(counts) ? after.trimStart().slice(counts.length) : after;
  const m = /^\s+(per|an?)\s+(\p{L}+)(?![\p{L}'’-])/u.exec(rest);
  if (!m || (m[1] !== 'per' && !RATE_NOUN.test(m[2]!))) return undefined;
  return `${m[1]} ${m[2]}`;
}

/** Up to four leading words that look like a noun phrase (stops at verbs in -ed, stop words, punctuation). */
function phrase(after: string): string | undefined {
  const out: string[] = [];
  let rest = after;
  while (out.length < 4) {
    const m = /^\s+([\p{L}](?:[\p{L}'’-]|\.(?=\p{L}))*\.?)/u.exec(rest);
    if (!m) break;
    const word = /\..*\.$/.test(m[1]!) ? m[1]! : m[1]!.replace(/\.$/, '');
    // "engineers and specialists": a pair of nouns joined by "and" stays one phrase.
    if ((word === 'and' || word === 'or') && out.length) {
      const next = /^\s+(?:and|or)\s+([\p{L}][\p{L}'’-]*)/u.exec(rest)?.[1];
      if (next && !isStopWord(next) && !/(ed|ing)$/.test(next) && out.length < 4) {
        out.push(word, next);
        rest = rest.replace(/^\s+(?:and|or)\s+[\p{L}][\p{L}'’-]*/u, '');
        continue;
      }
      break;
    }
    // ("2,600 confirmed planets", "300 trained nurses": an -ed or -ing word right after the
    // number, before a plain word, describes what is counted; elsewhere it is a verb.)
    const next = /^\s+([\p{L}][\p{L}'’-]*)/u.exec(rest.slice(m[0].length))?.[1];
    const attributive =
      !out.length &&
      !!next &&
      !isStopWord(next) &&
      !/(ed|ing|ly)$/.test(next) &&
      /^\p{Ll}/u.test(next);
    if (
      isStopWord(word) ||
      (word.length > 4 && /(ed|ing)$/.test(word) && !/^[A-Z]/.test(word) && !attributive)
    )
      break;
    out.push(word);
    rest = rest.slice(m[0].length);
  }
  return out.length ? out.join(' ') : undefined;
}

/** The year or date closest to a fact in its sentence, preferring one before it in the same clause. */
function nearestTime(text: string, f: Found, times: Found[]): string | undefined {
  let best: { t: Found; cost: number } | undefined;
  for (const t of times) {
    const before = t.index < f.index;
    const gap = before ? f.index - (t.index + t.raw.length) : t.index - (f.index + f.raw.length);
    const between = before
      ? text.slice(t.index + t.raw.length, f.index)
      : text.slice(f.index + f.raw.length, t.index);
    // A year across a clause boundary (";", ", and", ", while") belongs to another statement:
    // "In 1932, 200 Germans were in Magnitogorsk, and 730 American engineers worked at various
    // times …" gives no year for the 730, so none is borrowed.
    if (
      /;|,\s+(?:and|while|but|whereas|although|though)\b|\band\s+(?:another|other)\b/.test(between)
    )
      continue;
    // "above 70% for the next four decades, falling to 72.7% in 1979": a later year past a
    // comma and another number is that number's.
    if (!before && /,\s.*\d/.test(between)) continue;
    const boundaries = (between.match(/,\s+(?:which|who)\b/g) ?? []).length;
    // "4.6 million tonnes in 1965": a date right after the counted noun belongs to it.
    // ("1.7 pence in the 1360s": a decade after its "the" too.)
    const follows = !before && /^[\s\p{L}.-]{0,40}\b(?:in|by|during)\s+(?:the\s+)?$/u.test(between);
    const cost = gap + boundaries * 200 + (before ? 0 : 30) - (follows ? 100 : 0);
    if (!best || cost < best.cost) best = { t, cost };
  }
  if (!best) return leadingTime(text, f, times);
  const lead = /\b(before|after|until|by|since|from)\s+$/i.exec(
    text.slice(Math.max(0, best.t.index - 8), best.t.index),
  );
  if (/^(between|from)\s/i.test(best.t.raw))
    return best.t.raw
      .replace(/^(?:between|from)\s(\d{4})\s(?:and|to)\s(\d{4})$/i, '$1–$2')
      .replace(/^(?:between|from)\s/i, '');
  return lead ? `${lead[1]!.toLowerCase()} ${best.t.raw}` : best.t.raw;
}

/**
 * A time set at the head of the sentence ("Before 1926, …, and the interest rate was as high
 * as 15-20%") holds for its later clauses too, unless a clause gives a time of its own
 * ("730 … worked at various times") or reports another source ("and another document reported").
 */
function leadingTime(text: string, f: Found, times: Found[]): string | undefined {
  const head = /^(?:(In|By|Before|After|Until|Since|During|On)\s+)/i.exec(text);
  const t = times[0];
  if (!head || !t || t.index !== head[0].length || t.index >= f.index) return undefined;
  const rest = text.slice(t.index + t.raw.length, f.index);
  if (!/^,\s/.test(rest)) return undefined;
  if (
    /\b(?:at various times|at other times|later|earlier|afterwards|then|another|other|previously|formerly)\b/i.test(
      text.slice(t.index + t.raw.length, f.index + f.raw.length + 60),
    )
  )
    return undefined;
  const lead = head[1]!.toLowerCase();
  return ['before', 'after', 'until', 'by', 'since'].includes(lead) ? `${lead} ${t.raw}` : t.raw;
}
