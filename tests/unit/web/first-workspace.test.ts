/**
 * The first run (issue 11, item 8): a lecturer who has chosen no folder works in their own
 * (`~/Lectern`, or LECTERN_WORKSPACE), made once with copies of the sample decks; the
 * checkout's `decks/` is never the workspace, so editing never dirties the repository.
 */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
  mkdirSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { defaultWorkspace, seedWorkspace } from '../../../main/services/first-workspace';
import { firstWorkspace } from '../../../main/cli/web-run';
import { findDecks } from '../../../main/store/deck-folder';

const SAMPLES = join(process.cwd(), 'decks');

/** Every file under `dir` with its hash, to show a folder was left exactly as it was. */
function fingerprint(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else
        out[relative(dir, p)] =
          createHash('sha256').update(readFileSync(p)).digest('hex') + ':' + statSync(p).mtimeMs;
    }
  };
  walk(dir);
  return out;
}

describe('the first-run workspace', () => {
  it('is ~/Lectern unless LECTERN_WORKSPACE says otherwise', () => {
    expect(defaultWorkspace({}, '/home/ada')).toBe('/home/ada/Lectern');
    expect(defaultWorkspace({ LECTERN_WORKSPACE: '/data/lectures' }, '/home/ada')).toBe(
      '/data/lectures',
    );
    expect(defaultWorkspace({ LECTERN_WORKSPACE: '  ' }, '/home/ada')).toBe('/home/ada/Lectern');
  });

  it('is made with copies of every sample deck, which open; the checkout is not touched', async () => {
    const home = mkdtempSync(join(tmpdir(), 'lectern-home-'));
    try {
      const before = fingerprint(SAMPLES);
      const folder = await firstWorkspace(SAMPLES, { LECTERN_WORKSPACE: join(home, 'Lectern') });
      expect(folder).toBe(join(home, 'Lectern'));
      const found = await findDecks(folder!);
      if (!found.ok) throw new Error(JSON.stringify(found.problems));
      const samples = await findDecks(SAMPLES);
      if (!samples.ok) throw new Error(JSON.stringify(samples.problems));
      expect(found.value.map((p) => relative(folder!, p)).sort()).toEqual(
        samples.value.map((p) => relative(SAMPLES, p)).sort(),
      );
      expect(found.value.length).toBeGreaterThanOrEqual(3);
      // The copies are whole: each deck file byte for byte, with its sources.
      for (const p of samples.value)
        expect(readFileSync(join(folder!, relative(SAMPLES, p)))).toEqual(readFileSync(p));
      // Editing a copy leaves the sample as it was.
      writeFileSync(found.value[0]!, '{"edited": true}');
      expect(fingerprint(SAMPLES)).toEqual(before);
    } finally {
      rmSync(home, { recursive: true, force: true });
    }
  });

  it('a folder that is already there is the lecturer’s: nothing is copied into it, even when empty', async () => {
    const root = mkdtempSync(join(tmpdir(), 'lectern-seed-'));
    try {
      const mine = join(root, 'Lectern');
      mkdirSync(mine);
      expect((await seedWorkspace(mine, SAMPLES)).copied).toEqual([]);
      expect(readdirSync(mine)).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('copies only deck folders, never links, hidden files or the checkout’s scripts', async () => {
    const root = mkdtempSync(join(tmpdir(), 'lectern-seed-'));
    try {
      const samples = join(root, 'samples');
      mkdirSync(join(samples, 'one', 'sources'), { recursive: true });
      writeFileSync(join(samples, 'one', 'one.lectern'), '{}');
      writeFileSync(join(samples, 'one', 'sources', 'reading.txt'), 'text');
      writeFileSync(join(samples, 'one', '.one.lectern.recovery'), 'journal');
      symlinkSync('/etc/passwd', join(samples, 'one', 'sources', 'passwd'));
      mkdirSync(join(samples, 'not-a-deck'));
      writeFileSync(join(samples, 'not-a-deck', 'notes.txt'), 'x');
      writeFileSync(join(samples, 'compare.ts'), '// a script');
      const seeded = await seedWorkspace(join(root, 'ws'), samples);
      expect(seeded.copied).toEqual(['one']);
      expect(readdirSync(join(root, 'ws'))).toEqual(['one']);
      expect(readdirSync(join(root, 'ws', 'one')).sort()).toEqual(['one.lectern', 'sources']);
      expect(readdirSync(join(root, 'ws', 'one', 'sources'))).toEqual(['reading.txt']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('a folder that cannot be made is said in one line, naming it and the way out', async () => {
    const root = mkdtempSync(join(tmpdir(), 'lectern-seed-'));
    const lines: string[] = [];
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((chunk: string | Uint8Array) => (
      lines.push(String(chunk)),
      true
    )) as typeof process.stderr.write;
    try {
      writeFileSync(join(root, 'file'), 'not a folder');
      const folder = await firstWorkspace(SAMPLES, {
        LECTERN_WORKSPACE: join(root, 'file', 'Lectern'),
      });
      expect(folder).toBeUndefined();
      expect(lines.join('')).toMatch(
        /the workspace .*file\/Lectern could not be made .*--workspace.*LECTERN_WORKSPACE/,
      );
    } finally {
      process.stderr.write = write;
      rmSync(root, { recursive: true, force: true });
    }
  });
});
