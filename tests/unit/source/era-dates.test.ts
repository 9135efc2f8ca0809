/**
 * Years of an era and times before the present ("8400 BCE", "AD 79", "12,000 years ago",
 * "12,500 cal BP") are times, never amounts: read as counts they made "9600 tonnes" of
 * "between about 9600 and 8200 BCE" and "8400 BCE" a count of something called "BCE".
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../common/source/facts';

const facts = (t: string) => extractFacts(t).map((f) => [f.kind, f.raw, f.counts]);

describe('years of an era', () => {
  it('reads a year before or after the common era as a date, never a count', () => {
    expect(
      facts('It reached Cyprus by about 8400 BCE, Greece by 6700 BC and Rome by AD 79.'),
    ).toEqual([
      ['date', '8400 BCE', undefined],
      ['date', '6700 BC', undefined],
      ['date', 'AD 79', undefined],
    ]);
    expect(facts('Built in 9600–8200 BCE, the circles still stood in 1 C.E. and AD 1200.')).toEqual(
      [
        ['date', '9600–8200 BCE', undefined],
        ['date', '1 C.E.', undefined],
        ['date', 'AD 1200', undefined],
      ],
    );
  });

  it('keeps a span of era years whole, so its first year counts nothing', () => {
    const found = extractFacts(
      'Pillars weighing up to 10 tonnes were built between about 9600 and 8200 BCE.',
    );
    expect(found.map((f) => [f.kind, f.raw, f.counts])).toEqual([
      ['count', '10', 'tonnes'],
      ['date', 'between about 9600 and 8200 BCE', undefined],
    ]);
  });

  it('reads a time before the present as a date', () => {
    expect(facts('Around 12,000 years ago some communities began to farm.')).toEqual([
      ['date', '12,000 years ago', undefined],
    ]);
    expect(facts('The hearth dates to 12,500 cal BP.')).toEqual([
      ['date', '12,500 cal BP', undefined],
    ]);
  });

  it('leaves names written like eras alone: BC Hydro, BP the company', () => {
    expect(facts('In 2003 BC Hydro paid 3 million dollars.')).toEqual([
      ['year', '2003', undefined],
      ['money', '3 million dollars', undefined],
    ]);
    expect(facts("In 2010 BP's rig spilled 4 million barrels.").map((f) => f[0])).toEqual([
      'year',
      'count',
    ]);
  });
});

describe('years of accounts and decades of this century', () => {
  it('reads "2019/20" as one year across two, and "the 2070s" as a decade', () => {
    const found = extractFacts('Spending reached £129.7bn in 2019/20 and may double by the 2070s.');
    expect(found.map((f) => [f.kind, f.raw, f.unit, f.when])).toEqual([
      ['money', '£129.7bn', 'billion', '2019/20'],
      ['range', '2019/20', 'year', undefined],
      ['year', '2070s', 'decade', undefined],
    ]);
  });
});
