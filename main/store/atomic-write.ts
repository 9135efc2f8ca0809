/**
 * Writing a file so that a crash, a full disk or a killed process leaves either the old or
 * the new content, never a mix: temp file in the same folder → write → fsync → (backup) →
 * rename over the target → fsync the folder. The temp file is removed on every failure.
 */
import { dirname } from 'node:path';
import type { FileHandle } from 'node:fs/promises';
import { error, warning, type Problem } from '../../common/deck/problems';
import { nodeFs, type StoreFs } from './fs-seam';
import { tempPathFor } from './paths';
import { describeFsError } from './read';

/**
 * The step at which a write failed, so a message (and a test) can say what happened.
 * `verify`: the caller's last check before the rename refused (the target changed meanwhile).
 */
export type WriteStep = 'create' | 'write' | 'flush' | 'mode' | 'verify' | 'rename';

export interface RetryPolicy {
  /** Total rename attempts, including the first. */
  attempts: number;
  /** Delay before the first retry; each further retry waits three times longer. */
  firstDelayMs: number;
}

/** Windows virus scanners and indexers hold files briefly; ~0.8 s in all before giving up. */
export const DEFAULT_RETRY: RetryPolicy = { attempts: 5, firstDelayMs: 20 };

export interface AtomicWriteOptions {
  fs?: StoreFs;
  /** File mode to give the new file (the old file's, to keep it). */
  mode?: number;
  /** Keep the current content of the target under this name before replacing it. */
  backup?: string;
  retry?: RetryPolicy;
  /**
   * Runs just before the backup and the rename, once the new content is safely on disk:
   * a problem stops the write (step `verify`) and leaves the target as it is. A save uses
   * it to look at the target once more, so a writer in another process that replaced the
   * file while this one was writing is not overwritten unseen.
   */
  verify?: () => Promise<Problem | undefined>;
}

export type AtomicWriteResult =
  | { ok: true; warnings: Problem[] }
  | { ok: false; step: WriteStep; code?: string; problems: Problem[] };

const RETRYABLE = new Set(['EBUSY', 'EPERM', 'EACCES']);
const errCode = (e: unknown) => (e as NodeJS.ErrnoException | undefined)?.code;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Replaces `path` with `bytes` atomically. Never throws; failures are values naming the step. */
export async function writeFileAtomic(
  path: string,
  bytes: Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<AtomicWriteResult> {
  const fs = options.fs ?? nodeFs;
  const temp = tempPathFor(path);
  const warnings: Problem[] = [];
  let step: WriteStep = 'create';
  let handle: FileHandle | undefined;
  try {
    handle = await fs.open(temp, 'wx', options.mode ?? 0o666);
    step = 'write';
    await handle.writeFile(bytes);
    step = 'flush';
    await handle.sync();
    await handle.close();
    handle = undefined;
    if (options.mode !== undefined) {
      step = 'mode';
      // open() applies the umask; chmod gives exactly the mode the old file had.
      await fs.chmod(temp, options.mode);
    }
    if (options.verify) {
      step = 'verify';
      const refused = await options.verify();
      if (refused) {
        await fs.rm(temp, { force: true }).catch(() => undefined);
        return { ok: false, step, problems: [refused] };
      }
    }
    if (options.backup) {
      const problem = await keepBackup(fs, path, options.backup);
      if (problem) warnings.push(problem);
    }
    step = 'rename';
    await renameWithRetry(fs, temp, path, options.retry ?? DEFAULT_RETRY);
  } catch (e) {
    await handle?.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    return { ok: false, step, code: errCode(e), problems: [error(path, failureMessage(step, e))] };
  }
  await syncFolder(fs, dirname(path));
  return { ok: true, warnings };
}

function failureMessage(step: WriteStep, e: unknown): string {
  const cause = describeFsError(e, 'could not be written');
  const at =
    step === 'rename'
      ? 'replacing the file'
      : step === 'verify'
        ? 'checking the file before replacing it'
        : step === 'flush'
          ? 'flushing to disk'
          : step === 'create'
            ? 'creating a temporary file'
            : 'writing';
  return `was not saved: ${cause} (while ${at}); the file on disk was not changed`;
}

async function renameWithRetry(
  fs: StoreFs,
  from: string,
  to: string,
  retry: RetryPolicy,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (e) {
      const code = errCode(e);
      if (attempt >= retry.attempts || !code || !RETRYABLE.has(code)) throw e;
      await sleep(retry.firstDelayMs * 3 ** (attempt - 1));
    }
  }
}

/**
 * Puts the current content of `path` under `backup` without `path` ever being missing: a
 * hard link (instant, no copy) or a copy, made under a temp name and renamed over the old
 * backup. A failed backup does not stop the save; it is reported as a warning.
 */
async function keepBackup(fs: StoreFs, path: string, backup: string): Promise<Problem | undefined> {
  const temp = tempPathFor(path, 'bak-tmp');
  try {
    try {
      await fs.link(path, temp);
    } catch (e) {
      if (errCode(e) === 'ENOENT') return undefined; // nothing to back up: a new file
      await fs.copyFile(path, temp); // file systems without hard links (FAT, some shares)
    }
    await fs.rename(temp, backup);
    return undefined;
  } catch (e) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    return warning(
      backup,
      `the previous version could not be kept as a backup: ${describeFsError(e, 'backup failed')}`,
    );
  }
}

/** Makes the rename itself durable. Windows and some file systems refuse to open a folder. */
async function syncFolder(fs: StoreFs, dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await fs.open(dir, 'r');
    await handle.sync();
  } catch {
    // Not supported here (EISDIR, EPERM, EINVAL); the rename is still atomic.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}
