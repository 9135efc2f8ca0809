/**
 * A failing disk during save (ENOSPC, EACCES injected at the seam, on the real disk): the
 * original stays byte-identical, no temp file is left, and the result says what happened.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDeckFile, saveDeck } from '../../../main/store';
import { serializeDeck } from '../../../common/deck/serialize';
import { generateDeck } from '../../fixtures/decks/generate';
import { faultyFs, tempDir, type Fault } from './helpers';

const fastRetry = { attempts: 3, firstDelayMs: 1 };

async function setUp() {
  const dir = tempDir();
  const path = join(dir, 'deck.lectern');
  writeFileSync(path, serializeDeck(generateDeck(20, 1)));
  const opened = await readDeckFile(path);
  if (!opened.ok) throw new Error('fixture did not open');
  return { dir, path, stamp: opened.value.stamp, before: readFileSync(path) };
}

const CASES: Array<[Fault, RegExp, string]> = [
  [{ op: 'write', code: 'ENOSPC' }, /the disk is full \(while writing\)/, 'write'],
  [{ op: 'fsync', code: 'ENOSPC' }, /the disk is full \(while flushing to disk\)/, 'flush'],
  [
    { op: 'rename', code: 'ENOSPC', nth: 2 },
    /the disk is full \(while replacing the file\)/,
    'rename',
  ],
  [
    { op: 'open', code: 'EACCES' },
    /permission denied .*\(while creating a temporary file\)/,
    'create',
  ],
  [{ op: 'write', code: 'EACCES' }, /permission denied .*\(while writing\)/, 'write'],
  [{ op: 'fsync', code: 'EACCES' }, /permission denied .*\(while flushing to disk\)/, 'flush'],
  [
    { op: 'rename', code: 'EACCES', nth: 2 },
    /permission denied .*\(while replacing the file\)/,
    'rename',
  ],
];

describe('save under injected faults', () => {
  it.each(CASES)('%j leaves the original intact and says so', async (fault, message, step) => {
    const { dir, path, stamp, before } = await setUp();
    const seam = faultyFs(fault);
    const result = await saveDeck(path, generateDeck(25, 2), {
      expected: stamp,
      fs: seam.fs,
      retry: fastRetry,
    });
    expect(seam.failed).toBeGreaterThan(0);
    expect(result).toMatchObject({ ok: false, reason: 'io', step, code: fault.code });
    if (result.ok) return;
    expect(result.problems[0]!.where).toBe(path);
    expect(result.problems[0]!.what).toMatch(message);
    expect(result.problems[0]!.what).toMatch(/the file on disk was not changed/);
    expect(readFileSync(path)).toEqual(before);
    // Only the deck and (when the failure came after it) a backup equal to the original.
    const left = readdirSync(dir).sort();
    expect(left.filter((n) => n.includes('tmp'))).toEqual([]);
    expect(left.filter((n) => n !== 'deck.lectern' && n !== 'deck.lectern.bak')).toEqual([]);
    if (left.includes('deck.lectern.bak'))
      expect(readFileSync(join(dir, 'deck.lectern.bak'))).toEqual(before);
    // A later save with a healthy disk succeeds with the same stamp.
    expect((await saveDeck(path, generateDeck(25, 2), { expected: stamp })).ok).toBe(true);
  });

  it('retries a rename refused by a busy file (Windows virus scanner) and succeeds', async () => {
    const { path, stamp } = await setUp();
    // rename #1 makes the backup; #2 and #3 (the deck) fail once each, then the lock is gone.
    const seam = faultyFs({ op: 'rename', code: 'EBUSY', nth: 2, times: 2 });
    const next = generateDeck(25, 3);
    const result = await saveDeck(path, next, { expected: stamp, fs: seam.fs, retry: fastRetry });
    expect(result.ok).toBe(true);
    expect(seam.calls.filter((c) => c === 'rename')).toHaveLength(4);
    expect(readFileSync(path, 'utf8')).toBe(serializeDeck(next));
  });

  it('gives up after the bounded retries when the file stays locked', async () => {
    const { dir, path, stamp, before } = await setUp();
    const seam = faultyFs({ op: 'rename', code: 'EBUSY', nth: 2 });
    const result = await saveDeck(path, generateDeck(25, 3), {
      expected: stamp,
      fs: seam.fs,
      retry: fastRetry,
    });
    expect(result).toMatchObject({ ok: false, reason: 'io', step: 'rename', code: 'EBUSY' });
    expect(seam.failed).toBe(3);
    expect(!result.ok && result.problems[0]!.what).toMatch(/in use by another program/);
    expect(readFileSync(path)).toEqual(before);
    expect(readdirSync(dir).filter((n) => n.includes('tmp'))).toEqual([]);
  });

  it('still saves, with a warning, when no backup can be made', async () => {
    const { dir, path, stamp } = await setUp();
    const seam = faultyFs({ op: 'link', code: 'EACCES' });
    const broken = faultyFs({ op: 'copyFile', code: 'ENOSPC' });
    const fs = { ...seam.fs, copyFile: broken.fs.copyFile };
    const result = await saveDeck(path, generateDeck(25, 4), { expected: stamp, fs });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.backup).toBeUndefined();
    expect(result.warnings[0]!.what).toMatch(/could not be kept as a backup: the disk is full/);
    expect(readdirSync(dir)).toEqual(['deck.lectern']);
  });
});
