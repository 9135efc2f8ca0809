/** Assets: copied in under safe names, deduplicated, and never resolved outside the deck folder. */
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importAsset, resolveAsset, safeAssetName } from '../../../main/store';
import { tempDir } from './helpers';

function setUp() {
  const root = tempDir();
  const deckDir = join(root, 'deck');
  mkdirSync(deckDir);
  const outside = join(root, 'outside');
  mkdirSync(outside);
  return { root, deckDir, outside };
}

describe('importAsset', () => {
  it('copies an image under a safe name and returns the relative path', async () => {
    const { deckDir, outside } = setUp();
    const source = join(outside, 'Карта Урала (1932) — final!.PNG');
    writeFileSync(source, 'png-1');
    const result = await importAsset(deckDir, source);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.path).toMatch(/^assets\/[a-z0-9_-]+\.png$/);
    expect(readFileSync(join(deckDir, result.value.path), 'utf8')).toBe('png-1');
  });

  it('reuses an identical file and gives a different one with the same name a new name', async () => {
    const { deckDir, outside } = setUp();
    const a = join(outside, 'map.png');
    writeFileSync(a, 'first map');
    const first = await importAsset(deckDir, a);
    const again = await importAsset(deckDir, a);
    expect(first).toMatchObject({ ok: true, value: { path: 'assets/map.png', reused: false } });
    expect(again).toMatchObject({ ok: true, value: { path: 'assets/map.png', reused: true } });

    const b = join(outside, 'other', 'map.png');
    mkdirSync(join(outside, 'other'));
    writeFileSync(b, 'a different map');
    const second = await importAsset(deckDir, b);
    expect(second.ok && second.value.path).toMatch(/^assets\/map-[0-9a-f]{10}\.png$/);
    expect(second.ok && second.value.reused).toBe(false);
    expect((await importAsset(deckDir, b)).ok && (await importAsset(deckDir, b))).toMatchObject({
      value: { reused: true },
    });
    expect(readFileSync(join(deckDir, 'assets/map.png'), 'utf8')).toBe('first map');
    expect(readdirSync(join(deckDir, 'assets')).sort()).toHaveLength(2); // no temp files left
  });

  it('refuses what is not an image, and a missing source, as problems', async () => {
    const { deckDir, outside } = setUp();
    writeFileSync(join(outside, 'notes.exe'), 'x');
    expect((await importAsset(deckDir, join(outside, 'notes.exe'))).ok).toBe(false);
    const missing = await importAsset(deckDir, join(outside, 'gone.png'));
    expect(!missing.ok && missing.problems[0]!.what).toMatch(/is not there/);
  });

  it('makes names safe on every system', () => {
    expect(safeAssetName('Été à Moscou.JPG')).toBe('ete-a-moscou.jpg');
    expect(safeAssetName('CON.png')).toBe('image-con.png');
    expect(safeAssetName('...png')).toBe('image.png');
    expect(safeAssetName('../../etc/x.png')).toMatch(/^[a-z0-9_-]+\.png$/);
  });
});

describe('resolveAsset', () => {
  it('resolves a file inside the deck folder', async () => {
    const { deckDir } = setUp();
    mkdirSync(join(deckDir, 'assets'));
    writeFileSync(join(deckDir, 'assets', 'map.png'), 'x');
    const result = await resolveAsset(deckDir, 'assets/map.png');
    expect(result.ok && result.value.endsWith(join('deck', 'assets', 'map.png'))).toBe(true);
  });

  it('refuses a symlink that leaves the deck folder, naming the path', async () => {
    const { deckDir, outside } = setUp();
    writeFileSync(join(outside, 'secret.png'), 'secret');
    mkdirSync(join(deckDir, 'assets'));
    symlinkSync(join(outside, 'secret.png'), join(deckDir, 'assets', 'innocent.png'));
    symlinkSync(outside, join(deckDir, 'assets', 'dir'));
    for (const rel of ['assets/innocent.png', 'assets/dir/secret.png']) {
      const result = await resolveAsset(deckDir, rel);
      expect(result.ok, rel).toBe(false);
      if (result.ok) continue;
      expect(result.problems[0]).toMatchObject({ where: rel, severity: 'error' });
      expect(result.problems[0]!.what).toMatch(/outside the deck folder/);
    }
  });

  it.each([
    '../outside/secret.png',
    'assets/../../outside/secret.png',
    '/etc/passwd',
    'C:\\Windows\\win.ini',
    '\\\\server\\share\\x.png',
    'file:///etc/passwd',
    '%2e%2e/outside/secret.png',
  ])('refuses %j before touching the disk', async (rel) => {
    const { deckDir, outside } = setUp();
    writeFileSync(join(outside, 'secret.png'), 'secret');
    const result = await resolveAsset(deckDir, rel);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems[0]!.where).toBe(rel);
  });

  it('reports a missing asset as a problem', async () => {
    const { deckDir } = setUp();
    const result = await resolveAsset(deckDir, 'assets/gone.png');
    expect(!result.ok && result.problems[0]).toMatchObject({
      where: 'assets/gone.png',
      what: expect.stringMatching(/missing/),
    });
  });
});
