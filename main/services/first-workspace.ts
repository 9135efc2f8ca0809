/**
 * The workspace a lecturer starts in when they have chosen none: a folder of their own
 * (`~/Lectern`, or `LECTERN_WORKSPACE`), made on the first run and given copies of the sample
 * decks. The app never works on the checkout's own `decks/`: editing a sample there would
 * change the repository, and an update of the app would overwrite the lecturer's edits.
 */
import { cp, lstat, mkdir, readdir } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { DECK_EXT } from '../store/paths';
import { OWN_FILES_ONLY } from './deck-copy';

/** Where the first-run workspace goes: `LECTERN_WORKSPACE`, else `Lectern` in the home folder. */
export function defaultWorkspace(
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  return resolve(env.LECTERN_WORKSPACE?.trim() || join(home, 'Lectern'));
}

export interface Seeded {
  folder: string;
  /** The sample decks copied in: none when the folder was already there. */
  copied: string[];
}

const exists = async (path: string) =>
  lstat(path).then(
    () => true,
    () => false,
  );

/**
 * Makes `folder` if it does not exist yet and copies each sample deck of `samples` into it (a
 * folder holding a deck file, with its assets and sources). A folder that is already there is
 * left as it is, even when empty: it is the lecturer's, and a deck deleted on purpose must not
 * come back. Links and hidden files are never copied.
 */
export async function seedWorkspace(folder: string, samples: string): Promise<Seeded> {
  if (await exists(folder)) return { folder, copied: [] };
  await mkdir(folder, { recursive: true });
  const copied: string[] = [];
  const entries = await readdir(samples, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    const from = join(samples, entry.name);
    const files = await readdir(from);
    if (!files.some((f) => f.endsWith(DECK_EXT))) continue;
    await cp(from, join(folder, entry.name), OWN_FILES_ONLY);
    copied.push(entry.name);
  }
  return { folder, copied: copied.sort() };
}
