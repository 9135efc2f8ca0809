/**
 * Chart labels and layout: labels are measured with Source Sans 3 widths, so a long category
 * label is drawn whole when there is room; a label beside a timeline's last point stays inside
 * the picture; the plot takes the width it is given.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { ChartSpec } from '../../../common/deck/schema';
import { chartBox } from '../../../common/render/chart-size';
import { chartToSvg } from '../../../common/render/chart-svg';
import { textWidth } from '../../../common/render/text-width';
import { demoDeck } from './demo-deck';

function svgDoc(svg: string): Document {
  return new JSDOM(`<!doctype html><body>${svg}</body>`).window.document;
}

function chartSpec(id: string): ChartSpec {
  for (const slide of demoDeck().slides) {
    for (const block of slide.blocks)
      if (block.id === id && block.type === 'figure' && block.figure.kind === 'chart')
        return block.figure.spec;
  }
  throw new Error(`no chart ${id} in the demo deck`);
}

/** Text marks and axis labels with their position in the SVG's own coordinates. */
function texts(svg: string): { text: string; x: number; size: number; anchor: string }[] {
  const doc = svgDoc(svg);
  return [...doc.querySelectorAll('text')].map((el) => {
    // Every text in Vega's SVG sits in groups moved by translate(); add them up.
    let x = 0;
    for (let node: Element | null = el; node && node.tagName !== 'svg'; node = node.parentElement) {
      const m = /translate\(([-\d.e]+),/.exec(node.getAttribute('transform') ?? '');
      if (m) x += Number(m[1]);
    }
    return {
      text: el.textContent ?? '',
      x,
      size: parseFloat(el.getAttribute('font-size') ?? '11'),
      anchor: el.getAttribute('text-anchor') ?? 'start',
    };
  });
}

const FIGURE = chartBox('figure', '16:9');
const HALF = chartBox('bullets-figure', '16:9');

describe('text widths of the bundled font', () => {
  it('tells narrow letters from wide ones, bold from regular, and CJK from Latin', () => {
    expect(textWidth('iiii', 20)).toBeLessThan(textWidth('MMMM', 20) / 2);
    expect(textWidth('Magnitogorsk', 20, 700)).toBeGreaterThan(textWidth('Magnitogorsk', 20, 400));
    expect(textWidth('工业化', 20)).toBe(60);
    // Source Sans averages about half an em a letter; Vega's own guess is 0.8 em.
    const per =
      textWidth('Foreign specialists in the whole USSR', 20) /
      'Foreign specialists in the whole USSR'.length /
      20;
    expect(per).toBeGreaterThan(0.4);
    expect(per).toBeLessThan(0.55);
  });
});

describe('chart labels', () => {
  it('draws a long category label whole when the chart has room for it', async () => {
    const svg = await chartToSvg(chartSpec('fig-long-labels'), { theme: 'light', ...FIGURE });
    const labels = texts(svg).map((t) => t.text);
    expect(labels).toContain('Foreign specialists in the whole USSR, 1932');
    expect(labels).toContain('Americans at the Stalingrad Tractor Plant');
    expect(labels.filter((t) => t.endsWith('…'))).toEqual([]);
  });

  it('still cuts a label too long for any chart, with an ellipsis', async () => {
    const long =
      'A category label that goes on and on about the Stalingrad Tractor Plant and every firm that supplied it';
    const spec = {
      data: {
        values: [
          { k: long, v: 3 },
          { k: 'Short', v: 1 },
        ],
      },
      mark: 'bar',
      encoding: { y: { field: 'k', type: 'nominal' }, x: { field: 'v', type: 'quantitative' } },
    } as ChartSpec;
    const svg = await chartToSvg(spec, { theme: 'light', ...HALF });
    const cut = texts(svg).find((t) => t.text.startsWith('A category label'));
    expect(cut?.text.endsWith('…')).toBe(true);
    expect(textWidth(cut!.text, cut!.size)).toBeLessThanOrEqual(HALF.width * 0.4 + 1);
  });

  for (const box of [FIGURE, HALF]) {
    it(`keeps the labels beside a timeline's points inside a ${box.width}×${box.height} chart, and the plot wide`, async () => {
      const svg = await chartToSvg(chartSpec('fig-timeline'), { theme: 'dark', ...box });
      const doc = svgDoc(svg);
      expect(doc.querySelector('svg')?.getAttribute('viewBox')).toBe(
        `0 0 ${box.width} ${box.height}`,
      );
      const events = texts(svg).filter((t) => t.text.includes('·'));
      expect(events).toHaveLength(5);
      for (const t of events) {
        expect(t.anchor).toBe('start');
        expect(t.x, t.text).toBeGreaterThanOrEqual(0);
        expect(t.x + textWidth(t.text, t.size), t.text).toBeLessThanOrEqual(box.width);
      }
      // The last label nearly reaches the right edge: the plot was not squeezed to make room
      // for labels measured too wide.
      const last = events.find((t) => t.text.startsWith('June 1944'))!;
      expect(last.x + textWidth(last.text, last.size)).toBeGreaterThan(box.width - 40);
    });
  }

  it('is the same SVG every time (layout rounds included)', async () => {
    const a = await chartToSvg(chartSpec('fig-timeline'), { theme: 'light', ...FIGURE });
    const b = await chartToSvg(chartSpec('fig-timeline'), { theme: 'light', ...FIGURE });
    expect(a).toBe(b);
  });
});
