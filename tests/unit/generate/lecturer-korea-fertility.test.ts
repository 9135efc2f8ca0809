/**
 * The lecturer test for tests/fixtures/sources/korea-fertility.md, a demography reading in
 * Markdown with author-year citations of two authors ("Kim and Park (2022)") and of a body
 * ("Statistics Korea 2006"), a reference list of paragraphs, a rate given over three sentences
 * ("had fallen to 2.1 … it stood at 1.08 … The rate recovered to 1.30 … before falling"), two
 * reports in one sentence, and an amount set against an earlier one ("against 6 times in
 * 2008"). Written after the generator's rules were. What a lecturer checks.
 */
import { describe, expect, it } from 'vitest';
import { draftedForTests, lecturerView } from './readings';

const g = draftedForTests('korea-fertility.md');
const { bullets, texts, charts, workLabels, worksMissingDetails } = lecturerView(g);

describe('the fertility drafts, as a lecturer checks them', () => {
  it('cite each work once, by the names the reference list gives, with its details', () => {
    expect(workLabels()).toEqual(['Kim and Park 2022', 'Lee 2019', 'Statistics Korea 2006']);
    expect(worksMissingDetails()).toEqual([]);
    const refs = g.decks.flatMap((d) => d.references);
    // The reading's Markdown italics mark a title; the slide sets it in italics, without them.
    expect(refs.find((r) => r.label === 'Lee 2019')?.csl?.title).toBe(
      'The Long Shadow of Family Planning',
    );
  });

  it('draw the fertility rate told over three sentences as one line on a time axis', () => {
    const line = charts().find((c) => c.slide.title.startsWith('Total fertility rate'));
    expect(line?.spec.data.values.map((r) => [r.year, r.label])).toEqual([
      [1983, '2.1'],
      [2005, '1.08'],
      [2012, '1.30'],
      [2018, '0.98'],
      [2023, '0.72'],
    ]);
    expect(JSON.stringify(line?.spec.encoding)).toContain('"type":"temporal"');
  });

  it('say what the rate did next as its own statement, never a list cut after "to"', () => {
    expect(texts()).toEqual(
      expect.arrayContaining([
        'The rate recovered slightly to 1.30 in 2012',
        'The rate then fell again, to 0.98 in 2018 and 0.72 in 2023',
      ]),
    );
    for (const t of texts()) expect(t).not.toMatch(/\bto:$/);
  });

  it('give each report its own frame: the economists are not Kim and Park', () => {
    const kim = bullets().find((b) => b.text.startsWith('Kim and Park'));
    expect(JSON.stringify(kim)).not.toMatch(/economists/);
    expect(texts()).toContain(
      'Some economists argue that the money would have done more if spent on housing',
    );
    const others = bullets().find((b) => b.text === 'Others note:');
    expect(others?.children.map((c) => c.text).join(' ')).toMatch(/44 percent/);
  });

  it('keep the housing comparison, the earlier amount said as what it rose from', () => {
    expect(texts()).toEqual(
      expect.arrayContaining([
        'The median apartment in Seoul cost about 12 times the median household income in 2021',
        'That was up from 6 times in 2008',
      ]),
    );
  });
});
