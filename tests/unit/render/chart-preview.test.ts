/**
 * Issue 15, finding 1, in the editor: a chart that asks for `sequence(0, 1e9)` or a
 * backtracking regular expression froze the editor tab for 25 s. The preview
 * (renderer/src/editor/charts.ts, through common/render/chart-preview.ts) never hands such a
 * chart to Vega: it shows a placeholder saying why at once, and `chartToSvg` refuses it again
 * where it compiles a spec. Dates half a million years apart with a tick every year no longer
 * make 500,000 ticks.
 */
import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../../common/deck/schema';
import { chartSpec } from '../../../common/ops/chart';
import { chartPreviewSvg } from '../../../common/render/chart-preview';
import { chartToSvg } from '../../../common/render/chart-svg';

const bars = (extra: Record<string, unknown> = {}) => ({
  data: {
    values: [
      { k: 'a', v: 1 },
      { k: 'b', v: 2 },
    ],
  },
  mark: 'bar',
  encoding: { x: { field: 'k', type: 'nominal' }, y: { field: 'v', type: 'quantitative' } },
  ...extra,
});

describe('the editor preview of a chart that may not be drawn', { timeout: 120_000 }, () => {
  it('shows a placeholder saying why at once, and draws the other charts', async () => {
    const box = { theme: 'light' as const, width: 600, height: 400 };
    const logged: string[] = [];
    const draw = (spec: unknown) => chartPreviewSvg(spec as ChartSpec, box, (m) => logged.push(m));
    const started = Date.now();
    const [seq, re, paint] = await Promise.all([
      draw(bars({ transform: [{ calculate: 'length(sequence(0, 1e9))', as: 'n' }] })),
      draw(bars({ transform: [{ filter: `test(regexp('^(a+)+$'), '${'a'.repeat(60)}!')` }] })),
      draw(bars({ mark: { type: 'bar', fill: 'url(http://127.0.0.1:9/x.svg#a)' } })),
    ]);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(seq).toMatch(/^<svg /);
    expect(seq).toContain('This chart could not be drawn:');
    expect(seq).toContain('sequence');
    expect(re).toContain('regular expressions');
    expect(paint).toContain('is not a colour');
    expect(paint).not.toMatch(/fill="url\(http/);
    expect(await draw(bars())).toContain('mark-rect');
    // A chart Vega itself cannot draw gets the same placeholder, and the log says why.
    const vegaRefused = await draw(
      bars({
        encoding: {
          x: { field: 'k', type: 'nominal', axis: { tickCount: 'year' } },
          y: { field: 'v', type: 'quantitative' },
        },
      }),
    );
    expect(vegaRefused).toContain('This chart could not be drawn:');
    expect(logged).toEqual(['chart not drawn:']);
  });

  it('chartToSvg refuses it itself before compiling, whoever calls it', async () => {
    const started = Date.now();
    await expect(
      chartToSvg(
        bars({
          transform: [{ calculate: 'length(sequence(0, 1e9))', as: 'n' }],
        }) as unknown as ChartSpec,
        { theme: 'light', width: 400, height: 300 },
      ),
    ).rejects.toThrow(
      /^The chart could not be drawn: transform\[0\]\.calculate: the expression "length\(sequence\(0, 1e9\)\)" calls sequence\(\) over more than 1,000 numbers$/,
    );
    await expect(
      chartToSvg(
        bars({
          transform: [{ calculate: "test(regexp('^(a+)+$'), datum.k)", as: 'n' }],
        }) as unknown as ChartSpec,
        { theme: 'light', width: 400, height: 300 },
      ),
    ).rejects.toThrow(/regular expressions/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('draws years half a million years apart, a tick every year asked for, in seconds, not minutes', async () => {
    const spec = chartSpec(
      {
        columns: ['Year', 'Output'],
        rows: [
          [-270000, 1],
          [1950, 3],
          [270000, 2],
        ],
      },
      'bar',
    );
    const hand = {
      data: {
        values: [
          { d: -8.64e15, v: 1 },
          { d: 8.64e15, v: 2 },
        ],
      },
      mark: 'point',
      encoding: {
        x: {
          field: 'd',
          type: 'temporal',
          scale: { type: 'utc' },
          axis: { tickCount: { interval: 'day', step: 1 } },
        },
        y: { field: 'v', type: 'quantitative' },
      },
    } as unknown as ChartSpec;
    const started = Date.now();
    const svgs = [
      await chartToSvg(spec, { theme: 'light', width: 1152, height: 420 }),
      await chartToSvg(hand, { theme: 'light', width: 1152, height: 420 }),
    ];
    expect(Date.now() - started).toBeLessThan(15_000);
    for (const svg of svgs) {
      expect(svg).toMatch(/^<svg/);
      expect((svg.match(/<line /g) ?? []).length).toBeLessThan(5000);
      expect(svg.length).toBeLessThan(2_000_000);
    }
  });
});
