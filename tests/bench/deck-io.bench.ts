/**
 * Deck I/O speed on a generated 1,000-slide deck, each beside the plainest way to do the same
 * work on the same bytes, measured in the same run (median of several runs):
 * - open + validate (readDeckFile) vs readFile + JSON.parse — target ≤ 3×;
 * - saveDeck (conflict check, backup, atomic replace) vs JSON.stringify + writeFile + fsync +
 *   rename + folder fsync, the same two flushes — target ≤ 2×.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeDeck } from '../../common/deck/serialize';
import { readDeckFile, saveDeck, type DiskStamp } from '../../main/store';
import { generateDeck } from '../fixtures/decks/generate';
import type { BenchRow } from './types';

const RUNS = 15;

async function median(runs: number, work: () => Promise<void>): Promise<number> {
  await work(); // warm up the JIT and the page cache
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/** Interleaves two measurements so a noisy disk hurts both alike. */
async function pair(a: () => Promise<void>, b: () => Promise<void>): Promise<[number, number]> {
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < 3; i++) {
    as.push(await median(RUNS, a));
    bs.push(await median(RUNS, b));
  }
  const mid = (xs: number[]) => xs.sort((x, y) => x - y)[1]!;
  return [mid(as), mid(bs)];
}

export default async function deckIo(): Promise<BenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'lectern-bench-'));
  try {
    const deck = generateDeck(1000, 7);
    const path = join(dir, 'deck.lectern');
    await fsp.writeFile(path, serializeDeck(deck));
    const size = (await fsp.stat(path)).size;

    const [open, parse] = await pair(
      async () => {
        const r = await readDeckFile(path);
        if (!r.ok) throw new Error(JSON.stringify(r.problems));
      },
      async () => {
        JSON.parse(await fsp.readFile(path, 'utf8'));
      },
    );

    const first = await readDeckFile(path);
    if (!first.ok) throw new Error('generated deck did not open');
    let stamp: DiskStamp = first.value.stamp;
    const barePath = join(dir, 'bare.lectern');
    await fsp.writeFile(barePath, serializeDeck(deck));
    const [save, write] = await pair(
      async () => {
        const r = await saveDeck(path, deck, { expected: stamp });
        if (!r.ok) throw new Error(JSON.stringify(r.problems));
        stamp = r.value.stamp;
      },
      async () => {
        const text = JSON.stringify(deck, null, 2);
        const temp = `${barePath}.tmp`;
        const handle = await fsp.open(temp, 'w');
        await handle.writeFile(text);
        await handle.sync();
        await handle.close();
        await fsp.rename(temp, barePath);
        const folder = await fsp.open(dir, 'r');
        await folder.sync();
        await folder.close();
      },
    );

    const mb = (size / 1024 / 1024).toFixed(1);
    return [
      {
        name: `open + validate 1,000 slides (${mb} MB)`,
        value: open,
        unit: 'ms',
        baseline: { name: 'readFile + JSON.parse', value: parse },
        target: '≤ 3× baseline',
        met: open <= 3 * parse,
      },
      {
        name: `save 1,000 slides (${mb} MB)`,
        value: save,
        unit: 'ms',
        baseline: { name: 'JSON.stringify + write + fsync + rename + folder fsync', value: write },
        target: '≤ 2× baseline',
        met: save <= 2 * write,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
