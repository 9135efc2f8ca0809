/**
 * A bibliography imported for a deck stays with it (issue 13): the services keep the file in
 * the deck's folder, offer its entries again after a restart, follow the deck when it is
 * duplicated, and say what is wrong with a kept file that cannot be read, over real folders.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../../main/services';
import { sampleDeck, writeDeck } from '../web/helpers';

const FIX = join(import.meta.dirname, '../../fixtures/bibliography');
let dir: string;
let backend: Backend;
let ref: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lectern-bib-'));
  ref = await writeDeck(dir, 'lecture', sampleDeck('Lecture'));
  backend = await openBackend(dir);
});
afterEach(async () => {
  backend.close();
  await rm(dir, { recursive: true, force: true });
});

const bytes = async (name: string) => new Uint8Array(await readFile(join(FIX, name)));

describe('a bibliography kept with its deck', () => {
  it('is kept as sources/bibliography.<ext> and offered again by a new host', async () => {
    expect(await backend.services['bibliography.kept']({ ref })).toMatchObject({
      ok: true,
      value: { name: null, entries: [] },
    });
    const read = await backend.services['bibliography.read']({
      name: 'course.bib',
      bytes: await bytes('course.bib'),
      keepFor: ref,
    });
    expect(read.ok && read.value.kept).toBe(true);
    const keys = read.ok ? read.value.entries.map((e) => e.key) : [];
    expect(keys).toContain('sutton1971');
    expect(await readdir(join(dir, 'lecture', 'sources'))).toEqual(['bibliography.bib']);

    // A restart: another host over the same folder offers the same entries.
    backend.close();
    backend = await openBackend(dir);
    const kept = await backend.services['bibliography.kept']({ ref });
    expect(kept.ok && kept.value.name).toBe('bibliography.bib');
    expect(kept.ok ? kept.value.entries.map((e) => e.key) : []).toEqual(keys);
  });

  it('is replaced by the next import, in whichever format it comes', async () => {
    for (const name of ['course.bib', 'course.ris']) {
      const read = await backend.services['bibliography.read']({
        name,
        bytes: await bytes(name),
        keepFor: ref,
      });
      expect(read.ok).toBe(true);
    }
    expect(await readdir(join(dir, 'lecture', 'sources'))).toEqual(['bibliography.ris']);
  });

  it('is not written without a deck, nor when the file does not read', async () => {
    await backend.services['bibliography.read']({
      name: 'course.bib',
      bytes: await bytes('course.bib'),
    });
    const broken = await backend.services['bibliography.read']({
      name: 'broken.bib',
      bytes: new TextEncoder().encode('@book{oops, title = {Unclosed'),
      keepFor: ref,
    });
    expect(broken.ok).toBe(false);
    await expect(readdir(join(dir, 'lecture', 'sources'))).rejects.toThrow();
  });

  it('is named for the format it was read as, so a file named oddly reads back', async () => {
    const read = await backend.services['bibliography.read']({
      name: 'zotero-export.txt',
      bytes: await bytes('course.json'),
      keepFor: ref,
    });
    expect(read.ok && read.value.kept).toBe(true);
    expect(await readdir(join(dir, 'lecture', 'sources'))).toEqual(['bibliography.json']);
    const kept = await backend.services['bibliography.kept']({ ref });
    expect(kept.ok && kept.value.entries.length).toBe(read.ok ? read.value.entries.length : -1);
  });

  it('is never written through a sources folder that links out of the deck', async () => {
    const outside = join(dir, 'elsewhere');
    await mkdir(outside);
    await symlink(outside, join(dir, 'lecture', 'sources'));
    const read = await backend.services['bibliography.read']({
      name: 'course.bib',
      bytes: await bytes('course.bib'),
      keepFor: ref,
    });
    // The entries still come back, for this sitting; the warning says why they will not stay.
    expect(read.ok && read.value.kept).toBe(false);
    expect(read.ok && read.value.entries.length).toBeGreaterThan(0);
    expect(read.ok ? read.warnings.map((w) => w.what).join(' ') : '').toMatch(
      /link to a folder outside the deck/,
    );
    expect(await readdir(outside)).toEqual([]);
  });

  it('goes with the deck when it is duplicated', async () => {
    await backend.services['bibliography.read']({
      name: 'course.json',
      bytes: await bytes('course.json'),
      keepFor: ref,
    });
    const copy = await backend.services['library.duplicate']({ ref });
    expect(copy.ok).toBe(true);
    const kept = await backend.services['bibliography.kept']({
      ref: copy.ok ? copy.value.ref : '',
    });
    expect(kept.ok && kept.value.entries.length).toBeGreaterThan(0);
  });

  it('says which kept file cannot be read, and never follows a link out of the deck', async () => {
    await backend.services['bibliography.read']({
      name: 'course.bib',
      bytes: await bytes('course.bib'),
      keepFor: ref,
    });
    const kept = join(dir, 'lecture', 'sources', 'bibliography.bib');
    await writeFile(kept, '@book{oops, title = {Unclosed');
    const bad = await backend.services['bibliography.kept']({ ref });
    expect(bad.ok).toBe(false);
    expect(bad.ok ? '' : bad.problems[0]!.where).toBe('sources/bibliography.bib');

    await rm(kept);
    await writeFile(join(dir, 'outside.bib'), await bytes('course.bib'));
    await symlink(join(dir, 'outside.bib'), kept);
    const linked = await backend.services['bibliography.kept']({ ref });
    expect(linked.ok ? 'read' : linked.problems[0]!.what).toMatch(/not a file/);
  });
});
