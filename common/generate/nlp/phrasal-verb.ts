/**
 * The shape of a phrasal verb both taggers read (the generator's ./tag.ts and the draft
 * review's common/check/nlp.ts), kept in one place so a bullet the generator reads as a
 * statement is never called verbless by the review: "Plans … date back to the 1940s".
 */
import type { TaggedWord } from './verb-after-name';

const PARTICLE = /^(?:back|up|out|off|down|away)$/;
const PHRASE_OPENER = /^(?:to|from|into|in|on|at|of|with)$/;

/**
 * Whether the two words after a possible verb are its particle and the preposition of that
 * particle's phrase ("back to", "up from"): the word before them is then a verb, however the
 * tagger read it, when its lexicon knows it as one.
 */
export function particleAndPhrase(
  particle: Pick<TaggedWord, 'normal'> | undefined,
  next: Pick<TaggedWord, 'normal'> | undefined,
): boolean {
  return !!particle && PARTICLE.test(particle.normal) && PHRASE_OPENER.test(next?.normal ?? '');
}
