/**
 * The lecturer test for tests/fixtures/sources/minimum-wage.md, a Markdown economics reading
 * written after the generator's rules were: an argument reported with a year between its verb
 * and its "that", a quotation introduced the same way, a range of percentages, a list of
 * shares by country in one sentence, rates by state as possessives, a raise "from $4.25 to
 * $5.05" with one date, and a series partly in cents. What a lecturer checks before showing it.
 */
import { describe, expect, it } from 'vitest';
import { chartFindings } from '../../../common/check/chart-review';
import type { Deck } from '../../../common/deck/schema';
import {
  bulletsOf,
  chartsOf,
  draftedForTests,
  firstQuote,
  where,
  type ChartOnSlide,
} from './readings';

const g = draftedForTests('minimum-wage.md');

const rowsOf = (c: ChartOnSlide) => c.spec.data.values;
const deckWith = (id: string): Deck =>
  g.decks.find((d) => JSON.stringify(d.slides).includes(`"${id}"`))!;
/** The bullets (nested ones too) drawn from the sentence that contains `words`. */
const bulletsFrom = (words: string) => {
  const id = [...g.sentences].find(([, t]) => t.includes(words))![0];
  return g.decks.flatMap((d) =>
    d.slides.flatMap(bulletsOf).filter((b) => b.provenance?.sentences.includes(id)),
  );
};

describe('the minimum-wage drafts, as a lecturer checks them', () => {
  it('attribute the quotation to the economist who wrote it, never to a bare year', () => {
    const quote = firstQuote(g);
    expect(quote?.type === 'quote' && quote.attribution).toBe('George Stigler, 1946');
  });

  it('never chart a range of percentages as its upper end', () => {
    for (const d of g.decks)
      for (const c of chartsOf(d))
        for (const r of rowsOf(c))
          expect(JSON.stringify(r), where(d, c.slide)).not.toMatch(/"3 percent/);
    // The range stays whole on the bullets.
    expect(
      bulletsFrom('put the loss')
        .map((b) => b.text)
        .join(' '),
    ).toContain('1 to 3 percent');
  });

  it('chart the shares by country as bars, each country with its own number and hedge', () => {
    const d = deckWith('s4.1.2');
    const chart = chartsOf(d).find((c) => rowsOf(c).some((r) => r.label === 'Germany'));
    expect(chart, 'a chart with a bar for Germany').toBeDefined();
    expect(rowsOf(chart!).map((r) => [r.label, r.shown])).toEqual([
      ['United Kingdom', 'near 61 percent'],
      ['Germany', '50 percent'],
      ['United States', '34 percent'],
    ]);
    expect(chartFindings('the shares chart', chart!.spec)).toEqual([]);
  });

  it('give the New Jersey deck a figure of the raise, before and after April 1992', () => {
    const d = deckWith('s3.1.1');
    const chart = chartsOf(d)[0];
    expect(chart, 'a figure in the New Jersey deck').toBeDefined();
    expect(rowsOf(chart!).map((r) => [r.label, r.shown])).toEqual([
      ['Before', '$4.25'],
      ['After', '$5.05'],
    ]);
  });

  it("keep the Budget Office's estimate as its estimate, with both of its numbers", () => {
    const bullets = bulletsFrom('Congressional Budget Office');
    const frame = bullets.find((b) => b.children.length);
    expect(frame?.text).toMatch(/^The Congressional Budget Office estimated/);
    const claims = frame!.children.map((b) => b.text).join(' | ');
    expect(claims).toContain('17 million workers');
    expect(claims).toContain('1.3 million jobs');
  });

  it('never leave a bullet ending on "and", "or" or a preposition', () => {
    for (const d of g.decks)
      for (const s of d.slides)
        for (const b of bulletsOf(s))
          expect(b.text, where(d, s)).not.toMatch(/\b(?:and|or|of|to|before|after)$/);
  });
});
