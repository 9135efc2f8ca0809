/** Deck paths and folders: resolving what a user typed, listing decks, creating one. */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDeck, findDecks, readDeckFile, resolveDeckPath, slugify } from '../../../main/store';
import { tempDir } from './helpers';

describe('createDeck', () => {
  it('creates <slug>/<slug>.lectern with a valid deck and an assets folder, and refuses to overwrite', async () => {
    const parent = tempDir();
    const created = await createDeck(parent, 'Western Technology, 1929–1932');
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(created.value.dir).toBe(join(parent, 'western-technology-1929-1932'));
    expect(created.value.path).toBe(
      join(created.value.dir, 'western-technology-1929-1932.lectern'),
    );
    expect(readdirSync(created.value.dir).sort()).toEqual([
      'assets',
      'western-technology-1929-1932.lectern',
    ]);
    const opened = await readDeckFile(created.value.path);
    expect(opened.ok && opened.value.deck.meta.title).toBe('Western Technology, 1929–1932');

    const before = readFileSync(created.value.path);
    const again = await createDeck(parent, 'Western technology 1929 1932');
    expect(!again.ok && again.problems[0]!.what).toMatch(/already exists/);
    expect(readFileSync(created.value.path)).toEqual(before);
  });

  it('refuses an empty title', async () => {
    expect((await createDeck(tempDir(), '   ')).ok).toBe(false);
  });

  it('makes slugs from any title', () => {
    expect(slugify('Crédit étranger: 1930s!')).toBe('credit-etranger-1930s');
    expect(slugify('Индустриализация')).toBe('deck');
  });
});

describe('resolveDeckPath and findDecks', () => {
  it('accepts a deck folder or its file, and explains what else it got', async () => {
    const parent = tempDir();
    const created = await createDeck(parent, 'Foreign credit');
    if (!created.ok) throw new Error('create failed');
    expect(await resolveDeckPath(created.value.dir)).toMatchObject({
      ok: true,
      value: created.value.path,
    });
    expect(await resolveDeckPath(created.value.path)).toMatchObject({
      ok: true,
      value: created.value.path,
    });
    const empty = join(parent, 'empty');
    mkdirSync(empty);
    expect(await resolveDeckPath(empty)).toMatchObject({
      ok: false,
      problems: [{ what: expect.stringMatching(/no deck file/) }],
    });
    writeFileSync(join(parent, 'notes.txt'), 'x');
    expect((await resolveDeckPath(join(parent, 'notes.txt'))).ok).toBe(false);
    expect((await resolveDeckPath(join(parent, 'nope'))).ok).toBe(false);
  });

  it('finds decks up to three levels down, skipping backups, hidden files and node_modules', async () => {
    const root = tempDir();
    const make = (rel: string) => {
      mkdirSync(join(root, rel, '..'), { recursive: true });
      writeFileSync(join(root, rel), '{}');
    };
    make('a/a.lectern');
    make('a/a.lectern.bak');
    make('a/.a.lectern.recovery');
    make('term/course/b/b.lectern');
    make('term/course/b/c/too-deep.lectern');
    make('node_modules/x/x.lectern');
    make('.hidden/h.lectern');
    const found = await findDecks(root);
    expect(found.ok && found.value.map((p) => p.slice(root.length + 1))).toEqual([
      'a/a.lectern',
      'term/course/b/b.lectern',
    ]);
  });
});
