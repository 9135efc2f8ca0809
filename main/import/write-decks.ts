/**
 * Writing generated decks: `<out>/<slug>/<slug>.lectern` through the deck store (create the
 * folder, save atomically), plus the copy of the reading under `sources/`. Refuses before
 * writing anything when a deck folder already exists, so nothing is half-overwritten.
 */
import { access, mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { error, type Problem, type Result } from '../../common/deck/problems';
import type { GeneratedDeck } from '../../common/generate';
import { createDeck, saveDeck } from '../store';
import { describeFsError } from '../store/read';

/** The file name the reading is copied to, inside `sources/`: safe on every file system. */
export function sourceCopyName(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  const ext = dot > 0 ? fileName.slice(dot).toLowerCase().replace(/[^a-z0-9.]/g, '') : '';
  const stem = (dot > 0 ? fileName.slice(0, dot) : fileName)
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '')
    .slice(0, 80)
    .toLowerCase();
  return `${stem || 'source'}${ext}`;
}

/** Writes each deck with its source copy; resolves to the deck files written. */
export async function writeGeneratedDecks(outDir: string, decks: readonly GeneratedDeck[], source: { bytes: Uint8Array; copyName: string }): Promise<Result<string[]>> {
  const root = resolve(outDir);
  const clashes: Problem[] = [];
  for (const { slug } of decks) {
    const dir = join(root, slug);
    if (await exists(dir)) clashes.push(error(dir, 'already exists; choose another --out folder or move the old deck away'));
  }
  if (clashes.length) return { ok: false, problems: clashes };
  const written: string[] = [];
  const warnings: Problem[] = [];
  for (const { slug, deck } of decks) {
    const created = await createDeck(root, deck.meta.title, { slug });
    if (!created.ok) return created;
    const saved = await saveDeck(created.value.path, deck, { overwrite: true, backup: false });
    if (!saved.ok) return { ok: false, problems: saved.problems };
    warnings.push(...saved.warnings);
    try {
      await mkdir(join(created.value.dir, 'sources'), { recursive: true });
      await writeFile(join(created.value.dir, 'sources', source.copyName), source.bytes);
    } catch (e) {
      return { ok: false, problems: [error(join(created.value.dir, 'sources'), describeFsError(e, 'cannot be written'))] };
    }
    written.push(created.value.path);
  }
  return { ok: true, value: written, warnings };
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
