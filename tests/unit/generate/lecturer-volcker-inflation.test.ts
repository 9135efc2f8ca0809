/**
 * The lecturer test for tests/fixtures/sources/volcker-inflation.txt, a plain-text economics
 * reading with numbered sections and numbered notes right under a "Notes" line (no blank line
 * between), written after the generator's rules were: a year-by-year list of rates that
 * goes up and down, a concession after ", although", a signpost before a phrase ("rose at the
 * same time, to 8.5 percent") and a quotation with its speaker after it. What a lecturer checks.
 */
import { describe, expect, it } from 'vitest';
import { bulletsOf, chartsOf, draftedForTests, firstQuote } from './readings';

const g = draftedForTests('volcker-inflation.txt');

const slides = () => g.decks.flatMap((d) => d.slides);
const bullets = () => slides().flatMap(bulletsOf);

describe('the Volcker drafts, as a lecturer checks them', () => {
  it('read the notes under "Notes" as the reference list, never as bullets', () => {
    expect(g.model.references.map((r) => r.key)).toEqual(['1', '2']);
    expect(bullets().some((b) => /Bureau of Labor Statistics|testimony/.test(b.text))).toBe(false);
  });

  it('keep the yearly rates as one list under its lead, titled by the lead, charted by year', () => {
    const lead = bullets().find((b) => b.text === 'American consumer prices rose by:');
    expect(lead?.children.map((c) => c.text)).toEqual([
      '5.7 percent in 1970',
      '11.0 percent in 1974',
      '6.5 percent in 1977',
      '13.5 percent in 1980',
    ]);
    const slide = slides().find((s) => bulletsOf(s).includes(lead!))!;
    expect(slide.title).toBe('American consumer prices rose');
    const chart = g.decks.flatMap((d) => chartsOf(d)).find((c) => c.spec.data.values.length === 4);
    expect(chart?.slide.title).toMatch(/^American consumer prices/);
  });

  it('split a concession into its two claims, and leave no stray comma after a dropped signpost', () => {
    const texts = bullets().map((b) => b.text);
    expect(texts).toContain("Most economists now credit the Fed's resolve");
    expect(texts).toContain('Some argue that falling oil prices after 1981 did much of the work');
    expect(texts).toContain('Unemployment rose to 8.5 percent in 1975');
  });

  it('attribute the quotation to Volcker with its year', () => {
    const quote = firstQuote(g);
    expect(quote?.type === 'quote' && quote.attribution).toBe('Volcker, 1980');
  });
});
