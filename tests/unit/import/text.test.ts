import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../common/source/sentences';
import {
  blankNarrativeCitations,
  extractCitations,
  surnameKeys,
} from '../../../common/source/citations';
import { describeWork, parseReferenceEntries } from '../../../common/source/references';
import { extractFacts } from '../../../common/source/facts';
import { extractQuotes } from '../../../common/source/quotes';
import { findRunOnRepeat, repeats } from '../../../common/source/similarity';

const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('sentence splitting', () => {
  it('keeps abbreviations, decimals, ranges and page markers inside the sentence', () => {
    expect(
      split(
        'Plants were built with U.S. assistance. The rate fell to 5.5 percent in 1936. It was 15-20% before (pp. 1-2). See e.g. the list.',
      ),
    ).toEqual([
      'Plants were built with U.S. assistance.',
      'The rate fell to 5.5 percent in 1936.',
      'It was 15-20% before (pp. 1-2).',
      'See e.g. the list.',
    ]);
  });
  it('splits at a full stop with no space after it ("USSR.On") and reports where', () => {
    const seen: number[] = [];
    const t = 'industrialization of the USSR.On August 14, 1933, it was written.';
    expect(splitSentences(t, (at) => seen.push(at)).map((s) => t.slice(s.start, s.end))).toEqual([
      'industrialization of the USSR.',
      'On August 14, 1933, it was written.',
    ]);
    expect(seen).toEqual([t.indexOf('On')]);
  });
  it('does not split inside quotations, and keeps citations after the full stop with their sentence', () => {
    const t =
      'He wrote that "the plan worked. It worked well. ......" [1] (pp. 1-2) In October 1929 more came. Then [2] (p.3) ended.';
    expect(split(t)).toEqual([
      'He wrote that "the plan worked. It worked well. ......" [1] (pp. 1-2)',
      'In October 1929 more came.',
      'Then [2] (p.3) ended.',
    ]);
  });
  it('splits before a sentence that starts in lower case (real-world text does this)', () => {
    expect(
      split(
        'About 84 were with German companies. between 1929 and 1945, about 200 were in execution.',
      ),
    ).toHaveLength(2);
  });
  it('recovers from an unbalanced quote instead of swallowing the paragraph', () => {
    const t = 'He said "this never closes. ' + 'Another sentence follows here. '.repeat(80);
    expect(split(t).length).toBeGreaterThan(50);
  });
});

describe('citations', () => {
  it('reads numeric citations with pages in every spacing', () => {
    expect(extractCitations('Results. [1] (pp. 1-2)').citations).toEqual([
      { key: '1', pages: 'pp. 1-2' },
    ]);
    expect(extractCitations('assistance [2] (p. 207).').citations).toEqual([
      { key: '2', pages: 'p. 207' },
    ]);
    expect(extractCitations('in execution [1] (p.16).')).toEqual({
      text: 'in execution.',
      citations: [{ key: '1', pages: 'p. 16' }],
    });
    expect(extractCitations('see [1, p. 3] and [4-6].').citations.map((c) => c.key)).toEqual([
      '1',
      '4',
      '5',
      '6',
    ]);
  });
  it('reads footnote markers and author-year citations, parenthetical and narrative', () => {
    expect(extractCitations('Seed arrived.[^3]')).toEqual({
      text: 'Seed arrived.',
      citations: [{ key: '^3' }],
    });
    expect(extractCitations('Trade grew (Frankel 1971, p. 12).')).toEqual({
      text: 'Trade grew.',
      citations: [{ key: 'Frankel 1971', pages: 'p. 12' }],
    });
    expect(
      extractCitations('It fell (Frankel and Holt 1971; Davies et al. 1989, pp. 3-4).').citations,
    ).toEqual([
      // (The authors as cited, when more than one: a work no list describes is labelled so.)
      { key: 'Frankel 1971', authors: 'Frankel and Holt' },
      { key: 'Davies 1989', pages: 'pp. 3-4', authors: 'Davies et al.' },
    ]);
    const narrative = extractCitations('Frankel (1971, p. 12) argues otherwise.');
    expect(narrative.citations).toEqual([{ key: 'Frankel 1971', pages: 'p. 12' }]);
    expect(narrative.text).toBe('Frankel (1971, p. 12) argues otherwise.');
  });
  it('reads surnames that open on a particle or an accented capital, in the text and the reference list', () => {
    expect(extractCitations('Most depended on the potato (Ó Gráda 1999).')).toEqual({
      text: 'Most depended on the potato.',
      citations: [{ key: 'Ó Gráda 1999' }],
    });
    expect(extractCitations('As Mac Suibhne (2017) shows, rents rose.').citations).toEqual([
      { key: 'Mac Suibhne 2017' },
    ]);
    expect(extractCitations('Prices fell (Le Goff 1964, p. 12).').citations).toEqual([
      { key: 'Le Goff 1964', pages: 'p. 12' },
    ]);
    const [entry] = parseReferenceEntries(
      "Ó Gráda, C. (1999). *Black '47 and Beyond*. Princeton University Press.",
    );
    expect(entry?.key).toBe('Ó Gráda 1999');
    expect(describeWork(entry!.text)).toMatchObject({
      author: 'Ó Gráda, C.',
      year: '1999',
      title: "Black '47 and Beyond",
    });
  });
  it('reads Harvard citations that give the page after a colon', () => {
    expect(extractCitations('Some began to farm (Bar-Yosef 1998: 159).')).toEqual({
      text: 'Some began to farm.',
      citations: [{ key: 'Bar-Yosef 1998', pages: 'p. 159' }],
    });
    expect(
      extractCitations('It spread (Ammerman and Cavalli-Sforza 1984: 61-63).').citations,
    ).toEqual([
      { key: 'Ammerman 1984', pages: 'pp. 61-63', authors: 'Ammerman and Cavalli-Sforza' },
    ]);
    const narrative = extractCitations('Schmidt (2000: 45) called it a temple.');
    expect(narrative.citations).toEqual([{ key: 'Schmidt 2000', pages: 'p. 45' }]);
    // Its year is when the work appeared: no event of the reading.
    expect(blankNarrativeCitations('Schmidt (2000: 45) called it a temple.')).not.toMatch(/2000/);
  });
  it('reads MLA citations of author and page for the authors the works cited list holds', () => {
    const listed = surnameKeys(['Woolf 1929', 'Showalter 1977', 'Kim 2001', 'Kim 2004']);
    expect(extractCitations('She needs a room (Woolf 4).', listed)).toEqual({
      text: 'She needs a room.',
      citations: [{ key: 'Woolf 1929', pages: 'p. 4' }],
    });
    expect(extractCitations('A flight from anger (Showalter 264-65).', listed).citations).toEqual([
      { key: 'Showalter 1977', pages: 'pp. 264-65' },
    ]);
    // No author of the list, or one with two works: the parenthesis stays as written.
    for (const t of ['See the map (Chapter 4).', 'Growth slowed (Kim 12).'])
      expect(extractCitations(t, listed)).toEqual({ text: t, citations: [] });
    expect(extractCitations('She needs a room (Woolf 4).').citations).toEqual([]);
  });
  it('reads a note that names its author first, never "Surname, Given" from a title', () => {
    expect(
      describeWork(
        'Donald Worster, Dust Bowl: The Southern Plains in the 1930s (New York: Oxford University Press, 1979), 90.',
      ),
    ).toMatchObject({
      author: 'Donald Worster',
      year: '1979',
      title: 'Dust Bowl: The Southern Plains in the 1930s',
    });
    // A list entry whose initials follow the surname is still read as one.
    expect(describeWork('Lloyd George, D. (1933). War Memoirs. London.')).toMatchObject({
      author: 'Lloyd George, D.',
      title: 'War Memoirs',
    });
  });
  it('names the speaker of a quotation when an aside says who the speaker was', () => {
    expect(
      extractQuotes(
        'Aneurin Bevan, the minister who founded it, later remarked that "the NHS will last as long as there are folk left with the faith to fight for it".',
      )[0]?.attribution,
    ).toBe('Aneurin Bevan');
  });
  it('leaves a law report citation in the text, never note 1932', () => {
    for (const t of [
      'The House of Lords decided Donoghue v Stevenson [1932] AC 562 by three votes to two.',
      'In R (Miller) v Prime Minister [2019] UKSC 41 the court held the prorogation unlawful.',
      'See R v Brown [1994] 1 AC 212.',
    ])
      expect(extractCitations(t)).toEqual({ text: t, citations: [] });
    expect(extractCitations('Trade grew [12] and [3].').citations.map((c) => c.key)).toEqual([
      '12',
      '3',
    ]);
  });
  it('reads a Harvard list entry with no stop after its bracketed year', () => {
    expect(
      describeWork(
        'Ammerman, A. J. and Cavalli-Sforza, L. L. (1984) *The Neolithic Transition*. Princeton University Press.',
      ),
    ).toMatchObject({ year: '1984', title: 'The Neolithic Transition' });
    expect(
      describeWork('Hamlin, C. 1998. Public Health and Social Justice. Cambridge.'),
    ).toMatchObject({
      year: '1998',
      title: 'Public Health and Social Justice',
    });
  });
  it('reads "Mapp v. Ohio (1961)" as a dated ruling, not a work by an author called Ohio', () => {
    const t = 'In Mapp v. Ohio (1961) and Gideon v. Board of Corrections (1963) the Court ruled.';
    expect(extractCitations(t).citations).toEqual([]);
    expect(blankNarrativeCitations(t)).toBe(t);
    // A real narrative citation beside a case is still one.
    expect(
      extractCitations('As Klarman (2004) notes, Roe v. Wade (1973) split the Court.').citations,
    ).toEqual([{ key: 'Klarman 2004' }]);
  });
  it('leaves mismatched brackets and ordinary parentheses in the text', () => {
    expect(extractCitations('A claim [1 (p. 3) here (in the 1930s).')).toEqual({
      text: 'A claim [1 (p. 3) here (in the 1930s).',
      citations: [],
    });
  });
});

describe('facts', () => {
  const facts = (t: string) =>
    extractFacts(t).map((f) => [f.kind, f.raw, f.value, f.high, f.counts, f.when]);
  it('finds counts, number words, percentages and what they count', () => {
    expect(
      facts(
        'In October 1929, the government approved more than seventy agreements, of which the United States accounted for fifty-five, or seventy-eight per cent, of the projects.',
      ),
    ).toEqual([
      ['date', 'October 1929', 1929, undefined, undefined, undefined],
      ['count', 'seventy', 70, undefined, 'agreements', 'October 1929'],
      ['count', 'fifty-five', 55, undefined, 'agreements', 'October 1929'],
      ['percent', 'seventy-eight per cent', 78, undefined, 'projects', 'October 1929'],
    ]);
  });
  it('finds money with its currency, ranges, fractions, dates and the year each belongs to', () => {
    const f = extractFacts(
      'In 1930 Italy guaranteed loans of 200 million lire, which was increased in 1937 to 350 million lire.',
    );
    expect(
      f.filter((x) => x.kind === 'money').map((x) => [x.raw, x.value, x.currency, x.when]),
    ).toEqual([
      ['200 million lire', 200e6, 'lire', '1930'],
      ['350 million lire', 350e6, 'lire', '1937'],
    ]);
    expect(facts('Before 1926 the interest rate was as high as 15-20%.')[1]).toEqual([
      'range',
      '15-20%',
      15,
      20,
      undefined,
      'before 1926',
    ]);
    expect(facts('about 400-500 American Finns worked there')[0]).toEqual([
      'range',
      '400-500',
      400,
      500,
      'American Finns',
      undefined,
    ]);
    expect(
      facts('about 2/3 of the large enterprises, the remaining one-third')[0]?.slice(0, 3),
    ).toEqual(['fraction', '2/3', 2 / 3]);
    expect(facts('the remaining one-third was built')[0]?.slice(0, 3)).toEqual([
      'fraction',
      'one-third',
      1 / 3,
    ]);
    expect(facts('On August 14, 1933, it was written.')[0]?.slice(0, 3)).toEqual([
      'date',
      'August 14, 1933',
      1933,
    ]);
    expect(facts('a cost of about £4.2 million')[0]?.slice(0, 3)).toEqual([
      'money',
      '£4.2 million',
      4.2e6,
    ]);
    expect(facts('about 6,800 foreign specialists of various kinds')[0]?.slice(0, 5)).toEqual([
      'count',
      '6,800',
      6800,
      undefined,
      'foreign specialists',
    ]);
  });
});

describe('repeats and garbles', () => {
  it('calls a sentence that restates its neighbour a repeat, by content words', () => {
    const a =
      'In 1950 the council said that about 2/3 of the new schools were built with help from the state, and the remaining 1/3 with help from Leeds, York, Hull and Bradford.';
    const b = 'The remaining one-third was built "with help" from Leeds, York, Hull and Bradford.';
    expect(repeats(a, b)).toBe(true);
    expect(repeats(b, a)).toBe(false);
  });
  it('does not call a sentence a repeat when it adds a number or says something else', () => {
    expect(
      repeats(
        'Tube wells grew from 7,000 in 1960 to 287,000 in 1978.',
        'Tube wells grew again to 300,000 in 1985.',
      ),
    ).toBe(false);
    expect(
      repeats(
        'The council built new schools in the north.',
        'Parents in the south asked for better roads and bridges.',
      ),
    ).toBe(false);
  });
  it('finds a clause run into its own restatement and keeps the complete one', () => {
    const r = findRunOnRepeat(
      'the union of French banking and Swiss precision has, over two or three decades Over two or three decades the union of French banking with Swiss precision has changed the region.',
    );
    expect(r?.kept).toBe(
      'Over two or three decades the union of French banking with Swiss precision has changed the region.',
    );
    expect(r?.dropped).toMatch(
      /^the union of French banking and Swiss precision has, over two or three decades$/,
    );
    expect(
      findRunOnRepeat('the report reached Moscow in June and The Times printed it.'),
    ).toBeUndefined();
  });
  it('finds quotations with their attribution', () => {
    expect(
      extractQuotes(
        'Molotov said, "This agreement was favorable to us because its credit terms enabled us to order."',
      ),
    ).toEqual([
      {
        text: 'This agreement was favorable to us because its credit terms enabled us to order.',
        attribution: 'Molotov',
      },
    ]);
    expect(
      extractQuotes(
        'The Times wrote that "the Thames has become a vast sewer, and the stench is such that no man can pass"',
      )[0]?.attribution,
    ).toBe('The Times');
    expect(
      extractQuotes(
        'It was written in the weekly paper, "Voice of Labour", that "the new mills have, within a few short years, changed the life of every town."',
      )[0]?.attribution,
    ).toBe('weekly paper "Voice of Labour"');
    expect(extractQuotes('They called it "the hungry steppes" then.')).toEqual([]);
  });
});
