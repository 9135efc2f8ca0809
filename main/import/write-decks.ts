/**
 * Writing generated decks: `<out>/<slug>/<slug>.lectern` through the deck store (create the
 * folder, save atomically), plus the copy of the reading under `sources/` and the images its
 * figure slides show under `assets/`. Refuses before writing anything when a deck folder
 * already exists, so nothing is half-overwritten.
 */
import { access, mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Deck } from '../../common/deck/schema';
import { error, type Problem, type Result } from '../../common/deck/problems';
import type { GeneratedDeck } from '../../common/generate';
import { createDeck, saveDeck } from '../store';
import { ASSETS_DIR, safeAssetName } from '../store/assets';
import { describeFsError } from '../store/read';

/** The file name the reading is copied to, inside `sources/`: safe on every file system. */
export function sourceCopyName(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  const ext =
    dot > 0
      ? fileName
          .slice(dot)
          .toLowerCase()
          .replace(/[^a-z0-9.]/g, '')
      : '';
  const stem = (dot > 0 ? fileName.slice(0, dot) : fileName)
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '')
    .slice(0, 80)
    .toLowerCase();
  return `${stem || 'source'}${ext}`;
}

/** Writes each deck with its source copy; resolves to the deck files written. */
export async function writeGeneratedDecks(
  outDir: string,
  decks: readonly GeneratedDeck[],
  source: { bytes: Uint8Array; copyName: string; images?: ReadonlyMap<string, Uint8Array> },
): Promise<Result<string[]>> {
  const root = resolve(outDir);
  const clashes: Problem[] = [];
  for (const { slug } of decks) {
    const dir = join(root, slug);
    if (await exists(dir))
      clashes.push(
        error(dir, 'already exists; choose another --out folder or move the old deck away'),
      );
  }
  if (clashes.length) return { ok: false, problems: clashes };
  const written: string[] = [];
  const warnings: Problem[] = [];
  for (const { slug, deck } of decks) {
    const created = await createDeck(root, deck.meta.title, { slug });
    if (!created.ok) return created;
    const saved = await saveDeck(created.value.path, deck, { overwrite: true, backup: false });
    if (!saved.ok) return { ok: false, problems: saved.problems };
    for (const w of saved.warnings) warnings.push(w);
    try {
      await mkdir(join(created.value.dir, 'sources'), { recursive: true });
      await writeFile(join(created.value.dir, 'sources', source.copyName), source.bytes);
    } catch (e) {
      return {
        ok: false,
        problems: [
          error(join(created.value.dir, 'sources'), describeFsError(e, 'cannot be written')),
        ],
      };
    }
    const copied = await writeImages(created.value.dir, deck, source.images ?? new Map());
    if (copied) return { ok: false, problems: [copied] };
    written.push(created.value.path);
  }
  return { ok: true, value: written, warnings };
}

/** The asset names (under `assets/`) of the images a deck's figure slides show. */
export function deckImages(deck: Deck): string[] {
  const names = new Set<string>();
  for (const slide of deck.slides) {
    for (const block of slide.blocks) {
      if (
        block.type === 'figure' &&
        block.figure.kind === 'image' &&
        block.figure.asset.startsWith(`${ASSETS_DIR}/`)
      )
        names.add(block.figure.asset.slice(ASSETS_DIR.length + 1));
    }
  }
  return [...names];
}

/**
 * Copies the images `deck` shows into its new folder's `assets/`. The names were made safe on
 * import (safeAssetName); they are checked again here, as a name that is not safe would be a bug.
 */
async function writeImages(
  dir: string,
  deck: Deck,
  images: ReadonlyMap<string, Uint8Array>,
): Promise<Problem | undefined> {
  const names = deckImages(deck);
  if (!names.length) return undefined;
  const assets = join(dir, ASSETS_DIR);
  for (const name of names) {
    const bytes = images.get(name);
    if (!bytes || safeAssetName(name) !== name)
      return error(
        join(assets, name),
        'is shown by a figure slide but its image was not read from the reading',
      );
    try {
      await mkdir(assets, { recursive: true });
      await writeFile(join(assets, name), bytes, { flag: 'wx' });
    } catch (e) {
      return error(join(assets, name), describeFsError(e, 'cannot be written'));
    }
  }
  return undefined;
}

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}
