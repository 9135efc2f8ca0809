import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDecks } from '../../../common/generate';
import { parseSource } from '../../../common/source/parse';
import { extractFacts } from '../../../common/source/facts';
import { untracedNumbers, validates } from './helpers';

const SAMPLE = readFileSync(
  join(__dirname, '../../fixtures/sources/soviet-industrialization-1930s.txt'),
  'utf8',
);
const MD = readFileSync(join(__dirname, '../../fixtures/sources/green-revolution.md'), 'utf8');

function run(text: string, format: 'text' | 'markdown') {
  const model = parseSource(text, {
    hash: 'sha256:' + 'c'.repeat(64),
    format,
    fallbackTitle: 'fuzz',
  });
  for (const single of [false, true]) {
    for (const { deck } of generateDecks(model, {
      sourceId: 'fuzz',
      sourcePath: 'sources/fuzz.txt',
      single,
    })) {
      expect(validates(deck)).toBe(true);
      expect(untracedNumbers(deck, model)).toEqual([]);
    }
  }
}

/** Pieces real readings are made of, so random documents hit the importer's odd corners. */
const piece = fc.constantFrom(
  '1. ',
  'l. ',
  'IV. ',
  '## ',
  '# ',
  '[1] (pp. 1-2)',
  '[2] (p.3)',
  '[^1]',
  '[^1]: note ',
  '(Smith 1999, p. 4)',
  '"',
  '“',
  '”',
  '(',
  ')',
  '[',
  ']',
  'U.S. ',
  'pp. ',
  '5.5 ',
  '15-20%',
  '400-500 ',
  '2/3 ',
  'seventy-eight per cent ',
  '200 million lire ',
  'August 14, 1933 ',
  'in 1932 ',
  '. ',
  '.',
  '......',
  '\n',
  '\n\n',
  ' said, "',
  'References\n',
  'The ',
  'workers ',
  'engineers ',
  'rate ',
  'In ',
  'and ',
  ', ',
);
const documents = fc
  .array(
    fc.oneof(piece, fc.string({ maxLength: 12 }), fc.stringMatching(/^[A-Za-z0-9 .,]{0,30}$/)),
    { maxLength: 120 },
  )
  .map((parts) => parts.join(''));

function mutate(text: string, cuts: Array<[number, number, string]>): string {
  let out = text;
  for (const [at, len, insert] of cuts) {
    const i = at % (out.length + 1);
    out = out.slice(0, i) + insert + out.slice(i + (len % 40));
  }
  return out;
}

describe('fuzzing the importer and generator', () => {
  it('never names "it" by a subject that brings a decade the sentence lacks (a case fast-check found)', () => {
    // "On August 14, 1933, it w1." after a sentence whose subject is "The Soviet Union in the
    // 1930s" once became "The Soviet Union in the 1930s w1", citing a sentence without 1930.
    run(
      mutate(SAMPLE, [
        [0, 2147483647, '1. '],
        [0, 1265266398, ' '],
        [856502470, 0, '1. '],
      ]),
      'text',
    );
  });

  it('random documents built from reading-like pieces always give valid decks', () => {
    fc.assert(
      fc.property(documents, fc.boolean(), (text, md) => run(text, md ? 'markdown' : 'text')),
      { numRuns: 300 },
    );
  });
  it('mutated copies of the sample and the Markdown fixture always give valid decks with traced numbers', () => {
    const edits = fc.array(
      fc.tuple(fc.nat(), fc.nat(), fc.oneof(piece, fc.string({ maxLength: 6 }))),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(edits, (cuts) => run(mutate(SAMPLE, cuts), 'text')),
      { numRuns: 50 },
    );
    fc.assert(
      fc.property(edits, (cuts) => run(mutate(MD, cuts), 'markdown')),
      { numRuns: 50 },
    );
  });
  // Found by the properties above on CI; replayed so they stay fixed whatever the seed.
  it('a comma after a participle near the end of a claim is read without running past it', () => {
    // (seed 1614691812: an aside's participle looked for a verb one word past the end.)
    run('0, said, " said, "', 'text');
  });
  it('a decimal glued to a word is no number of its own; a quotation mark parts the words it sits between', () => {
    // "ro4.6 million tonnes": the typo must not become a bar of "6 million".
    run(
      mutate(MD, [
        [368347145, 1761136659, '\n\n'],
        [2118225573, 693355928, '[2] (p.3)'],
        [0, 985510216, '1. '],
        [443904032, 1277946435, '1. '],
      ]),
      'markdown',
    );
    // '1"0 Pakistan …': a timeline label must not read "10 Pakistan".
    run(
      mutate(MD, [
        [6084, 593737233, ' '],
        [2002922759, 803196960, '1"0'],
      ]),
      'markdown',
    );
    expect(
      extractFacts('Its wheat harvest ro4.6 million tonnes in 1965.').map((f) => f.raw),
    ).toEqual(['1965']);
    // "between 1929 and 1941.0 nd …": 1941.0 is no year, so no span of years ends there.
    run(
      mutate(SAMPLE, [
        [1187, 396102646, '  '],
        [21545, 4338577, ' '],
        [73469227, 1982345993, '1. '],
        [0, 1346945043, 'engineers '],
        [122061173, 1818213331, '  '],
        [818796218, 0, '0'],
      ]),
      'text',
    );
    // "5.5 in 1932 B": no share "5 in 1932" starts inside the decimal.
    run('5.5 in 1932 B', 'text');
    run('5.5 in 1932 B', 'markdown');
  });
  it('arbitrary unicode, control characters and very long lines never crash', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => run(text, 'text')),
      { numRuns: 200 },
    );
    run('word '.repeat(30_000), 'text');
    run('1. ' + 'x'.repeat(5000) + '\n\n' + '9'.repeat(3000), 'text');
  });
});
