/** Opening deck files: size limit before reading, strict UTF-8, problems as values. */
import { writeFileSync, truncateSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDeckFile, MAX_DECK_BYTES, sha256 } from '../../../main/store/read';
import { faultyFs, tempDir } from './helpers';

const v1 = readFileSync(join(import.meta.dirname, '../../fixtures/decks/version-1.lectern'));

describe('readDeckFile', () => {
  it('refuses a 200 MB file by its size without reading it', async () => {
    const path = join(tempDir(), 'huge.lectern');
    writeFileSync(path, '');
    truncateSync(path, 200 * 1024 * 1024); // sparse: instant, no disk used
    const probe = faultyFs({ op: 'readFile', code: 'EIO' }); // a read would fail loudly
    const result = await readDeckFile(path, probe.fs);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]).toMatchObject({ where: path, severity: 'error' });
    expect(result.problems[0]!.what).toMatch(/200 MB, larger than the 32 MB/);
    expect(probe.calls).not.toContain('readFile');
    expect(MAX_DECK_BYTES).toBeLessThan(200 * 1024 * 1024);
  });

  it('names the byte offset of invalid UTF-8', async () => {
    const path = join(tempDir(), 'latin1.lectern');
    const at = v1.indexOf('Foreign');
    const bytes = Buffer.concat([
      v1.subarray(0, at),
      Buffer.from([0xe9, 0x74, 0xe9]),
      v1.subarray(at),
    ]); // "été" in Latin-1
    writeFileSync(path, bytes);
    const result = await readDeckFile(path);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems[0]!.where).toBe(`byte ${at}`);
    expect(result.problems[0]!.what).toMatch(/not valid UTF-8/);
    // Truncated multi-byte sequence at the very end.
    writeFileSync(path, Buffer.concat([v1, Buffer.from([0xe2, 0x82])]));
    const cut = await readDeckFile(path);
    expect(!cut.ok && cut.problems[0]!.where).toBe(`byte ${v1.length}`);
  });

  it('reads a deck with its stamp, and says when a file is missing or a folder', async () => {
    const dir = tempDir();
    const path = join(dir, 'd.lectern');
    writeFileSync(path, v1);
    const result = await readDeckFile(path);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.stamp).toMatchObject({ size: v1.length, hash: sha256(v1) });
    const missing = await readDeckFile(join(dir, 'nope.lectern'));
    expect(!missing.ok && missing.problems[0]!.what).toMatch(/is not there/);
    const folder = await readDeckFile(dir);
    expect(!folder.ok && folder.problems[0]!.what).toMatch(/not a file/);
  });

  it('reports a failing read as a problem, not a throw', async () => {
    const path = join(tempDir(), 'd.lectern');
    writeFileSync(path, v1);
    const result = await readDeckFile(path, faultyFs({ op: 'readFile', code: 'EIO' }).fs);
    expect(!result.ok && result.problems[0]!.what).toMatch(/input\/output error/);
  });
});
