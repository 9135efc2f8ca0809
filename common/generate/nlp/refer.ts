/**
 * Who "it", "they", "he", "she", "that of …" and "those supplied by …" are, so a bullet that
 * opens with one stands on its own: "They argued that …" after "DeLong and Eichengreen took a
 * different view" → "DeLong and Eichengreen argued that …". The name comes from the clause
 * before (the previous sentence of the paragraph, or the sentence's own first clause), as
 * the reading writes it; when number or person disagree, or the clause before has no plain
 * subject, the pronoun stays (a bullet is never given the wrong subject to look complete).
 */
import { dropNarrativeCitations } from '../../source/citations';
import { numbersIn } from '../../source/words';
import { firstFinite, isAux, isFinite, tag, type Tok } from './tag';

// A time that opens a clause is not its subject: a year ("by 1868"), a relative time ("at
// first", "by then", "initially"), or "later," with its comma ("Later historians" is a subject).
const TIME_LEAD =
  /^((?:(?:in|by|after|before|until|from|during|on)\s+(?:the\s+)?(?:(?:early|late|mid-)\s*)?(?:\p{Lu}\p{Ll}+\s+)?(?:\d{1,2},?\s+)?\d{4}s?|then|at first|at last|at the time|at that time|by then|until then|since then|initially|eventually|meanwhile|afterwards|(?:within|after)\s+(?:a|an|one|two|three|four|five|six|ten|a few|several|\d+)\s+(?:days?|weeks?|months?|years?|decades?)(?:\s+later)?),?\s+|(?:later|soon),\s+|(?:after|before|by|in|on|during|from|until|with|under)\s[^,;:]{1,60},\s+|(?:on|in|during|after|before|by)\s[^,;:]{1,50}?\s\d{4}(?:[–-]\d{2,4})?\s+(?=(?:it|they|he|she)\s))/iu;
const PRONOUN = /^(it|they|he|she)\s+(?=[a-z])/i;
/** "It was difficult to get loans", "it is clear that": an "it" that stands for what follows. */
const DUMMY_IT =
  /^it\s+(?:was|is|has been|had been|seems|seemed|became|remained|would be|will be)\s+(?:\w+\s+){1,2}(?:to|that|for)\b/i;
/** "that of 1853-54", "those supplied by the Lambeth Company": the head noun left out. */
const DEMONSTRATIVE = /^(that|those)\s+(?=of\s|[a-z]+ed\s+by\s|in\s)/i;

const isNounish = (t: Tok) =>
  t.tags.has('Noun') || t.tags.has('Pronoun') || t.tags.has('Value') || t.tags.has('Acronym');

/**
 * The subject of a clause as written: the words before its first finite verb, without a
 * leading time ("In 1854 Cyrus Field") or a comma-bounded aside ("Cyrus Field, a New York
 * paper merchant …, formed"). Undefined when it is long, a pronoun or holds no noun.
 */
export function subjectOf(text: string): string | undefined {
  const lead = TIME_LEAD.exec(text)?.[0] ?? '';
  const body = text.slice(lead.length);
  const ts = tag(body);
  const v = firstFinite(ts);
  if (v <= 0) return undefined;
  // Up to the first comma: what follows it before the verb is an aside.
  let end = v;
  for (let i = 0; i < v; i++)
    if (/[,;:]/.test(ts[i]!.post)) {
      end = i + 1;
      break;
    }
  // ("Four months before the planned date, the company announced": a time before the comma
  // leads the clause; its subject follows.)
  let from = 0;
  const chunk = ts.slice(0, end);
  if (
    end < v &&
    (chunk[0]!.tags.has('Preposition') ||
      chunk[0]!.tags.has('Value') ||
      chunk.some((t) => /^(?:before|after|ago|later|earlier)$/.test(t.normal)))
  ) {
    from = end;
    end = v;
  }
  // "Ichimada Hisato reportedly said": the adverb before the verb is not the subject's.
  while (end > from + 1 && ts[end - 1]!.tags.has('Adverb') && !/[,;:]/.test(ts[end - 1]!.post))
    end--;
  const words = ts.slice(from, end);
  if (words.some((t, k) => k < words.length - 1 && /[,;:]/.test(t.post))) return undefined;
  if (
    words.length > 8 ||
    !words.some(isNounish) ||
    (words.length === 1 && words[0]!.tags.has('Pronoun'))
  )
    return undefined;
  if (
    /^(?:both|all|this|these|such|some|many|most|one|each|there)$/i.test(words[0]!.normal) &&
    words.length === 1
  )
    return undefined;
  const a = words[0]!;
  const b = words[words.length - 1]!;
  return a.start < 0 || b.end < 0 ? undefined : body.slice(a.start, b.end).replace(/[,;:]+$/, '');
}

// (The head is before its phrase: "Turnout at British general elections" is one thing.)
const headOf = (np: string) => np.split(/\s+(?:of|in|at|for|on|from|supplied|by)\s/)[0]!;
const plural = (np: string) =>
  /\band\b/.test(headOf(np)) || (/s$/.test(headOf(np)) && !/ss$/.test(headOf(np)));
/** A name as people are named: every word capitalised, "The" not first ("John Snow", "Farr"). */
const person = (np: string) =>
  /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}$/u.test(np) &&
  !/^(?:The|A|An|This|These|Its|Their)\s/.test(np);

/**
 * The measure a quantity clause is about: "it then climbed to 9.4 million tonnes" after "A
 * recession held output to 7.8 million tonnes" is the output, not the recession; after
 * "output reached 16.6 million tonnes" it is the output. The noun phrase whose amount the
 * clause before gives: the subject of "NP reached/rose to NUMBER", or the object in "held
 * NP to NUMBER".
 */
function measureIn(before: string): string | undefined {
  const ts = tag(before);
  const nounRun = (end: number) => {
    let s = end;
    while (
      s > 0 &&
      (ts[s - 1]!.tags.has('Noun') || ts[s - 1]!.tags.has('Adjective')) &&
      !ts[s - 1]!.tags.has('Value') &&
      !ts[s - 1]!.tags.has('Pronoun') &&
      !isFinite(ts, s - 1) &&
      !/[,;:]/.test(ts[s - 1]!.post)
    )
      s--;
    return s < end && ts[s]!.start >= 0 && ts[end - 1]!.end >= 0
      ? before.slice(ts[s]!.start, ts[end - 1]!.end)
      : undefined;
  };
  for (let k = 1; k < ts.length; k++) {
    if (!(ts[k]!.tags.has('Value') || /^\p{Sc}?\d/u.test(ts[k]!.text))) continue;
    let i = k - 1;
    while (i > 0 && /^(?:about|some|nearly|almost|roughly|only)$/.test(ts[i]!.normal)) i--;
    const prep = /^(?:to|from|at)$/.test(ts[i]!.normal);
    const at = prep ? i - 1 : i;
    if (at <= 0) continue;
    // "output reached 16.6": the subject of the verb before the amount.
    if (isFinite(ts, at) && !isAux(ts[at]!)) return nounRun(at);
    if (isAux(ts[at]!)) return nounRun(at);
    // "held output to 7.8": the object between a verb and "to NUMBER".
    if (prep && ts[at]!.tags.has('Noun')) {
      const np = nounRun(at + 1);
      const s = np ? ts.findIndex((t) => t.start === before.indexOf(np)) : -1;
      if (np && s > 0 && (isFinite(ts, s - 1) || ts[s - 1]!.tags.has('Verb'))) return np;
    }
  }
  return undefined;
}

/** A noun's stem for comparison: "messages" and "message" are one word. */
const stem = (w: string) => w.toLowerCase().replace(/(?:es|s)$/, '');

/**
 * Whether `subject` cannot be what the predicate is said of because the predicate counts or
 * names the subject's own head noun: "a message carried about 17,000 messages", "the
 * company bought three companies". Such a subject is the wrong antecedent.
 */
function countsItself(subject: string, predicate: string): boolean {
  const head = subject
    .split(/\s+(?:of|in|from|by|with)\s/)[0]!
    .split(/\s+/)
    .pop();
  if (!head || !/^\p{L}{3,}$/u.test(head)) return false;
  return predicate.split(/[^\p{L}]+/u).some((w) => w.length > 2 && stem(w) === stem(head));
}

/** The numbers of a text that are amounts: "H4", "4S", "B-52" name things, and count nothing. */
const amountsIn = (text: string) =>
  numbersIn(
    text.replace(
      /(?<![\p{L}\d])(?:\p{L}+-?\d[\p{L}\d]*|\d+\p{L}[\p{L}\d]*)(?![\p{L}\d])/gu,
      // (A decade, "the 1930s", is a date the bullet's sentence must give; "H4" is a name.)
      (m) => (/^\d{3}0s$/.test(m) ? m : ''),
    ),
  );

/** Whether a clause says how much something was or became: "climbed to 9.4 million tonnes", "was 4.8 million tonnes". */
const QUANTITY =
  /^\s*(?:\w+\s+)?(?:was|were|rose|fell|climbed|grew|reached|dropped|declined|increased|decreased|doubled|stood|recovered)\b[^,;]*?\d/;

/**
 * `text` with its opening pronoun (after any leading time: "by 1951 it was …") or its
 * "that of" / "those supplied by" replaced by what it stands for in `before`; `text`
 * unchanged when that is not clear.
 */
export function resolveLead(text: string, earlier: string | readonly string[] | undefined): string {
  // Sentences before, nearest first: "They called …" after "They argued …" after "DeLong and
  // Eichengreen took …" looks back past the sentences that open with the same pronoun.
  const list = typeof earlier === 'string' ? [earlier] : (earlier ?? []);
  const same = PRONOUN.exec(text.slice(TIME_LEAD.exec(text)?.[0].length ?? 0))?.[1]?.toLowerCase();
  const found = list.find((b) => !same || PRONOUN.exec(b)?.[1]?.toLowerCase() !== same);
  if (!found) return text;
  // "Suri and Jack (2016) followed …": who did it, without when their work appeared.
  const before = dropNarrativeCitations(found);
  const lead = TIME_LEAD.exec(text)?.[0] ?? '';
  const rest = text.slice(lead.length);
  const demo = DEMONSTRATIVE.exec(rest);
  if (demo) {
    const subject = subjectOf(before);
    // "The outbreak of 1848-49" → "The outbreak"; "Households supplied by …" → "Households".
    const head = subject?.split(/\s+(?:of|in|supplied|[a-z]+ed\s+by)\s/)[0];
    if (
      !head ||
      head === subject ||
      (demo[1]!.toLowerCase() === 'those') !== plural(head) ||
      (typeof earlier !== 'string' && amountsIn(head).length)
    )
      return text;
    return `${lead}${head} ${rest.slice(demo[0].length)}`;
  }
  const m = PRONOUN.exec(rest);
  if (!m || DUMMY_IT.test(rest)) return text;
  const pronoun = m[1]!.toLowerCase();
  const subject =
    (pronoun === 'it' && QUANTITY.test(rest.slice(m[0].length - 1))
      ? measureIn(before)
      : undefined) ?? subjectOf(before);
  // A subject from another sentence brings no number with it: every number on a bullet is in
  // the sentence the bullet cites.
  if (!subject || (typeof earlier !== 'string' && amountsIn(subject).length)) return text;
  if (countsItself(subject, rest.slice(m[0].length))) return text;
  const many = plural(subject);
  if ((pronoun === 'they' && !many) || (pronoun !== 'they' && many)) return text;
  if (
    (pronoun === 'he' || pronoun === 'she') !==
    (person(subject) &&
      !/\b(?:Company|Bank|Institute|Plan|Program|Programme|Ministry|Administration|Agreement|Navy|Union|government)\b/.test(
        subject,
      ))
  ) {
    // "it" for a country or firm named without "the" is fine ("Brazil", "Japan"); "he" is not.
    if (pronoun !== 'it' || !person(subject) || subject.split(/\s+/).length > 1) return text;
  }
  // "by 1951 industrial production was …": a common noun phrase loses its capital after a
  // lead; a name ("John Snow", "Brazil") keeps it.
  const lower =
    lead && /^\p{Lu}\p{Ll}*\s+\p{Ll}/u.test(subject)
      ? subject.charAt(0).toLowerCase() + subject.slice(1)
      : subject;
  return `${lead}${lower} ${rest.slice(m[0].length)}`;
}

/** A word of a plain noun phrase: "its prewar level", "the amounts". */
const inPhrase = (t: Tok) =>
  !t.tags.has('Value') &&
  !t.tags.has('Pronoun') &&
  !t.tags.has('Verb') &&
  (t.tags.has('Noun') ||
    t.tags.has('Adjective') ||
    t.tags.has('Determiner') ||
    t.tags.has('Possessive'));

/**
 * The noun phrase after `prep` in `before` ("above its prewar level"), if one follows it
 * and its number agrees with the pronoun ("it" singular, "them" plural).
 */
function phraseAfter(before: string, prep: string, many: boolean): string | undefined {
  const ts = tag(before);
  for (let i = ts.length - 2; i >= 0; i--) {
    if (ts[i]!.normal !== prep || /[,;:]/.test(ts[i]!.post)) continue;
    // ("the Campaign for Better Government …, while the Coalition campaigned for it": a
    // preposition between capitalised words is inside a name, and what follows it is no thing
    // of its own.)
    if (i > 0 && /^\p{Lu}/u.test(ts[i - 1]!.text) && /^\p{Lu}/u.test(ts[i + 1]!.text)) continue;
    let j = i + 1;
    while (j < ts.length && inPhrase(ts[j]!)) {
      j++;
      if (/[,;:]/.test(ts[j - 1]!.post)) break;
    }
    const head = ts[j - 1]!;
    if (
      j === i + 1 ||
      !head.tags.has('Noun') ||
      head.tags.has('Plural') !== many ||
      ts[i + 1]!.start < 0 ||
      head.end < 0
    )
      continue;
    return before.slice(ts[i + 1]!.start, head.end);
  }
  return undefined;
}

/** Nouns a clause gives in the plural ("amounts", "rules"), by stem. */
const pluralNouns = (text: string) =>
  new Set(
    tag(text)
      .filter((t) => t.tags.has('Noun') && t.tags.has('Plural') && !t.tags.has('Pronoun'))
      .map((t) => stem(t.normal)),
  );

/**
 * `text` (a later clause of a sentence) with an object "it" / "them" replaced by what it
 * stands for in `before`, the clause before it, so the bullet stands on its own:
 * - in parallel: "… 10 percent above its prewar level, and by 1951 it was 35 percent above
 *   it" → "… above its prewar level": the same preposition in both clauses names the same thing;
 * - "them" when the clause before names one plural thing, as its subject: "The amounts were
 *   large, but the rules attached to them …" → "the rules attached to the amounts".
 * `text` unchanged when neither is clear.
 */
/** The end of a text that counts a part of what follows it: "40 percent", "a third", "most". */
const PART_OF =
  /(?:\d[\d.,]*\s*(?:percent|per cent|%)?|half|third|thirds|quarter|quarters|fifth|most|many|some|few|all|none|majority|minority|share|proportion)$/i;

export function resolveObject(text: string, before: string): string {
  const m = /\b(\p{L}+)\s+(it|them)\b(?=[\s,;:.]*$)|\b(\p{L}+)\s+(them)\b/iu.exec(text);
  if (!m || m.index === 0) return text;
  const prep = (m[1] ?? m[3])!.toLowerCase();
  const many = (m[2] ?? m[4])!.toLowerCase() === 'them';
  const at = m.index + m[0].length - (m[2] ?? m[4])!.length;
  const swap = (np: string) => `${text.slice(0, at)}${np}${text.slice(m.index + m[0].length)}`;
  const parallel = phraseAfter(before, prep, many);
  // "About 40 percent of all languages are endangered, and most of them …": "them" is the
  // part the amount counts, not the whole after its "of"; it stays.
  if (prep === 'of' && parallel && PART_OF.test(before.slice(0, before.indexOf(` of ${parallel}`))))
    return text;
  if (parallel && !text.toLowerCase().includes(parallel.toLowerCase())) return swap(parallel);
  if (!many) return text;
  const subject = subjectOf(before);
  const nouns = pluralNouns(before);
  if (!subject || nouns.size !== 1 || !plural(subject) || !pluralNouns(subject).size) return text;
  // ("workers rushed to spend them" after "Wages were paid daily": "wages", the subject's
  // capital was only the sentence's.)
  const first = tag(subject)[0];
  const named = !!first && (first.tags.has('ProperNoun') || first.tags.has('Acronym'));
  return swap(named ? subject : subject.charAt(0).toLowerCase() + subject.slice(1));
}
