/** Atomic save on the real disk: mode and backup kept, stamps chain, conflicts and read-only files refused. */
import {
  chmodSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
  lstatSync,
  utimesSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDeckFile, saveDeck } from '../../../main/store';
import { serializeDeck } from '../../../common/deck/serialize';
import { generateDeck } from '../../fixtures/decks/generate';
import { tempDir } from './helpers';

async function openFresh(dir: string, seed = 1) {
  const path = join(dir, 'deck.lectern');
  writeFileSync(path, serializeDeck(generateDeck(3, seed)));
  const opened = await readDeckFile(path);
  if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
  return { path, opened: opened.value };
}

describe('saveDeck', () => {
  it('replaces the file, keeps its mode, and keeps the previous version as .bak', async () => {
    const dir = tempDir();
    const { path, opened } = await openFresh(dir);
    chmodSync(path, 0o640);
    const before = readFileSync(path);
    const next = generateDeck(4, 2);
    const saved = await saveDeck(path, next, { expected: opened.stamp });
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(readFileSync(path, 'utf8')).toBe(serializeDeck(next));
    expect(statSync(path).mode & 0o777).toBe(0o640);
    expect(saved.value.backup).toBe(join(dir, 'deck.lectern.bak'));
    expect(readFileSync(join(dir, 'deck.lectern.bak'))).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(['deck.lectern', 'deck.lectern.bak']);
    // The returned stamp lets the next save go through, and the backup moves on by one.
    const third = generateDeck(5, 3);
    const again = await saveDeck(path, third, { expected: saved.value.stamp });
    expect(again.ok).toBe(true);
    expect(readFileSync(join(dir, 'deck.lectern.bak'), 'utf8')).toBe(serializeDeck(next));
    expect(statSync(path).mode & 0o777).toBe(0o640);
  });

  it('refuses to replace a read-only deck file (mode 444 in a writable folder), even when told to overwrite', async () => {
    const { path, opened } = await openFresh(tempDir());
    chmodSync(path, 0o444);
    const before = readFileSync(path, 'utf8');
    for (const overwrite of [false, true]) {
      const saved = await saveDeck(path, generateDeck(2, 9), { expected: opened.stamp, overwrite });
      expect(saved).toMatchObject({
        ok: false,
        reason: 'read-only',
        problems: [
          {
            where: path,
            what: expect.stringMatching(/^is read-only; use Save as… to keep your changes/),
          },
        ],
      });
    }
    expect(readFileSync(path, 'utf8')).toBe(before);
    expect(statSync(path).mode & 0o777).toBe(0o444);
    expect(readdirSync(dirname(path)).sort()).toEqual([basename(path)]);
  });

  it('refuses to overwrite a deck changed on disk after opening, unless told to', async () => {
    const dir = tempDir();
    const { path, opened } = await openFresh(dir);
    const theirs = serializeDeck(generateDeck(3, 77));
    writeFileSync(path, theirs); // someone else saves
    const mine = generateDeck(3, 5);
    const refused = await saveDeck(path, mine, { expected: opened.stamp });
    expect(refused).toMatchObject({ ok: false, reason: 'conflict' });
    if (refused.ok) return;
    expect(refused.problems[0]!.what).toMatch(/changed on disk/);
    expect(readFileSync(path, 'utf8')).toBe(theirs);
    expect(readdirSync(dir)).toEqual(['deck.lectern']);

    const forced = await saveDeck(path, mine, { expected: opened.stamp, overwrite: true });
    expect(forced.ok).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe(serializeDeck(mine));
    expect(readFileSync(join(dir, 'deck.lectern.bak'), 'utf8')).toBe(theirs); // their version is not lost
  });

  it('sees a same-size edit by content, and ignores a touch that changed nothing', async () => {
    const { path, opened } = await openFresh(tempDir());
    const original = readFileSync(path, 'utf8');
    utimesSync(path, new Date(), new Date(Date.now() + 5000)); // touched, same bytes
    expect((await saveDeck(path, generateDeck(3, 4), { expected: opened.stamp })).ok).toBe(true);

    const { path: p2, opened: o2 } = await openFresh(tempDir());
    const sameSize = readFileSync(p2, 'utf8').replace('"Generated deck 1"', '"Generated deck 9"');
    writeFileSync(p2, sameSize);
    expect(sameSize.length).toBe(original.length);
    expect(await saveDeck(p2, generateDeck(3, 4), { expected: o2.stamp })).toMatchObject({
      ok: false,
      reason: 'conflict',
    });
    expect(readFileSync(p2, 'utf8')).toBe(sameSize);
  });

  it('refuses to replace an existing file it never opened, or to recreate a deleted one silently', async () => {
    const dir = tempDir();
    const { path, opened } = await openFresh(dir);
    const before = readFileSync(path);
    expect(await saveDeck(path, generateDeck(2, 3))).toMatchObject({
      ok: false,
      reason: 'conflict',
    });
    expect(readFileSync(path)).toEqual(before);

    const fresh = join(dir, 'new.lectern');
    const created = await saveDeck(fresh, generateDeck(2, 3));
    expect(created.ok).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['deck.lectern', 'new.lectern']); // no backup of nothing

    const { rmSync } = await import('node:fs');
    rmSync(path);
    const gone = await saveDeck(path, generateDeck(2, 3), { expected: opened.stamp });
    expect(gone).toMatchObject({ ok: false, reason: 'conflict' });
    if (!gone.ok) expect(gone.problems[0]!.what).toMatch(/deleted or moved/);
  });

  it('saves through a symlinked deck file to the file it points to', async () => {
    const dir = tempDir();
    const { path, opened } = await openFresh(dir);
    const link = join(dir, 'alias.lectern');
    symlinkSync(path, link);
    const next = generateDeck(2, 8);
    expect((await saveDeck(link, next, { expected: opened.stamp })).ok).toBe(true);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe(serializeDeck(next));
  });
});
