/**
 * Choosing a workspace: the folders of a folder, for the UI's "Open folder…" (the browser
 * edition has no native folder picker), and the host-independent half of switching.
 */
import { readdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { ApiResult, ArgsOut, ResultOf } from '../../common/api/contract';
import { error, type Result } from '../../common/deck/problems';
import { describeFsError } from '../store/read';
import { DECK_EXT } from '../store/paths';
import type { Backend } from './index';

/** At most this many folders are listed (a folder of 50,000 sub-folders is not browsed by eye). */
const MAX_FOLDERS = 2000;

/** The folders inside `args.path` (the home folder when absent), sorted by name, hidden ones left out. */
export async function listFolders(
  args: ArgsOut<'workspace.folders'>,
  home: string = homedir(),
): Promise<ApiResult<ResultOf<'workspace.folders'>>> {
  const given = args.path?.trim() || home;
  if (!isAbsolute(given))
    return {
      ok: false,
      problems: [error('path', `"${given.slice(0, 200)}" is not a full folder path`)],
    };
  const path = resolve(given);
  let entries;
  try {
    entries = await readdir(path, { withFileTypes: true });
  } catch (e) {
    return { ok: false, problems: [error(path, describeFsError(e, 'cannot be read'))] };
  }
  const names = entries
    .filter((e) => e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules')
    .map((e) => e.name)
    .sort((a, b) => a.localeCompare(b))
    .slice(0, MAX_FOLDERS);
  const folders = await Promise.all(
    names.map(async (name) => ({
      name,
      path: join(path, name),
      decks: await holdsDecks(join(path, name)),
    })),
  );
  const parent = dirname(path);
  return {
    ok: true,
    value: { path, parent: parent === path ? null : parent, folders },
    warnings: [],
  };
}

/** Whether a folder holds a deck, in it or one level down (a workspace's deck folders). */
async function holdsDecks(folder: string): Promise<boolean> {
  try {
    const entries = await readdir(folder, { withFileTypes: true });
    if (entries.some((e) => e.isFile() && e.name.endsWith(DECK_EXT))) return true;
    for (const e of entries
      .filter((x) => x.isDirectory() && !x.name.startsWith('.'))
      .slice(0, 50)) {
      const inner = await readdir(join(folder, e.name)).catch(() => [] as string[]);
      if (inner.some((n) => n.endsWith(DECK_EXT))) return true;
    }
  } catch {
    // Unreadable: shown, without the mark.
  }
  return false;
}

/**
 * The first half of "Open folder…", the same in both hosts: `path` (a full path) opened as a
 * workspace with `open`, or the problem in words. The host then adopts the backend; until it
 * does, the current workspace is untouched, so a folder that cannot be opened changes nothing.
 */
export async function openWorkspaceFolder(
  path: string,
  open: (folder: string) => Promise<Backend>,
): Promise<Result<Backend>> {
  if (!isAbsolute(path))
    return {
      ok: false,
      problems: [error('path', `"${path.slice(0, 200)}" is not a full folder path`)],
    };
  try {
    return { ok: true, value: await open(path), warnings: [] };
  } catch (e) {
    return {
      ok: false,
      problems: [
        error(
          path,
          `cannot be used as the workspace: ${describeFsError(e, 'it cannot be opened')}`,
        ),
      ],
    };
  }
}
