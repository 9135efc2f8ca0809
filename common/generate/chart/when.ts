/**
 * Where a datum sits on a time axis, read from the `when` text its own clause gives
 * ("1935", "October 1929", "August 14, 1933", "before 1926", "by 1870", "1848-49").
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** A point or an open-ended time, as the text gives it. */
export interface When {
  /** The text as the reading has it, lead word included: "before 1926". */
  text: string;
  year: number;
  /** The month's name as written, when the text gives one (kept as a word: see `dateExpr`). */
  month?: string;
  day?: number;
  /**
   * "before 1926", "until 1933" reach back from the year; "after", "since" reach forward. An
   * open-ended time is drawn as what it is (a bracket up to the year), never as a point.
   */
  open?: 'before' | 'after';
  /** The last year of a span ("1848-49" → 1849), which is drawn as a span, never as a point. */
  end?: number;
  /** The span's end as written ("49" of "1848-49"): a datum holds only digits its sentence has. */
  endWritten?: number;
  /** A decade ("the 1930s"): a span from `year` to `end`, its end computed in the chart (the sentence gives no "1939"). */
  decade?: boolean;
  /** "2019/20": one year of accounts across two calendar years, drawn at their meeting. */
  fiscal?: boolean;
  /**
   * "8400 BCE": `year` (and a span's `end`) count back from the common era, as written; the
   * later of two is the smaller. Only a timeline draws these (eraWhen), on an axis of its own.
   */
  era?: 'BCE';
}

/** "8400 BCE", "c. 11,000 BC", "9600–8200 BCE", "between about 9600 and 8200 BCE". */
const ERA_WHEN =
  /^(?:between\s+)?(?:(?:about|around|c\.|circa)\s+)?(\d{1,3}(?:,\d{3})*|\d+)(?:\s*(?:[–-]|and)\s*(?:(?:about|around|c\.|circa)\s+)?(\d{1,3}(?:,\d{3})*|\d+))?\s?(?:BCE|BC|B\.C\.(?:E\.)?)$/;

/**
 * A year or span before the common era as written ("8400 BCE", "9600–8200 BCE"); undefined for
 * anything else, and for a span whose end is not later (a smaller number) than its start.
 */
export function eraWhen(raw: string): When | undefined {
  const m = ERA_WHEN.exec(raw.trim());
  if (!m) return undefined;
  const year = Number(m[1]!.replace(/,/g, ''));
  const text = raw.trim().replace(/^between\s+/, '');
  if (m[2] === undefined) return { text, year, era: 'BCE' };
  const end = Number(m[2].replace(/,/g, ''));
  return end < year ? { text, year, end, endWritten: end, era: 'BCE' } : undefined;
}

/** Where a time sits on one line of years: a year before the common era below zero. */
export const signedYear = (w: When, year: number = w.year): number => (w.era ? -year : year);

/** A decade as written ("1930s") as a span of its ten years; undefined for anything else. */
export function decadeWhen(raw: string): When | undefined {
  const m = /^(1\d{2}0|20\d0)['’]?s$/.exec(raw.trim());
  return m
    ? { text: `${m[1]}s`, year: Number(m[1]), end: Number(m[1]) + 9, decade: true }
    : undefined;
}

const MONTH_RE = MONTHS.join('|');

/** Reads a `when` text; undefined for what is not placed in time (a decade, "the 1930s"). */
export function parseWhen(text: string | undefined): When | undefined {
  if (!text) return undefined;
  const t = text.trim();
  const fiscal = /^(1\d{3}|20\d{2})\/(\d{2}|\d{4})$/.exec(t);
  if (fiscal) {
    const year = Number(fiscal[1]);
    const tail = fiscal[2]!;
    const end = tail.length === 4 ? Number(tail) : Math.floor(year / 100) * 100 + Number(tail);
    return end === year + 1
      ? { text: t, year, end, endWritten: Number(tail), fiscal: true }
      : undefined;
  }
  const span = new RegExp(
    `^(?:between\\s+|from\\s+)?(?:(?:${MONTH_RE})\\s+)?(1\\d{3}|20\\d{2})\\s*(?:[–-]|and|to)\\s*(?:(?:${MONTH_RE})\\s+)?(\\d{2,4})$`,
    'i',
  ).exec(t);
  if (span) {
    const year = Number(span[1]);
    const tail = span[2]!;
    const end = tail.length === 4 ? Number(tail) : Math.floor(year / 100) * 100 + Number(tail);
    return end > year ? { text: t, year, end, endWritten: Number(tail) } : undefined;
  }
  const m = new RegExp(
    `^(?:(before|until|till|up to|after|since|by|from|in|on|during)\\s+)?(?:(${MONTH_RE})\\s+(?:(\\d{1,2}),?\\s+)?|(\\d{1,2})\\s+(${MONTH_RE})\\s+)?(1\\d{3}|20\\d{2})$`,
    'i',
  ).exec(t);
  if (!m) return undefined;
  const lead = m[1]?.toLowerCase();
  const when: When = { text: t, year: Number(m[6]) };
  const month = m[2] ?? m[5];
  if (month) when.month = month;
  const day = m[3] ?? m[4];
  if (day) when.day = Number(day);
  if (lead === 'before' || lead === 'until' || lead === 'till' || lead === 'up to')
    when.open = 'before';
  if (lead === 'after' || lead === 'since') when.open = 'after';
  return when;
}

/** Time order: year, then month, then day; an open "before" comes before the year's points. */
export function compareWhen(a: When, b: When): number {
  const month = (w: When) => (w.month ? MONTHS.indexOf(capitalise(w.month)) : -1);
  const openRank = (w: When) => (w.open === 'before' ? -1 : w.open === 'after' ? 1 : 0);
  return (
    signedYear(a) - signedYear(b) ||
    openRank(a) - openRank(b) ||
    month(a) - month(b) ||
    (a.day ?? 0) - (b.day ?? 0)
  );
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();

/** The same time, as a key: two data at one time of one measure cannot both be a series point. */
export const whenKey = (w: When) =>
  `${w.open ?? ''}${signedYear(w)}-${w.month ?? ''}-${w.day ?? ''}-${w.end ?? ''}`;

/**
 * The datum fields that place it in time. Only words and numbers the sentence gives go into
 * a datum (the deck check traces every digit of a datum to its sentence), so a month stays a
 * word and the date is computed in the chart (`DATE_TRANSFORM`), not stored.
 */
export function timeFields(w: When): Record<string, string | number> {
  const out: Record<string, string | number> = { year: w.year };
  if (w.month) out.month = capitalise(w.month);
  if (w.day !== undefined) out.day = w.day;
  if (w.decade) out.decade = 'decade';
  else if (w.end !== undefined) out.end = w.endWritten ?? w.end;
  if (w.fiscal) out.fiscal = 'fiscal';
  if (w.open) out.open = w.open;
  return out;
}

/** Vega-Lite transforms that turn `year`, `month`, `day` (and `end`) into UTC dates. */
export const DATE_TRANSFORM = [
  {
    calculate: `utc(datum.year, isValid(datum.month) ? indexof(${JSON.stringify(MONTHS)}, datum.month) : 0, isValid(datum.day) ? datum.day : 1)`,
    as: 'date',
  },
  // "1848-49" is stored as written (end 49) and read here as 1849.
  // A decade ("1930s") runs to the last day of its tenth year.
  {
    calculate:
      'isValid(datum.decade) ? utc(datum.year + 9, 11, 31) : isValid(datum.end) ? utc(datum.end < 100 ? floor(datum.year / 100) * 100 + datum.end + (floor(datum.year / 100) * 100 + datum.end < datum.year ? 100 : 0) : datum.end, 11, 31) : null',
    as: 'until',
  },
];

/** An expression for 1 January of `year`, UTC (a domain end or a bracket's far side). */
export const yearStart = (year: number) => `utc(${year}, 0, 1)`;

/**
 * The x channel of a time axis on the computed `date`: proportional, UTC (so every machine draws the same
 * ticks), a tick every 1, 2, 5 or 10 years.
 */
export function timeAxis(from: number, to: number): Record<string, unknown> {
  const years = to - from;
  const step = years > 60 ? 10 : years > 24 ? 5 : years > 10 ? 2 : 1;
  return {
    field: 'date',
    type: 'temporal',
    title: null,
    // The domain is the data's (brackets and margins are data too), rounded out to whole years
    // of the tick step; an explicit domain trips Vega-Lite when a layer adds x2 (spans, brackets).
    scale: { type: 'utc', nice: { interval: 'year', step }, padding: 28 },
    axis: { format: '%Y', labelAngle: 0, tickCount: { interval: 'year', step }, grid: false },
  };
}

/** The years an axis shows around data from `first` to `last`: a margin on each side. */
export function axisYears(first: number, last: number): [number, number] {
  const pad = Math.max(1, Math.ceil((last - first) * 0.08));
  return [first - pad, last + pad];
}

/** The `when` as a phrase after a number: "in 1935", "before 1926", "in October 1929", "on August 14, 1933". */
export function whenPhrase(w: When): string {
  if (/^(?:before|after|by|since|until|till|up to|from|in|on|during|between)\b/i.test(w.text))
    return w.text;
  if (w.decade) return `in the ${w.text}`;
  if (w.end !== undefined) return `in ${w.text}`;
  return w.day !== undefined ? `on ${w.text}` : `in ${w.text}`;
}
