/**
 * The lecturer test for tests/fixtures/sources/yellowstone-wolves.txt, an ecology reading in
 * plain text written after the generator's rules were: an ALL-CAPS title that asks a question,
 * numbered sections, a count listed year by year that peaks and falls, a second number of the
 * same unit in another sentence, subjects listed before one verb, a claim qualified by "but",
 * and a quotation with its speaker after it. What a lecturer checks before showing it.
 */
import { describe, expect, it } from 'vitest';
import { chartFindings } from '../../../common/check/chart-review';
import { bulletsOf, chartsOf, draftedForTests, where, type ChartOnSlide } from './readings';

const g = draftedForTests('yellowstone-wolves.txt');

const rowsOf = (c: ChartOnSlide) => c.spec.data.values;
const allCharts = () => g.decks.flatMap((d) => chartsOf(d));
const allBullets = () => g.decks.flatMap((d) => d.slides.flatMap(bulletsOf));

describe('the Yellowstone drafts, as a lecturer checks them', () => {
  it('take the ALL-CAPS question as the title, in title case, and make no deck of it', () => {
    expect(g.model.title).toBe('WOLVES IN YELLOWSTONE: A TROPHIC CASCADE?');
    expect(g.decks.map((d) => d.meta.title)).toEqual([
      'Extermination and return',
      'Elk and willows',
      'What the evidence shows',
    ]);
    for (const d of g.decks)
      expect(d.meta.subtitle).toBe('Wolves in Yellowstone: A Trophic Cascade?');
  });

  it('draw the wolf count as the reading lists it, peak and all, and say that it peaked', () => {
    const chart = allCharts().find((c) => rowsOf(c).some((r) => r.value === 174));
    expect(chart, 'a chart with the 174 wolves of 2003').toBeDefined();
    expect(rowsOf(chart!).map((r) => [r.year, r.value])).toEqual([
      [1995, 21],
      [1998, 83],
      [2003, 174],
      [2012, 94],
    ]);
    // "Released 14 wolves in January 1995" is no count of the population.
    expect(rowsOf(chart!).some((r) => r.value === 14)).toBe(false);
    expect(chart!.slide.title).toMatch(/peaked in 2003/);
    expect(chart!.block.caption).toMatch(/peak of 174 in 2003, then fell to 94/);
    expect(chartFindings('the wolf chart', chart!.spec)).toEqual([]);
  });

  it('keep every count of the list on the bullets, the peak included', () => {
    const shown = allBullets()
      .filter((b) => b.provenance?.sentences.includes('s1.3.2'))
      .map((b) => b.text)
      .join(' | ');
    for (const n of ['21 wolves', '83', '174', '94']) expect(shown).toContain(n);
  });

  it("chart the elk herd's fall with its hedges", () => {
    const chart = allCharts().find((c) => rowsOf(c).some((r) => r.value === 19000));
    expect(chart, 'a chart of the elk herd').toBeDefined();
    expect(rowsOf(chart!).map((r) => r.label)).toEqual(['about 19,000', 'fewer than 5,000']);
    expect(chart!.slide.title).toMatch(/^Northern elk herd fell/);
  });

  it('never cut a claim before its "but", nor a list of subjects from its verb', () => {
    const titles = g.decks.flatMap((d) => d.slides.map((s) => s.title));
    expect(titles).not.toContain('Cascade was real');
    for (const d of g.decks)
      for (const s of d.slides)
        for (const b of bulletsOf(s))
          expect(b.text, where(d, s)).not.toMatch(/^Hunting by people outside the park, drought$/);
    expect(allBullets().map((b) => b.text)).toContain(
      'Hunting by people outside the park, drought and a growing number of bears reduced the herd',
    );
  });

  it('attribute the quotation to Ripple', () => {
    const quote = g.decks
      .flatMap((d) => d.slides.flatMap((s) => s.blocks))
      .find((b) => b.type === 'quote');
    expect(quote?.type === 'quote' && quote.attribution).toBe('Ripple');
  });
});

describe('the Yellowstone slides, as a lecturer pages through them', () => {
  it('keep a short yearly list and the sentence after it on one slide, not one bullet alone', () => {
    const slide = g.decks
      .flatMap((d) => d.slides)
      .find((s) => bulletsOf(s).some((b) => b.text === 'Biologists counted:'));
    expect(bulletsOf(slide!).map((b) => b.text)).toContain(
      'Disease and fights between packs explain much of the later decline',
    );
    for (const s of g.decks.flatMap((d) => d.slides))
      if (s.layout === 'bullets') expect(bulletsOf(s).length).toBeGreaterThan(1);
  });
});
