/**
 * Who "it", "they", "he", "she", "that of …" and "those supplied by …" are, so a bullet that
 * opens with one stands on its own: "They argued that …" after "DeLong and Eichengreen took a
 * different view" → "DeLong and Eichengreen argued that …". The name comes from the clause
 * before (the previous sentence of the paragraph, or the sentence's own first clause), as
 * the reading writes it; when number or person disagree, or the clause before has no plain
 * subject, the pronoun stays (a bullet is never given the wrong subject to look complete).
 */
import { numbersIn } from '../../source/words';
import { firstFinite, isAux, isFinite, tag, type Tok } from './tag';

const TIME_LEAD = /^((?:(?:in|by|after|before|until|from|during|on)\s+(?:the\s+)?(?:(?:early|late|mid-)\s*)?(?:\p{Lu}\p{Ll}+\s+)?(?:\d{1,2},?\s+)?\d{4}s?|then),?\s+|(?:after|before|by|in|on|during|from|until|with|under)\s[^,;:]{1,60},\s+)/iu;
const PRONOUN = /^(it|they|he|she)\s+(?=[a-z])/i;
/** "It was difficult to get loans", "it is clear that": an "it" that stands for what follows. */
const DUMMY_IT = /^it\s+(?:was|is|has been|had been|seems|seemed|became|remained|would be|will be)\s+(?:\w+\s+){1,2}(?:to|that|for)\b/i;
/** "that of 1853-54", "those supplied by the Lambeth Company": the head noun left out. */
const DEMONSTRATIVE = /^(that|those)\s+(?=of\s|[a-z]+ed\s+by\s|in\s)/i;

const isNounish = (t: Tok) => t.tags.has('Noun') || t.tags.has('Pronoun') || t.tags.has('Value') || t.tags.has('Acronym');

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
  for (let i = 0; i < v; i++) if (/[,;:]/.test(ts[i]!.post)) { end = i + 1; break; }
  // "Ichimada Hisato reportedly said": the adverb before the verb is not the subject's.
  while (end > 1 && ts[end - 1]!.tags.has('Adverb') && !/[,;:]/.test(ts[end - 1]!.post)) end--;
  const words = ts.slice(0, end);
  if (words.length > 8 || !words.some(isNounish) || (words.length === 1 && words[0]!.tags.has('Pronoun'))) return undefined;
  if (/^(?:both|all|this|these|such|some|many|most|one|each|there)$/i.test(words[0]!.normal) && words.length === 1) return undefined;
  const a = words[0]!;
  const b = words[words.length - 1]!;
  return a.start < 0 || b.end < 0 ? undefined : body.slice(a.start, b.end).replace(/[,;:]+$/, '');
}

const plural = (np: string) => /\band\b/.test(np) || (/s$/.test(np.split(/\s+(?:of|in|from|supplied|by)\s/)[0]!) && !/ss$/.test(np.split(/\s+(?:of|in|from)\s/)[0]!));
/** A name as people are named: every word capitalised, "The" not first ("John Snow", "Farr"). */
const person = (np: string) => /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}$/u.test(np) && !/^(?:The|A|An|This|These|Its|Their)\s/.test(np);

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
    while (s > 0 && (ts[s - 1]!.tags.has('Noun') || ts[s - 1]!.tags.has('Adjective')) && !ts[s - 1]!.tags.has('Value') && !ts[s - 1]!.tags.has('Pronoun') && !isFinite(ts, s - 1) && !/[,;:]/.test(ts[s - 1]!.post)) s--;
    return s < end && ts[s]!.start >= 0 && ts[end - 1]!.end >= 0 ? before.slice(ts[s]!.start, ts[end - 1]!.end) : undefined;
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

/** Whether a clause says how much something was or became: "climbed to 9.4 million tonnes", "was 4.8 million tonnes". */
const QUANTITY = /^\s*(?:\w+\s+)?(?:was|were|rose|fell|climbed|grew|reached|dropped|declined|increased|decreased|doubled|stood|recovered)\b[^,;]*?\d/;

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
  const before = list.find((b) => !same || PRONOUN.exec(b)?.[1]?.toLowerCase() !== same);
  if (!before) return text;
  const lead = TIME_LEAD.exec(text)?.[0] ?? '';
  const rest = text.slice(lead.length);
  const demo = DEMONSTRATIVE.exec(rest);
  if (demo) {
    const subject = subjectOf(before);
    // "The outbreak of 1848-49" → "The outbreak"; "Households supplied by …" → "Households".
    const head = subject?.split(/\s+(?:of|in|supplied|[a-z]+ed\s+by)\s/)[0];
    if (!head || head === subject || (demo[1]!.toLowerCase() === 'those') !== plural(head) || (typeof earlier !== 'string' && numbersIn(head).length)) return text;
    return `${lead}${head} ${rest.slice(demo[0].length)}`;
  }
  const m = PRONOUN.exec(rest);
  if (!m || DUMMY_IT.test(rest)) return text;
  const pronoun = m[1]!.toLowerCase();
  const subject = (pronoun === 'it' && QUANTITY.test(rest.slice(m[0].length - 1)) ? measureIn(before) : undefined) ?? subjectOf(before);
  // A subject from another sentence brings no number with it: every number on a bullet is in
  // the sentence the bullet cites.
  if (!subject || (typeof earlier !== 'string' && numbersIn(subject).length)) return text;
  const many = plural(subject);
  if ((pronoun === 'they' && !many) || (pronoun !== 'they' && many)) return text;
  if ((pronoun === 'he' || pronoun === 'she') !== (person(subject) && !/\b(?:Company|Bank|Institute|Plan|Program|Programme|Ministry|Administration|Agreement|Navy|Union|government)\b/.test(subject))) {
    // "it" for a country or firm named without "the" is fine ("Brazil", "Japan"); "he" is not.
    if (pronoun !== 'it' || !person(subject) || subject.split(/\s+/).length > 1) return text;
  }
  // "by 1951 industrial production was …": a common noun phrase loses its capital after a
  // lead; a name ("John Snow", "Brazil") keeps it.
  const lower = lead && /^\p{Lu}\p{Ll}*\s+\p{Ll}/u.test(subject) ? subject.charAt(0).toLowerCase() + subject.slice(1) : subject;
  return `${lead}${lower} ${rest.slice(m[0].length)}`;
}
