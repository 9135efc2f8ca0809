/**
 * Numbers, quotations and source lists as newspapers and policy briefs write them: "13.2m"
 * and "£3bn", a change "from 2% in 1997 to 21% in 2019", a year that belongs to the next
 * number, a short quotation whose speaker follows it, and a one-line "Sources:" list.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../common/source/facts';
import { parseSource } from '../../../common/source/parse';
import { extractQuotes } from '../../../common/source/quotes';

const facts = (s: string) =>
  extractFacts(s).map((f) => ({ raw: f.raw, value: f.value, kind: f.kind, when: f.when }));

describe('numbers as the press writes them', () => {
  it('reads "m" and "bn" after a number as millions and billions, never a height', () => {
    expect(facts('Membership fell from 2.6m in 1980 to 1.9m in 2000.')).toEqual([
      { raw: '2.6m', value: 2_600_000, kind: 'count', when: '1980' },
      { raw: '1980', value: 1980, kind: 'year', when: undefined },
      { raw: '1.9m', value: 1_900_000, kind: 'count', when: '2000' },
      { raw: '2000', value: 2000, kind: 'year', when: undefined },
    ]);
    expect(facts('The port cost £3bn.')[0]).toMatchObject({
      raw: '£3bn',
      value: 3e9,
      kind: 'money',
    });
    expect(facts('They dug a shaft 40m deep.').map((f) => f.value)).not.toContain(40e6);
  });

  it('never reads a year and the next share as a range', () => {
    expect(
      facts('Online sales grew from 4% in 2008 to 27% in 2021.').map((f) => [f.raw, f.when]),
    ).toEqual([
      ['4%', '2008'],
      ['2008', undefined],
      ['27%', '2021'],
      ['2021', undefined],
    ]);
  });

  it('gives a number no year that belongs to a later number past a comma', () => {
    const [over] = facts('Attendance stayed above 60% for two decades, falling to 52% in 1988.');
    expect(over).toMatchObject({ raw: '60%', when: undefined });
  });
});

describe('quotations and source lists', () => {
  it('takes a short quotation with its speaker after it, and the description the reading gives', () => {
    expect(
      extractQuotes('"The tide has turned," the historian Eric Hobsbawm wrote in 1978.'),
    ).toEqual([
      {
        text: 'The tide has turned,',
        attribution: 'the historian Eric Hobsbawm',
        clean: 'The tide has turned',
      },
    ]);
    // A phrase in quotation marks with no one said to have said it is no quotation.
    expect(extractQuotes('Critics called it "a quiet landslide" at the time.')).toEqual([]);
  });

  it('makes one quotation of two halves parted by who said it and a semicolon', () => {
    expect(
      extractQuotes(
        '"The mill was never the problem," one Lancashire weaver remembered; "it was the rent that broke us."',
      ),
    ).toEqual([
      {
        text: 'The mill was never the problem; it was the rent that broke us.',
        attribution: 'one Lancashire weaver',
      },
    ]);
  });

  it('reads a one-line "Sources:" paragraph as the reading\'s references, not its argument', () => {
    const model = parseSource(
      'Turnout\n\nTurnout fell in 2001.\n\nSources: Butler and Kavanagh (2002); Ipsos (2020).\n',
      { hash: 'sha256:' + '0'.repeat(64), format: 'text' },
    );
    const sentences = model.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.sentences));
    expect(sentences.map((s) => s.text)).toEqual(['Turnout fell in 2001.']);
    expect(model.references.map((r) => r.text)).toEqual([
      'Butler and Kavanagh (2002)',
      'Ipsos (2020)',
    ]);
  });
});
