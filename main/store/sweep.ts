/**
 * Removing temporary files left beside a deck by a writer that died mid-save (power cut,
 * killed process). Only the store's own temp names are touched, and only when the process
 * that made them is gone, so a save running in another process is never disturbed.
 */
import { basename, dirname, join } from 'node:path';
import type { StoreFs } from './fs-seam';
import { isStoreTempName } from './paths';

/** Deletes stale temp files of `deckPath`; returns how many. Never throws. */
export async function sweepStaleTemps(deckPath: string, fs: StoreFs): Promise<number> {
  const dir = dirname(deckPath);
  const prefix = `.${basename(deckPath)}.`;
  let removed = 0;
  try {
    for (const name of await fs.readdir(dir)) {
      if (!name.startsWith(prefix) || !isStoreTempName(name)) continue;
      const pid = Number(/-(\d+)-[0-9a-f]{12}$/.exec(name)?.[1]);
      if (pid === process.pid || isRunning(pid)) continue;
      await fs.rm(join(dir, name), { force: true });
      removed++;
    }
  } catch {
    // Sweeping is housekeeping; a folder we cannot list is not a failed save.
  }
  return removed;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // alive, owned by someone else
  }
}
