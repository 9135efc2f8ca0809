/**
 * Facts written in words only: `extractFacts` answers a sentence with no digit and no number
 * or fraction word at once, so every number word its patterns know must still be found in a
 * sentence without digits.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../common/source/facts';

const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const TEENS = [
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];

describe('facts in words, without digits', () => {
  it('finds every number word of ten and above, alone, compound and capitalised', () => {
    const words = [...TENS, ...TEENS, ...TENS.map((t) => `${t}-seven`)];
    for (const w of words) {
      for (const written of [w, w.charAt(0).toUpperCase() + w.slice(1)]) {
        const facts = extractFacts(`The mission hired ${written} engineers from abroad.`);
        expect(
          facts.map((f) => f.raw.toLowerCase()),
          written,
        ).toContain(w);
      }
    }
  });

  it('finds percentages and fractions in words', () => {
    expect(
      extractFacts('Nearly seventy-eight per cent of the output was exported.')[0],
    ).toMatchObject({ kind: 'percent', value: 78 });
    expect(extractFacts('About two-thirds of the plants were built abroad.')[0]).toMatchObject({
      kind: 'fraction',
    });
    expect(extractFacts('Three-quarters of the loans were short.')[0]).toMatchObject({
      kind: 'fraction',
      value: 0.75,
    });
  });

  it('finds nothing in a sentence without numbers', () => {
    expect(extractFacts('The engineers arrived in the city and began work on the dam.')).toEqual(
      [],
    );
    expect(extractFacts('Seven engineers came.')).toEqual([]);
  });
});
