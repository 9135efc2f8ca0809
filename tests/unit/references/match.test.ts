/** Matching a deck's works to a bibliography's entries: only where one entry alone fits. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Reference } from '../../../common/deck/schema';
import {
  authorYear,
  matchReferences,
  type BibliographyEntry,
} from '../../../common/references/match';

const entries: BibliographyEntry[] = JSON.parse(
  readFileSync(join(__dirname, '../../fixtures/bibliography/course.json'), 'utf8'),
).map((csl: { id: string }) => ({ key: csl.id, csl }));
const ref = (id: string, label: string, text = ''): Reference => ({ id, label, text, missing: [] });

describe('matching works to entries', () => {
  it("by author-year label, by DOI in the text, by title in the text, and by the lecturer's map", () => {
    const result = matchReferences(
      [
        ref('a', 'Davies and Harrison 1997'),
        ref('b', '[2]', 'See the DOI 10.1000/sutton.1971 for the edition used.'),
        ref(
          'c',
          '[3]',
          'Davies, R. W. "The Soviet military-economic effort under the Second Five-Year Plan", 1997.',
        ),
        ref('d', '[1]'),
      ],
      entries,
      new Map([['1', 'sutton1971']]),
    );
    expect(result.matched.map((m) => [m.refId, m.key, m.by])).toEqual([
      ['a', 'davies1997', 'author-year'],
      ['b', 'sutton1971', 'doi'],
      ['c', 'davies1997', 'title'],
      ['d', 'sutton1971', 'map'],
    ]);
    expect(result.unmatched).toEqual([]);
  });

  it('leaves a work unmatched, with the reason, rather than guess', () => {
    const twice: BibliographyEntry[] = [
      ...entries,
      { key: 'sutton1971-vol2', csl: { ...entries[0]!.csl, title: 'Volume two' } },
    ];
    const result = matchReferences(
      [ref('a', 'Sutton 1971'), ref('b', '[1]'), ref('c', 'Frankel 1971')],
      twice,
    );
    expect(result.matched).toEqual([]);
    expect(result.unmatched.map((u) => u.why)).toEqual([
      '2 entries are by sutton in 1971 (sutton1971, sutton1971-vol2): say which',
      'the reading gives only its label: say which entry it is',
      'no entry is by frankel in 1971',
    ]);
    // "1971b" names the second of them, in the file's order.
    expect(matchReferences([ref('a', 'Sutton 1971b')], twice).matched[0]!.key).toBe(
      'sutton1971-vol2',
    );
  });

  it('reports a map that names no work or no entry', () => {
    const result = matchReferences(
      [ref('a', '[1]')],
      entries,
      new Map([
        ['1', 'nobody2000'],
        ['7', 'sutton1971'],
      ]),
    );
    expect(result.badMap).toEqual([
      '1=nobody2000: the bibliography has no entry "nobody2000"',
      '7: the deck has no work labelled "7"',
    ]);
  });

  it('reads the author-year labels readings use', () => {
    expect(authorYear('Sutton 1971')).toEqual({ family: 'sutton', year: '1971', suffix: '' });
    expect(authorYear('(Davies & Harrison, 1997a)')).toEqual({
      family: 'davies',
      year: '1997',
      suffix: 'a',
    });
    expect(authorYear('Hamlin et al. 1998')).toMatchObject({ family: 'hamlin', year: '1998' });
    expect(authorYear('[1]')).toBeUndefined();
  });
});
