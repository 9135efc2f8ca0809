/**
 * The lecturer test for tests/fixtures/sources/black-death.md, a medieval economic history in
 * Markdown with author-year citations: a population that fell between two counted years, a
 * wage told over decades, a clause after ", but" whose subject is a bare noun, and dated events
 * whose labels lose their sense with their date. Written before the rules it exposed (a year
 * moved out of its range, "… but serfdom:" over "in England never recovered …", no chart of
 * the decades, "through the" and "Only did prices settle" on the timeline), then mended.
 */
import { describe, expect, it } from 'vitest';
import { draftedForTests, firstQuote, lecturerView } from './readings';

const g = draftedForTests('black-death.md');
const { texts, slides, charts } = lecturerView(g);
const rows = (title: RegExp) =>
  (charts().find((c) => title.test(c.slide.title))?.spec.data.values ?? []) as Array<
    Record<string, unknown>
  >;

describe('the Black Death drafts, as a lecturer checks them', () => {
  it('keep a fall between two counted years whole, its last year in place', () => {
    expect(texts()).toEqual(
      expect.arrayContaining([
        'In England the population fell:',
        'from about 4.8 million in 1348 to about 2.6 million in 1377',
      ]),
    );
    expect(texts().some((t) => /^1377:/.test(t))).toBe(false);
  });

  it('chart the fall as the population in England, never "England the population"', () => {
    expect(slides().map((s) => s.title)).toContain('Population in England fell, 1348–1377');
  });

  it('draw the wage over the decades the reading gives, each across its ten years', () => {
    const wage = rows(/^Daily wage of a thatcher's assistant rose, 1340s–1400s$/);
    expect(wage.map((r) => [r.year, r.decade, r.value])).toEqual([
      [1340, 'decade', 1],
      [1360, 'decade', 1.7],
      [1400, 'decade', 2.5],
    ]);
  });

  it('split the revolt sentence at ", but", never cutting a subject from its verb', () => {
    expect(texts()).toContain('But serfdom in England never recovered its former strength');
    expect(texts().some((t) => /\bserfdom:$/.test(t))).toBe(false);
  });

  it('label the timeline only with phrases that read without their date', () => {
    const labels = charts()
      .flatMap((c) => c.spec.data.values as Array<{ label?: string }>)
      .map((r) => r.label ?? '');
    for (const l of labels) expect(l).not.toMatch(/\bthrough the$|\bOnly did\b|\bargue\b/);
  });

  it('open the quotation on a capital and name its unnamed speaker', () => {
    const quote = firstQuote(g);
    expect(quote).toMatchObject({
      text: 'The plague made the survivors rich, but it took a generation for them to notice.',
      attribution: 'one economic historian',
    });
  });
});
