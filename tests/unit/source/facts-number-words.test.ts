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

describe('ranges of shares', () => {
  it('reads "1 to 3 percent" and "between 2 and 4 percent" as ranges, "from 5 to 9 percent" as two shares', () => {
    const range = (t: string) => extractFacts(t).filter((f) => f.kind === 'range');
    expect(range('put the loss at 1 to 3 percent of teenage jobs')).toMatchObject([
      { raw: '1 to 3 percent', value: 1, high: 3, unit: 'percent' },
    ]);
    expect(range('between 2 and 4 percent of output')).toMatchObject([
      { raw: 'between 2 and 4 percent', value: 2, high: 4, unit: 'percent' },
    ]);
    // A change between two shares is no range, and a range of shares is no time.
    expect(range('the rate rose from 5 to 9 percent')).toEqual([]);
    expect(extractFacts('between 2 and 4 percent in 1950')[0]!.when).toBe('1950');
  });

  it('keeps "near" as a hedge on the number', () => {
    expect(extractFacts('It stood near 61 percent of the median wage')[0]!.hedge).toBe('near');
  });
});

describe('what a count counts', () => {
  it('reads an -ed word before a noun as part of what is counted: "2,600 confirmed planets"', () => {
    const facts = extractFacts(
      'The survey watched about 150,000 stars at night and found more than 2,600 confirmed planets.',
    );
    expect(facts.map((f) => f.counts)).toEqual(['stars', 'confirmed planets']);
  });
});
