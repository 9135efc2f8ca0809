/** The word index that keeps clause and title look-ups from scanning every sentence. */
import { describe, expect, it } from 'vitest';
import { SentenceWordIndex } from '../../../common/generate/nlp/word-index';

const SENTENCES = [
  'Output of steel rose in 1932.',
  'Steel mills were built with foreign help.',
  'The plan was met in four years.',
];

describe('which sentences may hold a phrase', () => {
  it('names only the sentences holding the rarest of its words, in order', () => {
    const index = new SentenceWordIndex(SENTENCES);
    expect(index.candidates('steel rose')).toEqual([0]); // "rose" is rarer than "steel"
    expect(index.candidates('were built')).toEqual([1]);
    expect(index.candidates('the plan of steel')).toEqual([]); // "the" is in none (case kept)
    expect(index.candidates('cotton')).toEqual([]);
  });

  it('compares words in the folded form it is given, and has no answer for a text without words', () => {
    const index = new SentenceWordIndex(SENTENCES, (t) => t.toLowerCase());
    expect(index.candidates('STEEL')).toEqual([0, 1]);
    expect(index.candidates('the PLAN')).toEqual([2]);
    expect(index.candidates(' — ')).toBeUndefined();
  });
});
