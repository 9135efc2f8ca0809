/**
 * Reading → decks, the way a lecturer meets it: the first generation in a fresh process, with no
 * cache of the generator or of compromise warm. Readings of 12.5k to 100k words are made of the
 * test readings (tests/bench/reading.ts: varied text, so per-sentence caches are no help).
 *
 * Cold rows: each run is a child process (`tsx tests/bench/generate-cold.ts <words>`), the
 * sizes alternated run by run, median and range of RUNS runs. The value is the CPU time of
 * parse + generate (all threads of the child), which the other processes on a shared machine
 * inflate far less than wall time; the wall time and the cost of loading the modules (tsx
 * transpiling, compromise unpacking its lexicon) are given beside it.
 *
 * Warm rows, kept apart: the same readings generated again in this process, caches filled.
 *
 * Target (issue 10): under 1 s at 50,000 words, cold; and linear: time per word at any size
 * within 1.5× of the first size's figure. `GENERATE_BENCH_SIZES` (words, comma-separated) and
 * `GENERATE_BENCH_RUNS` choose the readings and runs; `GENERATE_BENCH_WARM=0` leaves out the
 * warm rows.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { generateDecks } from '../../common/generate';
import { parseSource } from '../../common/source/parse';
import { variedReading } from './reading';
import {
  importOffThread,
  keepImportWorkerWarm,
  stopKeepingImportWorkerWarm,
} from '../../main/import/off-thread';
import type { BenchRow } from './types';

/** Reading sizes in words; `GENERATE_BENCH_SIZES=50000,100000,200000` for 50k and 2× and 4× of it. The first is the linear rows' base. */
const SIZES = (process.env.GENERATE_BENCH_SIZES ?? '12500,25000,50000,100000')
  .split(',')
  .map(Number);
const RUNS = Number(process.env.GENERATE_BENCH_RUNS ?? 3);
const ROOT = resolve(import.meta.dirname, '../..');
const TARGET_MS = 1000;

interface Cold {
  words: number;
  sections: number;
  slides: number;
  load: number;
  loadCpu: number;
  parse: number;
  generate: number;
  runCpu: number;
  preTagged: number;
  postTagged: number;
}

function coldRun(words: number): Cold {
  const tsx = join(ROOT, 'node_modules/.bin/tsx');
  const r = spawnSync(
    tsx,
    [
      '--tsconfig',
      'tsconfig.tests.json',
      join(ROOT, 'tests/bench/generate-cold.ts'),
      String(words),
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (r.status !== 0)
    throw new Error(`cold generation of ${words} words failed: ${r.stderr || r.error?.message}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as Cold;
}

const median = (xs: readonly number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const range = (xs: readonly number[]) =>
  `${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))}`;
const k = (n: number) => `${(n / 1000).toLocaleString('en', { maximumFractionDigits: 1 })}k`;

export default async function bench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  // Cold: one child per run, the sizes alternated so a busy spell of the machine hits them all.
  const cold = new Map<number, Cold[]>(SIZES.map((s) => [s, []]));
  for (let run = 0; run < RUNS; run++) {
    for (const words of run % 2 ? [...SIZES].reverse() : SIZES)
      cold.get(words)!.push(coldRun(words));
  }
  const perWord = new Map<number, number>();
  for (const words of SIZES) {
    const runs = cold.get(words)!;
    const cpu = runs.map((r) => r.runCpu);
    const wall = runs.map((r) => r.parse + r.generate);
    const { words: actual, sections, slides, preTagged, postTagged } = runs[0]!;
    perWord.set(words, median(cpu) / actual);
    rows.push({
      name: `cold parse + generate, ${actual.toLocaleString('en')} words, ${sections} sections → ${slides} slides (fresh process; CPU ms, median of ${RUNS}: ${range(cpu)}; wall ${Math.round(median(wall))} ms, ${range(wall)}; compromise: ${preTagged.toLocaleString('en')} texts pre-tagged, ${postTagged.toLocaleString('en')} clauses post-tagged)`,
      value: median(cpu),
      unit: 'ms',
      ...(words === 50_000
        ? { target: `< ${TARGET_MS} ms cold`, met: median(cpu) < TARGET_MS }
        : {}),
    });
  }
  const load = SIZES.flatMap((s) => cold.get(s)!.map((r) => r.loadCpu));
  rows.push({
    name: `cold module load before the first call: tsx + generator + compromise (CPU ms, ${range(load)}; not in the rows above)`,
    value: median(load),
    unit: 'ms',
  });
  const base = perWord.get(SIZES[0]!)!;
  for (const words of SIZES.slice(1)) {
    const ratio = perWord.get(words)! / base;
    rows.push({
      name: `linear: cold CPU per 1,000 words at ${k(words)} vs at ${k(SIZES[0]!)} words`,
      value: perWord.get(words)! * 1000,
      unit: 'ms',
      baseline: { name: `${k(SIZES[0]!)} words`, value: base * 1000 },
      target: 'ratio ≤ 1.5 (linear)',
      met: ratio <= 1.5,
    });
  }
  rows.push(...(await importWorkerRows()));
  // Warm, in this process: the same readings again, caches filled. Not what a lecturer waits for.
  if (process.env.GENERATE_BENCH_WARM === '0') return rows;
  for (const words of SIZES) {
    const reading = variedReading(words);
    const once = () => {
      const t0 = performance.now();
      const model = parseSource(reading.text, {
        hash: 'sha256:' + '0'.repeat(64),
        format: 'markdown',
      });
      generateDecks(model, { sourceId: 'bench', sourcePath: 'sources/bench.md' });
      return performance.now() - t0;
    };
    once();
    const times = Array.from({ length: RUNS }, once);
    rows.push({
      name: `warm parse + generate in-process, ${reading.words.toLocaleString('en')} words (caches filled; wall ms, median of ${RUNS}: ${range(times)})`,
      value: median(times),
      unit: 'ms',
    });
  }
  return rows;
}

/**
 * What the lecturer waits for in the app and `lectern web`: an import through the import
 * worker (read, parse, generate, the decks sent back), in a fresh worker against one started
 * ahead and warmed up (keepImportWorkerWarm). Wall ms, the two alternated run by run; the
 * worker boots from the sources through tsx here, so the fresh figure is above the built app's.
 */
async function importWorkerRows(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
  for (const words of [SIZES[0]!, 50_000]) {
    const reading = variedReading(words);
    const bytes = new TextEncoder().encode(reading.text);
    const job = { bytes, fileName: 'bench.md', where: 'bench.md', generate: {} };
    const fresh: number[] = [];
    const warm: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      let t0 = performance.now();
      await importOffThread(job);
      fresh.push(performance.now() - t0);
      keepImportWorkerWarm();
      // The spare warms up while the lecturer picks a file; it is ready well within this.
      await sleep(6000);
      t0 = performance.now();
      await importOffThread(job);
      warm.push(performance.now() - t0);
      stopKeepingImportWorkerWarm();
    }
    rows.push({
      name: `import of ${reading.words.toLocaleString('en')} words through a warmed-up worker vs a fresh one (wall ms, median of ${RUNS}: ${range(warm)} vs ${range(fresh)})`,
      value: median(warm),
      unit: 'ms',
      baseline: { name: 'fresh worker', value: median(fresh) },
    });
  }
  return rows;
}
