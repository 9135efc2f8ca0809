/**
 * The lecturer test for tests/fixtures/sources/uk-turnout.txt, a political-science reading in
 * plain text with an ALL-CAPS title, numbered headings, "%" signs, British "13.2m", a quotation
 * whose speaker follows it, "According to …" figures, a one-line "Sources:" list, and a long
 * series split across three sentences, written after the generator's rules were. What a
 * lecturer checks.
 */
import { describe, expect, it } from 'vitest';
import { bulletsOf, chartsOf, draftedForTests, firstQuote } from './readings';

const g = draftedForTests('uk-turnout.txt');

const slides = () => g.decks.flatMap((d) => d.slides);
const bullets = () => slides().flatMap(bulletsOf);
const texts = () => bullets().map((b) => b.text);
const charts = () => g.decks.flatMap((d) => chartsOf(d));

describe('the turnout drafts, as a lecturer checks them', () => {
  it('draw turnout as one series on a time axis, from all three sentences that give it', () => {
    const line = charts().find((c) => c.spec.data.values.some((r) => r.value === 83.9));
    expect(line?.spec.data.values.map((r) => [r.year, r.label])).toEqual([
      [1950, '83.9%'],
      [1979, '72.7%'],
      [1992, '77.7%'],
      [2005, '61.4%'],
      [2010, '65.1%'],
      [2017, '68.8%'],
      [2019, '67.3%'],
      [2024, '59.7%'],
    ]);
    expect(JSON.stringify(line?.spec.encoding)).toContain('"type":"temporal"');
    // 68.8% in 2017 and 67.3% in 2019 lie two years apart on a 90-year axis: one label goes
    // below its point, so the two never print over each other.
    const at = (year: number) => line?.spec.data.values.find((r) => r.year === year);
    expect([at(2017)?.below, at(2019)?.below]).toEqual([undefined, 'yes']);
  });

  it('read "13.2m" as 13.2 million, and draw what fell rather than a timeline of asides', () => {
    const union = charts().find((c) => c.spec.data.values.some((r) => r.label === '13.2m'));
    expect(union?.spec.data.values.map((r) => r.label)).toEqual(['13.2m', '6.4m']);
    expect(JSON.stringify(union?.spec.encoding)).toContain('Trade union membership, million');
    expect(texts()).toContain('Trade union membership fell from 13.2m in 1979 to 6.4m in 2019');
    for (const c of charts()) expect(c.slide.title).not.toMatch(/^Key dates/);
  });

  it('chart turnout by housing tenure, each bar named by its own clause', () => {
    const bars = charts().find((c) =>
      c.spec.data.values.some((r) => r.label === 'Owner-occupiers'),
    );
    expect(bars?.spec.data.values.map((r) => [r.label, r.shown])).toEqual([
      ['Owner-occupiers', 'roughly 72%'],
      ['Private renters', '57%'],
      ['Social renters', '53%'],
    ]);
  });

  it('keep a ranking and whose figures they are, and never cut a phrase from its verb', () => {
    expect(texts()).toContain('That was the lowest figure since 1918');
    const ipsos = bullets().find((b) => b.text === 'According to Ipsos estimates:');
    expect(ipsos?.children.map((c) => c.text)).toEqual([
      'About 47% of 18–24-year-olds voted in 2019, compared with 74% of those aged 65 and over',
    ]);
    for (const t of texts()) {
      expect(t).not.toMatch(/\b(?:went|for|responsible):$/);
      expect(t).not.toMatch(/^Sources:/);
    }
  });

  it('give the quotation its slide and its speaker as the reading names him', () => {
    const quote = firstQuote(g);
    expect(quote?.type === 'quote' && quote.text).toBe('It was a quiet landslide');
    expect(quote?.type === 'quote' && quote.attribution).toMatch(/David Butler/);
    expect(slides().map((s) => s.title)).toContain('In the words of David Butler');
  });

  it('title slides by their claims, an emphatic "itself" left out', () => {
    const titles = slides().map((s) => s.title);
    expect(titles).toContain('Registration is a barrier');
    for (const t of titles) expect(t).not.toMatch(/\bitself$/);
  });
});
