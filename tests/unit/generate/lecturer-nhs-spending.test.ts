/**
 * The lecturer test for tests/fixtures/sources/nhs-spending.txt, a public-finance reading in
 * plain text, British style: budget years written across two calendar years ("2019/20"),
 * amounts in "£121.3bn", spending per head by country, a quotation whose speaker is set off by
 * an aside, and a projection to "the early 2070s". Written before the rules it exposed (a
 * series of budget years drawn and captioned as 2017, 2019 and 2021, titled "Amount rose";
 * England left out of the spending per head; a quotation with no speaker; "by the early
 * 2070s" dropped from a projection), then mended.
 */
import { describe, expect, it } from 'vitest';
import { draftedForTests, lecturerView } from './readings';

const g = draftedForTests('nhs-spending.txt');
const { texts, slides, charts } = lecturerView(g);

describe('the NHS spending drafts, as a lecturer checks them', () => {
  it('chart budget years as the reading writes them, and name what was spent', () => {
    const line = charts().find((c) => /^Spending on the NHS/.test(c.slide.title));
    expect(line?.slide.title).toBe('Spending on the NHS in England rose, 2017/18–2021/22');
    expect(line?.block.caption).toBe(
      'Spending on the NHS in England rose from £121.3bn in 2017/18 to £152.6bn in 2021/22',
    );
    const rows = line!.spec.data.values as Array<Record<string, unknown>>;
    expect(rows.map((r) => [r.year, r.end, r.fiscal])).toEqual([
      [2017, 18, 'fiscal'],
      [2019, 20, 'fiscal'],
      [2021, 22, 'fiscal'],
    ]);
  });

  it('draw spending per head in all four countries, the rate of the first for every one', () => {
    const bars = charts().find((c) => /Northern Ireland/.test(c.slide.title));
    expect((bars!.spec.data.values as Array<{ label: string }>).map((r) => r.label)).toEqual([
      'Northern Ireland',
      'Scotland',
      'Wales',
      'England',
    ]);
  });

  it('name the speaker of a quotation set off by who he was', () => {
    const quote = slides()
      .flatMap((s) => s.blocks)
      .find((b) => b.type === 'quote');
    expect(quote).toMatchObject({ attribution: 'Aneurin Bevan' });
  });

  it('keep the time a projection reaches, and the place spending is counted in', () => {
    expect(texts().join(' | ')).toContain('to 14.4% by the early 2070s');
    expect(texts()).toContain('Spending on the NHS in England reached:');
  });

  it('title a slide with its own statement rather than "(continued)"', () => {
    for (const s of slides()) expect(s.title).not.toMatch(/\(continued\)$/);
  });
});
