/**
 * A sentence → short bullets, by deletion only. The sentence is split at clause boundaries
 * ("; ", ", while", ", and in 1935 …", ", of which", ", with …", ", which …"); each clause
 * loses its discourse opener and hedge, then, only while it is still long, its filler words,
 * its asides, the place every sentence of the reading is about, and "reported that". A
 * dependent clause with a number or a name becomes its own bullet; one with neither is left
 * out when it would make the bullet long. No word is ever added or changed (a colon may
 * replace "reported that", and a clause without a subject may be headed "Name: …" with the
 * name from its own sentence), so every number, name and date stays as the source has it.
 */
import {
  anyNumberWordValue,
  fractionWordValue,
  isStopWord,
  numberWordValue,
} from '../source/words';
import type { Lexicon } from './lexicon';
import { nameRuns } from './lexicon';
import {
  antecedent,
  droppablePhrases,
  gapAt,
  isStatement,
  lastVerbGroup,
  subjectAndVerb,
} from './nlp/clauses';
import { resolveLead, resolveObject } from './nlp/refer';
import { firstFinite, hasFiniteVerb, isFinite, tag, withinSentence, type Tok } from './nlp/tag';
import { splitAtPhrase, splitList } from './lists';
import { participleOfGerund, pastOfGerund } from './nlp/headline-rules';
import {
  abbreviate,
  asideStatement,
  dropLeadPhrase,
  dropPlaceQualifier,
  dropSubjectAside,
  dropTrailingClause,
  dropTrailingExample,
  dropTrailingPhrase,
  dropTrailingSubordinate,
  seriesSpan,
  withoutParticipleAside,
} from './trim';
import { extractFacts, STATISTIC } from '../source/facts';
import type { Sentence } from '../source/model';
import { capitalise, lowerFirst } from './text';

/** The length a bullet should come down to, in words. */
export const TARGET_WORDS = 16;

/** Whether a UTF-16 code unit is white space as `\s` reads it (ECMAScript's WhiteSpace and LineTerminator). */
const isSpace = (c: number): boolean =>
  c === 32 ||
  (c >= 9 && c <= 13) ||
  (c > 127 &&
    (c === 0xa0 ||
      c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200a) ||
      c === 0x2028 ||
      c === 0x2029 ||
      c === 0x202f ||
      c === 0x205f ||
      c === 0x3000 ||
      c === 0xfeff));

/** The number of runs of non-space characters, as `s.match(/\S+/g).length` counts them without building the array (asked thousands of times a section). */
export const wordCount = (s: string): number => {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const space = isSpace(s.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
};

const MONTHS =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/** Whether a text holds a number, date or number word. */
export function hasFact(text: string): boolean {
  if (/\d/.test(text) || MONTHS.test(text)) return true;
  for (const m of text.matchAll(/[A-Za-z]+(?:-[A-Za-z]+)?/g)) {
    if (numberWordValue(m[0]) !== undefined || fractionWordValue(m[0]) !== undefined) return true;
    // "three plants", "two old plants": small number words count when they count something.
    const v = anyNumberWordValue(m[0]);
    if (v !== undefined && v >= 2) return true;
  }
  // "one percentage point", "one million tonnes": "one" counts when a unit follows it.
  return ONE_OF_A_UNIT.test(text);
}

const ONE_OF_A_UNIT =
  /\bone\s+(?:percentage\s+points?|percent|per\s+cent|hundred|thousand|million|billion|tons?|tonnes?|miles?|kilometres?|kilometers?|dollars?|pounds?|degrees?)\b/i;

/** Whether `span` (a part of `text` at `from`) holds a name the reading does not use everywhere. */
function hasName(text: string, from: number, to: number, lex: Lexicon): boolean {
  return nameRuns(text, lex.midCaps).some(
    (r) => r.index >= from && r.index < to && !lex.ubiquitous.has(r.text),
  );
}

// ---- openers and hedges: dropped from every clause -------------------------------------

const OPENERS = [
  /^(?:for (?:example|instance)|moreover|furthermore|however|thus|therefore|hence|indeed|later|among them|in other words|at the same time|as a result|in fact|of course|notably|in particular|similarly|likewise|meanwhile|nevertheless|nonetheless|consequently|finally|in short|in sum|overall|in general|by contrast|in contrast|on the other hand|to be sure|in turn)\s*,\s+/i,
  /^it (?:can|could|should|must|may|might) be (?:said|noted|argued|seen|observed|concluded|stated) that\s+/i,
  /^it is (?:clear|evident|worth noting|notable|important to note|true|likely|fair to say) that\s+/i,
  /^(?:clearly|obviously|arguably|undoubtedly|certainly|interestingly|importantly|admittedly),?\s+/i,
];
/** "In addition to the introduction of X in heavy industry, …": a lead-in that restates. */
const LEAD_IN = /^(?:in addition to|apart from|besides|as well as|along with) [^,;]{1,160},\s+/i;

function dropOpeners(text: string): string {
  let out = text;
  for (let changed = true; changed;) {
    changed = false;
    for (const re of OPENERS) {
      const next = out.replace(re, '');
      if (next !== out) [out, changed] = [next, true];
    }
    const lead = LEAD_IN.exec(out);
    if (lead && !hasFact(lead[0])) [out, changed] = [out.slice(lead[0].length), true];
  }
  // Mid-sentence hedges and signposts that add nothing to the claim: "the Soviet Union at the
  // same time introduced", "Andrew Pettegree, by contrast, stressed that …" (between commas
  // both commas go with it).
  return out.replace(
    /(,?)\s+(?:at the same time|in fact|of course|as it were|by contrast|in contrast|however(?=,)|in turn|for example|for instance|moreover|meanwhile|nevertheless|on the other hand)(?=[\s,])(,?)/gi,
    // ("rose at the same time, to 8.5 percent": a comma only after it was its own.)
    // (Not what a negation denies, nor a comparison: "did not occur at the same time
    // everywhere", "at the same time as the harvest".)
    (m: string, before: string, after: string, at: number, whole: string) =>
      (/\b(?:not|never|no)\b|n't\b/i.test(whole.slice(0, at).split(/[,;:]/).pop()!) && !before) ||
      /^\s+as\b/.test(whole.slice(at + m.length))
        ? m
        : before && !after
          ? ','
          : '',
  );
}

// ---- progressive shortening: each step deletes a little more ---------------------------

const FILLERS: RegExp[] = [
  /\ba (?:large|great|considerable|substantial) (?:number|amount|quantity) of\s+/gi,
  /\b(?:famous|renowned|well-known|celebrated|so-called)\s+/gi,
  /\s+(?:in its entirety|in their entirety|at various times|of various kinds|of all kinds|at the time|in the end)(?=[\s,.;]|$)/gi,
  /\s+(?:completely|entirely|technologically|largely|mainly|mostly|greatly|already|essentially|basically|actually|really|very|fully|successfully)(?=\s)/gi,
];

/** Comma-bounded asides: ", the world's largest …," or a final ", a renowned engineer who …". */
const ASIDE_START =
  /^(?:the|a|an|mainly|mostly|largely|chiefly|especially|particularly|who|whose|where|which|together with|along with|among them|once|now|formerly|then|one of|close to|far from|far (?:below|above)|well (?:below|above))\s/i;

/**
 * Whether a comma-bounded part reads as a clause (", the United States supplied Soviet
 * aircraft"), not an aside: a finite verb outside a who/which relative, or an -ed verb with
 * an object after it. Such a part is never dropped as an aside.
 */
/** A part up to its first relative pronoun: "the utilities that served the towns" → "the utilities ". */
const outsideRelative = (part: string) => part.split(/\b(?:who|which|that|whose|where)\b/)[0]!;

/**
 * Whether `text` has a verb of its own before any relative clause: "men's height fell …", not
 * "the networks, norms and trust that let …" (a verb right after "and" is a noun of the list).
 */
function clauseOutsideRelative(text: string): boolean {
  // ("where a few employers dominate a market, they can pay less": a clause that opens on a
  // subordinator has its main clause after the comma.)
  const body = /^(?:where|when|if|while|although|though|because|as|once)\s/i.test(text)
    ? text
    : outsideRelative(text);
  const ts = tag(body.trim());
  return ts.some(
    (t, i) =>
      i > 0 &&
      isFinite(ts, i) &&
      !/^(?:and|or)$/.test(ts[i - 1]!.normal) &&
      !/[,;:]/.test(ts[i - 1]!.post),
  );
}

function isClause(part: string): boolean {
  const main = outsideRelative(part);
  if (
    /\b(?:was|were|is|are|has|have|had|will|would|could|can|may|might|must|should|shall|did|does)\b/.test(
      main,
    )
  )
    return true;
  // ("the company announced that the opening would be postponed": a verb that reports, and
  // one that ends the part, are a clause's too.)
  if (
    /^(?:the|a|an|its|their|his|her|\p{Lu}\p{L}*)\s(?:\S+\s){0,3}[a-z]{3,}ed(?:\s+that\b|$)/u.test(
      part,
    )
  )
    return true;
  return /\b[a-z]{3,}ed\s+(?:\p{Lu}|the\s|a\s|an\s|its\s|their\s|his\s|her\s)/u.test(main);
}

function dropAsides(text: string, lex: Lexicon, allowNames: boolean): string {
  // Commas inside numbers ("6,800") are not boundaries; only ", " is.
  const parts = text.split(/,\s+/);
  if (parts.length < 2) return text;
  const keep = parts.map(() => true);
  let offset = parts[0]!.length + 2;
  for (let i = 1; i < parts.length; i++) {
    const part = parts[i]!;
    const isLast = i === parts.length - 1;
    // ", especially on calm, clear nights": an aside that would leave a stub of its own end behind stays.
    const stub =
      i + 1 === parts.length - 1 &&
      wordCount(parts[i + 1]!) <= 3 &&
      !/^(?:and|or)\s/.test(parts[i + 1]!) &&
      !isClause(parts[i + 1]!);
    // "Despite heavy losses …, the company kept all of its ships at sea": after a lead with no
    // verb of its own, the part is the sentence's main clause, never an aside.
    const mainAfterLead = () =>
      i === 1 && !hasFiniteVerb(outsideRelative(parts[0]!)) && hasFiniteVerb(outsideRelative(part));
    if (
      !stub &&
      ASIDE_START.test(part) &&
      !isClause(part) &&
      !mainAfterLead() &&
      wordCount(part) >= 3 &&
      !hasFact(part) &&
      (allowNames || !hasName(text, offset, offset + part.length, lex)) &&
      (isLast || !/^(?:and|or)\s/.test(parts[i + 1]!)) &&
      // ", who had expected giant planets to orbit far out, as Jupiter does at 5.2 AU": a
      // comparison after the aside completes it, and would be left saying nothing.
      (isLast || !/^(?:as|than|like)\s/.test(parts[i + 1]!)) &&
      !(
        !isLast &&
        /\p{Lu}[\p{L}.'’-]*$/u.test(part) &&
        wordCount(parts[i + 1]!) <= 4 &&
        /^(?:and\s|or\s)?\p{Lu}/u.test(parts[i + 1]!)
      )
    ) {
      // (The last test: "… in Hamburg, Antwerp, Le Havre and New York" — an aside that ends
      // on the first name of a list is not dropped, or the list would lose its head.)
      keep[i] = false;
    }
    offset += part.length + 2;
  }
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i++) {
    if (!keep[i]) continue;
    // An aside between two commas takes both commas with it: "Davis, a …, said" → "Davis said".
    out += keep[i - 1] ? `, ${parts[i]}` : ` ${parts[i]}`;
  }
  return out;
}

function dropUbiquitous(text: string, lex: Lexicon): string {
  let out = text;
  for (const name of lex.ubiquitous) {
    // Only where the name is a noun ("in the USSR were"), not an adjective ("of American cotton").
    const re = new RegExp(
      `\\s(?:in|of|to|into|from|within|throughout|across|for)\\s(?:the\\s)?${escape(name)}(?![\\p{L}.])(?=[,;:.)]|$|\\s(\\p{L}+)(?:\\s(\\p{L}+))?)`,
      'gu',
    );
    // ("from the Board and Parliament", "… and the Treasury": a name joined to another stays.)
    const joined = (after: string, then = '') =>
      /^(?:and|or|nor)$/i.test(after) && /^(?:\p{Lu}|the$)/u.test(then);
    const next = out.replace(re, (m, after: string | undefined, then: string | undefined) =>
      after === undefined || (isStopWord(after) && !joined(after, then)) ? '' : m,
    );
    // Keep it when it is all the clause has to say after its verb ("worked in the USSR.").
    if (wordCount(next) >= 5) out = next;
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A parenthesis set off by a pair of dashes: "four common choices — stopping early, dropping
 * a condition … — they raised", "and that — rather than the claim itself — alarmed". (An
 * en dash counts only with spaces round it: "1930–1935" is a range.)
 */
const DASH_ASIDE = /(?:\s?—\s?|\s–\s|\s--\s)[^—–]+?(?:\s?—\s?|\s–\s|\s--\s)/g;

/** The text without its dash-bounded asides; what stood before one keeps its comma when it was a leading phrase. */
export function dropDashAsides(text: string): string {
  return text.replace(DASH_ASIDE, (_m, at: number) => {
    const left = text.slice(0, at);
    return LEAD_PHRASE.test(left) && !hasFiniteVerb(left) ? ', ' : ' ';
  });
}
const LEAD_PHRASE =
  /^(?:by|in|on|at|after|before|during|with|without|for|from|through|under|despite|instead of)\s/i;

/** "The same year, …", "That decade, …": a time told by the sentence before, which its bullet is beside. */
const RELATIVE_TIME =
  /^(?:in\s+)?(?:the\s+same|that|the\s+following|the\s+next|the\s+previous|the\s+preceding)\s+(?:year|month|decade|week|day|spring|summer|autumn|fall|winter),?\s+(?=\S)/i;

/** Statistics in parentheses: "(M = 14.2, SD = 3.1)", "(r = .42, p < .01)". */
const STATISTICS_ASIDE = new RegExp(
  String.raw`\s*\((?:\s*(?:${STATISTIC.source})\s*[,;]?)+\)`,
  'gu',
);
/** Statistics that close a clause: ", t(58) = 5.21, p < .001". */
const STATISTICS_END = new RegExp(String.raw`(?:,\s*(?:${STATISTIC.source}))+\s*$`, 'u');

/**
 * "recalled more words (M = 14.2, SD = 3.1) than …, t(58) = 5.21, p < .001": a study's
 * statistics stay in the notes (they are no fact a bullet must keep: see `extractFacts`); the
 * bullet says what it found.
 */
const withoutStatistics = (text: string): string =>
  /[=<>≤≥]/.test(text) ? text.replace(STATISTICS_ASIDE, '').replace(STATISTICS_END, '') : text;

/** A leading date and an aside that names it: "On 14 April 1935, a day remembered as …, ". */
const DATE_NAMED =
  /^((?:On|In|By)\s[^,]{0,30}\b\d{4}),\s+(?:a|the)\s+(?:day|night|week|month|year|date)\s(?:remembered|known|called|later called|now known)\s[^,;]{2,40},\s+(?=\S)/;

const STEPS: Array<(text: string, lex: Lexicon) => string> = [
  (t) => t.replace(RELATIVE_TIME, ''),
  // "On 14 April 1935, a day remembered as Black Sunday, a single storm …": what a date was
  // called is an aside of the date.
  (t) => t.replace(DATE_NAMED, '$1, '),
  // "Rather than build lines itself, the REA lent …": what was not done leads a long sentence.
  (t) =>
    t.replace(/^(?:rather than|instead of)\s[^,;]{1,80},\s+(?=\S)/i, (m) => (hasFact(m) ? m : '')),
  (t) => dropDashAsides(t),
  (t, lex) => dropAsides(t, lex, false),
  (t) => FILLERS.reduce((acc, re) => acc.replace(re, ''), t),
  (t, lex) => dropUbiquitous(t, lex),
  (t, lex) => dropAsides(t, lex, true),
  // "… of the projects to which the USSR received assistance": a trailing relative with no fact.
  (t) => t.replace(/\s(?:to|in|for|of|by|from|on|at) which\s[^,;]*$/, (m) => (hasFact(m) ? m : '')),
  // "…employed some 714,000 people, most of them breaking stones for roads", "… was left,
  // most of it spent on buses": what a part of them was doing or had done to it, with no fact
  // of its own, closes the sentence as an aside.
  (t) =>
    t.replace(
      /,\s+(?:most|many|some|all|half|several|none|each|one|two|three)\s+of\s+(?:them|these|those|it)\s+\p{Ll}+(?:ing|ed|ent)\b[^,;]*$/u,
      (m) => (hasFact(m) ? m : ''),
    ),
  // "… for a woman who did not own herself, let alone a room": a closing "let alone" only
  // raises the stakes of what comes before it.
  (t) =>
    t.replace(/,\s+(?:let alone|not to mention|much less|still less)\s[^,;]*$/i, (m) =>
      hasFact(m) ? m : '',
    ),
  // "with the help or technical assistance of": of two alternatives the first is enough.
  (t) =>
    t.replace(
      /\b([a-z]+) or (?:[a-z]+\s){0,2}?[a-z]+(?=\s(?:of|for|to|in|from)\s)/g,
      (m, first: string) => (hasFact(m) ? m : first),
    ),
  // Reporting verbs stay ("X argued that …": dropping them turns a claim into a fact), and so
  // does "there were" (without it the clause has no verb). Last, and only for a clause still
  // long: prepositional phrases with no number and no name, as compromise parses them.
  (t, lex) => dropTrailingSubordinate(t, (c) => hasFact(c) || hasName(c, 0, c.length, lex)),
  (t, lex) => dropPhrases(t, lex),
];

/** Drops fact-free, name-free prepositional phrases, longest first, until the clause fits. */
/** A preposition and the few words after it: a phrase compromise might find droppable. */
const PHRASE =
  /\s(?:in|on|at|by|for|from|with|to|into|over|under|through|during|across|between|among|toward|towards|without|within|along|against|after|before|since|until|as)\s[^,;:]{3,60}?(?=\s(?:in|on|at|by|for|from|with|to|into|and|or|but|which|that|who)\s|[,;:]|$)/g;

function dropPhrases(text: string, lex: Lexicon): string {
  const keep = (p: string) =>
    hasFact(p) || nameRuns(p, lex.midCaps).some((r) => !lex.ubiquitous.has(r.text));
  // Tagging costs far more than this look: only a clause with a phrase free of numbers and
  // names is worth parsing.
  if (![...text.matchAll(PHRASE)].some((m) => !keep(m[0]))) return text;
  // One parse, then the longest phrases go first until the clause fits (cut from the end, so
  // the offsets of the phrases still to cut stay valid).
  const cut: Array<[number, number]> = [];
  let words = wordCount(text);
  for (const [a, b] of droppablePhrases(text, keep)) {
    if (words <= TARGET_WORDS) break;
    if (cut.some(([x, y]) => a < y && b > x)) continue;
    cut.push([a, b]);
    words -= wordCount(text.slice(a, b));
  }
  let out = text;
  for (const [a, b] of cut.sort((x, y) => y[0] - x[0])) out = out.slice(0, a) + out.slice(b);
  return tidy(out);
}

/**
 * For a clause the steps above leave long: whole units go (trim.ts), the least missed first —
 * a series becomes its span, an aside between subject and verb, a place's larger place, a
 * trailing reason, a trailing phrase, a leading phrase, then phrases that hold a fact when
 * another fact stays.
 */
const dropAside = (t: string) => dropSubjectAside(t);
const LAST_STEPS: Array<(text: string, lex: Lexicon) => string> = [
  (t) => seriesSpan(t),
  (t) => abbreviate(t),
  dropAside,
  (t) =>
    t.replace(
      // ("far from their stars" is a place, not a degree: "far" stays before a preposition;
      // "far more than" keeps its degree; in "so far", "by far", "as far as" it is the phrase.)
      /\b(?:finally|eventually|sharply|steadily|slowly|quickly|still|directly|(?<!\b(?:so|thus|by|as|how)\s)far(?!\s+(?:from|away|beyond|above|below|behind|ahead|off|out|into|more|less|fewer|greater|higher|lower|better|worse|larger|smaller)\b)|also)\s+(?=\w)/g,
      (m, at: number) => (at === 0 ? m : ''),
    ),
  (t) => dropPlaceQualifier(t),
  // "died at a rate of 315 per 10,000" → "died at 315 per 10,000": the number keeps its base.
  (t) => t.replace(/\bat a rate of\s+(?=\d)/g, 'at '),
  (t) => dropTrailingClause(t),
  dropTrailingExample,
  (t) => dropTrailingPhrase(t),
  (t) => dropLeadPhrase(t),
  (t) => dropFactPhrases(t),
  (t) => dropFactPhrases(t),
];

/** A distance, then where it is measured from: "about 100 metres | under the border". */
const DISTANCE = /\d[\d,.]*\s(?:metres|meters|kilometres|kilometers|km|miles|feet|ft|yards|m)\s*$/;
const PLACE_OF_DISTANCE = /^(?:under|below|above|beneath|beyond|behind|off|from|over|across)\s/;

/**
 * Prepositional phrases that hold a number or a name, when the clause keeps a fact:
 * "from a depth of two miles", "Wholesale prices in New York rose". Never a phrase that
 * completes an amount ("28.3 million tonnes in 1961", "315 per 10,000").
 */
function dropFactPhrases(text: string): string {
  for (const [start, b] of droppablePhrases(text, () => false)) {
    let a = start;
    // "about $13.3 billion" is an amount, not a phrase.
    let phrase = text.slice(a, b);
    // "about $13.3 billion under the European Recovery Program": the amount stays, the phrase after it may go.
    const amount =
      /^\S+\s+(?:\p{Sc}|\d)[^\s]*(?:\s(?:million|billion|thousand|percent|per cent|tons|tonnes))?\s(?=(?:under|in|for|from|with|at|by|on|during|through)\s)/u.exec(
        phrase,
      );
    if (amount) {
      a += amount[0].length;
      phrase = text.slice(a, b);
    }
    // "about 100 metres | under the border": a distance says where from; its phrase stays.
    if (DISTANCE.test(text.slice(0, a)) && PLACE_OF_DISTANCE.test(phrase)) continue;
    if (
      /^(?:per\s|\S+\s+(?:\p{Sc}|\d))/u.test(phrase) &&
      !/^(?:in|by|from|to|until|since)\s+(?:\p{Lu}\p{Ll}+\s+)?\d{4}$/u.test(phrase)
    )
      continue;
    // "28.3 million tonnes in 1961": the year of an amount stays with it.
    if (
      /^(?:in|by|from|to|until|since)\s+(?:\p{Lu}\p{Ll}+\s+)?\d{4}/u.test(phrase) &&
      /\d[\d,.]*%?(?:\s\S+){0,3}\s*$/.test(text.slice(0, a))
    )
      continue;
    const next = tidy(text.slice(0, a) + text.slice(b));
    if (hasFact(next)) return next;
  }
  return text;
}

/**
 * Whether `next` keeps every number and date of `out`: the last steps may not take one away
 * (a series keeps its span; an aside's fact gets a bullet of its own in `condenseTree`).
 */
function keepsFacts(out: string, next: string, step: (typeof LAST_STEPS)[number]): boolean {
  if (step === LAST_STEPS[0]) return true;
  const kept = next.toLowerCase();
  const aside = step === dropAside ? (asideStatement(out)?.toLowerCase() ?? '') : '';
  return extractFacts(out).every(
    (f) => kept.includes(f.raw.toLowerCase()) || aside.includes(f.raw.toLowerCase()),
  );
}

/**
 * A clause that opens on a subordinator and has no comma left, so no main clause: "When the
 * water stays about 1 °C above …" without ", the corals expel the algae" says nothing.
 * (Not "after", "before", "since", "until" or "as": they also open a phrase of time.)
 */
const LONE_SUBORDINATE =
  /^(?:when|whenever|if|unless|because|although|though|while|rather than|instead of|in order to)\s[^,]*$/i;

/**
 * Whether `next` still has a verb where `out` had one ("The Great Stink of 1858, when the smell
 * … drove Members from their chamber, moved Parliament to act" never loses all but its subject).
 */
const keepsVerb = (out: string, next: string): boolean =>
  hasFiniteVerb(next) || !hasFiniteVerb(out);

/** "… buckwheat and, later": a text that ends on its conjunction (and an adverb set off after it). */
const DANGLING_END = /\b(?:and|or|but|nor)(?:,\s+\p{L}+)?,?$/u;

/** `relativeNext`: a ", which …" piece follows, about what may stand at this text's end. */
function shorten(text: string, lex: Lexicon, relativeNext = false): string {
  let out = text;
  for (const step of [...STEPS, ...LAST_STEPS]) {
    if (wordCount(out) <= TARGET_WORDS) break;
    if (relativeNext && step === dropTrailingExample) continue;
    const next = tidy(step(out, lex));
    // A step that leaves no statement behind, or drops a fact, is not taken.
    if (
      next !== out &&
      /[\p{L}\p{N}]/u.test(next) &&
      !LONE_SUBORDINATE.test(next) &&
      !DANGLING_END.test(next) &&
      (!LAST_STEPS.includes(step) || (keepsFacts(out, next, step) && keepsVerb(out, next)))
    )
      out = next;
  }
  return out;
}

/** "Locke argued, a people may …": a report whose "that" is a comma, once what led it is gone. */
const REPORT_THEN_COMMA =
  /^(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,3})\s+(argued|claimed|insisted|maintained|suggested|believed|contended|thought|wrote),\s+(?=(?:a|an|the|it|they|he|she|we|this|these|such)\s)/u;

function tidy(text: string): string {
  return (
    text
      .replace(/\s{2,}/g, ' ')
      // ("Because …, Locke argued, a people may resist …" without its reason: "Locke argued
      // that a people may resist …", the report's comma now its "that".)
      .replace(REPORT_THEN_COMMA, '$1 $2 that ')
      // (Not the space before a decimal point a number opens with: "p = .04", "a .22 rifle".)
      .replace(/\s+([,;:]|\.(?!\d))/g, '$1')
      .replace(/,\s*(?=[,;:])/g, '')
      .trim()
  );
}

// ---- clause splitting -----------------------------------------------------------------

type Kind = 'main' | 'with' | 'which';
interface Piece {
  kind: Kind;
  text: string;
  /** The boundary before it as written (", which was "), to rejoin it unchanged. */
  lead: string;
}

const SUBJECT_START =
  '(?:in|on|by|during|after|before|from|since|until|the|this|these|those|its|his|her|their|it|he|she|they|we|a|an|some|many|most|another|each|both|\\p{Lu}|\\d)';
const BOUNDARY = new RegExp(
  [
    '(?<main>;\\s+)',
    // "Sao Paulo therefore borrowed abroad: a consortium … lent": a colon before a clause.
    // (Not before a noun and its relative clause: "a carbon budget: the total amount that can
    // still be emitted …" defines the budget.)
    `(?<main7>:\\s+(?=(?:the|a|an|its|their|\\p{Lu})(?:(?!\\b(?:that|which|who|whom|whose)\\b)[^,;:]){0,60}?\\s(?:was|were|is|are|had|has|have|[a-z]{3,}ed|lent|gave|made|took|sent|built|sold|bought|paid|grew|rose|fell)\\s))`,
    '(?<main2>,\\s+(?:while|whereas|although|though)\\s+)',
    // "…, in 1893, after a petition organised by Kate Sheppard gathered nearly 32,000
    // signatures": a clause of time or cause with its own subject and past tense.
    `(?<main11>,\\s+(?:after|because)\\s+(?=(?:the|a|an|its|their|his|her)\\s[^,;:]{0,60}?\\s(?:[a-z]{3,}ed|was|were|had|grew|rose|fell|won|lost|gave|made|took)\\s))`,
    // "…in the United States, where the federal rate of $7.25 had not changed": a clause with
    // its own subject and verb.
    `(?<main8>,\\s+where\\s+(?=(?:the|a|an|its|their|\\p{Lu})[^,;:]{0,60}?\\s(?:was|were|is|are|had|has|have|[a-z]{3,}ed)\\s))`,
    // "…, but that its conditions pushed …", "… and that the aid let …": a second reported claim.
    `(?<main5>,?\\s+(?:but|and)\\s+that\\s+(?=${SUBJECT_START}))`,
    // (", but researchers have found …", ", but fewer than one in four voters had backed …":
    // any subject, when an auxiliary shows the clause's own verb.)
    // (", but serfdom in England never recovered …": a noun, then a past tense.)
    `(?<main6>,\\s+(?:but|yet)\\s+(?=(?:it|he|she|they|we|the|this|these|those|its|their|his|her|our)\\s|[^,;:]{0,60}?\\s(?:have|has|had|was|were|is|are|could|would|did)\\s|(?![a-z]+ly\\s)[a-z]{3,}(?<!ed)(?:\\s(?!and\\s|or\\s)[^,;:\\s]+){0,4}?\\s(?:never\\s|also\\s|not\\s)?[a-z]{3,}ed\\s))`,
    // "…, and that of 1853-54 killed …": "that of" stands for the first clause's subject (refer.ts).
    // (", and today about 5 million people speak it": a clause after a time of its own; ", and
    // regulators in Germany published …", ", and buses, taxis … were exempt": a plural
    // subject and its verb.)
    `(?<main3>,\\s+and\\s+(?=${SUBJECT_START}|(?:that|those)\\s+of\\s|[a-z]+\\s[a-z]+\\s[a-z]+|[a-z]{3,}s\\s(?:[^,;:]{0,40}?\\s)?(?:[a-z]{3,}ed|were|are|have|had|could|would|must|will|can|should)\\s|[a-z]{3,}s(?:,\\s[a-z]+)+[^;:]{0,60}?\\s(?:were|are|have|had)\\s|(?:today|now|nowadays|later|(?:by|in)\\s+\\d{4},?)\\s+(?:about|some|nearly|almost|around|roughly|over|only|more than|fewer than)?\\s*\\d))`,
    // "… fell by about 18 percent and congestion, measured as …, fell by about 30 percent": a
    // second subject with an aside of its own opens a clause, comma or not.
    `(?<main10>\\s+and\\s+(?=[a-z]+(?:\\s[a-z]+)?,\\s[^,;:]{3,60},\\s+(?:[a-z]{3,}ed|fell|rose|grew|was|were|had|has)\\b))`,
    // "…, and between 1,400 and 2,000 sailors drowned": a clause whose subject is an amount.
    `(?<main9>,\\s+and\\s+(?=(?:between|about|nearly|almost|around|roughly|over|only|some|more than|fewer than)\\s+\\d(?:[^,;:]|,(?=\\d{3})){0,40}?\\s(?:were|was|had|have|[a-z]{3,}ed|died|fell|rose|grew|went|came|left|lost|won)\\b))`,
    '(?<main4>,\\s+(?:of|in|to|for|from|among) which\\s+(?=the\\s|\\p{Lu}))',
    '(?<with>,\\s+(?:and\\s+)?with\\s+)',
    '(?<which>,\\s+which\\s+(?:(?:was|were|is|are|has|have|had)\\s+(?:been\\s+)?)?)',
  ].join('|'),
  'gu',
);

/** Positions inside quotation marks, parentheses or a pair of dashes, where no clause boundary is taken. */
function sheltered(text: string): boolean[] {
  const out = new Array<boolean>(text.length).fill(false);
  let paren = 0;
  let quote = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(') paren++;
    else if (c === ')') paren = Math.max(0, paren - 1);
    else if (c === '“') quote = true;
    else if (c === '”') quote = false;
    else if (c === '"') quote = !quote;
    out[i] = paren > 0 || quote;
  }
  // Between a pair of dashes, as between parentheses.
  for (const m of text.matchAll(DASH_ASIDE)) out.fill(true, m.index + 1, m.index + m[0].length - 1);
  // ("between the Medieval Climate Anomaly and the coldest decades": the "and" of a "between"
  // joins the range's two ends, never two clauses.)
  for (const m of text.matchAll(BETWEEN_AND)) out.fill(true, m.index, m.index + m[0].length);
  return out;
}

const BETWEEN_AND = /\bbetween\s[^;:,()]{1,80}?\sand\s/gi;

/** Whether a text opens with its verb ("became the model …"): what follows a subject's aside. */
const opensClause = (text: string) => text !== '' && firstFinite(tag(text)) === 0;

/** ", and the decision to build on the coast, turned": after this "and" comes a second subject, not a clause. */
// ("…, and the trade they restored, may have mattered": an auxiliary after the comma has no
// subject but the phrases before it, even when one holds a verb of its own.)
const joinsSubjects = (right: string) => {
  if (!/,\s/.test(right)) return false;
  const rest = right.split(/,\s+/).slice(1).join(', ');
  return (!hasFiniteVerb(right.split(/,\s/)[0]!) || AUX_OPENS.test(rest)) && opensClause(rest);
};
const AUX_OPENS =
  /^(?:may|might|could|would|will|can|must|should|shall|did|does|do|had|has|have|was|were|is|are)\s/;

/** A clause that ends on a list of names: "…, Antwerp, Le Havre and New York". */
const LIST_END =
  /(?:,\s+\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2})+,?\s+(?:and|or)\s+\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}$/u;

/** A list item that opens on its amount: "50 percent in Germany", "$15.50 in California". */
const AMOUNT_START = /^(?:[$£€¥]|US\$)?\d/;
const amountItem = (part: string) =>
  AMOUNT_START.test(part) &&
  wordCount(part) <= 6 &&
  !/\b(?:was|were|is|are|had|has|have|[a-z]{3,}ed)\b/.test(part);

function splitPieces(sentence: string): Piece[] {
  const pieces: Piece[] = [];
  const inside = sheltered(sentence);
  let last = 0;
  let kind: Kind = 'main';
  let lead = '';
  for (const m of sentence.matchAll(BOUNDARY)) {
    if (inside[m.index]) continue;
    const left = sentence.slice(last, m.index);
    const right = sentence.slice(m.index + m[0].length);
    const next: Kind = m.groups?.with ? 'with' : m.groups?.which ? 'which' : 'main';
    const min = next === 'main' ? 4 : 3;
    // ", which drew water below the outfalls, died at …": a relative clause in the middle is an aside.
    // (A list that ends the sentence is not such an aside: "… in Hamburg, Antwerp and New York".)
    const rel = right.split(BOUNDARY)[0] ?? right;
    if (next === 'which' && /,\s/.test(rel) && !LIST_END.test(rel)) continue;
    // ", with ore carriers unloading …, became": a with-phrase between commas before the verb is an aside.
    if (next === 'with' && /,\s/.test(rel) && opensClause(rel.split(/,\s+/).slice(1).join(', ')))
      continue;
    if (m.groups?.main3 && joinsSubjects(rel)) continue;
    // ", and" inside a list ("Denmark, Finland, and Japan") is not a clause boundary.
    if (m.groups?.main3 && wordCount(left.split(/,\s/).pop() ?? '') < 3) continue;
    // "61 percent in Britain, 50 percent in Germany, and 34 percent in …": a list of amounts
    // (an item has no verb: "200 Germans were in Magnitogorsk, and 730 …" are two clauses).
    if (m.groups?.main3 && AMOUNT_START.test(right) && amountItem(left.split(/,\s/).pop() ?? ''))
      continue;
    if (wordCount(left) < min || wordCount(right.split(BOUNDARY)[0] ?? right) < min) continue;
    pieces.push({ kind, text: left, lead });
    kind = next;
    lead = m[0];
    last = m.index + m[0].length;
  }
  pieces.push({ kind, text: sentence.slice(last), lead });
  return pieces;
}

const ORDINAL_OPENER = /^(?:first|second|third|fourth|fifth|finally|lastly),\s+/i;

/** The subject a clause opens with ("The availability of these credits", "He"), if it is short. */
function subjectOf(whole: string): string | undefined {
  // ("Second, a cluster of eruptions injected …": an ordinal that counts the claim is no subject.)
  const text = whole.replace(ORDINAL_OPENER, '');
  const subject =
    /^([^,;:]{1,60}?)\s(?:was|were|is|are|had|has|have|could|would|might|may|can|will|should|must|[a-z]{3,}ed)\b/.exec(
      text,
    )?.[1] ?? presentSubject(text);
  if (
    !subject ||
    wordCount(subject) > 6 ||
    /^(?:in|on|at|by|for|from|during|after|before|between|among|of|with|since|until|then|when|as|if)\b/i.test(
      subject,
    )
  )
    return undefined;
  return subject;
}

/** "Such claims romanticise …": the words before a verb in the present, as the tagger reads it. */
function presentSubject(text: string): string | undefined {
  const ts = tag(text);
  const v = firstFinite(ts);
  const verb = ts[v];
  if (v < 1 || !verb || verb.start < 0 || !verb.tags.has('PresentTense')) return undefined;
  const before = text.slice(0, verb.start).trim();
  return /[,;:]/.test(before) ? undefined : before;
}

/**
 * Last resort for a clause still far too long: split at " and had …" (a second predicate,
 * which gets the clause's own subject) or at " and the …" between two long noun phrases.
 */
/** A comparison closing a clause: ", more than any of her novels had". */
const COMPARISON_TAIL = /,?\s+(?:(?:more|less|fewer|other|rather)\s+)?than\s.*$/;

function splitLong(text: string, over = TARGET_WORDS + 4): string[] {
  if (wordCount(text) <= over) return [text];
  const inside = sheltered(text);
  const mid = text.length / 2;
  let best: { at: number; len: number; predicate: boolean } | undefined;
  // ("romanticise small communities and ignore the gains …": a verb in the present is found
  // by the tagger, read in the whole clause.)
  let ts: Tok[] | undefined;
  const finiteAt = (at: number) => {
    ts ??= tag(text);
    const k = ts.findIndex((t) => t.start === at);
    // (Only a bare or past form: "voters and parties" is a plural noun compromise may call a verb.)
    // ("received a grace period … and help from a fund": after a past tense, a bare form is
    // the second object, no second predicate.)
    const first = firstFinite(ts);
    const pastBefore = first >= 0 && first < k && !!ts[first]!.tags.has('PastTense');
    // ("is 27 kilometres long and lies about 100 metres under …": a present form after "and"
    // that follows no noun is a second predicate, never a second noun of a list.)
    const afterNoun = !!ts[k - 2]?.tags.has('Noun');
    return (
      k > 0 &&
      isFinite(ts, k) &&
      !ts[k]!.tags.has('Noun') &&
      (ts[k]!.tags.has('PastTense') ||
        (ts[k]!.tags.has('Infinitive') && !pastBefore) ||
        (ts[k]!.tags.has('PresentTense') && !pastBefore && !afterNoun))
    );
  };
  for (const m of text.matchAll(/\s(?:and|but)\s(?=(?:[a-z]+)\s)/g)) {
    if (inside[m.index]) continue;
    // The word after "and": an auxiliary or an -ed verb opens a second predicate, an article a
    // second noun phrase (after "and" only); any other word only when the tagger reads a verb.
    const word = /^[a-z]+/.exec(text.slice(m.index + m[0].length))![0];
    const and = /^\sand\s$/.test(m[0]);
    if (
      !/^(?:had|has|have|was|were|is|are|could|would|might|may|can|will|should|must)$/.test(word) &&
      !/^[a-z]{3,}ed$/.test(word) &&
      !(and && /^(?:the|a|an|its|their|his|her)$/.test(word)) &&
      !(word.length >= 3 && finiteAt(m.index + m[0].length)) &&
      // ("…, and perhaps 10 per cent of the population of some towns died": a hedged amount
      // that opens a statement of its own.)
      !(
        /^(?:perhaps|about|some|nearly|roughly|almost|only)$/.test(word) &&
        /^\S+\s+\d/.test(text.slice(m.index + m[0].length)) &&
        isStatement(text.slice(m.index + m[0].length))
      )
    )
      continue;
    const left = text.slice(0, m.index);
    const right = text.slice(m.index + m[0].length);
    // A second predicate gets the subject back, so it may be short ("and provided financial security").
    const predicate =
      !/^(?:the|a|an|its|their|his|her|perhaps|about|some|nearly|roughly|almost|only)\s/.test(
        right,
      );
    if (
      wordCount(left) < (predicate ? 4 : 6) ||
      wordCount(right) < (predicate ? 3 : 6) ||
      joinsSubjects(right)
    )
      continue;
    // "Hunting by people outside the park, drought | and a growing number of bears also
    // reduced the herd": subjects listed before one verb are no two clauses.
    if (!predicate && !isStatement(left)) continue;
    // ("sold … in Britain | and the United States in its first six months, more than any of
    // her novels had": a second noun phrase opens no clause when its one verb is a comparison's.)
    const compared = COMPARISON_TAIL.exec(right);
    if (!predicate && compared && !hasFiniteVerb(right.slice(0, compared.index))) continue;
    if (!best || Math.abs(m.index - mid) < Math.abs(best.at - mid))
      best = { at: m.index, len: m[0].length, predicate };
  }
  if (!best) return [text];
  // (", and his report …": the comma before the conjunction ends no bullet.)
  const left = text.slice(0, best.at).replace(/[,;]+$/, '');
  let right = text.slice(best.at + best.len);
  if (best.predicate) {
    // "X estimated that a minimum would raise … but could cost …": the reported clause's subject.
    const reported = /\sthat\s(?=\S)/.exec(left);
    const clause = reported ? left.slice(reported.index + reported[0].length) : left;
    // ("NASA's Kepler telescope, launched in 2009, watched …": the subject without its aside.)
    const subject = subjectOf(clause) ?? subjectOf(dropSubjectAside(clause));
    if (!subject) return [text];
    // "… would raise the pay of 17 million workers but could cost …": the contrast stays.
    // ("it would relieve crowding … and add about 10 per cent": the second predicate's bare
    // verb shares the first one's modal.)
    const modal = clause
      .slice(clause.indexOf(subject) + subject.length)
      .match(/^\s+(would|could|will|can|should|might|may|must|shall)\s/)?.[1];
    const bare =
      /^[a-z]+(?<!ed|s)\s/.test(right) &&
      !/^(?:had|has|have|was|were|is|are|would|could|will|can|should|might|may|must|shall|did|do|does)\s/.test(
        right,
      );
    if (modal && bare) right = `${modal} ${right}`;
    right = /^\sbut\s/.test(text.slice(best.at, best.at + best.len))
      ? `but ${subject.replace(/^(?:The|A|An|Its|Their|His|Her)\b/, (w) => w.toLowerCase())} ${right}`
      : `${subject} ${right}`;
  }
  return [left, right];
}

const DATE_LEAD =
  /^(?:In|On|in|on) ((?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s(?:\d{1,2},?\s)?)?\d{4}|\d{1,2}\s(?:January|February|March|April|May|June|July|August|September|October|November|December)\s\d{4}),?\s+(?=\S)/;

/** "In October 1929, the government …" → "October 1929: the government …", as lecturers write dates. */
function datedLead(text: string): string {
  const m = DATE_LEAD.exec(text);
  if (!m || wordCount(text.slice(m[0].length)) < 3 || text.includes(':')) return text;
  return `${m[1]!.replace(/,$/, '')}: ${text.slice(m[0].length)}`;
}

/** Verbs whose "that" clause says what should be done, not what is: "demanded that he hand over". */
const DEMAND =
  /^(?:demand|demanded|demands|insist|insisted|insists|require|required|requires|ask|asked|asks|recommend|recommended|recommends|propose|proposed|proposes|urge|urged|urges|order|ordered|orders|request|requested|requests)$/;

/** "The Board demanded further trials" → "The Board demanded": a clause's subject and verb of demanding, or undefined. */
function demandFrame(clause: string): string | undefined {
  const ts = tag(clause);
  const v = firstFinite(ts);
  const verb = ts[v];
  if (!verb || !DEMAND.test(verb.normal) || verb.end < 0 || v < 1) return undefined;
  return capitalise(clause.slice(0, verb.end));
}

/** A bullet and the bullets under it (the claims of a report: "Stalin told the Americans:"). */
export interface Bullet {
  text: string;
  /** Bullets that complete this one: its text then ends in ":". */
  children: Bullet[];
  /** Set when the children are the items of a list the reading gives after this sentence. */
  list?: true;
  /** A list item's own sentence (its lead's sentence is another): cited and traced to it. */
  from?: Sentence;
}

/** "Stalin had told the Americans that …": who reports, and the verb of reporting. */
// "X estimated in 2019 that …": a short phrase may stand between the verb and its "that"; a
// court's "ruled"/"held"/"decided" reports as a scholar's "argued" does, with its adverb.
// (Who reports may be a list of names: "Daniel Bernhofen, Zouheir El-Sahli and Richard
// Kneller estimated that …".)
// (A subject may list things: "Reconstructions from tree rings, ice cores and documentary records suggest that …";
// a dated phrase may lead it: "In his Discourse on Inequality of 1755, he claimed that …".)
const REPORT =
  /^((?:(?:In|On|At|By|During|After|Before)\s[^,;:"“]{2,60}\d{4},\s)?(?:(?:[^,;:"“]|,(?=\d)|,(?=\s[a-z][\w-]*(?:\s[a-z][\w-]*)?,?\s(?:and|or)\s)|,(?=\s[A-Z][\w.-]*(?:\s(?:[A-Z][\w.-]*|de|da|di|du|van|von|der|den|le|la|del|al|bin))*(?:,|\sand\s))){2,70}?\s)?(?:had\s|has\s|have\s|also\s|later\s|reportedly\s|once\s|still\s){0,2}(?:reported|report|reports|said|say|says|wrote|write|writes|stated|states|noted|note|notes|argued|argues|argue|claimed|claim|claims|estimated|estimate|estimates|found|find|finds|concluded|conclude|concludes|observed|observe|observes|believed|believe|believes|insisted|insist|insists|suggested|suggest|suggests|showed|show|shows|shown|demonstrated|demonstrate|demonstrates|revealed|reveal|reveals|warned|warn|warns|maintained|maintain|maintains|contend|contends|contended|complain|complains|complained|caution|cautions|cautioned|reply|replies|replied|respond|responds|responded|counter|counters|countered|calculated|recalled|explained|thought|feared|agreed|agree|agrees|denied|admitted|announced|predicted|projected|held|holds|ruled|rules|decided|decides|declared|declares|determined|stressed|stresses|told\s[^,;:"“]{1,30}?)(?:\s(?:unanimously|narrowly|repeatedly|publicly|privately|correctly|wrongly|famously|plainly))?(?:\s(?:in|at|on|during|by|before|after|to|since|until|for|over)\s[^,;:"“]{1,25}?)?(?:,\s(?:by|in|at|on|with|after|published\s+in|written\s+in)\s[^,;:"“]{1,30}?,)?)\s+that\s+(.+)$/;

/** Whether `lead` is who reports and the verb of reporting ("Critics reply", "Kim and Park estimate"). */
export function isReportFrame(lead: string): boolean {
  const m = !/^according\b/i.test(lead) && REPORT.exec(`${lead} that it was so`);
  return !!m && m[1] === lead;
}

/** What opens a second report: "…; others note that …", "…, while some economists argue that …". */
const SECOND_REPORT =
  /(?:;\s+|,\s+(?:while|whereas|but|although|though)\s+)(?=[^;,"“]{2,50}?\s(?:argue|argued|note|noted|say|said|claim|claimed|suggest|suggested|contend|contended|believe|believed|insist|insisted|counter|countered|reply|replied|maintain|maintained|estimate|estimated|find|found|conclude|concluded|report|reported|warn|warned)\s+that\s)/;

const leaf = (text: string): Bullet => ({ text, children: [] });
const allText = (b: Bullet): string => [b.text, ...b.children.map(allText)].join(' ');

/**
 * One bullet at most TARGET_WORDS long: as it is; or, when it ends on a list, its lead
 * ending in ":" with the whole list under it; or cut at a second predicate; or, last, its
 * lead up to a preposition ending in ":" with the rest under it. A text none of these bring
 * under the limit gives no bullet (its sentence stays in the notes).
 */
function fitted(text: string): Bullet[] {
  return fit(text, false);
}

/** `fitted` for a claim someone reports (`reported`), which keeps its relative clause. */
function fit(text: string, reported: boolean): Bullet[] {
  if (wordCount(text) <= TARGET_WORDS) return [leaf(text)];
  // (Before the list: "rose to 1.30 in 2012 before falling, to 0.98 in 2018 and …" is no list.)
  const then = thenStatement(text) ?? hadStatement(text) ?? beforeStatement(text);
  if (then?.every((h) => wordCount(h) <= TARGET_WORDS)) return then.map(leaf);
  const list = splitList(text, TARGET_WORDS);
  if (list) return [{ text: list.head, children: (list.items ?? [list.list]).map(leaf) }];
  // (A claim someone reports keeps its relative clause: that is theirs to say.)
  const restated =
    restatedInside(text) ??
    (reported ? undefined : (relativeInside(text) ?? appositiveAfter(text)));
  if (restated) return restated.map(leaf);
  // "… build a whole system around it: ships, cranes, trucks and terminals designed
  // together": a list after a colon says what the lead names, and stays under it.
  const named = LIST_AFTER_COLON.exec(text);
  if (named && hasFiniteVerb(named[1]!) && wordCount(named[1]!) < TARGET_WORDS)
    return [{ text: `${named[1]}:`, children: [leaf(named[2]!)] }];
  // "Each voter has two votes: one for a candidate in an electorate and one for a party": two
  // items that open alike after a colon are a list of two, under the lead.
  const pair = PAIR_AFTER_COLON.exec(text);
  if (
    pair &&
    hasFiniteVerb(pair[1]!) &&
    wordCount(pair[1]!) < TARGET_WORDS &&
    wordCount(pair[2]!) <= TARGET_WORDS &&
    wordCount(pair[4]!) <= TARGET_WORDS
  )
    return [{ text: `${pair[1]}:`, children: [leaf(pair[2]!), leaf(pair[4]!)] }];
  // "Scientists now speak of a carbon budget: the total amount that can still be emitted …":
  // what a noun and its relative clause after a colon define stays under the lead too.
  const defined = DEFINED_AFTER_COLON.exec(text);
  if (
    defined &&
    hasFiniteVerb(defined[1]!) &&
    wordCount(defined[1]!) < TARGET_WORDS &&
    wordCount(defined[2]!) <= TARGET_WORDS &&
    !clauseOutsideRelative(defined[2]!)
  )
    return [{ text: `${defined[1]}:`, children: [leaf(defined[2]!)] }];
  const halves = splitLong(text, TARGET_WORDS);
  if (halves.length > 1 && halves.every((h) => wordCount(h) <= TARGET_WORDS))
    return halves.map((h) => leaf(capitalise(h)));
  // "Growth then sped up sharply: output reached …": two statements either side of a colon.
  // (Not a noun and its relative clause: "a carbon budget: the total amount that can …".)
  const colon = /^([^:]{12,}?):\s+(.+)$/.exec(text);
  if (
    colon &&
    hasFiniteVerb(colon[1]!) &&
    isStatement(colon[2]!) &&
    clauseOutsideRelative(colon[2]!) &&
    wordCount(colon[1]!) <= TARGET_WORDS &&
    wordCount(colon[2]!) <= TARGET_WORDS
  )
    return [leaf(colon[1]!), leaf(capitalise(colon[2]!))];
  const shared = shareVerb(text);
  if (shared?.every((h) => wordCount(h) <= TARGET_WORDS))
    return shared.map((h) => leaf(capitalise(h)));
  // "… approved by the US Food and Drug Administration, in September 1987" → "September 1987:
  // Merck's lovastatin became …", the date where lecturers write it, one word shorter.
  const dated = TRAILING_DATE.exec(text);
  // (Not the date of a clause inside it: "found 2,600 planets before it ran out of fuel in 2018".)
  // (Nor the end of a range: "fell from about 4.8 million in 1348 to about 2.6 million in 1377".)
  if (
    dated &&
    !/:/.test(dated[1]!) &&
    !/\b(?:before|after|when|until|since|because|while|once|which|who|that|where)\s/i.test(
      dated[1]!,
    ) &&
    !/\bfrom\s.*\sto\s[^,;]*$/i.test(dated[1]!)
  ) {
    const moved = `${dated[2]}: ${lowerArticle(dated[1]!)}`;
    if (wordCount(moved) <= TARGET_WORDS) return [leaf(moved)];
  }
  const cut = splitAtPhrase(text, TARGET_WORDS);
  return cut ? [{ text: cut.head, children: [leaf(cut.list)] }] : [];
}

/** A lead, then after its colon a list of three or more short noun phrases: "…: ships, cranes, trucks and …". */
/** A lead, then after its colon a noun phrase and its relative clause: "…: the total amount that …". */
const DEFINED_AFTER_COLON =
  /^([^:]{12,}?):\s+((?:the|a|an)\s[^:;]{2,60}?\s(?:that|which|who|whom|whose)\s[^:;]{3,120})$/;

const PAIR_AFTER_COLON =
  /^([^:]{12,}?):\s+((\p{Ll}+)\s[^,;:]{2,60}?),?\s+and\s+(\3\s[^,;:]{2,60})$/u;

const LIST_AFTER_COLON =
  /^([^:]{12,}?):\s+((?:[\p{Ll}-]+\s){0,2}[\p{Ll}-]+,\s+(?:[\p{Ll}-]+\s){0,2}[\p{Ll}-]+,?\s+(?:(?:and|or)\s+)?[^:;]{2,80})$/u;

/** "…lifted about 194,000 households, or 2 percent of Kenyan households, out of poverty": an amount restated as a share, inside the clause. */
const RESTATED_INSIDE =
  /^(.{12,}?\d[^,;]*?),\s+(?:or\s+)?((?:(?:about|roughly|nearly|almost|some|around)\s+)?(?:\d[\d.,]*\s*(?:percent|per cent|%)|(?:a|one)\s+(?:third|quarter|half|fifth|tenth))\s+of\s+[^,;]+),\s+(?!(?:and|or|but|which|who)\s)([^,;]+)$/;

/**
 * The clause without the share that restates its amount, then "That was 2 percent of Kenyan
 * households": both statements whole, where the clause with its aside is too long for one.
 */
function restatedInside(text: string): string[] | undefined {
  const m = RESTATED_INSIDE.exec(text);
  if (!m) return undefined;
  const [, head, share, tail] = m;
  const clause = `${head} ${tail}`;
  // (A share with a verb of its own is the clause: "…, 8.2% of patients … had died, …".)
  if (!hasFiniteVerb(head!) || hasFiniteVerb(share!)) return undefined;
  const tense = tag(head!).some((t) => t.tags.has('PastTense')) ? 'was' : 'is';
  const out = [capitalise(clause), `That ${tense} ${share}`];
  return out.every((b) => wordCount(b) <= TARGET_WORDS) ? out : undefined;
}

/** "The tariff, which rose to 40 percent by 1894, ruined …": a subject, its relative clause between commas, the rest. */
const RELATIVE_INSIDE = /^([^,;:]{3,60}?),\s+(?:which|who)\s+([^,;:]+),\s+([^,;:]+)$/;

/**
 * The clause without the relative clause that describes its subject, then the relative
 * clause as a statement of that subject ("The tariff rose to 40 percent by 1894"): both
 * whole, where the clause with its relative clause is too long for one bullet.
 */
function relativeInside(text: string): string[] | undefined {
  const m = RELATIVE_INSIDE.exec(text);
  if (!m) return undefined;
  const [, subject, relative, rest] = m;
  // (Whether the relative clause has a verb is asked of it with its subject, below: alone,
  // "rose to 40 percent" reads as a noun.)
  if (wordCount(subject!) > 6 || hasFiniteVerb(subject!)) return undefined;
  const out = [capitalise(`${subject} ${rest}`), capitalise(`${subject} ${relative}`)];
  return out.every((b) => wordCount(b) <= TARGET_WORDS && isStatement(b)) ? out : undefined;
}

/** "…found two planets orbiting a pulsar, a dead star about 2,300 light-years away": a clause ending on a noun, then what that noun is. */
const APPOSITIVE_AFTER =
  /^(.{12,}?\s(\p{Ll}[\p{Ll}-]{2,})),\s+((?:a|an)\s(?:[^,;:]|,(?=\d{3}))+)$/u;

/**
 * The clause, then what its last noun is as a statement of its own: "The pulsar was a dead
 * star about 2,300 light-years away". Both whole, where the two are too long for one bullet.
 */
function appositiveAfter(text: string): string[] | undefined {
  const m = APPOSITIVE_AFTER.exec(text);
  if (!m) return undefined;
  const [, head, noun, what] = m;
  const ts = tag(head!);
  const last = ts[ts.length - 1];
  // (Not an amount's unit, "by about 1 percent, an Earth-sized one by …", nor a gapped
  // clause after it, whose "one" stands for a noun of the clause.)
  if (
    !last?.tags.has('Noun') ||
    last.tags.has('Plural') ||
    ts[ts.length - 2]?.tags.has('Value') ||
    /\bones?\b/.test(what!) ||
    !hasFiniteVerb(head!)
  )
    return undefined;
  // (An appositive with a relative clause of its own is a sentence's worth; it stays whole:
  // "a condition he called the state of nature" too.)
  if (/\s(?:that|which|who)\s/.test(what!) || /\s(?:he|she|they|we|it|i|you)\s+\p{Ll}/u.test(what!))
    return undefined;
  // ("without any government, a condition …": a noun no one thing names is not what the
  // appositive says is a condition; the whole clause is.)
  if (/^(?:any|no|every|each|some|all|many|such)$/.test(ts[ts.length - 2]?.normal ?? ''))
    return undefined;
  const tense = ts.some((t) => t.tags.has('PastTense')) ? 'was' : 'is';
  const out = [capitalise(head!), `The ${noun} ${tense} ${what}`];
  return out.every((b) => wordCount(b) <= TARGET_WORDS && isStatement(b)) ? out : undefined;
}

/** "… before falling again, …": what the subject did next, in a gerund after "before". */
const BEFORE_GERUND = /^(.{12,}?),?\s+before\s+(\p{Ll}+ing)\b,?\s*(.*)$/u;

/**
 * "The rate recovered slightly to 1.30 in 2012 before falling again, to 0.98 in 2018 and 0.72
 * in 2023" → "The rate recovered slightly to 1.30 in 2012" and "The rate then fell again, to
 * 0.98 in 2018 and 0.72 in 2023": what came next is a statement of its own, with the subject
 * (up to five words, else none is made) and the gerund's simple past. Every word stays.
 */
function thenStatement(text: string): string[] | undefined {
  const m = BEFORE_GERUND.exec(text);
  if (!m || !m[3]) return undefined;
  const [, head, gerund, rest] = m;
  const named = gerundSubject(text, head!, gerund!);
  const past = named && pastOfGerund(gerund!);
  return past ? [capitalise(head!), `${capitalise(named)} then ${past} ${rest}`] : undefined;
}

/** "… in 2016 after signing up about 76,000 users …": what the subject had done, in a gerund after "after". */
const AFTER_GERUND = /^(.{12,}?),?\s+after\s+(\p{Ll}+ing)\b\s+(.+)$/u;

/**
 * "Vodacom closed M-Pesa in South Africa in 2016 after signing up about 76,000 active users
 * against a target of 10 million" → "Vodacom closed M-Pesa in South Africa in 2016" and
 * "Vodacom had signed up about 76,000 active users against a target of 10 million": what
 * the subject had done first is a statement of its own, in the past perfect. Every word stays.
 */
function hadStatement(text: string): string[] | undefined {
  const m = AFTER_GERUND.exec(text);
  if (!m) return undefined;
  const [, head, gerund, rest] = m;
  const named = gerundSubject(text, head!, gerund!);
  const done = named && participleOfGerund(gerund!);
  return done ? [capitalise(head!), `${capitalise(named)} had ${done} ${rest}`] : undefined;
}

/**
 * The subject of `head` (after a leading time: "In 2012 the rate …"), a noun phrase of at
 * most five words with no pronoun, when the `gerund` after it is one compromise reads as a
 * gerund; else undefined.
 */
function gerundSubject(text: string, head: string, gerund: string): string | undefined {
  const at = tag(text).find((t) => t.normal === gerund && t.start > head.length);
  return at?.tags.has('Gerund') ? headSubject(head) : undefined;
}

/** The subject of `head` after a leading time: a noun phrase of at most five words with no pronoun. */
function headSubject(head: string): string | undefined {
  const ts = tag(head);
  const verb = firstFinite(ts);
  if (verb < 1 || verb > 5) return undefined;
  let from = 0;
  while (
    from < verb &&
    (ts[from]!.tags.has('Preposition') || ts[from]!.tags.has('Date') || /^\d/.test(ts[from]!.text))
  )
    from++;
  const subject = ts.slice(from, verb);
  if (!subject.length || subject.some((t) => t.tags.has('Pronoun') || /[,;:]/.test(t.post)))
    return undefined;
  return head.slice(subject[0]!.start, subject.at(-1)!.start + subject.at(-1)!.text.length);
}

/** "… found 2,600 planets before it ran out of fuel in 2018": what the subject did next, in a clause after "before". */
const BEFORE_CLAUSE = /^(.{12,}?),?\s+before\s+(?:it|they|he|she)\s+(\p{Ll}+)\b\s*(.*)$/u;

/**
 * "NASA's Kepler telescope found more than 2,600 confirmed planets before it ran out of fuel
 * in 2018" → "… found more than 2,600 confirmed planets" and "NASA's Kepler telescope then
 * ran out of fuel in 2018": the later act as a statement of its own, with the subject named.
 */
function beforeStatement(text: string): string[] | undefined {
  const m = BEFORE_CLAUSE.exec(text);
  if (!m) return undefined;
  const [, head, verb, rest] = m;
  const ts = tag(text);
  const at = ts.find((t) => t.normal === verb && t.start > head!.length);
  const named = at && isFinite(ts, ts.indexOf(at)) ? headSubject(head!) : undefined;
  return named
    ? [capitalise(head!), `${capitalise(named)} then ${verb} ${rest}`.trim()]
    : undefined;
}

/** "…, arguing that …": a report in a participle after the clause that says what its subject did. */
const PARTICIPLE_REPORT =
  /^(.{12,}?),\s+(arguing|claiming|noting|suggesting|insisting|warning|concluding|showing|finding|estimating|observing|stressing|explaining|predicting|contending|maintaining)\s+that\s+(.{12,})$/;

/**
 * "Frances Kamm has spent much of her career refining such cases, arguing that small
 * differences … make a moral difference" → the clause, its subject's frame ("Frances Kamm
 * argued") and the claim; undefined unless the clause's subject can be named.
 */
function participleReport(text: string): [string, string, string] | undefined {
  const m = PARTICIPLE_REPORT.exec(text);
  if (!m) return undefined;
  const [, head, gerund, claim] = m;
  const past = pastOfGerund(gerund!);
  const named = past && headSubject(head!);
  return named ? [capitalise(head!), `${capitalise(named)} ${past}`, claim!] : undefined;
}

/** A clause that ends on its date: "…, in September 1987", "… on 4 July 1776". */
const TRAILING_DATE =
  /^(.{12,}?),?\s+(?:in|on)\s+((?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:\d{1,2},?\s+)?\d{4}|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4})$/;
/** "The plant …" → "the plant …" after a date lead; a name keeps its capital. */
const lowerArticle = (s: string) =>
  s.replace(/^(?:The|A|An|This|These|Its|Their)\b/, (w) => w.toLowerCase());

/**
 * "the rules attached to them, and the trade they restored, may have mattered more": two
 * subjects set off by commas share one verb; each gets it, so neither bullet is cut before
 * its verb. Undefined unless the text is "A, and B, verb …" with a verb opening the last part.
 */
function shareVerb(text: string): string[] | undefined {
  const m = /^([^,;:]+),\s+and\s+([^,;:]+),\s+([^,;:]+)$/.exec(text);
  if (!m || !joinsSubjects(`${m[2]}, ${m[3]}`)) return undefined;
  return [`${m[1]} ${m[3]}`, `${m[2]} ${m[3]}`];
}

/**
 * A sentence → bullets, as `condense`, each at most TARGET_WORDS long; but a long report ("X
 * argued that A, but that B") keeps its reporting verb on a bullet of its own, with its
 * claims as the bullets under it, so no claim is shown as a fact and none runs past the
 * limit. `before` holds the sentences before it in the paragraph, nearest first: an opening
 * "They argued" or "It was" takes its subject from there, so the bullet stands on its own.
 */
export function condenseTree(sentence: string, lex: Lexicon, before?: readonly string[]): Bullet[] {
  // Every clause and phrase asked about below is a part of the sentence: tagged once, as a whole.
  withinSentence(sentence);
  const text = spanLead(
    resolveLead(
      tidy(
        dropOpeners(
          withoutStatistics(sentence)
            .replace(/\s*(?:\.{2,}|…)+\s*$/, '')
            .replace(/[.;,:]+$/, '')
            .trim(),
        ),
      ),
      before,
    ),
  );
  // Every number and date the sentence gives stays on its bullets (a series by its span, as
  // its chart draws every year), or the sentence is left to the notes: a bullet never shows
  // a sentence with one of its facts silently gone.
  // (What a pair of dashes sets off is a parenthesis, not the claim: its numbers may go with it.)
  const facts = extractFacts(seriesSpan(dropDashAsides(text))).map((f) => f.raw.toLowerCase());
  const complete = (bullets: Bullet[]): Bullet[] => {
    const missing = (bs: Bullet[]) => {
      const shown = bs.map(allText).join(' ').toLowerCase();
      return facts.some((f) => !shown.includes(f));
    };
    if (!missing(bullets)) return bullets;
    // "Cyrus Field, a … merchant who had retired at thirty-three, formed …": the aside's fact
    // gets a bullet of its own.
    const aside = asideStatement(text);
    const fits = aside !== undefined && wordCount(aside) <= TARGET_WORDS;
    // (With no bullet at all, the clause without its aside may make one.)
    const bare = fits && !bullets.length ? withoutParticipleAside(text) : undefined;
    const main = bare ? condense(bare, lex).flatMap(fitted) : bullets;
    const more = fits && main.length ? [main[0]!, leaf(aside), ...main.slice(1)] : main;
    return missing(more) ? [] : more;
  };
  // (A rule below whose bullets lose a fact leaves the sentence to the rules after it: "…
  // agreed that most people can be trusted; by 1993 only 37 percent did" is no report with a
  // claim gone, and the flat reading keeps both clauses.)
  // What a report claims, each claim a bullet under its frame ("… and that …" two of them).
  // (A claim that fits no bullet as it is gets the sentence's own rules: "… by about 700
  // percent over twenty years, more than all trade agreements of the period combined".)
  const claimsOf = (claim: string): Bullet[] =>
    secondClaims(claim).flatMap((c) => {
      const fitted = condense(c, lex).flatMap((b) => fit(b, true));
      return fitted.length ? fitted : condenseTree(capitalise(c), lex, before);
    });
  withinSentence(text);
  const flat = condense(text, lex);
  if (flat.length === 1 && wordCount(flat[0]!) <= TARGET_WORDS) return complete([leaf(flat[0]!)]);
  // "Agents multiplied even faster: there were about 450 in 2007, 23,000 in 2010 and …": the
  // amounts are of what the lead names, so they stay under it, never a bullet of their own
  // that says "There were about 450" of nothing.
  const counted = wordCount(text) > TARGET_WORDS ? amountsUnderLead(text) : undefined;
  const amounts = counted ? complete([counted]) : [];
  if (amounts.length) return amounts;
  // "Some argue that …; others note that …", "Kim estimates that …, while some economists argue
  // that …": two reports, each under its own frame, never the second as a claim of the first.
  // "Housing adds to the burden: the median apartment … cost about 12 times …": a statement
  // before a colon, and a long one after it, are bullets each, the second fitted on its own.
  const colon = /^([^:]{12,}?):\s+(.+)$/.exec(text);
  if (
    colon &&
    flat.length === 1 &&
    wordCount(colon[1]!) <= TARGET_WORDS &&
    // (Two statements that fit one bullet each are never shortened together: that would take
    // "in the Levant" from "men's height fell from about 170 cm to 165 cm in the Levant".)
    // (Not a noun and its relative clause: "social capital: the networks … that let people
    // act together" is what the lead names, under it.)
    (wordCount(colon[2]!) > TARGET_WORDS ||
      (wordCount(flat[0]!) > TARGET_WORDS && clauseOutsideRelative(colon[2]!))) &&
    hasFiniteVerb(colon[1]!) &&
    isStatement(colon[2]!) &&
    !REPORT.test(colon[1]!)
  ) {
    const second = condenseTree(capitalise(colon[2]!), lex, [colon[1]!, ...(before ?? [])]);
    const both = second.length ? complete([leaf(colon[1]!), ...second]) : [];
    if (both.length) return both;
  }
  // ("Economists argued that drivers should pay …; the Smeed Report of 1964 set out …": what
  // follows a semicolon is the reading's own next claim, never one of theirs.)
  const semi = SECOND_REPORT.exec(text) ?? /;\s+(?!that\s)(?=\S)/.exec(text);
  if (semi && REPORT.test(text.slice(0, semi.index))) {
    const first = text.slice(0, semi.index);
    const parts = [
      ...condenseTree(first, lex, before),
      ...condenseTree(capitalise(text.slice(semi.index + semi[0].length)), lex, [
        first,
        ...(before ?? []),
      ]),
    ];
    // (A second clause that makes no bullet alone, "by 1993 only 37 percent did", leaves the
    // sentence to the rules below rather than losing its facts.)
    const done = parts.length ? complete(parts) : [];
    if (done.length) return done;
  }
  // "Ichimada Hisato, the governor of the Bank of Japan, reportedly said that …": the frame
  // loses its aside, and a leading phrase, before it is looked for.
  const report = REPORT.exec(text) ?? REPORT.exec(tidy(dropLeadPhrase(dropSubjectAside(text))));
  const m = framed(report) ?? framed(condensedFrame(report, lex), TARGET_WORDS);
  // A report that fits one bullet stays one: "Farr concluded that the water … was to blame".
  if (m) {
    const frame = capitalise(m[1]!);
    // "he would 'let weeds grow'": a claim about the one who reports names them.
    // "argued that many replications had departed … and that the project underestimated …":
    // each claim is a bullet under the frame, however short the two are together.
    // "Critics argued that the tariff, which rose to 40 percent by 1894, ruined …": what the
    // relative clause says of the subject is the reading's own statement, after the claim,
    // never one of the claims.
    const described =
      wordCount(m[2]!) > TARGET_WORDS ? relativeInside(capitalise(m[2]!)) : undefined;
    // "Moyer found that corn steep liquor raised yields …, and a strain of mould … proved far
    // more productive": a clause after ", and" without its own "that" is the reading's
    // statement, after the report, never a second claim of it.
    const joined = described ? undefined : ownAfterClaim(m[2]!);
    const claims = claimsOf(resolveLead(described ? described[0]! : (joined?.[0] ?? m[2]!), frame));
    const own = described
      ? [leaf(described[1]!)]
      : joined
        ? condense(capitalise(joined[1]), lex).flatMap(fitted)
        : [];
    // (One short claim, with the reading's own statement after it, is said whole: "Andrew
    // Moyer found that corn steep liquor raised yields roughly tenfold".)
    const only =
      joined && claims.length === 1 && !claims[0]!.children.length ? claims[0]! : undefined;
    const whole = only && `${frame} that ${lowerFirst(only.text, lex.midCaps)}`;
    const reported = claims.length
      ? complete([
          whole && wordCount(whole) <= TARGET_WORDS
            ? leaf(whole)
            : { text: `${frame}:`, children: claims },
          ...own,
        ])
      : [];
    if (reported.length) return reported;
  }
  // "Kamm has spent her career refining such cases, arguing that small differences … make a
  // moral difference": what the subject did, then what they argue as a report of its own.
  const argued =
    flat.length > 1 || wordCount(flat[0] ?? '') > TARGET_WORDS ? participleReport(text) : undefined;
  if (argued) {
    const [head, frame, claim] = argued;
    const whole = `${frame} that ${claim}`;
    const report =
      wordCount(whole) <= TARGET_WORDS
        ? [leaf(whole)]
        : [{ text: `${frame}:`, children: claimsOf(claim) }];
    const out = complete([...condense(head, lex).flatMap(fitted), ...report]);
    if (out.length > 1 && report.every((b) => b.children.length || !b.text.endsWith(':')))
      return out;
  }
  // "On their estimate the aid raised …, yet it bought …": a claim on someone's reckoning
  // that does not fit one bullet keeps whose it is above its claims, as a report keeps its
  // verb ("They estimated:").
  const reckoned = ON_ONES_RECKONING.exec(text);
  if (reckoned && (flat.length > 1 || wordCount(flat[0] ?? '') > TARGET_WORDS)) {
    const [, whose, noun, rest] = reckoned;
    const who = PRONOUN_OF[whose!.toLowerCase()] ?? whose!.replace(/['’]s?$/, '');
    const verb = RECKONED[noun!.toLowerCase().replace(/s$/, '')]!;
    const claims = condense(rest!, lex).flatMap(fitted);
    // "They estimated" after "They called …" after "DeLong and Eichengreen took …" names them.
    const frame = resolveLead(`${who} ${verb}`, before);
    const reckoning = claims.length ? complete([{ text: `${frame}:`, children: claims }]) : [];
    if (reckoning.length) return reckoning;
  }
  // "According to Ipsos estimates, about 47% of 18–24-year-olds voted …": whose figures they
  // are heads the claim when the two do not fit one bullet, as a report keeps its verb.
  const according = ACCORDING.exec(text);
  if (according && (flat.length > 1 || wordCount(flat[0] ?? '') > TARGET_WORDS)) {
    const claims = condense(capitalise(according[2]!), lex).flatMap(fitted);
    const whose = claims.length ? complete([{ text: `${according[1]}:`, children: claims }]) : [];
    if (whose.length) return whose;
  }
  // "…gave … about $13.3 billion, roughly 1.1 percent of American national income": an
  // amount restated after a comma becomes a bullet of its own, so neither is lost to length.
  // "… went to the polls, the lowest figure since 1918": a superlative said of the clause's
  // amount after a comma becomes "That was the lowest figure since 1918", as a restated amount
  // does; so does a change it makes ("That was a fall of about 20 per cent in ten years"),
  // and what brought it about ("That was helped by some 300 extra buses").
  const restated =
    flat.length === 1 &&
    wordCount(flat[0]!) > TARGET_WORDS &&
    (RESTATED.exec(text) ?? RANKED.exec(text) ?? CHANGE_SAID.exec(text) ?? HELPED_BY.exec(text));
  // "…counted 8.2 million people, more than half of whom depended on the potato": the part
  // becomes a statement of its own, "More than half of them depended on the potato".
  // ("…, of whom 14,137 died in London": the amount after "of whom" is the same part.)
  const part =
    flat.length === 1 &&
    wordCount(flat[0]!) > TARGET_WORDS &&
    (PART_OF_WHOM.exec(text) ?? OF_WHOM_AMOUNT.exec(text));
  if (part) {
    const [, head, amount, rest] = part;
    const out = complete([
      ...condense(head!, lex).flatMap(fitted),
      ...condense(`${capitalise(amount!)} of them ${rest!}`, lex).flatMap(fitted),
    ]);
    if (out.length > 1) return out;
  }
  // "…cost about 12 times the median income in 2021, against 6 times in 2008": the amount it
  // is set against becomes "That was up from 6 times in 2008" (or down), a bullet of its own.
  const against = flat.length === 1 && wordCount(flat[0]!) > TARGET_WORDS && AGAINST.exec(text);
  if (against) {
    const [, head, base] = against;
    const [now, then] = [lastNumber(head!), lastNumber(base!)];
    // Only an earlier time of one measure makes "up from": "8.2% of patients …, compared with
    // 11.5% of those on placebo" sets two groups side by side, and stays as it is.
    const years = (t: string) => t.match(/\b(?:1\d{3}|20\d{2})\b/g) ?? [];
    const [at, was] = [years(head!).at(-1), years(base!).at(-1)];
    if (now !== undefined && then !== undefined && now !== then && at && was && was < at) {
      const out = complete([
        ...condense(head!, lex).flatMap(fitted),
        // (Both amounts are dated, the later first: what it was up or down from is past.)
        leaf(`That was ${now > then ? 'up' : 'down'} from ${base!}`),
      ]);
      if (out.length > 1) return out;
    }
  }
  // "…held 26.5 percent of seats in 2023, up from 11.3 percent in 1995": the earlier amount,
  // as the reading says it, becomes "That was up from 11.3 percent in 1995".
  const upFrom = flat.length === 1 && wordCount(flat[0]!) > TARGET_WORDS && UP_FROM.exec(text);
  if (upFrom) {
    const [, head, direction, base] = upFrom;
    const out = complete([
      ...condense(head!, lex).flatMap(fitted),
      leaf(`That was ${direction!.toLowerCase()} from ${base!}`),
    ]);
    if (out.length > 1) return out;
  }
  // "Harrison received about £23,000 in all …, the last £8,750 in 1773 after …": a part of the
  // clause's amount after a comma gets the clause's subject and verb back, as a bullet of its own.
  // (Whatever condense made of it: a cut elsewhere leaves "the last £8,750" without its verb.)
  const partAfter = wordCount(text) > TARGET_WORDS && PART_AMOUNT.exec(text);
  if (partAfter) {
    const [, head, rest] = partAfter;
    const ts = tag(head!);
    const v = firstFinite(ts);
    const opens = ts[0];
    if (
      v > 0 &&
      ts[v]!.end > 0 &&
      opens &&
      !opens.tags.has('Preposition') &&
      !opens.tags.has('Date') &&
      !opens.tags.has('Value')
    ) {
      const out = complete([
        ...condense(head!, lex).flatMap(fitted),
        ...fitted(`${head!.slice(0, ts[v]!.end)} ${rest!}`),
      ]);
      if (out.length > 1) return out;
    }
  }
  if (restated) {
    const [, head, again] = restated;
    const tense = tag(head!).some((t) => t.tags.has('PastTense')) ? 'was' : 'is';
    const out = complete([
      ...condense(head!, lex).flatMap(fitted),
      leaf(`That ${tense} ${again!}`),
    ]);
    if (out.length > 1) return out;
  }
  // "… scanned the brains of volunteers while they considered the dilemmas and reported that
  // …": a report condensing left as a clause of its own keeps its frame above its claims.
  const pieces = flat.flatMap((c) => {
    const r = wordCount(c) > TARGET_WORDS ? framed(REPORT.exec(c)) : null;
    const claims = r ? claimsOf(r[2]!) : [];
    return claims.length ? [{ text: `${capitalise(r![1]!)}:`, children: claims }] : fitted(c);
  });
  const done = complete(pieces);
  if (done.length || flat.length < 2) return done;
  // "… more acidic: the pH … has fallen from about 8.2 to 8.1 since the 1850s, an increase in
  // acidity of roughly 30 per cent": a clause still too long gets the sentence rules of its own
  // ("That was an increase …"), as a sentence would.
  return complete(
    flat.flatMap((c) =>
      wordCount(c) > TARGET_WORDS ? condenseTree(capitalise(c), lex, before) : fitted(c),
    ),
  );
}

/**
 * A report whose frame is too long to head its claims, with the frame condensed as a clause
 * is, when that keeps every fact of it in one bullet: "On 17 May 1954 the Supreme Court …
 * ruled unanimously, by a vote of 9–0, that …" keeps its date and vote above the claim.
 */
function condensedFrame(r: RegExpExecArray | null, lex: Lexicon): RegExpExecArray | null {
  if (!r || wordCount(r[1]!) <= 10) return null;
  const whole = r[1]!.replace(/,$/, '');
  const [short, ...more] = condense(whole, lex);
  if (!short || more.length || wordCount(short) > TARGET_WORDS) return null;
  const kept = short.toLowerCase();
  if (!extractFacts(whole).every((f) => kept.includes(f.raw.toLowerCase()))) return null;
  const out = [...r] as unknown as RegExpExecArray;
  out[1] = short;
  return out;
}

/** A report whose frame (at most `frameWords` words) heads a claim of five words or more. */
function framed(r: RegExpExecArray | null, frameWords = 10): RegExpExecArray | null {
  return r && wordCount(r[1]!) <= frameWords && r[2]!.split(/\s+/).length >= 5 ? r : null;
}

/**
 * "X multiplied: there were about 450 in 2007, 23,000 in 2010 and …", "The number of hosts
 * grew: about 1,000 in 1984, 10,000 in 1987 and …": a lead, then amounts that name nothing
 * counted.
 */
const AMOUNTS_AFTER_LEAD = /^([^:]{8,}?):\s+(there\s+(?:were|was|are|is)\s+)?(.+)$/i;

/** An item that is an amount, hedged or not: "about 1,000 in 1984", "$273 million", "more than 1,000,000 by 1992". */
const AMOUNT_ITEM =
  /^(?:(?:about|some|nearly|roughly|around|almost|just|only|over|under|more than|less than|fewer than)\s+)?\p{Sc}?\d[\d,.]*\b/u;

/** The lead ending in ":" over each amount of its list, or undefined when the list is not one of amounts. */
function amountsUnderLead(text: string): Bullet | undefined {
  const m = AMOUNTS_AFTER_LEAD.exec(text);
  if (!m || !hasFiniteVerb(m[1]!) || wordCount(m[1]!) > TARGET_WORDS) return undefined;
  const items = m[3]!.split(/,\s+(?:and\s+)?|\s+and\s+/);
  if (items.length < 2 || !items.every((i) => hasFact(i) && wordCount(i) <= 8)) return undefined;
  // Without "there were" every item is a bare amount: "output reached 16.6 million tonnes in
  // 1959, …" after a colon is a statement, which the lines below fit as one.
  if (!m[2] && (items.length < 3 || !items.every((i) => AMOUNT_ITEM.test(i)))) return undefined;
  return { text: `${m[1]}:`, children: items.map(leaf) };
}

/**
 * A claim and the statement of the reading's own joined to it by ", and" and a new subject
 * (no "that": "…, and that …" is a second claim), or undefined.
 */
function ownAfterClaim(claim: string): [string, string] | undefined {
  const inside = sheltered(claim);
  for (const m of claim.matchAll(
    /,\s+and\s+(?!that\s)(?=(?:the|a|an|its|their|his|her|this|these)\s)/g,
  )) {
    if (inside[m.index]) continue;
    const [left, right] = [claim.slice(0, m.index), claim.slice(m.index + m[0].length)];
    if (isStatement(left) && isStatement(right)) return [left, right];
  }
  return undefined;
}

/** The claims of a report's "that …, and that …" (a "but" kept before the second), outside quotation marks. */
function secondClaims(text: string): string[] {
  const inside = sheltered(text);
  for (const m of text.matchAll(/,?\s+(and|but)\s+that\s+(?=\S)/g)) {
    if (inside[m.index]) continue;
    const [left, right] = [text.slice(0, m.index), text.slice(m.index + m[0].length)];
    if (!isStatement(left) || !isStatement(right)) continue;
    return [left, m[1] === 'but' ? `But ${right}` : capitalise(right)];
  }
  return [text];
}

/**
 * "…about $13.3 billion, roughly 1.1 percent of American national income over those years":
 * a clause that gives an amount, then the same amount again as a share of something.
 */
const RESTATED =
  /^(.{12,}?\d[^,;]*?),\s+((?:(?:about|roughly|nearly|almost|some|around|over|more than|less than|just over|just under)\s+)?(?:\d[\d.,]*\s*(?:percent|per cent|%)|(?:a|one)\s+(?:third|quarter|half|fifth|tenth))\s+of\s+[^,;]+)$/;

/** "…, the last £8,750 in 1773": a part of the clause's amount, after its last comma. */
const PART_AMOUNT =
  /^(.{12,}?\d[^;]*?),\s+(the\s+(?:last|first|final|remaining|rest|other|balance|bulk|largest|smallest)\b(?:[^,;]|,(?=\d{3}))*\d(?:[^,;]|,(?=\d{3}))*)$/u;

/** "…, against 6 times in 2008", "…, compared with 9 percent in 1964": the amount a clause's amount is set against. */
const AGAINST =
  /^(.{12,}?\d[^,;]*?),\s+(?:against|compared with|compared to|as against|versus)\s+((?:(?:about|some|nearly|roughly|around|just)\s+)?\p{Sc}?\d[^,;]*)$/u;

/** "…, up from 11.3 percent in 1995", "…, down from $4.1 billion": an amount's earlier value. */
const UP_FROM =
  /^(.{12,}?\d[^;]*?),\s+(up|down)\s+from\s+((?:(?:about|some|nearly|roughly|around|just)\s+)?\p{Sc}?\d[^,;]*)$/u;

/** The last number written in a text ("about 12 times … in 2021" → 12, a year not counted). */
function lastNumber(text: string): number | undefined {
  const found = extractFacts(text).filter((f) => f.kind !== 'year' && f.kind !== 'date');
  const f = found.at(-1);
  return f && Number.isFinite(f.value) ? f.value : undefined;
}

/** "…, the lowest figure since 1918", "…, the first in Europe": a ranking said of the clause's amount, after its last comma. */
/**
 * "… rose by 38 percent over the same period, helped by some 300 extra buses": what brought
 * the clause's change about, with a fact of its own, becomes "That was helped by …".
 */
const HELPED_BY =
  /^(.{12,}?\d[^,;]*?),\s+((?:helped|driven|fuelled|fueled|boosted|spurred|aided|financed|funded|offset|caused)\s+(?:largely\s+|partly\s+|mainly\s+)?by\s+[^,;]*\d[^,;]*)$/;

const RANKED =
  /^(.{12,}?\d[^,;]*?),\s+(the\s+(?:\p{Ll}+est|most\s+\p{Ll}+|least\s+\p{Ll}+|first|last|only)\s[^,;]+)$/u;

/** "…, of whom 14,137 died in London", "…, of which about 40 percent went to …": "of whom", then the part. */
const OF_WHOM_AMOUNT =
  /^(.{12,}?),\s+of\s+(?:whom|which)\s+((?:(?:about|some|nearly|almost|roughly|over|under|more than|fewer than|only)\s+)?\d[\d,.]*(?:\s*(?:per cent|percent|%|million|thousand))?)\s+(\p{Ll}\S*\s.*?)[.;]?$/u;

/** "…, more than half of whom depended on …", "…, most of which were built …": a part of what the clause counted, and what it did. */
const PART_OF_WHOM =
  /^(.{12,}?),\s+((?:(?:about|some|nearly|almost|roughly|over|under|more than|less than|fewer than|only)\s+)?(?:half|most|many|some|all|none|a few|a third|a quarter|two-thirds|two thirds|three-quarters|\d[\d,.]*(?:\s*(?:per cent|percent|%))?))\s+of\s+(?:whom|which)\s+(\S.*?)[.;]?$/;

/** "…counted 6.6 million people, a fall of about 20 per cent in ten years": the change the clause's amount makes, after its last comma. */
const CHANGE_SAID =
  /^(.{12,}?\d[^,;]*?),\s+((?:a|an)\s+(?:fall|rise|drop|increase|decrease|decline|gain|loss|jump|cut|reduction)(?:\s+in\s+[^,;\d]{2,40}?)?\s+of\s+[^,;]*\d[^,;]*|(?:far\s+|much\s+)?(?:more|less|fewer|larger|smaller|higher|lower)\s+than\s+[^,;]{3,60}|(?:twice|three times|four times|half)\s+(?:as\s+(?:much|many|large)\s+as|the\s+\p{Ll}+\s+of)\s+[^,;]{3,60})$/u;

const MONTH_YEAR =
  '(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\\s+)?\\d{4}';
/** "Between April 1948 and June 1952 the …", "From 1929 to 1932, the …": a span that opens a sentence. */
const SPAN_LEAD = new RegExp(
  `^(?:Between|From)\\s+(${MONTH_YEAR})\\s+(?:and|to|until)\\s+(${MONTH_YEAR}),?\\s+(?=\\p{Ll})`,
  'u',
);

/**
 * A sentence too long for one bullet that opens on a span of dates says it as lecturers
 * write it, "April 1948–June 1952: the United States gave …", three words shorter; both
 * dates stay as written. A sentence that fits is left as it is.
 */
function spanLead(text: string): string {
  if (wordCount(text) <= TARGET_WORDS) return text;
  const m = SPAN_LEAD.exec(text);
  return m ? `${m[1]}–${m[2]}: ${text.slice(m[0].length)}` : text;
}

/** "According to Ipsos estimates, …": whose figures a claim gives, and the claim. */
const ACCORDING = /^(According to [^,;:]{2,60}),\s+(\S.+)$/;

/** "On their estimate, …", "By Gerschenkron's calculations …": whose reckoning a claim is, and the claim. */
const ON_ONES_RECKONING =
  /^(?:[Oo]n|[Bb]y)\s+(their|his|her|its|\p{Lu}[\p{L}.-]*(?:\s(?:and\s)?\p{Lu}[\p{L}.-]*){0,3}['’]s?)\s+(?:own\s+)?(estimates?|calculations?|reckoning|count)\b,?\s+(?=\p{Ll})(.+)$/u;
const PRONOUN_OF: Record<string, string> = { their: 'They', his: 'He', her: 'She', its: 'It' };
const RECKONED: Record<string, string> = {
  estimate: 'estimated',
  calculation: 'calculated',
  reckoning: 'reckoned',
  count: 'counted',
};

/**
 * A sentence (its quotation marks already removed when it is one quoted report) → one or
 * more bullets, each as short as deletion can make it.
 */
export function condense(sentence: string, lex: Lexicon): string[] {
  const text = dropOpeners(
    sentence
      .replace(/\s*(?:\.{2,}|…)+\s*$/, '')
      .replace(/[.;,:]+$/, '')
      .trim(),
  );
  const whole = tidy(text);
  const pieces =
    wordCount(whole) <= TARGET_WORDS
      ? [{ kind: 'main' as Kind, text: whole, lead: '' }]
      : splitPieces(whole);
  const bullets: string[] = [];
  let clause: string | undefined;
  for (const piece of pieces) {
    // ", and it financed …" → "The Institute financed …": a later clause's pronoun gets its subject.
    // ", and that relief came too late": a second reported claim loses its "that".
    // ", and that Harrison hand over his watches" after "The Board demanded …": what was
    // demanded keeps who demanded it, or the bullet would state it as done.
    const demanded =
      piece !== pieces[0] && /\bthat\s+$/i.test(piece.lead) && clause !== undefined
        ? demandFrame(clause)
        : undefined;
    const claim = demanded
      ? `${demanded} that ${piece.text}`
      : piece !== pieces[0] && /^that\s+(?!of\s|in\s|[a-z]+ed\s+by\s)/i.test(piece.text)
        ? piece.text.replace(/^that\s+/i, '')
        : piece.text;
    const bare = dropOpeners(claim !== piece.text && isStatement(claim) ? claim : piece.text);
    const opened =
      piece === pieces[0]
        ? bare
        : resolveInSentence(
            bare,
            pieces.slice(0, pieces.indexOf(piece)).map((p) => p.text),
          );
    // A gapped conjunct gets its verb back before anything is cut from it.
    const short = shorten(
      clause !== undefined && piece.kind === 'main'
        ? fillSubject(fillDoSupport(fillGap(opened, clause), clause), clause, piece.lead)
        : opened,
      lex,
      pieces[pieces.indexOf(piece) + 1]?.kind === 'which',
    );
    const prev = bullets.length ? bullets[bullets.length - 1]! : undefined;
    if (piece.kind === 'main' || prev === undefined) {
      // ", but fewer than one in four voters had backed the party": the contrast stays.
      const contrast = /^,\s+(but|yet)\s+$/.exec(piece.lead)?.[1];
      const [first, ...more] = splitLong(short);
      bullets.push(
        contrast && first ? `${capitalise(contrast)} ${lowerFirst(first, lex.midCaps)}` : first!,
        ...more,
      );
      clause = short;
      continue;
    }
    const joined = `${prev}${piece.lead}${short}`;
    const own = hasFact(short) || (piece.kind === 'with' && hasName(short, 0, short.length, lex));
    if (wordCount(joined) <= TARGET_WORDS) bullets[bullets.length - 1] = joined;
    else if (own) {
      // A piece that cannot stand alone stays joined to the bullet it depends on, never
      // beside a copy of that bullet.
      const alone = standAlone(piece, short, clause ?? prev, prev);
      if (alone) bullets.push(shorten(alone, lex));
      else bullets[bullets.length - 1] = shorten(joined, lex);
    }
    // else: a long dependent clause with no number and no name is left out.
  }
  const done = bullets
    .map((b) => capitalise(datedLead(tidy(whatChanged(b))).replace(/[.;,:]+$/, '')))
    .filter((b) => /[\p{L}\p{N}]/u.test(b));
  // A piece that still says nothing (no subject and verb) goes unless it holds a fact; then it
  // rejoins the bullet before it ("…, fuel $1.6 billion, and machinery and vehicles $1.9
  // billion": the end of a list stays with its list).
  if (done.length < 2) return done;
  const out: string[] = [];
  for (const b of done) {
    if (isStatement(b) || !out.length) out.push(b);
    else if (hasFact(b)) {
      const tail = lex.midCaps.has(b.split(/\s/)[0]!) ? b : b.charAt(0).toLowerCase() + b.slice(1);
      // (The list's "and" stays: "…, in the United States in 1920, and in Sweden in 1921".)
      const at = text.indexOf(tail.split(/\s+/).slice(0, 3).join(' '));
      const glue = at > 0 && /,?\s+and\s+$/.test(text.slice(0, at)) ? ', and' : ',';
      out[out.length - 1] = `${out[out.length - 1]}${glue} ${tail}`;
    }
  }
  return out;
}

/**
 * "the decline of trade union membership, which fell from 13.2m in 1979 to 6.4m in 2019" is
 * no statement, and "The growth of the railway network rose" (a relative named by its
 * antecedent) says it twice; what declined is what fell: "trade union membership fell from
 * 13.2m …". Only for a noun of change and a verb of change, where the relative can mean
 * nothing else.
 */
const CHANGE_OF =
  /^(?:the\s+)?(?:decline|growth|rise|fall|spread|expansion|collapse|weakening|increase|decrease|loss|erosion|drop)\s+(?:of|in)\s+((?:the\s+)?[^,;]{3,60}?)(?:,\s+which)?\s+(?=(?:rose|grew|fell|declined|dropped|doubled|halved|tripled|shrank|increased|decreased|climbed|reached)\b)/i;

function whatChanged(text: string): string {
  const m = CHANGE_OF.exec(text);
  return m ? `${m[1]} ${text.slice(m[0].length)}` : text;
}

/**
 * A later piece of a sentence with its pronouns named from the pieces before it, nearest
 * first: "…; by 1868 it carried about 17,000 messages" after "in 1866 the line carried about
 * 3,000 messages" is the line, not the first piece's "a message" (refer.ts refuses a subject
 * the clause counts). An object "it"/"them" is named from the piece just before.
 */
function resolveInSentence(text: string, earlier: readonly string[]): string {
  let out = text;
  for (let i = earlier.length - 1; i >= 0 && out === text; i--)
    out = resolveLead(text, earlier[i]!);
  // A named object that pushes the clause past the limit would lose the whole clause to the
  // notes; the pronoun then stays, its antecedent on the bullet just before.
  const named = earlier.length ? resolveObject(out, earlier[earlier.length - 1]!) : out;
  return wordCount(named) > TARGET_WORDS && wordCount(out) <= TARGET_WORDS ? out : named;
}

/**
 * "the remaining 1/3 with the help of Germany" after "… were built with the help of the
 * United States": a conjunct that leaves out the verb it shares gets that verb back, from
 * the clause before it, where its subject ends.
 */
function fillGap(text: string, before: string): string {
  if (isStatement(text)) return text;
  const at = gapAt(text);
  const verb = at === undefined ? undefined : lastVerbGroup(before);
  return at === undefined || !verb ? text : `${text.slice(0, at)}${verb} ${text.slice(at)}`;
}

/**
 * "Men voted against it in 1959, by 67 percent to 33 percent, and approved it only in 1971":
 * a second predicate after ", and" shares the first clause's subject, which its own bullet
 * needs ("Men approved it only in 1971"). Only a past tense that opens the piece, read as
 * the clause's verb, and a short subject named as written.
 */
function fillSubject(text: string, clause: string, lead: string): string {
  if (!/^,\s+and\s+$/.test(lead) || isStatement(text)) return text;
  const ts = tag(text);
  if (!ts[0]?.tags.has('PastTense') || !isFinite(ts, 0)) return text;
  // (The nearest clause's subject: "Switzerland was the last: men voted …, and approved …".)
  const sv = subjectAndVerb(clause.split(/[:;]\s+/).pop()!);
  if (!sv || /^(?:it|they|he|she|we|this|that)$/i.test(sv[0])) return text;
  // Both predicates in the past: a present form read as the verb is mostly a noun misread
  // ("American procurement orders for trucks … filled").
  if (!/^(?:was|were|had)\b/.test(sv[1]) && !tag(sv[1]).at(-1)?.tags.has('PastTense')) return text;
  const filled = `${sv[0]} ${text}`;
  return isStatement(filled) ? filled : text;
}

/**
 * "…, while nearly 90 percent of city homes did": a clause that ends on "did" says the first
 * clause's predicate again ("had electricity"), which its own bullet needs, as written there.
 */
function fillDoSupport(text: string, clause: string): string {
  const m = /^(.*\S)\s+(?:did|does|do)$/i.exec(text);
  const sv = m && subjectAndVerb(clause);
  if (!m || !sv) return text;
  const at = clause.indexOf(` ${sv[1]} `, clause.indexOf(sv[0]) + sv[0].length - 1);
  if (at < 0) return text;
  const predicate = clause.slice(at + 1).replace(/[.;,:]+$/, '');
  if (/^(?:did|does|do)\b/i.test(predicate) || wordCount(predicate) > 6) return text;
  return `${m[1]} ${predicate}`;
}

/**
 * A dependent piece that must stand as its own bullet, made a statement with words of its
 * own sentence: ", with equipment made in Germany" → "The Kharkov Tractor Plant was built
 * with equipment made in Germany"; ", which took 16 hours to transmit" → "A message of 98
 * words took 16 hours to transmit". Undefined when the grammar is not clear enough.
 */
function standAlone(piece: Piece, short: string, clause: string, prev: string): string | undefined {
  if (piece.kind === 'with') {
    const sv = subjectAndVerb(clause);
    // (Not a verb that is only an auxiliary: "The line was to run …, with 42 kilometres of
    // tunnels" is no "The line was with 42 kilometres".)
    return sv &&
      !/^(?:was|were|is|are|had|has|have|would|could|will|can|should|might|may|must)$/i.test(sv[1])
      ? `${sv[0]} ${sv[1]} ${/\bwith\s*$/.test(piece.lead) ? 'with ' : ''}${short}`
      : undefined;
  }
  const verb = piece.lead.replace(/^,\s+which\s+/, '');
  const ante = antecedent(prev.replace(/[.;,:]+$/, ''), (verb || short).split(/\s+/)[0] ?? '');
  return ante ? `${ante} ${verb}${short}` : undefined;
}
