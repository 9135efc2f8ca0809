/**
 * The numbers of a section as chart data: each fact with its own sentence, the clause it sits
 * in, its time, and the measure it is a value of. Everything here is read from the datum's own
 * clause, so no year, place or unit is borrowed from a neighbour.
 */
import type { Fact, Sentence } from '../../source/model';
import { isStopWord, parseNumber, stem } from '../../source/words';
import { changeSubject, leadSubject, isVerb, shareWhole, words as tagged } from './nlp';
import { decadeWhen, parseWhen, type When } from './when';

export interface Point {
  fact: Fact;
  sentence: Sentence;
  /** The clause of the sentence that holds the number (split at ";", ", and", ", while" …). */
  clause: string;
  /** The comma-separated piece of the clause that holds the number: "$25 million from Britain". */
  piece: string;
  when?: When;
  /**
   * One measure: the same kind of quantity, unit and scale. `percent`, `money:$:million`,
   * `count:tonne:million` (a count's unit is the noun it counts).
   */
  key: string;
  /**
   * What changes, when the clause says so: the subject of "X rose from … to …", or, for a
   * clause that opens with a pronoun ("It was 4.8 million tonnes in 1950"), of the sentence before.
   */
  topic?: string;
  /** The clause's words between the previous number (not a date) and this one: "France received". */
  before: string;
  /** The clause's words from this number to the next one: " from the United States, ". */
  after: string;
}

/** Clause boundaries: a datum's year, place and unit never come from across one. */
// (", and 34 percent in …" goes on a list of amounts; ", where the rate …" opens a clause.)
const CLAUSE =
  /;\s+|,\s+(?=(?:and(?!\s+(?:about\s+|nearly\s+|some\s+|[$£€¥]|US\$)?\d)|while|but|whereas|although|though|where)\b)|\s+(?=and\s+(?:another|other)\b)/g;

/** The clauses of a sentence with their offsets. */
function clauses(text: string): Array<{ start: number; text: string }> {
  const out: Array<{ start: number; text: string }> = [];
  let start = 0;
  for (const m of text.matchAll(CLAUSE)) {
    out.push({ start, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  out.push({ start, text: text.slice(start) });
  return out;
}

/** The piece of `clause` around the number at `at` (length `len`): between the commas or "and"s around it. */
function pieceAt(clause: string, at: number, len: number): string {
  let from = 0;
  let to = clause.length;
  for (const m of clause.matchAll(/,\s+|\s+and\s+/g)) {
    if (m.index + m[0].length <= at) from = m.index + m[0].length;
    else if (m.index >= at + len) {
      to = m.index;
      break;
    }
  }
  return clause.slice(from, to).trim();
}

/** The number a mark shows, as written: "200 million lire" → 200, "seventy" → 70, "400-500" → 400. */
export function shown(f: Fact): number {
  const digits = /\d[\d,]*(?:\.\d+)?/.exec(f.raw)?.[0];
  return digits ? parseNumber(digits.replace(/,$/, '')) : f.value;
}

/** The data label: the number as written, with the hedge before it ("about 3,000", "more than seventy"). */
export const written = (f: Fact) => (f.hedge ? `${f.hedge} ${f.raw}` : f.raw);

/** The number as written with what it counts and its rate, for captions: "about 1,200 kilometres", "$40 million", "7 cents a pound". */
export function withUnit(p: Point): string {
  const f = p.fact;
  return [
    f.kind === 'count' || (f.kind === 'range' && f.unit !== 'percent')
      ? [written(f), f.counts].filter(Boolean).join(' ')
      : written(f),
    f.per,
  ]
    .filter(Boolean)
    .join(' ');
}

/** The noun a count counts ("tonnes" of "million tonnes of wheat"), lower case. */
export function head(f: Fact): string | undefined {
  return (f.counts ?? '')
    .split(/\s+/)
    .filter((w) => w && !isStopWord(w))
    .pop()
    ?.toLowerCase();
}

/**
 * `subject` is what the clause measures when its own words do not say ("it stood at 1.08"
 * after "the total fertility rate had fallen to 2.1").
 */
function keyOf(f: Fact, clause: string, subject = changeSubject(clause)): string | undefined {
  if (f.kind === 'percent' || f.unit === 'percent') return 'percent';
  if (f.kind === 'money')
    return `money:${(f.currency ?? '').toLowerCase().replace(/s$/, '')}:${f.scale ?? ''}`;
  if (f.kind !== 'count' && f.kind !== 'range') return undefined;
  const h = head(f);
  if (h) return `count:${stem(h)}:${f.scale ?? ''}`;
  // "Tube wells in the Punjab grew from about 7,000 in 1960 to 287,000": the subject is what is counted.
  return subject
    ? `count:${stem(subject.split(/\s+/).pop()!)}:${f.scale ?? ''}:${subject.toLowerCase()}`
    : undefined;
}

/** A clause whose subject is a pronoun, after any "and" and leading time: "and by 1951 it was …". */
const PRONOUN_CLAUSE =
  /^(?:(?:and|but|while|whereas)\s+)?(?:(?:in|by|from|until|after)\s+(?:[A-Z][a-z]+\s+)?\d{4},?\s+)?(?:it|they|the figure|the share|the proportion|the total)\s+(?:was|were|is|are|stood)\b/i;

/** The subject of a clause: its words before the first verb, a leading time and determiners left off. */
function clauseSubject(clause: string): string | undefined {
  const ws = tagged(clause);
  const verb = ws.findIndex((w, i) => isVerb(w, ws[i + 1], ws[i - 1]));
  // A level, not an act: "Industrial production … was 10 percent above …".
  if (verb <= 0 || !/^(?:was|were|is|are|stood)$/.test(ws[verb]!.normal)) return undefined;
  let start = 0;
  while (
    start < verb &&
    (ws[start]!.tags.has('Preposition') ||
      ws[start]!.tags.has('Date') ||
      ws[start]!.tags.has('Month') ||
      /^\d/.test(ws[start]!.text) ||
      ws[start]!.tags.has('Determiner'))
  )
    start++;
  const subject = ws.slice(start, verb);
  const last = subject[subject.length - 1];
  if (
    !last ||
    subject.length > 6 ||
    !last.tags.has('Noun') ||
    subject.some((w) => w.tags.has('Pronoun') || w.tags.has('Conjunction'))
  )
    return undefined;
  return subject.map((w) => w.text).join(' ');
}

/**
 * Clauses of one sentence told of one subject: "Industrial production … was 10 percent above
 * its prewar level in 1948, and by 1951 it was 35 percent above it" — the later clause's "it"
 * is the earlier one's subject, so both values are of that subject (by clause start).
 */
function referredSubjects(
  parts: ReadonlyArray<{ start: number; text: string }>,
): Map<number, string> {
  const out = new Map<number, string>();
  for (let i = 1; i < parts.length; i++) {
    if (!PRONOUN_CLAUSE.test(parts[i]!.text)) continue;
    const subject =
      out.get(parts[i - 1]!.start) ??
      clauseSubject(parts[i - 1]!.text) ??
      changeSubject(parts[i - 1]!.text) ??
      shareWhole(parts[i - 1]!.text);
    if (!subject) continue;
    out.set(parts[i - 1]!.start, subject);
    out.set(parts[i]!.start, subject);
  }
  return out;
}

/** Whether a clause names `word` with "the", "this" or "that" before it: "The rate recovered". */
const definite = (clause: string, word: string): boolean =>
  [...clause.toLowerCase().matchAll(/\b(?:the|this|that)\s+([\p{L}'’-]+)/gu)].some(
    (m) => m[1] === word,
  );

/** The section's chartable numbers, each with its own clause and time. */
export function pointsOf(sentences: readonly Sentence[]): Point[] {
  const out: Point[] = [];
  let previous: Sentence | undefined;
  // Subjects named so far, latest first: "The rate recovered …" after "the total fertility
  // rate had fallen …" is that rate, so its values are of one measure.
  const named: string[] = [];
  const fuller = (subject: string | undefined, clause: string): string | undefined => {
    if (!subject) return undefined;
    const lower = subject.toLowerCase();
    // Only "the rate", "this rate": a bare "Exports rose" may be all exports, not grain's.
    if (!/\s/.test(lower) && definite(clause, lower)) {
      const earlier = named.find((n) => n.endsWith(` ${lower}`));
      if (earlier) return earlier;
    }
    if (named[0] !== lower) named.unshift(lower);
    return subject;
  };
  for (const s of sentences) {
    const parts = clauses(s.text);
    const referred =
      /[,;]\s+(?:\S+\s+){0,4}(?:it|they|the figure|the share|the proportion|the total)\b/i.test(
        s.text,
      )
        ? referredSubjects(parts)
        : new Map<number, string>();
    const prior = previous;
    const earlier = prior ? changeSubject(prior.text) : undefined;
    // "It stood near 61 percent …" after "In 2023 the minimum wage was highest …": whatever
    // verb the sentence before has, its subject is what "it" measures (asked only when needed).
    const leadOf = () => (prior ? leadSubject(prior.text) : undefined);
    previous = s;
    let cursor = 0;
    const placed = s.facts.map((f) => {
      const at = s.text.indexOf(f.raw, cursor);
      if (at >= 0) cursor = at + f.raw.length;
      return { f, at };
    });
    // Numbers other than dates mark where one datum's words end and the next one's begin.
    const marks = placed.filter(
      (x) => x.at >= 0 && x.f.kind !== 'year' && x.f.kind !== 'date' && x.f.unit !== 'year',
    );
    for (const { f, at } of placed) {
      if (at < 0 || f.unit === 'year' || !Number.isFinite(shown(f))) continue;
      const clause = [...parts].reverse().find((c) => c.start <= at) ?? parts[0]!;
      const own = fuller(changeSubject(clause.text), clause.text);
      const base = keyOf(f, clause.text, own ?? referred.get(clause.start));
      if (!base) continue;
      const clauseEnd = clause.start + clause.text.length;
      const prev = [...marks].reverse().find((m) => m.at < at && m.at >= clause.start);
      const next = marks.find((m) => m.at > at && m.at < clauseEnd);
      const before = s.text.slice(prev ? prev.at + prev.f.raw.length : clause.start, at);
      const after = s.text.slice(at + f.raw.length, next ? next.at : clauseEnd);
      // "4.6 million tonnes of wheat" and "2 million tonnes of rice" are two measures.
      const of = /^\s+[\p{L}-]+\s+of\s+(?:the\s+)?([\p{L}-]+)/u.exec(after)?.[1];
      const key =
        of && base.startsWith('count:') && !isStopWord(of) ? `${base}:of-${stem(of)}` : base;
      // A time from a later clause is not this datum's ("34 percent in the United States,
      // where the rate had not changed since 2009").
      const later = f.when !== undefined && s.text.indexOf(f.when) >= clauseEnd;
      // A whole decade ("1.7 pence in the 1360s") is a time too, drawn as its ten years.
      const when = later
        ? undefined
        : (parseWhen(f.when) ??
          (f.when &&
          /^\d{3}0s$/.test(f.when) &&
          new RegExp(`\\b(?:in|during)\\s+the\\s+${f.when}\\b`).test(s.text)
            ? decadeWhen(f.when)
            : undefined));
      const pronounLed = /^(?:it|they|this|these|that|the figure)\b/i.test(s.text);
      const topic =
        own ?? referred.get(clause.start) ?? (pronounLed ? (earlier ?? leadOf()) : undefined);
      out.push({
        fact: f,
        sentence: s,
        clause: clause.text,
        piece: pieceAt(clause.text, at - clause.start, f.raw.length),
        key,
        before,
        after,
        ...(when ? { when } : {}),
        ...(topic ? { topic } : {}),
      });
    }
  }
  return out;
}
