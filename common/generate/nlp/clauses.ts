/**
 * The grammar bullets and titles need, read off compromise's tags: whether a clause is a
 * statement (a subject before a finite verb), its subject and verb group, the noun phrase a
 * "which" refers back to, and the phrases that can go without losing the claim. Every phrase
 * returned is a run of the text's own words, so nothing is invented.
 */
import { firstFinite, isAux, isFinite, mayLackVerb, tag, type Tok } from './tag';

const isNounish = (t: Tok) =>
  t.tags.has('Noun') || t.tags.has('Pronoun') || t.tags.has('Value') || t.tags.has('Acronym');
const isPrep = (t: Tok) => t.tags.has('Preposition') || t.normal === 'to';
const breaks = (t: Tok) => /[,;:]/.test(t.post);

/**
 * Whether the word at `i` is an -ing participle that opens a clause ("claiming that …",
 * "using the …"), whatever compromise tagged it: a noun phrase ends before it.
 */
const opensParticiple = (ts: readonly Tok[], i: number): boolean =>
  /^\p{Ll}+ing$/u.test(ts[i]!.text) &&
  /^(?:that|the|a|an|its|their|his|her|how|what|whether)$/.test(ts[i + 1]?.normal ?? '');

/** Words of the text from `from` to `to` (exclusive), exactly as written. */
export function span(text: string, ts: readonly Tok[], from: number, to: number): string {
  if (from >= to) return '';
  const a = ts[from]!;
  const b = ts[to - 1]!;
  if (a.start < 0 || b.end < 0)
    return ts
      .slice(from, to)
      .map((t) => t.text)
      .join(' ');
  return text.slice(a.start, b.end);
}

/**
 * Whether a clause is a statement: a finite verb with a noun or pronoun before it (its
 * subject), so "Increased in 1937 to 350 million lire" and "Took 16 hours" are not.
 * Settled from compromise's lexicon when an auxiliary follows another word; tagged otherwise.
 */
/** "to build …", "to withhold funds …"; not "to the surprise of …" nor "to 40 percent". */
const INFINITIVE =
  /^to\s+(?!(?:the|a|an|this|that|these|those|its|their|his|her|our|my|your|some|any|all|each|every|more|less|about|over|under)\b)\p{Ll}/u;

export function isStatement(text: string): boolean {
  const body = text.replace(/^[^:]{1,40}:\s+(?=\S)/, '');
  // "to build a network linking the universities it funded": an infinitive completes its lead;
  // the verb of a clause inside it makes it no statement.
  if (INFINITIVE.test(body)) return false;
  if (!mayLackVerb(body) && !/^(?:was|were|is|are|had|has|have|been)\b/i.test(body)) return true;
  const ts = tag(body);
  for (let i = 1; i < ts.length; i++) {
    if (isFinite(ts, i) && ts.slice(0, i).some(isNounish)) return true;
  }
  return false;
}

/** The verb group of the finite verb at `v`: its auxiliaries and main verb ("were built", "had told"). */
function verbGroupAt(ts: readonly Tok[], v: number): [number, number] {
  let end = v + 1;
  // "was also built", "had been lowered": auxiliaries and adverbs up to the main verb.
  // Through auxiliaries and the adverbs between them: "was also built", "had been lowered".
  const inGroup = (t: Tok) => isAux(t) || t.tags.has('Adverb');
  while (
    end < ts.length &&
    inGroup(ts[end - 1]!) &&
    !breaks(ts[end - 1]!) &&
    (ts[end]!.tags.has('Verb') || inGroup(ts[end]!))
  )
    end++;
  while (end > v + 1 && ts[end - 1]!.tags.has('Adverb')) end--;
  return [v, end];
}

/** The last verb group of a clause as written ("were built"), without adverbs; undefined if none. */
export function lastVerbGroup(text: string): string | undefined {
  const ts = tag(text);
  for (let i = ts.length - 1; i >= 0; i--) {
    if (!isFinite(ts, i) || (i > 0 && isAux(ts[i - 1]!))) continue;
    const [a, b] = verbGroupAt(ts, i);
    return ts
      .slice(a, b)
      .filter((t) => !t.tags.has('Adverb'))
      .map((t) => t.text)
      .join(' ');
  }
  return undefined;
}

/**
 * The subject and verb group of a clause's first statement: "The Kharkov Tractor Plant was
 * also built with foreign aid" → ["The Kharkov Tractor Plant", "was built"]. A leading time
 * ("In 1932,") is not the subject. Undefined when the clause has none or it is long.
 */
export function subjectAndVerb(text: string): [string, string] | undefined {
  const ts = tag(text);
  const v = firstFinite(ts);
  if (v <= 0) return undefined;
  let start = 0;
  for (let i = 0; i < v; i++) if (breaks(ts[i]!)) start = i + 1;
  while (
    start < v &&
    (isPrep(ts[start]!) ||
      ts[start]!.tags.has('Date') ||
      ts[start]!.tags.has('Month') ||
      /^\d{4}$/.test(ts[start]!.text))
  )
    start++;
  if (start >= v || v - start > 7 || !ts.slice(start, v).some(isNounish)) return undefined;
  const [a, b] = verbGroupAt(ts, v);
  const verb = ts
    .slice(a, b)
    .filter((t) => !t.tags.has('Adverb'))
    .map((t) => t.text)
    .join(' ');
  return [span(text, ts, start, v), verb];
}

/**
 * The noun phrase a trailing ", which …" refers back to: the last noun phrase of `text`
 * with its "of" complement ("a message of 98 words"), stepping back over a place after a
 * preposition ("… to the Soviet Union") and over a phrase whose number disagrees with the
 * relative's verb ("loans … , which was"). Undefined when none fits.
 */
export function antecedent(text: string, verb: string): string | undefined {
  const ts = tag(text);
  const singular = /^(?:was|is|has)$/i.test(verb);
  const plural = /^(?:were|are|have)$/i.test(verb);
  let end = ts.length;
  for (let tries = 0; tries < 4 && end > 0; tries++) {
    let start = end;
    // One noun phrase: back to its determiner, never on into the one before it ("sent
    // President James Buchanan a message" → "a message").
    while (start > 0 && !breaks(ts[start - 1]!) && isNPWord(ts[start - 1]!)) {
      start--;
      if (ts[start]!.tags.has('Determiner')) break;
    }
    if (start === end) return undefined;
    const head = ts[end - 1]!;
    const before = ts[start - 1];
    // A name after a preposition is where or to whom ("… to the Soviet Union, which"), not what.
    const place =
      head.tags.has('Place') ||
      head.tags.has('Country') ||
      head.tags.has('ProperNoun') ||
      head.tags.has('Date') ||
      /^\d{4}$/.test(head.text);
    // "a message of 98 words": take the "of" complement with its head.
    let from = start;
    if (before?.normal === 'of' && start >= 2) {
      let s = start - 1;
      while (s > 0 && !breaks(ts[s - 1]!) && isNPWord(ts[s - 1]!)) {
        s--;
        if (ts[s]!.tags.has('Determiner')) break;
      }
      if (s < start - 1) from = s;
    }
    const mainHead = from < start ? ts[start - 2]! : head;
    // An amount ("200 million lire") takes a singular verb whatever its noun.
    const amount = (a: number, b: number) => ts.slice(a, b).some((t) => t.tags.has('Value'));
    const agrees = (h: Tok, isAmount: boolean) =>
      singular
        ? !h.tags.has('Plural') || isAmount
        : plural
          ? !h.tags.has('Singular') || isAmount
          : true;
    if (!(place && before && isPrep(before))) {
      if (agrees(mainHead, from < start ? amount(from, start - 1) : amount(start, end)))
        return span(text, ts, from, end);
      if (from < start && agrees(head, amount(start, end))) return span(text, ts, start, end);
    }
    end = before && isPrep(before) ? start - 1 : start;
    if (end === start) return undefined;
  }
  return undefined;
}

function isNPWord(t: Tok): boolean {
  if (isAux(t) || (t.tags.has('Verb') && !t.tags.has('Participle') && !t.tags.has('Adjective')))
    return false;
  return (
    t.tags.has('Noun') ||
    t.tags.has('Adjective') ||
    t.tags.has('Value') ||
    t.tags.has('Determiner') ||
    t.tags.has('Possessive') ||
    t.tags.has('Acronym')
  );
}

/**
 * The noun phrase a clause opens with when it has no verb of its own ("the remaining 1/3 with
 * the help of …" → "the remaining 1/3"; "West Germany $1,448 million" → "West Germany"):
 * where the verb of a gapped conjunct belongs. Undefined unless something follows it.
 */
export function gapAt(text: string): number | undefined {
  const ts = tag(text);
  let i = 0;
  // ("the number of Māori members | from 6 to 15", "his report of 1868 accepted …": an "of"
  // between nouns is inside the noun phrase, and a year after it is that phrase's.)
  const ofInside = (k: number) =>
    k > 0 && ts[k]!.normal === 'of' && isNPWord(ts[k - 1]!) && !!ts[k + 1] && isNPWord(ts[k + 1]!);
  while (
    i < ts.length &&
    (isNPWord(ts[i]!) || ofInside(i)) &&
    !(
      i > 0 &&
      ts[i]!.tags.has('Value') &&
      !ts[i - 1]!.tags.has('Determiner') &&
      !ts[i - 1]!.tags.has('Adjective') &&
      !/^(?:the|a|an|about|some|nearly|only|of)$/.test(ts[i - 1]!.normal)
    )
  ) {
    if (breaks(ts[i]!)) return undefined;
    i++;
  }
  if (i === 0 || i >= ts.length) return undefined;
  const next = ts[i]!;
  if (!(
    isPrep(next) ||
    next.tags.has('Value') ||
    /^(?:about|some|nearly|almost|roughly|only|over|under)$/.test(next.normal)
  ))
    return undefined;
  return next.start >= 0 ? next.start : undefined;
}

/** Nouns whose "of …" names what a number counts: "the share of Black students in the South". */
/** Money measured by what it goes on: "spending on the NHS". */
const SPENT_ON =
  /^(?:spending|expenditure|investment|funding|outlays?|payments?|payouts?|costs?|budget|claims)$/;

const MEASURE_NOUN =
  /^(?:share|proportion|percentage|fraction|portion|number|rate|majority|minority|count)$/;

/**
 * Whether the phrase opening at `i` qualifies what a measure counts ("the share of Black
 * students | in the South attending majority-white schools"): without it the number is of
 * another, larger whole, so it is never dropped to save words.
 */
function qualifiesMeasure(ts: readonly Tok[], i: number): boolean {
  // ("death rates | among tenants reached 55 percent": whom a rate is of is what it measures.)
  if (
    /^(?:among|of|in|for|across)$/.test(ts[i]!.normal) &&
    /^(?:rates?|shares?|proportions?|percentages?)$/.test(ts[i - 1]?.normal ?? '')
  )
    return true;
  // ("payments | for clinical negligence reached £2.7bn": what money is paid for is what it counts.)
  if (/^(?:on|for)$/.test(ts[i]!.normal) && SPENT_ON.test(ts[i - 1]?.normal ?? '')) return true;
  for (let k = i - 1; k > 0 && i - k <= 5; k--) {
    const t = ts[k]!;
    if (/[,;:]/.test(t.post)) return false;
    if (t.normal === 'of') return MEASURE_NOUN.test(ts[k - 1]!.normal);
    // ("Spending on the NHS | in England", "payments for clinical negligence | reached": so
    // is what money is spent on or paid for.)
    if (t.normal === 'on' || t.normal === 'for') return SPENT_ON.test(ts[k - 1]!.normal);
    // ("the share of married women": a past form right after "of" or an article describes.)
    const describes =
      t.tags.has('PastTense') &&
      /ed$/.test(t.normal) &&
      (ts[k - 1]!.normal === 'of' || ts[k - 1]!.tags.has('Determiner'));
    if (!isNPWord(t) && !describes) return false;
  }
  return false;
}

/** Whether a negation comes before word `i` in its clause (no comma, semicolon or colon between). */
function negatedBefore(ts: readonly Tok[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    if (/^(?:not|never|n't|no)$/.test(ts[k]!.normal) || /n't$/.test(ts[k]!.normal)) return true;
    if (/[,;:]/.test(ts[k]!.post)) return false;
  }
  return false;
}

/**
 * Phrases a long clause can lose and still make its claim: prepositional phrases that hold no
 * number and no name, that do not follow the verb directly (its complement) and that are
 * not the clause's last words after a verb. Returned as [start, end) offsets, longest first.
 */
export function droppablePhrases(
  text: string,
  keep: (phrase: string) => boolean,
): Array<[number, number]> {
  const ts = tag(text);
  const out: Array<[number, number]> = [];
  for (let i = 1; i < ts.length; i++) {
    const t = ts[i]!;
    // "than …" completes a comparison: without it "raised investment by less" says nothing.
    if (!isPrep(t) || t.normal === 'of' || t.normal === 'than') continue;
    const prev = ts[i - 1]!;
    // Not a verb's complement ("stayed on as general adviser", "were in execution").
    if (
      isFinite(ts, i - 1) ||
      isAux(prev) ||
      prev.tags.has('Verb') ||
      prev.tags.has('Adverb') ||
      isPrep(prev) ||
      // "before and after the increase": without its phrase the "and" would dangle.
      /^(?:and|or|nor|but)$/.test(prev.normal) ||
      // "34 percent | in the United States": what an amount is of or where is part of it.
      // ("$13.3 billion | under the European Recovery Program" says how, and may go.)
      (prev.tags.has('Value') &&
        !prev.tags.has('Date') &&
        !/^\d{4}s?$/.test(prev.text) &&
        /^(?:of|in|at|per|for|from|to|on|with|across|among)$/.test(t.normal)) ||
      // ("30 per cent | by plants and soils": so is one after a share written in two words.)
      /^(?:percent|cent|%)$/.test(prev.normal) ||
      // ("did not occur | at the same time everywhere": what a negation denies may be the
      // phrase; without it the clause may deny something else.)
      negatedBefore(ts, i) ||
      // ("… were resistant | in some countries": a scope that says where a claim holds only in
      // part; without it the claim is of everywhere.)
      (/^(?:in|among|across|for|at)$/.test(t.normal) &&
        /^(?:some|many|most|certain|several|few|parts?)$/.test(ts[i + 1]?.normal ?? '')) ||
      (/^(?:in|among|across|for|at)$/.test(t.normal) &&
        ts[i + 1]?.normal === 'a' &&
        ts[i + 2]?.normal === 'few') ||
      // ("more than 5 °C | below the winters of …": a difference says what it is measured from.)
      (/^(?:below|above|behind|beyond)$/.test(t.normal) &&
        ts.slice(Math.max(0, i - 3), i).some((x) => x.tags.has('Value'))) ||
      // "the costs that fall | on local builders": a relative clause's one verb keeps its phrase,
      // whatever the tagger made of the verb.
      /^(?:that|who|which)$/.test(ts[i - 2]?.normal ?? '') ||
      // "fell hardest on the poorest users", "grew faster than …": a degree says where or whom.
      prev.tags.has('Superlative') ||
      prev.tags.has('Comparative') ||
      qualifiesMeasure(ts, i)
    )
      continue;
    let j = i + 1;
    // (A pronoun after the phrase's noun opens a clause of its own: "the deficit it expected".)
    while (
      j < ts.length &&
      !ts[j]!.tags.has('Pronoun') &&
      !opensParticiple(ts, j) &&
      (isNPWord(ts[j]!) ||
        ts[j]!.normal === 'of' ||
        (ts[j]!.normal === 'and' && j + 1 < ts.length && isNPWord(ts[j + 1]!))) &&
      !breaks(ts[j - 1]!)
    )
      j++;
    if (j === i + 1) continue;
    // The phrase must end where a phrase ends (before a preposition, conjunction, verb or the
    // end), never inside a noun phrase or a list ("toward balanced budgets, freer trade and …").
    const after = ts[j];
    if (breaks(ts[j - 1]!) || /[,;:]/.test(prev.post)) continue;
    // ("between men's and women's | pay": a possessive is never a phrase's last word.)
    if (after && /['’]s?$/.test(ts[j - 1]!.text)) continue;
    // Before another preposition the phrase may carry what follows ("with loans from London
    // of 10 million pounds"): only a phrase that ends a clause or precedes its main verb goes
    // (not "share from the dollar deficit it expected": a later "verb" is a noun misread).
    // (Nor one before an -ing participle that opens a clause of the noun before the phrase:
    // "published nine experiments in the Journal of … claiming that …".)
    if (
      after &&
      (!isFinite(ts, j) || firstFinite(ts) !== j) &&
      !(opensParticiple(ts, j) && firstFinite(ts) < i)
    )
      continue;
    // "… in 1773 after King George III intervened": a word that opens clauses, before a noun
    // and its verb, opens a clause; cutting it as a phrase would leave the verb behind.
    if (after && isFinite(ts, j) && /^(?:after|before|since|until|as|once)$/.test(t.normal))
      continue;
    // "the dollar deficit": a bare present form after a singular noun does not agree with it,
    // so it is a noun compromise's lexicon misread, and the phrase runs on through it.
    if (
      after &&
      after.tags.has('PresentTense') &&
      !/s$/.test(after.normal) &&
      ts[j - 1]!.tags.has('Singular')
    )
      continue;
    // "Access to M-Pesa lifted …", "Demand for coal rose …": after a bare noun that opens the
    // clause, "to" or "for" names what the noun is of, and without it the subject says nothing.
    // (A place after it, "Output in Japan rose", only narrows it, and may go.)
    if (after && i === 1 && prev.tags.has('Noun') && /^(?:to|for)$/.test(t.normal)) continue;
    const phrase = span(text, ts, i, j);
    if (keep(phrase) || t.start < 0 || ts[j - 1]!.end < 0) continue;
    // Not the only words after the verb: "was in execution", "were in Magnitogorsk".
    const v = firstFinite(ts);
    if (
      v >= 0 &&
      v < i &&
      j === ts.length &&
      ts.slice(v + 1, i).every((x) => isAux(x) || x.tags.has('Verb') || x.tags.has('Adverb'))
    )
      continue;
    out.push([t.start, ts[j - 1]!.end]);
  }
  return out.sort((a, b) => b[1] - b[0] - (a[1] - a[0]));
}
