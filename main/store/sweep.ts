/**
 * Removing temporary files left beside a deck by a writer that died mid-write (power cut,
 * killed process): those of the deck file (`.<name>.tmp-…`, `.<name>.bak-tmp-…`) and those
 * of its recovery journal (`..<name>.recovery.tmp-…`, the journal being a hidden file
 * itself). Only the store's own temp names are touched, and only when the process that made
 * them is gone, so a save running in another process is never disturbed; a temp file older
 * than `STALE_TEMP_MS` goes whatever its pid says (pids are reused, in containers soon).
 */
import { basename, dirname, join } from 'node:path';
import type { StoreFs } from './fs-seam';
import { companionPaths, isStoreTempName } from './paths';

/** No write takes this long; a temp file this old is a leftover even if its pid is alive again. */
export const STALE_TEMP_MS = 15 * 60 * 1000;

/** Deletes stale temp files of `deckPath` and of its journal; returns how many. Never throws. */
export async function sweepStaleTemps(
  deckPath: string,
  fs: StoreFs,
  now = Date.now(),
): Promise<number> {
  const dir = dirname(deckPath);
  const targets = new Set([basename(deckPath), basename(companionPaths(deckPath).journal)]);
  let removed = 0;
  try {
    for (const name of await fs.readdir(dir)) {
      if (!isStoreTempName(name)) continue;
      const m = /^\.(.+)\.(?:tmp|bak-tmp)-(\d+)-[0-9a-f]{12}$/.exec(name);
      if (!m || !targets.has(m[1]!)) continue;
      const pid = Number(m[2]);
      const file = join(dir, name);
      if (
        (pid === process.pid || isRunning(pid)) &&
        !(await olderThan(fs, file, now - STALE_TEMP_MS))
      )
        continue;
      await fs.rm(file, { force: true });
      removed++;
    }
  } catch {
    // Sweeping is housekeeping; a folder we cannot list is not a failed save.
  }
  return removed;
}

async function olderThan(fs: StoreFs, file: string, limit: number): Promise<boolean> {
  try {
    return (await fs.lstat(file)).mtimeMs < limit;
  } catch {
    return false;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // alive, owned by someone else
  }
}
