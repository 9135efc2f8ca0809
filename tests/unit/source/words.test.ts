/**
 * Number words are looked up by the words of a reading, so a word that names a property of
 * every JavaScript object ("constructor", "toString") must read as no number at all.
 */
import { describe, expect, it } from 'vitest';
import {
  anyNumberWordValue,
  contentWords,
  fractionWordValue,
  numberWordValue,
} from '../../../common/source/words';

describe('number words', () => {
  it('reads the number words a reading writes', () => {
    expect(numberWordValue('seventy-eight')).toBe(78);
    expect(numberWordValue('Fifteen')).toBe(15);
    expect(numberWordValue('three')).toBeUndefined();
    expect(anyNumberWordValue('three')).toBe(3);
    expect(anyNumberWordValue('zero')).toBe(0);
    expect(fractionWordValue('two-thirds')).toBeCloseTo(2 / 3);
  });

  it('reads words that name object properties as words, not numbers', () => {
    for (const word of ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__']) {
      expect(numberWordValue(word), word).toBeUndefined();
      expect(anyNumberWordValue(word), word).toBeUndefined();
      expect(fractionWordValue(`one-${word}`), word).toBeUndefined();
      expect(fractionWordValue(`${word}-third`), word).toBeUndefined();
    }
    expect(numberWordValue('twenty-constructor')).toBeUndefined();
    expect(contentWords('The constructor of the dam')).toEqual(['constructor', 'dam']);
  });
});
