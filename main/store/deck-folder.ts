/**
 * Deck folders: turning what a user typed into a deck file, finding the decks under a
 * folder, and creating a new deck folder `<slug>/<slug>.lectern` with a minimal valid deck.
 */
import { basename, join, resolve } from 'node:path';
import { error, warning, type Problem, type Result } from '../../common/deck/problems';
import { Deck, DECK_FORMAT, DECK_VERSION } from '../../common/deck/schema';
import { slugify } from '../../common/deck/slug';
import { serializeDeck } from '../../common/deck/serialize';
import { writeFileAtomic } from './atomic-write';
import { ASSETS_DIR } from './assets';
import { nodeFs, type StoreFs } from './fs-seam';
import { DECK_EXT } from './paths';
import { describeFsError } from './read';

/** How deep `findDecks` looks: a decks folder, a course folder, a term folder. */
export const MAX_FIND_DEPTH = 3;

/**
 * The deck file for a user-given path: a `.lectern` file as is, or a folder holding
 * `<folder name>.lectern` (or exactly one `.lectern` file). Never throws.
 */
export async function resolveDeckPath(
  given: string,
  fs: StoreFs = nodeFs,
): Promise<Result<string>> {
  const path = resolve(given);
  try {
    const st = await fs.stat(path);
    if (st.isFile()) {
      return path.endsWith(DECK_EXT)
        ? ok(path)
        : fail(given, `is not a deck file (deck files end in "${DECK_EXT}")`);
    }
    if (!st.isDirectory()) return fail(given, 'is neither a deck file nor a deck folder');
    const named = join(path, basename(path) + DECK_EXT);
    const entries = await fs.readdir(path, { withFileTypes: true });
    const decks = entries
      .filter((e) => e.isFile() && e.name.endsWith(DECK_EXT) && !e.name.startsWith('.'))
      .map((e) => e.name);
    if (decks.includes(basename(named))) return ok(named);
    if (decks.length === 1) return ok(join(path, decks[0]!));
    if (decks.length === 0) return fail(given, `holds no deck file (expected ${basename(named)})`);
    return fail(
      given,
      `holds several deck files (${decks.slice(0, 5).join(', ')}); name the one to open`,
    );
  } catch (e) {
    return fail(given, describeFsError(e, 'cannot be opened'));
  }
}

/**
 * Every deck file under `root`, sorted, looking at most `MAX_FIND_DEPTH` folders down and
 * skipping hidden entries, backups, `node_modules` and symlinked folders (no loops).
 * Unreadable sub-folders are reported as warnings. Never throws.
 */
export async function findDecks(root: string, fs: StoreFs = nodeFs): Promise<Result<string[]>> {
  const found: string[] = [];
  const warnings: Problem[] = [];
  const start = resolve(root);
  try {
    const st = await fs.stat(start);
    if (st.isFile())
      return start.endsWith(DECK_EXT) ? ok([start]) : fail(root, `is not a deck file or folder`);
  } catch (e) {
    return fail(root, describeFsError(e, 'cannot be opened'));
  }
  const queue: Array<{ dir: string; depth: number }> = [{ dir: start, depth: 0 }];
  while (queue.length) {
    const { dir, depth } = queue.shift()!;
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (e) {
      warnings.push(
        warning(dir, `${describeFsError(e, 'cannot be read')}; decks in it were not listed`),
      );
      continue;
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = join(dir, entry.name);
      if (entry.isFile() && entry.name.endsWith(DECK_EXT)) found.push(full);
      else if (entry.isDirectory() && depth < MAX_FIND_DEPTH)
        queue.push({ dir: full, depth: depth + 1 });
    }
  }
  return { ok: true, value: found.sort(), warnings };
}

export interface CreatedDeck {
  dir: string;
  path: string;
  deck: Deck;
}

/**
 * Creates `<parentDir>/<slug>/<slug>.lectern` (slug from the title unless given) holding a
 * one-slide deck, plus its empty `assets/` folder. Refuses when that folder already exists.
 */
export async function createDeck(
  parentDir: string,
  title: string,
  options: { slug?: string; fs?: StoreFs } = {},
): Promise<Result<CreatedDeck>> {
  const fs = options.fs ?? nodeFs;
  const parsed = Deck.safeParse({
    format: DECK_FORMAT,
    version: DECK_VERSION,
    meta: { title: title.trim() },
    slides: [{ id: 's1', layout: 'title', title: title.trim() }],
  });
  if (!parsed.success)
    return fail('title', parsed.error.issues[0]?.message ?? 'is not a valid deck title');
  const slug = options.slug ?? slugify(title);
  if (slug !== slugify(slug))
    return fail(slug, 'is not a usable folder name (use lower-case letters, digits and "-")');
  const dir = join(resolve(parentDir), slug);
  const path = join(dir, slug + DECK_EXT);
  try {
    await fs.mkdir(resolve(parentDir), { recursive: true });
    await fs.mkdir(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return fail(
      dir,
      code === 'EEXIST'
        ? 'already exists; choose another title or folder'
        : describeFsError(e, 'cannot be created'),
    );
  }
  try {
    await fs.mkdir(join(dir, ASSETS_DIR));
  } catch (e) {
    return fail(join(dir, ASSETS_DIR), describeFsError(e, 'cannot be created'));
  }
  const written = await writeFileAtomic(path, Buffer.from(serializeDeck(parsed.data), 'utf8'), {
    fs,
  });
  if (!written.ok) return { ok: false, problems: written.problems };
  return { ok: true, value: { dir, path, deck: parsed.data }, warnings: written.warnings };
}

function ok<T>(value: T): Result<T> {
  return { ok: true, value, warnings: [] };
}

function fail<T>(where: string, what: string): Result<T> {
  return { ok: false, problems: [error(where, what)] };
}
