import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../../common/deck/schema';
import { chartToSvg } from '../../../common/render/chart-svg';
import { CHART_PALETTES } from '../../../common/render/chart-theme';

const bars = (values: Array<Record<string, string | number>>): ChartSpec =>
  ({
    data: { values },
    mark: 'bar',
    encoding: { x: { field: 'k', type: 'nominal' }, y: { field: 'v', type: 'quantitative' } },
  }) as ChartSpec;
const SPEC = bars([
  { k: '1928', v: 200 },
  { k: '1931', v: 620 },
  { k: '1933', v: 190 },
]);

function svgDoc(svg: string): Document {
  return new JSDOM(`<!doctype html><body>${svg}</body>`).window.document;
}

describe('chartToSvg', () => {
  it('draws the data as SVG of the asked size, the same bytes every time', async () => {
    const a = await chartToSvg(SPEC, { theme: 'light', width: 552, height: 436 });
    const b = await chartToSvg(SPEC, { theme: 'light', width: 552, height: 436 });
    expect(b).toBe(a);
    const svg = svgDoc(a).querySelector('svg')!;
    expect(svg.getAttribute('width')).toBe('552');
    expect(svg.getAttribute('height')).toBe('436');
    expect(svg.querySelectorAll('.mark-rect path')).toHaveLength(3);
    expect(svg.textContent).toContain('1931');
  });

  it('uses the theme colours', async () => {
    const light = await chartToSvg(SPEC, { theme: 'light', width: 400, height: 300 });
    const dark = await chartToSvg(SPEC, { theme: 'dark', width: 400, height: 300 });
    expect(light).toContain(`fill="${CHART_PALETTES.light.category[0]}"`);
    expect(dark).toContain(`fill="${CHART_PALETTES.dark.category[0]}"`);
    expect(dark).toContain(`fill="${CHART_PALETTES.dark.background}"`);
  });

  it('draws a range rule and ticks in the theme colour, never black (invisible on dark)', async () => {
    const spec = {
      data: {
        values: [
          { k: 'before 1926', v: 15, high: 20 },
          { k: '1935', v: 6 },
        ],
      },
      encoding: { x: { field: 'k', type: 'ordinal' }, y: { field: 'v', type: 'quantitative' } },
      layer: [
        { mark: 'tick' },
        {
          transform: [{ filter: 'isValid(datum.high)' }],
          mark: 'rule',
          encoding: { y2: { field: 'high' } },
        },
      ],
    } as unknown as ChartSpec;
    for (const theme of ['dark', 'high-contrast'] as const) {
      const doc = svgDoc(await chartToSvg(spec, { theme, width: 400, height: 300 }));
      const marks = [
        ...doc.querySelectorAll('.mark-rule.role-mark line, .mark-rect.role-mark path'),
      ];
      expect(marks.length).toBe(3);
      for (const el of marks)
        expect(el.getAttribute('stroke') ?? el.getAttribute('fill'), theme).toBe(
          CHART_PALETTES[theme].category[0],
        );
    }
  });

  it('keeps hostile data text as text, never markup or attributes', async () => {
    const payloads = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '"><svg onload=alert(1)>',
    ];
    const svg = await chartToSvg(bars(payloads.map((k, i) => ({ k, v: i + 1 }))), {
      theme: 'light',
      width: 600,
      height: 500,
    });
    const doc = svgDoc(svg);
    expect(doc.querySelectorAll('script, img, foreignObject')).toHaveLength(0);
    expect(doc.querySelectorAll('svg')).toHaveLength(1);
    for (const el of doc.querySelectorAll('*'))
      for (const attr of el.getAttributeNames()) expect(attr.startsWith('on')).toBe(false);
    const text = [...doc.querySelectorAll('text')].map((t) => t.textContent).join(' ');
    expect(text).toContain('<script>alert(1)</script>'.slice(0, 15));
    expect(text).toContain('<img src=x');
    expect(text).toContain('"><svg onload');
  });

  it('gives each chart its own ids, so two charts can share a page', async () => {
    const clipped = { ...SPEC, mark: { type: 'bar', clip: true } } as ChartSpec;
    const a = await chartToSvg(clipped, {
      theme: 'light',
      width: 400,
      height: 300,
      idPrefix: 'one',
    });
    const b = await chartToSvg(clipped, {
      theme: 'light',
      width: 400,
      height: 300,
      idPrefix: 'two',
    });
    const ids = (s: string) => [...s.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids(a).length).toBeGreaterThan(0);
    expect(ids(a).every((id) => id!.startsWith('one-'))).toBe(true);
    expect(ids(b).every((id) => id!.startsWith('two-'))).toBe(true);
    expect(a).toMatch(/url\(#one-/);
  });

  it('refuses a spec it cannot draw with a message saying so', async () => {
    const bad = { data: { values: [{ a: 1 }] }, mark: 'no-such-mark' } as unknown as ChartSpec;
    await expect(chartToSvg(bad, { theme: 'light', width: 300, height: 200 })).rejects.toThrow(
      /^The chart could not be drawn: /,
    );
  });

  it('loads nothing, even when a spec slips a URL past the schema', async () => {
    const sneaky = {
      data: { values: [] },
      layer: [{ data: { url: 'http://127.0.0.1:9/x.csv' }, mark: 'point' }],
    } as unknown as ChartSpec;
    await expect(chartToSvg(sneaky, { theme: 'light', width: 300, height: 200 })).rejects.toThrow(
      /may not load/,
    );
  });
});
