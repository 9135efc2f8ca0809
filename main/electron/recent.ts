/**
 * The recent decks for File > Open Recent on Windows and Linux, kept as `recent.json` in the
 * user-data folder (macOS keeps its own list, fed by `app.addRecentDocument`, which also
 * feeds the Windows jump list). Absolute paths of deck files, newest first.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

export const RECENT_FILE = 'recent.json';
export const MAX_RECENT = 10;

const RecentSchema = z.array(z.string().min(1).max(4096)).max(100);

/** The list with `path` moved to the front, at most MAX_RECENT long. */
export function withRecent(list: readonly string[], path: string): string[] {
  return [path, ...list.filter((p) => p !== path)].slice(0, MAX_RECENT);
}

/** The saved list; empty when there is none or it is damaged. */
export async function loadRecent(userData: string): Promise<string[]> {
  try {
    const parsed = RecentSchema.safeParse(
      JSON.parse(await readFile(join(userData, RECENT_FILE), 'utf8')),
    );
    return parsed.success ? parsed.data.slice(0, MAX_RECENT) : [];
  } catch {
    return [];
  }
}

/** Saves the list; a failure only means it is not remembered. */
export async function saveRecent(userData: string, list: readonly string[]): Promise<boolean> {
  const file = join(userData, RECENT_FILE);
  try {
    await mkdir(userData, { recursive: true });
    await writeFile(`${file}.tmp`, JSON.stringify(list.slice(0, MAX_RECENT), null, 2) + '\n');
    await rename(`${file}.tmp`, file);
    return true;
  } catch {
    return false;
  }
}
