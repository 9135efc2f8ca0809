/**
 * The lecturer test for tests/fixtures/sources/impressionists-salon.txt, an art-history reading
 * in plain text with numbered notes, few numbers and no series: its one part of a whole ("the
 * jury rejected about 3,000 of the 5,000 works submitted") is its figure, a critic's quotation
 * is spoken by "he", and sales are given as a total and an average. Written after the
 * generator's rules were. What a lecturer checks.
 */
import { describe, expect, it } from 'vitest';
import { bulletsOf, chartsOf, draftedForTests } from './readings';

const g = draftedForTests('impressionists-salon.txt');

const slides = () => g.decks.flatMap((d) => d.slides);
const texts = () =>
  slides()
    .flatMap(bulletsOf)
    .map((b) => b.text);
const charts = () => g.decks.flatMap((d) => chartsOf(d));

describe('the Salon drafts, as a lecturer checks them', () => {
  it('draw the rejected works as a part of the 5,000 submitted, counts as written', () => {
    expect(charts()).toHaveLength(1);
    const [share] = charts();
    expect(share!.slide.title).toBe('The jury rejected about 3,000 of 5,000 works');
    expect(share!.spec.data.values).toEqual([
      expect.objectContaining({
        label: 'The jury',
        parts: '3,000',
        per: '5,000',
        shown: 'about 3,000 of the 5,000 works',
      }),
    ]);
    expect(share!.block.caption).toMatch(/The full bar is all 5,000 works$/);
  });

  it('give the critic his name on the quote slide, and keep the year of the rejection', () => {
    const quote = slides().find((s) => s.layout === 'quote');
    expect(quote?.title).toBe('Louis Leroy on wallpaper');
    expect(JSON.stringify(quote?.blocks)).toContain('The critic Louis Leroy');
    expect(texts()).toContain('1863: the jury rejected about 3,000 of the 5,000 works submitted');
  });

  it('never draw a total beside an average, and keep every section', () => {
    for (const c of charts())
      expect(JSON.stringify(c.spec.data.values)).not.toMatch(/10,349|140 francs/);
    const titles = slides().map((s) => s.title);
    expect(titles).toEqual(expect.arrayContaining(['A new kind of exhibition', 'Later success']));
  });
});
