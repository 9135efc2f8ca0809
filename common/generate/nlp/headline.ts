/**
 * A slide's headline from its lead claim, the way a lecturer writes one: subject, verb and
 * the start of what follows, in at most eight of the claim's own words ("Land irrigation
 * projects were assisted by Davis", "Pakistan followed a similar path"). Built on
 * compromise's tags (./clauses): the subject loses its modifiers after the head, the verb
 * its auxiliary "had" and adverbs, the rest is cut at a phrase boundary, never mid-phrase.
 */
import { isAux, isFinite, tag, type Tok } from './tag';

/** The longest headline, in words. */
export const MAX_HEADLINE_WORDS = 8;

const PRONOUN_SUBJECT = /^(?:he|she|it|they|we|i|you|this|these|those|that|there|its|their|his|her|them)$/;
/** Words a headline may not end on: they lead into more. */
const OPEN_END = /^(?:the|a|an|of|to|in|on|at|by|for|from|with|and|or|but|as|than|that|which|who|its|their|his|her|more|most|such|very|so|not|also|then)$/;
/** Nouns too general to end a headline on: "surveyed the possibility", "a number". */
const VAGUE = /^(?:possibility|number|part|rest|kind|way|matter|case|fact|use|help|lot|amount|figure|problem)$/;

const HEDGE = /^(?:about|some|nearly|almost|roughly|around|over|under|only)$/;
/** A preposition, but not a hedge on a number ("about 400-500 American Finns"). */
const isPrep = (t: Tok, next?: Tok) => (t.tags.has('Preposition') || t.normal === 'to') && !(HEDGE.test(t.normal) && next?.tags.has('Value'));
const breaks = (t: Tok) => /[,;:()"“”]/.test(t.post);
const isDateWord = (t: Tok) => t.tags.has('Date') || t.tags.has('Month') || /^\d{4}s?$/.test(t.text) || /^(?:early|late|mid)$/.test(t.normal);

/** A headline for a claim, or undefined when the claim has no plain subject and verb. */
export function headline(claim: string): string | undefined {
  // "October 1929: the Soviet government approved …": the date lead is not the headline.
  const body = claim.replace(/^[^:]{1,40}:\s+(?=\S)/, (m) => (/\d|January|February|March|April|May|June|July|August|September|October|November|December/.test(m) ? '' : m));
  const ts = tag(body);
  const v = mainVerb(ts);
  if (v <= 0) return undefined;
  const start = subjectStart(ts, v);
  if (start === undefined) return undefined;
  let subject = ts.slice(start, v).filter((t) => !t.tags.has('Adverb') || t.tags.has('Value'));
  // "Land irrigation projects in Turkestan and Transcaucasia" → "Land irrigation projects".
  const cut = subject.findIndex((t, k) => k > 0 && isPrep(t) && (t.normal !== 'of' || subject.length > 4));
  if (cut > 0) subject = subject.slice(0, cut);
  // An aside after the head ends the subject: "The first cable, manufactured by …".
  const comma = subject.findIndex((t, k) => k < subject.length - 1 && breaks(t) && !/^(?:and|or)$/.test(subject[k + 1]!.normal) && !subject.slice(k + 1).some((x) => /^(?:and|or)$/.test(x.normal)));
  if (comma >= 0) subject = subject.slice(0, comma + 1);
  while (subject.length && /^(?:the|a|an)$/.test(subject[0]!.normal)) subject = subject.slice(1);
  if (!subject.length || subject.length > 5 || PRONOUN_SUBJECT.test(subject[0]!.normal) || subject.some((t) => isFinite(ts, ts.indexOf(t)))) return undefined;
  if (!subject.some((t) => t.tags.has('Noun') || t.tags.has('Value') || t.tags.has('Acronym'))) return undefined;

  // The verb group, "had told" → "told", adverbs left out.
  let end = v + 1;
  while (end < ts.length && isAux(ts[end - 1]!) && !breaks(ts[end - 1]!) && (ts[end]!.tags.has('Verb') || ts[end]!.tags.has('Adverb') || isAux(ts[end]!))) end++;
  let verb = ts.slice(v, end).filter((t) => !t.tags.has('Adverb') || t.normal === 'not');
  if (verb.length === 2 && /^(?:had|has|have)$/.test(verb[0]!.normal) && verb[1]!.tags.has('PastTense')) verb = verb.slice(1);

  // What follows, to the first comma or clause; then cut to fit at a phrase boundary.
  const rest: Tok[] = [];
  for (let i = end; i < ts.length; i++) {
    const t = ts[i]!;
    if (/^(?:which|who|while|whereas|because|although|but|when|where)$/.test(t.normal) && rest.length) break;
    if (t.normal === 'and' && ts[i + 1] && (isFinite(ts, i + 1) || ts[i + 1]!.tags.has('Pronoun'))) break;
    rest.push(t);
    if (breaks(t)) break;
  }
  const words = [...subject, ...verb];
  let best: Tok[] | undefined = rest.length === 0 ? [] : undefined;
  for (let n = 1; n <= rest.length && words.length + n <= MAX_HEADLINE_WORDS; n++) {
    const last = rest[n - 1]!;
    const next = rest[n];
    const after = ts[end + n];
    const inName = after !== undefined && isName(last) && isName(after);
    // A phrase ends before a preposition other than "of" (which continues the noun phrase),
    // before "and"/"or" that open a new noun phrase, at a comma, or at the end.
    const boundary = !next || (isPrep(next) && next.normal !== 'of') || (next.tags.has('Participle') && !isAux(last)) || (next.tags.has('Conjunction') && !rest.slice(0, n).some((t) => t.normal === 'between') && rest[n + 1] !== undefined && (rest[n + 1]!.tags.has('Determiner') || rest[n + 1]!.tags.has('Value'))) || breaks(last);
    const weak = OPEN_END.test(last.normal) || isPrep(last) || last.tags.has('Adjective') || last.tags.has('Determiner') || (last.tags.has('Verb') && (last.tags.has('Participle') || last.tags.has('Gerund') || (last.tags.has('PastTense') && !isName(last))) && n > 1) || VAGUE.test(last.normal) || (last.tags.has('Verb') && rest[n - 2]?.normal === 'to');
    if (boundary && !inName && !weak) best = rest.slice(0, n);
  }
  if (best === undefined) {
    // The verb alone makes a headline only when nothing essential follows it ("Credit got cheaper").
    if (rest.length && !isPrep(rest[0]!) && !rest[0]!.tags.has('Conjunction')) return undefined;
    best = [];
  }
  const out = join(body, [...words, ...best]).replace(/[,;:]+$/, '');
  if (/["“”(]/.test(out) && (out.split(/["“”]/).length % 2 === 0 || (out.includes('(') && !out.includes(')')))) return undefined;
  return out.charAt(0).toUpperCase() + out.slice(1);
}

const isName = (t: Tok) => (t.tags.has('ProperNoun') || /^\p{Lu}/u.test(t.text)) && !isDateWord(t);

/** The words as the text writes them: consecutive words keep what stood between them ("thirty-three"). */
function join(text: string, words: readonly Tok[]): string {
  let out = '';
  words.forEach((t, k) => {
    const next = words[k + 1];
    out += t.start >= 0 ? text.slice(t.start, t.end) : t.text;
    if (!next) return;
    const between = t.end >= 0 && next.start >= t.end ? text.slice(t.end, next.start) : ' ';
    // Adjacent in the text: keep the join as written; across a gap: one space.
    // Words next to each other keep what joins them ("thirty-three", "Germany, Sweden").
    const adjacent = between.length <= 2 && (!/[;:()]/.test(between)) && !(between.includes(',') && (next.tags.has('Verb') || isAux(next)));
    out += adjacent ? between : ' ';
  });
  return out;
}

/** The claim's main verb: the first finite verb that is not inside a relative clause ("who had retired"). */
function mainVerb(ts: readonly Tok[]): number {
  let relative = false;
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i]!;
    if (/^(?:who|which|whom|whose)$/.test(t.normal)) relative = true;
    if (isFinite(ts, i) && i > 0 && !relative) return i;
    if (breaks(t)) relative = false;
  }
  return -1;
}

/**
 * Where the subject of the verb at `v` starts. The words before the verb are cut at commas;
 * the subject is the last part that is not a time or place phrase ("in 1866"), an aside
 * ("a New York paper merchant who …") or empty; "Germany, Sweden, Denmark, and Norway" stays
 * whole. A leading time ("In 1854 John Snow") is skipped.
 */
function subjectStart(ts: readonly Tok[], v: number): number | undefined {
  const parts: Array<[number, number]> = [];
  let from = 0;
  for (let i = 0; i < v; i++) {
    if (breaks(ts[i]!)) {
      parts.push([from, i + 1]);
      from = i + 1;
    }
  }
  parts.push([from, v]);
  // "The first cable, manufactured by Glass, Elliot and Company …, weighed": asides with a verb
  // of their own sit between a plain noun phrase and its verb; that noun phrase is the subject.
  const first = ts.slice(parts[0]![0], parts[0]![1]);
  const aside = parts.slice(1).some(([a, b]) => ts.slice(a, b).some((t, k) => t.tags.has('Verb') || /^(?:who|which|whose)$/.test(t.normal) || (k === 0 && t.tags.has('Participle'))));
  if (parts.length > 1 && aside && /^(?:the|a|an)$/.test(first[0]?.normal ?? '') && !first.some((t) => t.tags.has('Verb') || isPrep(t))) return parts[0]![0];
  for (let p = parts.length - 1; p >= 0; p--) {
    const [a, b] = parts[p]!;
    if (a >= b) continue;
    const words = ts.slice(a, b);
    if (words.some((t) => /^(?:who|which|whom|whose|that)$/.test(t.normal))) continue;
    if (p > 0 && /^(?:a|an)$/.test(words[0]!.normal)) continue;
    let start = a;
    while (start < b && isPrep(ts[start]!, ts[start + 1])) {
      // "In 1854 John Snow traced …", "Under it the industry …": only a time or a pronoun is skipped.
      let j = start + 1;
      while (j < b && (isDateWord(ts[j]!) || ts[j]!.tags.has('Determiner') || ts[j]!.tags.has('Value') || ts[j]!.tags.has('Pronoun'))) j++;
      if (j === start + 1) break;
      start = j;
    }
    if (start >= b || isPrep(ts[start]!, ts[start + 1])) continue;
    // "Germany, Sweden, Denmark, and Norway also provided": a list subject stays whole.
    // "The three largest steel plants, Magnitogorsk, Kuznets and Zaporozhye, were built": the
    // noun phrase the list explains is the subject.
    if (words.some((t) => /^(?:and|or)$/.test(t.normal))) {
      let q = p;
      while (q > 0 && parts[q - 1]![1] - parts[q - 1]![0] <= 3 && ts.slice(parts[q - 1]![0], parts[q - 1]![1]).every((t) => t.tags.has('Noun'))) q--;
      if (q > 0 && /^(?:the|a|an|\d.*)$/i.test(ts[parts[q - 1]![0]]!.normal)) return parts[q - 1]![0];
      if (q < p || /^(?:and|or)$/.test(ts[start]!.normal)) return q < p ? parts[q]![0] : undefined;
    }
    return start;
  }
  return undefined;
}
