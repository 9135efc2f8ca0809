/**
 * The built command (`out/cli/lectern.mjs`) draws charts in its chart worker: the worker is a
 * chunk of its own beside the entry (esbuild makes one of main/export/chart-worker.ts, which
 * the export imports only dynamically, for its own URL), found from the bundle with no tsx.
 * A deck with a chart that may not be drawn exports with a placeholder in its place and the
 * other charts drawn, and `check` names the slide and the expression.
 */
import { execFile, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir, writeDeck } from './helpers';

const root = resolve(import.meta.dirname, '../../..');
const outDir = join(root, 'out/cli');
const bundle = join(outDir, 'lectern.mjs');

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [bundle, ...args],
      { cwd: root, encoding: 'utf8', timeout: 90_000 },
      (error, stdout, stderr) => {
        done({
          code: error ? (typeof error.code === 'number' ? error.code : -1) : 0,
          stdout,
          stderr,
        });
      },
    );
  });
}

const chart = (extra: Record<string, unknown> = {}) => ({
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

const deck = {
  format: 'lectern-deck',
  version: 1,
  meta: { title: 'Steel' },
  slides: [
    { id: 's1', layout: 'title', title: 'Steel' },
    {
      id: 's2',
      layout: 'figure',
      title: 'Output',
      blocks: [
        {
          type: 'figure',
          id: 'good',
          figure: { kind: 'chart', spec: chart() },
          caption: 'Output',
          alt: 'Bars',
        },
      ],
    },
    {
      id: 's3',
      layout: 'figure',
      title: 'From a colleague',
      blocks: [
        {
          type: 'figure',
          id: 'bad',
          figure: {
            kind: 'chart',
            spec: chart({ transform: [{ calculate: 'length(sequence(0, 1e9))', as: 'n' }] }),
          },
          caption: 'Sent',
          alt: 'A chart',
        },
      ],
    },
    {
      id: 's4',
      layout: 'bullets',
      title: 'After',
      blocks: [{ type: 'bullets', id: 'b', items: [{ id: 'i', text: 'Gary Works' }] }],
    },
  ],
};

let work: { dir: string; cleanup: () => void };

describe('charts in the built lectern command', { timeout: 180_000 }, () => {
  beforeAll(() => {
    const built = spawnSync(
      process.execPath,
      [join(root, 'main/cli/build/bundle.mjs'), '--if-stale'],
      { cwd: root, encoding: 'utf8' },
    );
    expect(built.status, built.stderr).toBe(0);
    work = tempDir();
  }, 180_000);
  afterAll(() => work?.cleanup());

  it('has the chart worker as a chunk of its own beside the entry, with no Vega in it', () => {
    const workers = readdirSync(outDir).filter((f) => /^chart-worker-[A-Z0-9]+\.mjs$/.test(f));
    expect(workers).toHaveLength(1);
    const meta = JSON.parse(readFileSync(join(outDir, 'meta.json'), 'utf8')) as {
      outputs: Record<string, { bundled: string[] }>;
    };
    expect(meta.outputs[workers[0]!]?.bundled ?? []).not.toContain('vega');
  });

  it('exports a deck whose chart asks for sequence(0, 1e9): the good chart drawn in the worker, a placeholder for the bad one, every slide', async () => {
    const file = writeDeck(join(work.dir, 'steel'), deck);
    const html = join(work.dir, 'steel.html');
    const started = Date.now();
    const r = await run(['export', file, '--html', html]);
    expect(r.code, r.stderr).toBe(0);
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(r.stderr).toMatch(
      /slides\[2\]: warning: the chart "bad" could not be drawn \(.*sequence\(0, 1e9\).*\); a placeholder was exported/,
    );
    const text = readFileSync(html, 'utf8');
    for (const id of ['s1', 's2', 's3', 's4'])
      expect(text.includes(`data-slide-id="${id}"`), id).toBe(true);
    const good = text.slice(
      text.indexOf('data-block-id="good"'),
      text.indexOf('data-slide-id="s3"'),
    );
    expect(good.includes('mark-rect'), 'the good chart is drawn').toBe(true);
    const bad = text.slice(text.indexOf('data-block-id="bad"'), text.indexOf('data-slide-id="s4"'));
    expect(bad).toContain('This chart could not be drawn:');
  });

  it('checks the deck: a warning naming the slide and the expression, the deck valid', async () => {
    const file = writeDeck(join(work.dir, 'steel-check'), deck);
    const r = await run(['check', file]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('1 deck checked, 0 invalid\n');
    expect(r.stderr).toContain(
      'slides[2].blocks[0].figure.spec.transform[0].calculate: warning: the chart on slide 3 ("From a colleague") will not be drawn: the expression "length(sequence(0, 1e9))" calls sequence() over more than 1,000 numbers',
    );
  });
});
