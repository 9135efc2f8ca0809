/**
 * A deck written again as a new deck beside the one it came from: Save as… from the editor,
 * Duplicate from the library, and the sample decks copied into a first workspace all copy a
 * deck's own files by the same rules.
 */
import { cp, lstat, mkdir } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Deck } from '../../common/deck/schema';
import type { Result } from '../../common/deck/problems';
import { saveDeck, slugify } from '../store';
import { DECK_EXT } from '../store/paths';
import { describeFsError, type DiskStamp } from '../store/read';
import { deckUnit, exists, fail, freeName, ok, type ServiceContext } from './context';

/**
 * How a deck's files are copied: never over an existing file, and without links (one could
 * point anywhere on the disk; a copy must not carry it into the new deck) or hidden files
 * (journals, backups).
 */
export const OWN_FILES_ONLY = {
  recursive: true,
  errorOnExist: true,
  force: false,
  filter: async (src: string) =>
    !basename(src).startsWith('.') && !(await lstat(src)).isSymbolicLink(),
} as const;

/** Copies `assets/` and `sources/` (the deck's own files), leaving out links and hidden files. */
export async function copyDeckFolders(from: string, to: string): Promise<void> {
  for (const sub of ['assets', 'sources']) {
    if (!(await exists(join(from, sub)))) continue;
    await cp(join(from, sub), join(to, sub), OWN_FILES_ONLY);
  }
}

/** Where a deck copy went: its file and the stamp it was written with. */
export interface DeckCopy {
  path: string;
  stamp: DiskStamp;
}

/**
 * Writes `deck`, titled `title`, as a new deck in a folder of its own beside the deck at `abs`
 * (named after the title, never over an existing one), with copies of that deck's assets and
 * sources. `what` names the new deck in an error ("the copy", "the new deck").
 */
export async function writeDeckCopy(
  ctx: ServiceContext,
  abs: string,
  deck: Deck,
  title: string,
  what: string,
): Promise<Result<DeckCopy>> {
  const unit = await deckUnit(ctx, abs);
  const parent = unit.ownsFolder ? dirname(unit.dir) : unit.dir;
  const slug = await freeName(parent, slugify(title));
  const dir = join(parent, slug);
  const path = join(dir, slug + DECK_EXT);
  try {
    await mkdir(dir);
    await copyDeckFolders(unit.dir, dir);
  } catch (e) {
    return fail(
      ctx.workspace.toRef(dir),
      `${what} could not be made: ${describeFsError(e, 'copy failed')}`,
    );
  }
  const saved = await saveDeck(path, { ...deck, meta: { ...deck.meta, title } }, { backup: false });
  if (!saved.ok) return { ok: false, problems: saved.problems };
  return ok({ path, stamp: saved.value.stamp });
}
