/**
 * Issue 15, findings 1 and 8, on the export path: a chart that asks for `sequence(0, 1e9)`, a
 * backtracking regular expression or a `url(…)` fill costs that chart and nothing else. The
 * deck exports with every slide, the chart's place taken by a placeholder saying why, and the
 * exporting process stays up and small. Charts are drawn in a worker with a time and a heap
 * limit (main/export/chart-worker-pool.ts): a chart past either is stopped, and the next one
 * draws in a fresh worker.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ChartSpec, DeckInput } from '../../../common/deck/schema';
import { ChartSandbox } from '../../../main/export/chart-worker-pool';
import { exportDeck } from '../../../main/export/export-deck';
import { renderChartsForDeck, type ChartFailure } from '../../../main/export/render-static';
import { lectureDeck, validDeck, writeDeck } from '../../fixtures/export/decks';

const root = mkdtempSync(join(tmpdir(), 'lectern-unit-chart-sandbox-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const bars = (extra: Record<string, unknown> = {}) => ({
  data: {
    values: [
      { plant: 'Magnitka', tons: 12 },
      { plant: 'Gary Works', tons: 30 },
    ],
  },
  mark: 'bar',
  encoding: { x: { field: 'plant', type: 'nominal' }, y: { field: 'tons', type: 'quantitative' } },
  ...extra,
});

/** The lecture deck with one more slide, after the good chart, whose chart is `spec`. */
function lectureWith(spec: unknown): DeckInput {
  const deck = lectureDeck();
  deck.slides.splice(5, 0, {
    id: 'sx',
    layout: 'figure',
    title: 'A chart from elsewhere',
    blocks: [
      {
        type: 'figure',
        id: 'fx',
        figure: { kind: 'chart', spec: spec as ChartSpec },
        caption: 'Sent by a colleague',
        alt: 'A chart',
      },
    ],
  });
  return deck;
}

async function exported(input: DeckInput) {
  const file = writeDeck(input, 'lecture', mkdtempSync(join(root, 'd-')));
  const started = Date.now();
  const r = await exportDeck(validDeck(input), dirname(file), { format: 'html', notes: true });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return {
    html: new TextDecoder().decode(r.value.bytes),
    warnings: r.warnings,
    ms: Date.now() - started,
  };
}

/** The `<section>` of slide `id` in an exported file. */
function section(html: string, id: string): string {
  const start = html.indexOf(`data-slide-id="${id}"`);
  expect(start, `slide ${id} exported`).toBeGreaterThan(0);
  const end = html.indexOf('</section>', start);
  return html.slice(start, end);
}

describe('a deck with a chart that may not be drawn exports the rest', { timeout: 120_000 }, () => {
  it('sequence(0, 1e9): a placeholder saying why, every other slide and chart, the process alive and under 1 GB (finding 1)', async () => {
    const { html, warnings } = await exported(
      lectureWith(bars({ transform: [{ calculate: 'length(sequence(0, 1e9))', as: 'n' }] })),
    );
    for (const id of ['s1', 's2', 's3', 's4', 's5', 'sx', 's7']) section(html, id);
    const bad = section(html, 'sx');
    expect(bad).toContain('This chart could not be drawn:');
    expect(bad).toContain('sequence');
    expect(bad).not.toContain('mark-rect');
    // The good chart on slide 5 is drawn as ever.
    expect(section(html, 's5')).toContain('mark-rect');
    expect(warnings).toEqual([
      expect.objectContaining({
        where: 'slides[5]',
        severity: 'warning',
        what: expect.stringMatching(
          /^the chart "fx" could not be drawn \(.*sequence\(0, 1e9\).*\); a placeholder was exported$/,
        ),
      }),
    ]);
    expect(process.memoryUsage().rss).toBeLessThan(1024 ** 3);
  });

  it('sequence(0, 1e9) costs the export nothing but that chart: well within 10 s, the process under 1 GB (finding 1)', async () => {
    // Only the hostile chart: it is refused before any drawing, so this times the chart itself.
    const input = lectureWith(
      bars({ transform: [{ calculate: 'length(sequence(0, 1e9))', as: 'n' }] }),
    );
    input.slides = input.slides.filter((s) => s.id !== 's5');
    const { html, ms } = await exported(input);
    expect(ms).toBeLessThan(10_000);
    expect(section(html, 'sx')).toContain('This chart could not be drawn:');
    expect(process.memoryUsage().rss).toBeLessThan(1024 ** 3);
  });

  it('a backtracking regular expression: a placeholder (finding 1)', async () => {
    const { html } = await exported(
      lectureWith(
        bars({ transform: [{ filter: `test(regexp('^(a+)+$'), '${'a'.repeat(60)}!')` }] }),
      ),
    );
    expect(section(html, 'sx')).toMatch(/This chart could not be drawn:.*regular expressions/s);
    expect(section(html, 's5')).toContain('mark-rect');
  });

  it('a url(http://…) fill never reaches the SVG (finding 8)', async () => {
    const { html } = await exported(
      lectureWith(bars({ mark: { type: 'bar', fill: 'url(http://127.0.0.1:9/track.svg#a)' } })),
    );
    // As an attribute (a paint) nowhere; the placeholder may quote it as text.
    expect(/=["']?url\(\s*["']?http/i.test(html), 'a url() paint in the file').toBe(false);
    expect(section(html, 'sx')).toContain('This chart could not be drawn:');
    expect(section(html, 'sx')).toContain('is not a colour');
  });
});

describe('the chart worker', { timeout: 120_000 }, () => {
  const rows = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      k: `category ${i} ${'with a much longer label that goes on '.repeat(4)}`,
      v: i,
      w: i * 2,
    }));
  const small = bars() as unknown as ChartSpec;
  const box = { theme: 'light' as const, width: 600, height: 400 };
  // 50,000 long labels in ten layers: as much as a chart may draw, and many seconds of drawing.
  const slow = {
    data: { values: rows(5000) },
    encoding: {
      x: { field: 'w', type: 'quantitative' },
      y: { field: 'v', type: 'quantitative' },
      text: { field: 'k' },
    },
    layer: Array.from({ length: 10 }, () => ({ mark: 'text' })),
  };

  it('stops a chart past its time limit, and draws the next one in a fresh worker', async () => {
    const sandbox = new ChartSandbox();
    try {
      expect((await sandbox.draw(small, box)).ok).toBe(true);
      const started = Date.now();
      const stopped = await sandbox.draw(slow as unknown as ChartSpec, box, 2000);
      expect(stopped.ok ? 'drawn' : stopped.reason).toBe('it took longer than 2 seconds to draw');
      expect(Date.now() - started).toBeLessThan(5000);
      const next = await sandbox.draw(small, box);
      expect(next.ok && next.svg).toMatch(/^<svg/);
    } finally {
      await sandbox.close();
    }
  });

  it('stops a chart past its heap limit without harm to the process, and draws the next one', async () => {
    const sandbox = new ChartSandbox({ heapMb: 32 });
    try {
      // 50,000 points in ten layers: allowed, and well over 32 MB to draw.
      const big = {
        data: { values: rows(5000) },
        encoding: {
          x: { field: 'w', type: 'quantitative' },
          y: { field: 'v', type: 'quantitative' },
        },
        layer: Array.from({ length: 10 }, () => ({ mark: 'point' })),
      } as unknown as ChartSpec;
      const stopped = await sandbox.draw(big, box);
      expect(stopped.ok ? 'drawn' : stopped.reason).toBe(
        'it needed more than the 32 MB of memory a chart may use',
      );
      const next = await sandbox.draw(small, box);
      expect(next.ok && next.svg).toMatch(/^<svg/);
      expect(process.memoryUsage().rss).toBeLessThan(1024 ** 3);
    } finally {
      await sandbox.close();
    }
  });

  it('refuses a forbidden spec itself, should one get past the exporter', async () => {
    const sandbox = new ChartSandbox();
    try {
      const hostile = bars({
        transform: [{ calculate: 'length(sequence(0, 1e9))', as: 'n' }],
      }) as unknown as ChartSpec;
      const started = Date.now();
      const drawn = await sandbox.draw(hostile, box);
      expect(drawn.ok).toBe(false);
      if (!drawn.ok)
        expect(drawn.reason).toMatch(
          /^The chart could not be drawn: transform\[0\]\.calculate: the expression "length\(sequence\(0, 1e9\)\)"/,
        );
      expect(Date.now() - started).toBeLessThan(20_000);
    } finally {
      await sandbox.close();
    }
  });

  it('renders a deck through a given sandbox: a placeholder for what fails, the rest drawn', async () => {
    const sandbox = new ChartSandbox({ heapMb: 32 });
    try {
      const big = {
        data: { values: rows(5000) },
        encoding: {
          x: { field: 'w', type: 'quantitative' },
          y: { field: 'v', type: 'quantitative' },
        },
        layer: Array.from({ length: 10 }, () => ({ mark: 'point' })),
      };
      const deck = validDeck(lectureWith(big));
      const failures: ChartFailure[] = [];
      const charts = await renderChartsForDeck(deck, 'dark', failures, { sandbox });
      expect(Object.keys(charts).sort()).toEqual(['f2', 'fx']);
      expect(charts.f2).toContain('mark-rect');
      expect(charts.fx).toContain('This chart could not be drawn:');
      expect(charts.fx).toContain('it needed more than the 32 MB of memory a chart may use');
      expect(failures).toEqual([
        {
          figureId: 'fx',
          slideIndex: 5,
          what: 'it needed more than the 32 MB of memory a chart may use',
        },
      ]);
    } finally {
      await sandbox.close();
    }
  });
});
