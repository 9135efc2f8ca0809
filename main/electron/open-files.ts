/**
 * Deck files that reach the app from outside: the command line (first launch, or a second
 * launch handing its arguments over through `second-instance`), the OS (`open-file` on
 * macOS, a double-click through the file association), File > Open… and Open Recent.
 * A deck path may be the `.lectern` file or its folder (`<slug>/` holding `<slug>.lectern`).
 */
import { realpathSync, statSync } from 'node:fs';
import { basename, dirname, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { DECK_EXTENSION, deckRefProblem } from '../../common/api/contract';

/** Options of ours that take a value; their value is not a file to open. */
const OPTIONS_WITH_VALUE = new Set(['--workspace']);

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The deck file a user's path names: the file itself, or `<folder>/<folder>.lectern`; undefined if neither. */
export function deckFileOf(path: string): string | undefined {
  if (extname(path).toLowerCase() === DECK_EXTENSION) return isFile(path) ? path : undefined;
  const inFolder = join(path, basename(path) + DECK_EXTENSION);
  return isFile(inFolder) ? inFolder : undefined;
}

/**
 * The deck files named on a command line (`argv` as Electron gives it, relative paths taken
 * from `cwd`). Skips the executable, the app folder, switches and our options' values, and
 * anything that is not a deck.
 */
export function decksFromArgv(argv: readonly string[], cwd: string): string[] {
  const found: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const arg = argv[i]!;
    if (OPTIONS_WITH_VALUE.has(arg)) {
      i++;
      continue;
    }
    if (arg.startsWith('-')) continue;
    const deck = deckFileOf(resolve(cwd, arg));
    if (deck && !found.includes(deck)) found.push(deck);
  }
  return found;
}

/** Where a deck file sits: the workspace to show it in and its ref there. */
export interface DeckLocation {
  workspace: string;
  ref: string;
}

function inside(root: string, path: string): boolean {
  return path === root || path.startsWith(root + sep);
}

/**
 * Locates the deck file `file` (already checked to exist): inside `currentWorkspace` when it
 * is there (through symlinks too), else in a workspace of its own, the folder that holds the
 * deck's folder (so its assets stay reachable and the library shows its neighbours). Refuses
 * a deck that cannot be a ref (e.g. inside a hidden folder), with a reason to show.
 */
export function locateDeck(
  file: string,
  currentWorkspace: string,
): { ok: true; value: DeckLocation } | { ok: false; what: string } {
  let real: string;
  let root: string;
  try {
    real = realpathSync(file);
    root = realpathSync(currentWorkspace);
  } catch {
    return { ok: false, what: `${file} could not be found` };
  }
  let workspace = root;
  if (!inside(root, real)) {
    const folder = dirname(real);
    workspace = basename(folder) === basename(real, extname(real)) ? dirname(folder) : folder;
  }
  const ref = relative(workspace, real).split(sep).join('/');
  const problem = isAbsolute(ref) ? 'is on another drive' : deckRefProblem(ref);
  if (problem) return { ok: false, what: `${file} cannot be opened: the deck ${problem}` };
  return { ok: true, value: { workspace, ref } };
}
