/**
 * Shares the reading gives in words ("roughly a quarter of the carbon dioxide released by human
 * activity", "half of the farms", "two-thirds of the villages", "one in five farms"): read as a
 * part of a named whole, like a percentage (see share.ts), and drawn the same way.
 *
 * The rule that keeps a datum faithful: a word fraction is stored as the reading's words, never
 * as a number the text does not give. A datum holds `parts` and `per` as written ("two",
 * "thirds"; "a", "quarter"; "one", "five" of "one in five"), and the bar's length is computed
 * inside the chart from those words (`FRACTION_TRANSFORM`), as a month name is turned into a
 * date there (when.ts). Its printed label is the words with their hedge ("roughly a quarter").
 */
import { NOT_INSIDE_A_NUMBER } from '../../source/facts';
import type { Sentence } from '../../source/model';
import { isVerb, words as tagged, type Word } from './nlp';

/** Number words by value: index 2 is "two". */
const CARDINALS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];
/** Fraction words by denominator, singular and plural: index 4 is "quarter", "quarters". */
const ORDINALS = [
  '',
  '',
  'half',
  'third',
  'quarter',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
];
const ORDINALS_PLURAL = [
  '',
  '',
  'halves',
  'thirds',
  'quarters',
  'fifths',
  'sixths',
  'sevenths',
  'eighths',
  'ninths',
  'tenths',
];

/** A part of a whole the reading gives in words. */
export interface WordShare {
  sentence: Sentence;
  /** The clause that holds the share. */
  clause: string;
  /** The fraction as written: "a quarter", "two-thirds", "half", "one in five". */
  fraction: string;
  /** The hedge before it, as written: "roughly", "more than". */
  hedge?: string;
  /** The numerator as written ("a", "two", "one"; absent for a bare "half"). */
  parts?: string;
  /** The denominator as written ("quarter", "thirds", "half", "five"). */
  per: string;
  /** Whether "of" joins the fraction to its whole ("a quarter of …"; not "one in five farms"). */
  of: boolean;
  /** How many the whole holds, as written, when the reading counts it ("5,000" of "3,000 of the 5,000 works"). */
  counted?: string;
  /** The whole as written, after "of" (or after "one in five"): "the carbon dioxide released by human activity". */
  whole: string;
  /** The whole's noun phrase without its modifiers, for a title: "the carbon dioxide". */
  core: string;
  /** Who holds or takes the part, when the clause names it before the fraction ("The ocean"). */
  subject?: string;
  /** What the part did, when the fraction is the clause's subject ("had electricity"). */
  predicate?: string;
  /** The time the clause gives after the whole ("since 1800"), for the caption. */
  when?: string;
}

const CARD = CARDINALS.slice(1).join('|');
const ORD = [...ORDINALS.slice(2), ...ORDINALS_PLURAL.slice(2)].join('|');
const HEDGE =
  '(?:roughly|about|around|nearly|almost|approximately|some|over|under|just over|just under|more than|less than|fewer than|well over|at least|barely|close to|only)';
/** A count as written: "12", "3,000" or a number word up to twelve. */
const COUNT = `${CARD}|\\d{1,3}(?:,\\d{3})+|\\d+`;
/**
 * "a quarter of", "two-thirds of", "one half of", "half of", "one in five", "one out of every ten",
 * "3,000 of the 5,000", with a hedge before it. Not "the second half of", "the first third of"
 * (an ordinal or article before the fraction makes it a stretch of time or text, not a share).
 */
// Never starting inside a number: "5.5 in 1932" holds no "5 in 1932".
const FRACTION = new RegExp(
  `(?<![\\p{L}\\d-])${NOT_INSIDE_A_NUMBER}(?:(${HEDGE})\\s+)?(?:(?:(a|an|one|${CARD.replace('one|', '')})[\\s-]+(${ORD}))|(half)|(?:(${CARD}|\\d+)\\s+(?:in|out\\s+of)\\s+(?:every\\s+)?(${CARD}|\\d+))|(?:(${COUNT})\\s+of\\s+(?:the|its|their|his|her)\\s+(${COUNT})))(?=\\s)`,
  'giu',
);
/** A count of at least this many is a whole worth a bar: "one of the two engineers" is no share to draw. */
const LEAST_WHOLE = 10;
/** A four-digit count that reads as a year ("of the 1930 harvest") is no whole. */
const YEAR_LIKE = /^(?:1[5-9]|20)\d\d$/;
/** A fraction of time, text or a unit ("a quarter of a century", "half of them") is no share of a whole. */
const NOT_A_WHOLE =
  /^(?:a|an|them|it|those|these|this|that|all|us|the\s+(?:time|way|day|year|century|decade|period|population\s+of\s+\d))\b/i;
/** Words a time phrase starts with: a share's whole stops before "since 1800", "by 1950". */
const TIME_LEAD = /^(?:since|by|in|during|until|before|after|from|between|around|at)$/;

/** A count's value: digits (commas between thousands) or a number word; -1 when it is neither. */
const countValue = (w: string): number =>
  /^\d[\d,]*$/.test(w) ? Number(w.replace(/,/g, '')) : CARDINALS.indexOf(w.toLowerCase());

/** The value of a word share, 0 to 100, as the chart computes it (for order, never stored). */
export function fractionValue(s: Pick<WordShare, 'parts' | 'per'>): number {
  const count = (w: string | undefined) => (!w || /^(?:a|an)$/i.test(w) ? 1 : countValue(w));
  const p = s.per.toLowerCase();
  const per = Math.max(ORDINALS.indexOf(p), ORDINALS_PLURAL.indexOf(p), countValue(p));
  return per > 0 ? (100 * count(s.parts)) / per : NaN;
}

const list = (xs: readonly string[]) => `[${xs.map((x) => JSON.stringify(x)).join(',')}]`;

/**
 * The Vega-Lite transform that computes a word share's length (`share`, 0 to 100) from its
 * `parts` and `per` words, or takes a percentage's `value` as it is. The tables are the number
 * words themselves, by position (as `DATE_TRANSFORM` turns a month's name into its index).
 */
export const FRACTION_TRANSFORM = [
  {
    calculate: `isValid(datum.value) ? datum.value : 100 * (!isValid(datum.parts) || indexof(['a','an'], lower(datum.parts)) >= 0 ? 1 : max(indexof(${list(CARDINALS)}, lower(datum.parts)), toNumber(join(split(datum.parts, ','), '')) || -1)) / max(indexof(${list(ORDINALS)}, lower(datum.per)), indexof(${list(ORDINALS_PLURAL)}, lower(datum.per)), indexof(${list(CARDINALS)}, lower(datum.per)), toNumber(join(split(datum.per, ','), '')) || -1)`,
    as: 'share',
  },
];

/** The clauses of a sentence (split at ";", ", and", ", while" …), with their offsets. */
const CLAUSE = /;\s+|,\s+(?=(?:and|while|but|whereas|although|though)\b)/g;

function clauseAt(text: string, at: number): { start: number; clause: string } {
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(CLAUSE)) {
    if (m.index + m[0].length <= at) start = m.index + m[0].length;
    else if (m.index >= at) {
      end = m.index;
      break;
    }
  }
  return { start, clause: text.slice(start, end) };
}

const tagsOf = (w: Word) => [...w.tags].join(' ');
const isNoun = (w: Word) => w.tags.has('Noun') && !w.tags.has('Pronoun');

/**
 * The whole after a fraction: a noun phrase, with a participle phrase that says which part of
 * it ("released by human activity"), up to a finite verb, a comma or a time phrase. The core is
 * the noun phrase alone. Undefined when what follows is no noun phrase.
 */
function wholeAfter(
  rest: string,
  leads: boolean,
): { whole: string; core: string; tail: Word[] } | undefined {
  const ws = tagged(rest);
  let i = 0;
  while (
    i < ws.length &&
    (ws[i]!.tags.has('Determiner') ||
      ws[i]!.tags.has('Possessive') ||
      ws[i]!.tags.has('Adjective') ||
      isNoun(ws[i]!) ||
      modifier(ws, i)) &&
    !ws[i]!.tags.has('Value')
  ) {
    const stop = /[,;:.()]/.test(ws[i]!.post);
    i++;
    if (stop) break;
  }
  const np = ws.slice(0, i);
  if (!np.length || !isNoun(np[np.length - 1]!)) return undefined;
  let end = i;
  // "in the valley": a phrase of place says which whole ("the villages in the valley").
  const place = !/[,;:.()]/.test(np[np.length - 1]!.post) ? placeAfter(ws, i) : i;
  if (place > i) end = i = place;
  // "released by human activity", "pumped from the aquifer": a participle and its phrase say which
  // part of the whole; but after a share that leads its clause, a past tense with no verb after it
  // is the clause's verb ("Twelve of the 15 members of the committee voted for the motion").
  if (
    (!leads || ws.slice(i + 2).some((w, k, rest) => isVerb(w, rest[k + 1], rest[k - 1]))) &&
    !/[,;:.()]/.test(ws[end - 1]!.post) &&
    ws[i]?.tags.has('PastTense') &&
    PARTICIPLE_LINK.test(ws[i + 1]?.normal ?? '')
  ) {
    let j = i + 2;
    while (
      j < ws.length &&
      j < i + 6 &&
      !TIME_LEAD.test(ws[j]!.normal) &&
      !ws[j]!.tags.has('Value') &&
      (ws[j]!.tags.has('Determiner') || ws[j]!.tags.has('Adjective') || isNoun(ws[j]!))
    ) {
      const stop = /[,;:.()]/.test(ws[j]!.post);
      j++;
      if (stop) break;
    }
    if (j > i + 2 && isNoun(ws[j - 1]!)) end = j;
  }
  const text = (from: number, to: number) =>
    ws
      .slice(from, to)
      .map((w, k, all) => w.text + (k < all.length - 1 ? ' ' : ''))
      .join('')
      .replace(/[,;:.]+$/, '');
  return { whole: text(0, end), core: text(0, np.length), tail: ws.slice(end) };
}

/** Prepositions that join a participle to the phrase that says which part of a whole: "released by", "grown in". */
const PARTICIPLE_LINK = /^(?:by|from|in|at|on|for)$/;

/** A participle between an article and a noun modifies it: "the displaced families". */
const modifier = (ws: readonly Word[], i: number) =>
  i > 0 &&
  ws[i]!.tags.has('PastTense') &&
  ws[i - 1]!.tags.has('Determiner') &&
  isNoun(ws[i + 1] ?? ws[i]!) &&
  i + 1 < ws.length;

/**
 * The end of a phrase of place after a whole's noun ("in the valley", "on the island"): a
 * preposition of place and a short noun phrase with no number (not "in 1930": a time is the
 * caption's, not the whole's). `i` when there is none.
 */
function placeAfter(ws: readonly Word[], i: number): number {
  if (!/^(?:in|on|at|of)$/.test(ws[i]?.normal ?? '')) return i;
  let j = i + 1;
  while (
    j < ws.length &&
    j < i + 5 &&
    !ws[j]!.tags.has('Value') &&
    !/\d/.test(ws[j]!.text) &&
    (ws[j]!.tags.has('Determiner') || ws[j]!.tags.has('Adjective') || isNoun(ws[j]!))
  ) {
    const stop = /[,;:.()]/.test(ws[j]!.post);
    j++;
    if (stop) break;
  }
  return j > i + 1 && isNoun(ws[j - 1]!) && !ws[j - 1]!.tags.has('Date') ? j : i;
}

/** A clause's subject before the fraction: a short noun phrase ending on a noun, before the first verb ("The ocean"). */
function subjectBefore(before: string): string | undefined {
  const ws = tagged(before);
  const verb = ws.findIndex((w, i) => isVerb(w, ws[i + 1], ws[i - 1]));
  if (verb <= 0) return undefined;
  let start = 0;
  // A leading time or place ("In 1950,", "By then,", "In 1863 the jury …") is not the subject.
  const comma = ws.findIndex((w, i) => i < verb && /,/.test(w.post));
  if (comma >= 0 && ws[0]!.tags.has('Preposition')) start = comma + 1;
  else if (ws[0]!.tags.has('Preposition') && /^\d{4}s?$/.test(ws[1]?.text ?? '')) start = 2;
  const subject = ws.slice(start, verb);
  const last = subject[subject.length - 1];
  if (
    !last ||
    subject.length > 4 ||
    !isNoun(last) ||
    subject.some((w) => /Pronoun|Conjunction|Preposition|Value/.test(tagsOf(w)))
  )
    return undefined;
  return subject
    .map((w) => w.text)
    .join(' ')
    .replace(/[,;:]+$/, '');
}

/** What the part did, when the fraction leads its clause: "had electricity" of "Half of the farms had electricity by 1950". */
export function predicateOf(tail: readonly Word[]): string | undefined {
  if (!tail.length || !isVerb(tail[0]!, tail[1])) return undefined;
  const out: Word[] = [];
  for (const w of tail) {
    const next = tail[tail.indexOf(w) + 1];
    // A time phrase ends it ("by 1950"); a place does not ("employed in industry").
    if (
      (out.length &&
        TIME_LEAD.test(w.normal) &&
        next &&
        (/\d/.test(next.text) || next.tags.has('Date') || next.tags.has('Month'))) ||
      out.length >= 6
    )
      break;
    // A clause of its own ends it too: "is lost to leaks | before it reaches a tap".
    if (
      out.length &&
      /^(?:before|after|when|because|while|until|although|though|as|since|so)$/.test(w.normal)
    )
      break;
    out.push(w);
    if (/[,;:.()]/.test(w.post)) break;
  }
  // A predicate never ends on a word that needs another after it ("had a").
  while (
    out.length > 1 &&
    /Preposition|Determiner|Conjunction|Adjective/.test(tagsOf(out[out.length - 1]!))
  )
    out.pop();
  return out
    .map((w) => w.text)
    .join(' ')
    .replace(/[,;:.]+$/, '');
}

/** The shares `sentences` give in words, each a part of a named whole, in reading order. */
export function wordShares(sentences: readonly Sentence[]): WordShare[] {
  const out: WordShare[] = [];
  for (const s of sentences) {
    for (const m of s.text.matchAll(FRACTION)) {
      const before = s.text.slice(0, m.index);
      // "the second half of", "the first third of": a stretch of time or text, not a share.
      if (
        /\b(?:the|first|second|third|last|latter|other|final|next|each|every|per)\s+$/i.test(
          before,
        ) &&
        !m[1]
      )
        continue;
      // "3,000 of the 5,000 works": a count of a counted whole, when the whole is one worth a bar.
      const ofCount = m[7] !== undefined;
      if (ofCount && (countValue(m[8]!) < LEAST_WHOLE || YEAR_LIKE.test(m[8]!))) continue;
      const inForm = m[5] !== undefined || ofCount;
      let rest = s.text.slice(m.index + m[0].length);
      const of = /^\s+of\s+/i.exec(rest);
      if (of) rest = rest.slice(of[0].length);
      else if (!inForm) continue;
      else rest = rest.replace(/^\s+/, '');
      if (NOT_A_WHOLE.test(rest) || /^\S*\d/.test(rest)) continue;
      const { start, clause } = clauseAt(s.text, m.index);
      const lead = s.text.slice(start, m.index);
      const leads = !/\p{L}/u.test(
        lead
          .replace(/^(?:and|but|while|whereas|although|though)\s+/i, '')
          .replace(/^(?:(?:in|by|since|until|after|before)\s+[^,]+,\s*)/i, ''),
      );
      const found = wholeAfter(rest, leads);
      if (!found) continue;
      const hedge = m[1];
      const fraction = m[0].slice(hedge ? hedge.length : 0).trim();
      const parts = m[2] ?? m[5] ?? m[7];
      const per = m[3] ?? m[4] ?? m[6] ?? m[8]!;
      const subject = subjectBefore(lead);
      const predicate = leads ? predicateOf(found.tail) : undefined;
      const time =
        /(?:^|\s)((?:since|by|in|during|until|before|after|from|between)\s+(?:the\s+)?(?:(?:early|mid|late)[\s-]+)?\d{4}s?)/i.exec(
          found.tail.map((w) => w.text + (w.post.includes(',') ? ',' : '')).join(' '),
        )?.[1];
      const share: WordShare = {
        sentence: s,
        clause,
        fraction,
        per,
        of: Boolean(of),
        whole: found.whole,
        core: found.core,
      };
      if (hedge) share.hedge = hedge;
      if (ofCount) share.counted = per;
      if (parts && m[4] === undefined) share.parts = parts;
      if (subject) share.subject = subject;
      if (predicate) share.predicate = predicate;
      if (time) share.when = time;
      if (!(fractionValue(share) > 0 && fractionValue(share) < 100)) continue;
      out.push(share);
    }
  }
  return out;
}
