/**
 * The lecturer test for tests/fixtures/sources/measles-vaccination.md, a public-health reading
 * whose numbers are mostly in a Markdown table (reported cases by year). What a lecturer checks
 * before showing it: the table is the chart, drawn as the table gives it, and no row of it
 * turns into a bullet.
 */
import { describe, expect, it } from 'vitest';
import { chartFindings } from '../../../common/check/chart-review';
import { bulletsOf, chartsOf, draftedForTests } from './readings';

const g = draftedForTests('measles-vaccination.md');

describe('the measles drafts, as a lecturer checks them', () => {
  it("read the reading's table as its rows, each a sentence of the source with its offsets", () => {
    const table = g.model.sections.flatMap((s) => s.paragraphs).find((p) => p.table);
    expect(table?.table?.header).toEqual(['Year', 'Reported cases']);
    expect(table!.sentences.map((s) => s.text)).toEqual([
      '1960 | 441,703',
      '1970 | 47,351',
      '1980 | 13,506',
      '1990 | 27,786',
      '2000 | 86',
    ]);
  });

  it('chart the table on a year axis, every value and label as the table writes it', () => {
    const chart = g.decks.flatMap((d) => chartsOf(d)).find((c) => c.spec.data.values.length === 5);
    expect(chart, 'a chart of the five rows').toBeDefined();
    expect(chart!.spec.data.values.map((r) => [r.year, r.label])).toEqual([
      [1960, '441,703'],
      [1970, '47,351'],
      [1980, '13,506'],
      [1990, '27,786'],
      [2000, '86'],
    ]);
    expect(chart!.slide.title).toBe('Reported cases fell, 1960–2000');
    expect(chart!.block.alt).toContain('1990, 27,786');
    expect(chartFindings('the table chart', chart!.spec)).toEqual([]);
  });

  it('make no bullet of a table row', () => {
    for (const d of g.decks)
      for (const s of d.slides)
        for (const b of bulletsOf(s)) expect(b.text).not.toMatch(/\||441,703/);
  });
});
