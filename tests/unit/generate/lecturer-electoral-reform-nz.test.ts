/**
 * The lecturer test for tests/fixtures/sources/electoral-reform-nz.md, political science in
 * APA style: vote shares in "per cent", a list of six results by party, a gapped second clause
 * ("and the number of Māori members from 6 to 15"), a pronoun after an organisation's name
 * that holds a preposition ("the Campaign for Better Government"), and two items after a
 * colon. Written before the rules it exposed ("The number rose of Māori members …", "The
 * Electoral Reform Coalition campaigned for Better Government", the two votes cut as "one
 * for a candidate:" over "in an electorate and one for a party", the sixth party's result
 * alone on the next slide, "44 seats" and "1 seat" read as two measures, so the results
 * made no chart), then mended.
 */
import { describe, expect, it } from 'vitest';
import { bulletsOf, draftedForTests, lecturerView } from './readings';

const g = draftedForTests('electoral-reform-nz.md');
const { texts, slides, charts } = lecturerView(g);

describe('the electoral reform drafts, as a lecturer checks them', () => {
  it('give a gapped clause its verb after its whole subject', () => {
    expect(texts()).toContain('The number of Māori members rose from 6 to 15');
    for (const t of texts()) expect(t).not.toMatch(/\bnumber rose of\b/);
  });

  it('never read a pronoun as part of a name', () => {
    for (const t of texts()) expect(t).not.toMatch(/campaigned for Better Government/);
  });

  it('set two items after a colon under their lead', () => {
    expect(texts()).toEqual(
      expect.arrayContaining([
        'Under MMP each voter has two votes:',
        'one for a candidate in an electorate',
        'one for a party',
      ]),
    );
  });

  it("keep the list of the parties' results whole on one slide", () => {
    const list = slides().find((s) =>
      bulletsOf(s).some((b) => b.text.startsWith('National won 44 seats')),
    );
    const items = list ? bulletsOf(list).map((b) => b.text) : [];
    expect(items).toEqual(
      expect.arrayContaining([
        'Labour won 37 seats with 28.2 per cent',
        'ACT won 8 seats with 6.1 per cent',
        'United won 1 seat with 0.9 per cent',
      ]),
    );
  });

  it('chart the seats by party, whose results the reading lists one item each', () => {
    const seats = charts().find((c) => c.slide.title.startsWith('National won the most seats'));
    expect(seats?.slide.title).toBe('National won the most seats: 44');
    const shown = seats?.spec.data.values.map((v) => (v as { shown?: string }).shown);
    expect(shown).toEqual(['44', '37', '17', '13', '8', '1']);
  });

  it('never give the reading\'s own statement after ", and" as a second finding of a poll', () => {
    expect(texts()).toEqual(
      expect.arrayContaining([
        'By 1998 polls found that only about a third of voters would keep MMP',
        'A second referendum was promised',
      ]),
    );
  });

  it('keep a referendum result and its turnout, the turnout under the result', () => {
    expect(texts()).toEqual(
      expect.arrayContaining([
        'MMP won 53.9 per cent of the vote to 46.1 per cent:',
        'on a turnout of 82.6 per cent',
      ]),
    );
  });

  it('title every slide in at most eight words', () => {
    for (const s of slides()) expect(s.title.split(/\s+/).length).toBeLessThanOrEqual(8);
  });
});
