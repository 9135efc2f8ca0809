/**
 * The app and `lectern web` keep a warmed-up import worker waiting (main/import/off-thread.ts),
 * so a lecturer's import does not wait for the generator to load. An import through it drafts
 * exactly what a fresh worker drafts, the next import finds a new worker waiting, and the
 * limits still hold: a reading past its time is stopped and named.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  importOffThread,
  importWorkerWaiting,
  keepImportWorkerWarm,
  stopKeepingImportWorkerWarm,
} from '../../../main/import/off-thread';

const SAMPLE = join(
  import.meta.dirname,
  '../../fixtures/sources/soviet-industrialization-1930s.txt',
);
const job = () => ({
  bytes: new Uint8Array(readFileSync(SAMPLE)),
  fileName: 'sample.txt',
  where: 'sample.txt',
  generate: {},
});
/** The drafts of a result, as the decks' bytes would be written. */
const drafts = (r: Awaited<ReturnType<typeof importOffThread>>) =>
  r.ok
    ? JSON.stringify(r.value.generated?.decks.map((g) => g.deck))
    : `problems: ${JSON.stringify(r.problems)}`;

afterAll(() => stopKeepingImportWorkerWarm());

describe('a warm import worker', () => {
  it('drafts what a fresh worker drafts, and the next import finds another waiting', async () => {
    const cold = await importOffThread(job());
    expect(cold.ok).toBe(true);
    expect(importWorkerWaiting()).toBe(false);

    keepImportWorkerWarm();
    expect(importWorkerWaiting()).toBe(true);
    const warm = await importOffThread(job());
    expect(drafts(warm)).toBe(drafts(cold));
    // Started once the import ended, for the next one.
    expect(importWorkerWaiting()).toBe(true);

    stopKeepingImportWorkerWarm();
    expect(importWorkerWaiting()).toBe(false);
  }, 120_000);

  it('still stops an import past its time, and names the limit', async () => {
    keepImportWorkerWarm(768);
    const r = await importOffThread(job(), { ms: 100, heapMb: 768 });
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems[0]!.what).toMatch(/^took longer than 0\.1 s to import and was stopped/);
    stopKeepingImportWorkerWarm();
  }, 120_000);
});
