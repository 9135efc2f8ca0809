/**
 * The deck store against files arranged to mislead it (issue 15): a symlinked `assets/`,
 * hard links, journal temp files of a killed writer, a file replaced while a save writes,
 * and titles that are Windows device names. Real files on the real disk.
 */
import {
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { slugify as slugifyText } from '../../../common/generate/text';
import { serializeDeck } from '../../../common/deck/serialize';
import {
  createDeck,
  importAsset,
  readDeckFile,
  resolveAsset,
  saveDeck,
  slugify,
  writeRecovery,
} from '../../../main/store';
import { nodeFs, type StoreFs } from '../../../main/store/fs-seam';
import { generateDeck } from '../../fixtures/decks/generate';
import { tempDir } from './helpers';

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 7),
]);

/** A pid no process has: past the kernel's pid range. */
const DEAD_PID = 4_194_399;

function deckIn(dir: string): string {
  const path = join(dir, 'x.lectern');
  writeFileSync(path, serializeDeck(generateDeck(3, 1)));
  return path;
}

describe('asset.import into a deck whose assets/ is a link', () => {
  it('refuses to write through a symlinked assets/ folder, and nothing lands outside', async () => {
    const root = tempDir();
    const outside = join(root, 'outside');
    const deckDir = join(root, 'deck');
    mkdirSync(outside);
    mkdirSync(deckDir);
    symlinkSync(outside, join(deckDir, 'assets'));
    const source = join(root, 'photo.png');
    writeFileSync(source, PNG);

    const result = await importAsset(deckDir, source);
    expect(result).toMatchObject({
      ok: false,
      problems: [{ what: expect.stringMatching(/link to a folder outside the deck/) }],
    });
    expect(readdirSync(outside)).toEqual([]);
  });

  it('still imports into a plain assets/ folder, as a copy with one link', async () => {
    const root = tempDir();
    const source = join(root, 'photo.png');
    writeFileSync(source, PNG);
    const result = await importAsset(root, source);
    expect(result).toMatchObject({ ok: true, value: { path: 'assets/photo.png', reused: false } });
    expect(statSync(join(root, 'assets/photo.png')).nlink).toBe(1);
    expect(statSync(source).nlink).toBe(1);
    expect(readdirSync(join(root, 'assets'))).toEqual(['photo.png']);
  });
});

describe('hard-linked assets', () => {
  it('refuses to serve or export an asset that is a hard link (its other name may be anywhere)', async () => {
    const root = tempDir();
    const secret = join(root, 'secret.png');
    writeFileSync(secret, PNG);
    const deckDir = join(root, 'deck');
    mkdirSync(join(deckDir, 'assets'), { recursive: true });
    linkSync(secret, join(deckDir, 'assets/innocent.png'));

    const resolved = await resolveAsset(deckDir, 'assets/innocent.png');
    expect(resolved).toMatchObject({
      ok: false,
      problems: [{ where: 'assets/innocent.png', what: expect.stringMatching(/hard link/) }],
    });
  });

  it('does not reuse a hard-linked file as an identical asset; the import is a fresh copy', async () => {
    const root = tempDir();
    const secret = join(root, 'secret.png');
    writeFileSync(secret, PNG);
    mkdirSync(join(root, 'assets'));
    linkSync(secret, join(root, 'assets/photo.png'));
    const source = join(root, 'photo.png');
    writeFileSync(source, PNG);

    const result = await importAsset(root, source);
    expect(result.ok && result.value.reused).toBe(false);
    const path = result.ok ? join(root, result.value.path) : '';
    expect(statSync(path).nlink).toBe(1);
    expect((await resolveAsset(root, result.ok ? result.value.path : '')).ok).toBe(true);
  });
});

describe('sweeping temp files of dead writers', () => {
  it('removes a recovery-journal temp file left by a killed writer, at the next journal write', async () => {
    const dir = tempDir();
    const path = deckIn(dir);
    const leftover = join(dir, `..x.lectern.recovery.tmp-${DEAD_PID}-0123456789ab`);
    writeFileSync(leftover, '{"format":"lectern-recov');
    const written = await writeRecovery(path, generateDeck(2, 3), null);
    expect(written.ok).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['.x.lectern.recovery', 'x.lectern']);
  });

  it('removes journal and deck temp files at the next save; keeps a fresh one of a live writer', async () => {
    const dir = tempDir();
    const path = deckIn(dir);
    const opened = await readDeckFile(path);
    if (!opened.ok) throw new Error('fixture');
    const dead = [
      `..x.lectern.recovery.tmp-${DEAD_PID}-0123456789ab`,
      `.x.lectern.tmp-${DEAD_PID}-ba9876543210`,
      `.x.lectern.bak-tmp-${DEAD_PID}-aaaaaaaaaaaa`,
    ];
    // The parent process is alive: its fresh temp file is a save under way, and stays.
    const live = `..x.lectern.recovery.tmp-${process.ppid}-bbbbbbbbbbbb`;
    // Alive too, but an hour old: no write takes that long (the pid was reused), so it goes.
    const stale = `.x.lectern.tmp-${process.ppid}-cccccccccccc`;
    for (const name of [...dead, live, stale]) writeFileSync(join(dir, name), 'partial');
    const hourAgo = new Date(Date.now() - 3600_000);
    utimesSync(join(dir, stale), hourAgo, hourAgo);
    // Someone else's hidden file that merely looks similar is never touched.
    writeFileSync(join(dir, '..y.lectern.recovery.tmp-1-0123456789ab'), 'not ours');

    const saved = await saveDeck(path, generateDeck(2, 4), { expected: opened.value.stamp });
    expect(saved.ok).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(
      [live, '..y.lectern.recovery.tmp-1-0123456789ab', 'x.lectern', 'x.lectern.bak'].sort(),
    );
  });
});

describe('a file replaced while a save writes', () => {
  it('is seen by the check just before the rename: a conflict, and the other version stays', async () => {
    const dir = tempDir();
    const path = deckIn(dir);
    const opened = await readDeckFile(path);
    if (!opened.ok) throw new Error('fixture');
    const theirs = serializeDeck(generateDeck(4, 77));
    // Another process saves (by rename, as every editor does) while ours is writing its temp file.
    const racing: StoreFs = {
      ...nodeFs,
      chmod: async (...args: Parameters<typeof nodeFs.chmod>) => {
        writeFileSync(join(dir, 'other.tmp'), theirs);
        await nodeFs.rename(join(dir, 'other.tmp'), path);
        return nodeFs.chmod(...args);
      },
    };
    const saved = await saveDeck(path, generateDeck(2, 5), {
      expected: opened.value.stamp,
      fs: racing,
    });
    expect(saved).toMatchObject({ ok: false, reason: 'conflict' });
    expect(readFileSync(path, 'utf8')).toBe(theirs);
    expect(readdirSync(dir).sort()).toEqual(['x.lectern']);
  });
});

describe('Windows device names', () => {
  const devices = [
    'CON',
    'prn',
    'Aux',
    'NUL',
    'COM1',
    'com9',
    'LPT1',
    'lpt9',
    'CON.txt',
    'nul.lectern',
    'COM¹',
  ];
  const isDevice = (name: string) =>
    /^(con|prn|aux|nul|com[1-9¹²³]|lpt[1-9¹²³])(\..*)?$/i.test(name);

  it('never come out of the deck store slugify, with or without an extension', () => {
    for (const title of devices) {
      const slug = slugify(title);
      expect(isDevice(slug), `${title} → ${slug}`).toBe(false);
      expect(isDevice(`${slug}.lectern`)).toBe(false);
      expect(slugify(slug)).toBe(slug); // stable, as createDeck requires of a given slug
    }
    expect(slugify('Console')).toBe('console');
    expect(slugify('COM10')).toBe('com10');
  });

  it('never come out of the generator slugify', () => {
    for (const title of devices) expect(isDevice(slugifyText(title)), title).toBe(false);
    expect(slugifyText('The Aux')).toBe('aux-deck');
    expect(slugifyText('Lpt1', 'source')).toBe('lpt1-source');
  });

  it('give a deck folder Windows can open', async () => {
    const root = tempDir();
    const created = await createDeck(root, 'CON');
    expect(created.ok).toBe(true);
    expect(readdirSync(root)).toEqual(['con-deck']);
    expect((await createDeck(root, 'x', { slug: 'con' })).ok).toBe(false);
    expect(lstatSync(join(root, 'con-deck', 'con-deck.lectern')).isFile()).toBe(true);
  });
});
