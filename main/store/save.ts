/**
 * Saving a deck: refuse to overwrite a change someone else made on disk since the deck was
 * opened (checked before writing and again just before the rename), refuse to replace a
 * read-only file, then replace the file atomically, keeping the previous version as
 * `<slug>.lectern.bak`.
 */
import { constants } from 'node:fs';
import type { Deck } from '../../common/deck/schema';
import { error, type Problem } from '../../common/deck/problems';
import { writeFileAtomic, type RetryPolicy, type WriteStep } from './atomic-write';
import { nodeFs, type StoreFs } from './fs-seam';
import { companionPaths } from './paths';
import { SerializedDeck } from './serialized-deck';
import { sweepStaleTemps } from './sweep';
import { describeFsError, sha256, type DiskStamp } from './read';

export interface SaveOptions {
  /** The stamp from when the deck was opened or last saved; required to replace an existing file. */
  expected?: DiskStamp;
  /** Replace the file even if it changed on disk (the user chose "keep mine"). */
  overwrite?: boolean;
  /** Keep the previous version as `<name>.bak` (default true). */
  backup?: boolean;
  fs?: StoreFs;
  retry?: RetryPolicy;
}

export interface SavedDeck {
  /** The new stamp: pass it as `expected` to the next save. */
  stamp: DiskStamp;
  /** The backup file, when a previous version was kept. */
  backup?: string;
}

export type SaveFailure =
  | { ok: false; reason: 'conflict'; problems: Problem[] }
  /** The file is read-only (its mode, or this user may not write it): Save as is the way out. */
  | { ok: false; reason: 'read-only'; problems: Problem[] }
  | { ok: false; reason: 'io'; step: WriteStep | 'check'; code?: string; problems: Problem[] };

export type SaveResult = { ok: true; value: SavedDeck; warnings: Problem[] } | SaveFailure;

/**
 * Serializes `deck` and writes it to `path` atomically. Refuses with `reason: 'conflict'` when
 * the file on disk is not the one described by `options.expected` (edited, replaced, deleted,
 * or present when no stamp was given), unless `options.overwrite` is set; the check runs
 * before writing and again just before the rename. Refuses with `reason: 'read-only'` when
 * the file may not be written (a rename would replace it all the same). Never throws.
 *
 * The deck is not validated again here: it is typed, and the hosts validate what they receive.
 * A big deck may come already serialized (on a worker thread, see save-off-thread.ts).
 */
export async function saveDeck(
  path: string,
  deck: Deck | SerializedDeck,
  options: SaveOptions = {},
): Promise<SaveResult> {
  const fs = options.fs ?? nodeFs;
  const target = await followLink(fs, path);
  let mode: number | undefined;
  let exists = true;
  try {
    const st = await fs.stat(target);
    if (!st.isFile())
      return ioFailure('check', undefined, error(path, 'is not a file; the deck was not saved'));
    mode = st.mode & 0o7777;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT')
      return ioFailure(
        'check',
        e,
        error(path, `${describeFsError(e, 'cannot be checked')}; the deck was not saved`),
      );
    exists = false;
  }
  if (exists && (await isReadOnly(fs, target, mode ?? 0))) {
    return {
      ok: false,
      reason: 'read-only',
      problems: [
        error(
          path,
          'is read-only; use Save as… to keep your changes in a new deck (or make the file writable and save again)',
        ),
      ],
    };
  }

  const check = options.overwrite ? undefined : () => findConflict(fs, target, options.expected);
  const conflict = await check?.();
  if (conflict) return { ok: false, reason: 'conflict', problems: [error(path, conflict)] };

  const { bytes } = deck instanceof SerializedDeck ? deck : SerializedDeck.of(deck);
  const backup = options.backup !== false && exists ? companionPaths(target).backup : undefined;
  const verify =
    check &&
    (async () => {
      const changed = await check();
      return changed ? error(path, changed) : undefined;
    });
  const written = await writeFileAtomic(target, bytes, {
    fs,
    mode,
    backup,
    retry: options.retry,
    verify,
  });
  if (!written.ok) {
    if (written.step === 'verify' && !written.code)
      return { ok: false, reason: 'conflict', problems: written.problems };
    return {
      ok: false,
      reason: 'io',
      step: written.step,
      code: written.code,
      problems: written.problems,
    };
  }

  await sweepStaleTemps(target, fs);
  let mtimeMs = Date.now();
  try {
    mtimeMs = (await fs.stat(target)).mtimeMs;
  } catch {
    // Saved, but the stamp's mtime is a guess; the size and hash still identify the content.
  }
  const backupKept = backup && !written.warnings.some((w) => w.where === backup);
  return {
    ok: true,
    value: {
      stamp: { size: bytes.byteLength, mtimeMs, hash: sha256(bytes) },
      ...(backupKept ? { backup } : {}),
    },
    warnings: written.warnings,
  };
}

/**
 * True when the deck file may not be written: no write bit in its mode (mode 444, or the
 * read-only attribute on Windows, which also holds for an administrator), or this user is
 * refused write access. The folder may still be writable, and a rename would then replace
 * the file without a word, so the save refuses instead.
 */
async function isReadOnly(fs: StoreFs, path: string, mode: number): Promise<boolean> {
  if ((mode & 0o222) === 0) return true;
  try {
    await fs.access(path, constants.W_OK);
    return false;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'EACCES' || code === 'EPERM';
  }
}

/** Why saving would overwrite someone else's change, or undefined when it would not. Looks at the disk afresh. */
async function findConflict(
  fs: StoreFs,
  path: string,
  expected: DiskStamp | undefined,
): Promise<string | undefined> {
  let size: number;
  try {
    size = (await fs.stat(path)).size;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT')
      return `${describeFsError(e, 'cannot be checked')}; it may have changed on disk`;
    return expected
      ? 'was deleted or moved after it was opened; save again to write it back, or save under another name'
      : undefined;
  }
  if (!expected)
    return 'already exists and was not opened here; choose to replace it or save under another name';
  const changed =
    'was changed on disk (by another program or person) after it was opened; reload it, or choose to keep your version';
  try {
    if (size !== expected.size) return changed;
    // Same size: the content decides (a touch or a sync client rewriting the same bytes is not a change).
    const bytes = await fs.readFile(path);
    return sha256(bytes) === expected.hash ? undefined : changed;
  } catch (e) {
    return `${describeFsError(e, 'cannot be checked')}; it may have changed on disk`;
  }
}

/** Saving through a symlinked deck file writes the file it points to, keeping the link. */
async function followLink(fs: StoreFs, path: string): Promise<string> {
  try {
    return (await fs.lstat(path)).isSymbolicLink() ? await fs.realpath(path) : path;
  } catch {
    return path;
  }
}

function ioFailure(step: WriteStep | 'check', e: unknown, problem: Problem): SaveFailure {
  return {
    ok: false,
    reason: 'io',
    step,
    code: (e as NodeJS.ErrnoException | undefined)?.code,
    problems: [problem],
  };
}
