/**
 * One correction both taggers need (the generator's ./tag.ts and the draft review's
 * common/check/nlp.ts), kept in one place so a bullet the generator reads as a statement is
 * never called verbless by the review.
 */

/** What the rule reads of a word, as either tagger gives it. */
export interface TaggedWord {
  text: string;
  normal: string;
  tags: ReadonlySet<string>;
  post: string;
}

/**
 * "Harrison received about £23,000": compromise reads an -ed word after a name as an
 * adjective; before an amount, an article or a preposition it is the name's verb.
 */
export function isVerbAfterName(
  word: TaggedWord,
  before: TaggedWord | undefined,
  after: TaggedWord | undefined,
): boolean {
  return (
    word.tags.has('Adjective') &&
    !word.tags.has('Verb') &&
    /[a-z]ed$/.test(word.normal) &&
    !!before &&
    (before.tags.has('ProperNoun') || (/^\p{Lu}/u.test(before.text) && before.tags.has('Noun'))) &&
    !/[,;:]/.test(before.post) &&
    !!after &&
    (after.tags.has('Value') || after.tags.has('Determiner') || after.tags.has('Preposition'))
  );
}
