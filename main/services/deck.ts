/**
 * One deck at a time: open (with any unsaved work from a crash), save with conflict
 * detection, save as a new deck, the recovery journal, and restoring the previous version.
 *
 * Whatever writes a deck's file or journal runs under the deck's lock (one at a time), and a
 * save tells every page with `deck.changedOnDisk` and the new stamp: the page that saved
 * already has that stamp and ignores it; another page on the same deck reloads or asks.
 */
import { readFile } from 'node:fs/promises';
import type { ArgsOut, ResultOf } from '../../common/api/contract';
import type { Result } from '../../common/deck/problems';
import { discardRecovery, readDeckFile, readRecovery, saveDeck, writeRecovery } from '../store';
import { writeFileAtomic } from '../store/atomic-write';
import { withDeckLock } from '../store/lock';
import { companionPaths } from '../store/paths';
import { describeFsError, sha256, type DiskStamp } from '../store/read';
import type { SaveRequestArgs } from '../store/save-request';
import type { SerializedDeck } from '../store/serialized-deck';
import { fail, ok, withDeck, type ServiceContext } from './context';
import { writeDeckCopy } from './deck-copy';
import { currentStamp } from './watcher';

type Opened = ResultOf<'deck.open'>;

/** `deck.save`'s arguments; a big deck arrives already serialized (see `dispatchJson`). */
export type SaveArgs = SaveRequestArgs & { deck: ArgsOut<'deck.save'>['deck'] | SerializedDeck };

/** Reads the deck, offers unsaved work found beside it, and starts watching it. */
export async function openDeck(
  ctx: ServiceContext,
  args: ArgsOut<'deck.open'>,
): Promise<Result<Opened>> {
  return withDeck(ctx, args.ref, (abs) => openAt(ctx, args.ref, abs));
}

async function openAt(ctx: ServiceContext, ref: string, abs: string): Promise<Result<Opened>> {
  const read = await readDeckFile(abs);
  if (!read.ok) return read;
  const { deck, stamp, readOnly } = read.value;
  const recovery = await readRecovery(abs);
  const warnings = [...read.warnings];
  if (recovery.status === 'corrupt')
    warnings.push(...recovery.problems.map((p) => ({ ...p, severity: 'warning' as const })));
  ctx.track(ref, abs, { stamp, readOnly });
  return {
    ok: true,
    value: {
      deck,
      stamp,
      readOnly,
      warnings,
      ...(recovery.status === 'found'
        ? {
            recovery: {
              savedAt: Date.parse(recovery.recovery.savedAt),
              deck: recovery.recovery.deck,
            },
          }
        : {}),
    },
    warnings: [],
  };
}

/** Opens the unsaved work of the recovery file (for a deck whose file cannot be read). */
export async function openRecovery(
  ctx: ServiceContext,
  args: ArgsOut<'deck.openRecovery'>,
): Promise<Result<Opened>> {
  return withDeck(ctx, args.ref, async (abs) => {
    const recovery = await readRecovery(abs);
    if (recovery.status === 'none') return fail(args.ref, 'has no unsaved work to recover');
    if (recovery.status === 'corrupt') return { ok: false, problems: recovery.problems };
    // The file as it is now (even unreadable), so saving replaces exactly it.
    const stamp = (await currentStamp(abs)) ?? { size: 0, mtimeMs: 0, hash: sha256('') };
    ctx.track(args.ref, abs, { stamp, readOnly: false });
    return ok({
      deck: recovery.recovery.deck,
      stamp,
      readOnly: false,
      warnings: recovery.recovery.warnings,
    });
  });
}

/**
 * Saves unless the file changed on disk since `expected` (then reports the conflict, writes
 * nothing). Of two saves with the same `expected`, one is saved and the other a conflict.
 */
export async function save(
  ctx: ServiceContext,
  args: SaveArgs,
): Promise<Result<ResultOf<'deck.save'>>> {
  return withDeck(ctx, args.ref, (abs) =>
    withDeckLock(abs, async (): Promise<Result<ResultOf<'deck.save'>>> => {
      if (ctx.open.get(args.ref)?.readOnly) {
        return fail(
          args.ref,
          'was written by a newer Lectern and is open read-only; use Save as… to keep your changes in a new deck',
        );
      }
      const saved = await saveDeck(abs, args.deck, {
        expected: args.expected,
        overwrite: args.overwrite,
      });
      if (!saved.ok) {
        if (saved.reason === 'conflict')
          return ok({ kind: 'conflict' as const, disk: await currentStamp(abs) });
        return { ok: false, problems: saved.problems };
      }
      const { stamp } = saved.value;
      ctx.track(args.ref, abs, { stamp, readOnly: false });
      // The journal held exactly what is now saved; keeping it would offer stale "unsaved work".
      const discarded = await discardRecovery(abs);
      announce(ctx, args.ref, stamp);
      return {
        ok: true,
        value: { kind: 'saved' as const, stamp },
        warnings: [...saved.warnings, ...(discarded.ok ? [] : discarded.problems)],
      };
    }),
  );
}

/** Tells every page the deck's new stamp (the watcher already knows it, so it stays quiet). */
function announce(ctx: ServiceContext, ref: string, stamp: DiskStamp): void {
  ctx.workspace.emit({ type: 'deck.changedOnDisk', payload: { ref, stamp } });
}

/** Writes `deck` as a new deck titled `title` beside `ref`, with copies of its assets and sources. */
export async function saveAs(
  ctx: ServiceContext,
  args: ArgsOut<'deck.saveAs'>,
): Promise<Result<ResultOf<'deck.saveAs'>>> {
  return withDeck(ctx, args.ref, async (abs) => {
    const copy = await writeDeckCopy(ctx, abs, args.deck, args.title, 'the new deck');
    if (!copy.ok) return copy;
    const ref = ctx.workspace.toRef(copy.value.path);
    ctx.track(ref, copy.value.path, { stamp: copy.value.stamp, readOnly: false });
    return ok({ ref, stamp: copy.value.stamp });
  });
}

/** Records unsaved work beside the deck, so a crash loses at most the last few seconds. */
export async function writeJournal(
  ctx: ServiceContext,
  args: ArgsOut<'deck.writeRecovery'>,
): Promise<Result<ResultOf<'deck.writeRecovery'>>> {
  return withDeck(ctx, args.ref, (abs) =>
    withDeckLock(abs, async (): Promise<Result<ResultOf<'deck.writeRecovery'>>> => {
      const base = ctx.open.get(args.ref)?.stamp?.hash ?? (await currentStamp(abs))?.hash ?? null;
      const written = await writeRecovery(abs, args.deck, base);
      if (!written.ok) return written;
      return { ok: true, value: { savedAt: Date.now() }, warnings: written.warnings };
    }),
  );
}

/** Drops the unsaved work beside the deck (the lecturer declined it, or saved). */
export async function dropJournal(
  ctx: ServiceContext,
  args: ArgsOut<'deck.discardRecovery'>,
): Promise<Result<ResultOf<'deck.discardRecovery'>>> {
  return withDeck(ctx, args.ref, (abs) =>
    withDeckLock(abs, async (): Promise<Result<ResultOf<'deck.discardRecovery'>>> => {
      const done = await discardRecovery(abs);
      return done.ok ? ok({}) : done;
    }),
  );
}

/** Swaps the deck file with its backup (so the current version becomes the backup) and opens it. */
export async function restoreBackup(
  ctx: ServiceContext,
  args: ArgsOut<'deck.restoreBackup'>,
): Promise<Result<Opened>> {
  return withDeck(ctx, args.ref, (abs) =>
    withDeckLock(abs, async (): Promise<Result<Opened>> => {
      const { backup } = companionPaths(abs);
      const checked = await readDeckFile(backup);
      if (!checked.ok)
        return {
          ok: false,
          problems: [
            { where: args.ref, what: 'its backup cannot be used either:', severity: 'error' },
            ...checked.problems,
          ],
        };
      let bytes: Buffer;
      try {
        bytes = await readFile(backup);
      } catch (e) {
        return fail(args.ref, `its backup ${describeFsError(e, 'cannot be read')}`);
      }
      const written = await writeFileAtomic(abs, bytes, { backup });
      if (!written.ok) return { ok: false, problems: written.problems };
      const opened = await openAt(ctx, args.ref, abs);
      if (opened.ok) announce(ctx, args.ref, opened.value.stamp);
      return opened;
    }),
  );
}
