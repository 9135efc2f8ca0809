/**
 * A headline as a question, for a passive claim whose answer is its agent: "About 2/3 of the
 * large enterprises were built with the help of the United States" → "Who built the large
 * enterprises?", "The dam was designed by Hugh Cooper" → "Who designed the dam?". Used when the
 * claim is too long to be its own headline: the question names what the slide is about in the
 * claim's own words, and the bullets answer it, as a lecturer would title it. Only the
 * participle changes, into its simple past (compromise's morphology); nothing is added but
 * "Who" and the question mark.
 */
import { isHedge, pastOf } from './headline-rules';
import { tag } from './tag';

/** A share or count of what the slide is about: "about 2/3 of", "two-thirds of", "most of". */
const SHARE =
  /^(?:(?:about|around|nearly|almost|roughly|some|over|more than|less than|fewer than|at least)\s+)?(?:[\d.,/%]+|(?:one|two|three|four|five)[- ](?:thirds?|quarters?|fifths?|halves)|half|most|many|all|some|much|part|(?:a|one)\s+(?:third|quarter|fifth|half))\s+of\s+/i;
/** "were built with the help of …": the passive and the words that introduce its agent. */
const PASSIVE =
  /^(.{3,80}?)\s+(?:was|were|had been|has been|have been)\s+(?:(?:mostly|largely|mainly|partly|chiefly|first|originally)\s+)?([a-z]+)\s+(?:by|with the (?:help|assistance|support|technical assistance) of|with (?:help|assistance) from)\s+\S/i;

/** A time the claim opens on: "By 2009", "In September 1987,", "After 1945". */
const LEADING_TIME =
  /^(?:in|by|on|during|after|before|until|since|from)\s+(?:[A-Z][a-z]+\s+)?(?:the\s+)?\d{4}s?,?\s+/i;

export const MAX_QUESTION_WORDS = 8;

/** "Who <did> <what>?" for a passive claim with its agent, or undefined. */
export function agentQuestion(
  claim: string,
  isName: (word: string) => boolean,
): string | undefined {
  const m = PASSIVE.exec(claim.trim());
  if (!m) return undefined;
  // ("By 2009 the protocol had been ratified by …": when is no part of what was ratified.)
  let subject = m[1]!.replace(LEADING_TIME, '').replace(SHARE, '').trim();
  if (!subject || /[,;:()"“”]/.test(subject)) return undefined;
  // A subject that is itself a clause, or starts with a pronoun, makes no question.
  const ts = tag(subject);
  if (
    !ts.length ||
    ts.some((t) => t.tags.has('Verb') && !t.tags.has('Adjective') && !t.tags.has('Noun')) ||
    ts[0]!.tags.has('Pronoun') ||
    ts[0]!.tags.has('Preposition')
  )
    return undefined;
  if (isHedge(ts[0]!.normal)) return undefined;
  if (!ts[ts.length - 1]!.tags.has('Noun')) return undefined;
  const participle = m[2]!.toLowerCase();
  const past = pastOf(participle) ?? (/[a-z]ed$/.test(participle) ? participle : undefined);
  if (!past) return undefined;
  const first = subject.split(/\s+/)[0]!;
  if (!isName(first)) subject = subject.charAt(0).toLowerCase() + subject.slice(1);
  const question = `Who ${past} ${subject}?`;
  return question.split(/\s+/).length <= MAX_QUESTION_WORDS ? question : undefined;
}
