/**
 * The library: the decks of the workspace as cards, and the operations on whole decks
 * (create, duplicate, rename, move to the trash). Deleting never unlinks: a deck goes to the
 * workspace's `.trash/` folder, where the lecturer can get it back with a file manager.
 */
import { mkdir, rename, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { ArgsOut, ResultOf } from '../../common/api/contract';
import type { Result } from '../../common/deck/problems';
import { orderByPart } from '../../common/generate/parts';
import { createDeck, findDecks, readDeckFile, readRecovery, saveDeck, slugify } from '../store';
import { companionPaths, DECK_EXT } from '../store/paths';
import { describeFsError } from '../store/read';
import { deckUnit, exists, fail, freeName, ok, withDeck, type ServiceContext } from './context';
import { writeDeckCopy } from './deck-copy';

type Entry = ResultOf<'library.list'>['decks'][number];

/** Every deck of the workspace with what its card shows. */
export async function listDecks(ctx: ServiceContext): Promise<Result<ResultOf<'library.list'>>> {
  const found = await findDecks(ctx.workspace.root);
  if (!found.ok) return ctx.workspace.relativeResult(found);
  // Path order, except that the decks generated from one reading list as parts 1, 2, 3.
  const decks = orderByPart(
    await Promise.all(found.value.map((abs) => card(ctx, abs))),
    (e) => e.firstSlide,
  );
  return {
    ok: true,
    value: { workspace: ctx.workspace.name, decks },
    warnings: ctx.workspace.relativize(found.warnings),
  };
}

async function card(ctx: ServiceContext, abs: string): Promise<Entry> {
  const ref = ctx.workspace.toRef(abs);
  const [read, recovery, hasBackup, modified] = await Promise.all([
    readDeckFile(abs),
    readRecovery(abs),
    exists(companionPaths(abs).backup),
    stat(abs).then(
      (s) => s.mtimeMs,
      () => 0,
    ),
  ]);
  const hasRecovery = recovery.status === 'found';
  if (!read.ok) {
    return {
      ref,
      title: basename(abs, DECK_EXT),
      slideCount: 0,
      modified,
      error: ctx.workspace.relativize(read.problems),
      hasRecovery,
      hasBackup,
    };
  }
  const { deck } = read.value;
  const first = deck.slides.find((s) => !s.hidden) ?? deck.slides[0];
  return {
    ref,
    title: deck.meta.title,
    slideCount: deck.slides.length,
    modified,
    meta: deck.meta,
    ...(first ? { firstSlide: first } : {}),
    hasRecovery,
    hasBackup,
  };
}

/** A new one-slide deck in its own folder at the top of the workspace. */
export async function createInLibrary(
  ctx: ServiceContext,
  args: ArgsOut<'library.create'>,
): Promise<Result<ResultOf<'library.create'>>> {
  const slug = await freeName(ctx.workspace.root, slugify(args.title));
  const created = await createDeck(ctx.workspace.root, args.title, { slug });
  if (!created.ok) return ctx.workspace.relativeResult(created);
  return ok({ ref: ctx.workspace.toRef(created.value.path) });
}

/** Copies a deck (file, assets, sources) into a new folder beside it, titled `title` or "… (copy)". */
export async function duplicateDeck(
  ctx: ServiceContext,
  args: ArgsOut<'library.duplicate'>,
): Promise<Result<ResultOf<'library.duplicate'>>> {
  return withDeck(ctx, args.ref, async (abs) => {
    const read = await readDeckFile(abs);
    if (!read.ok)
      return fail(
        args.ref,
        'cannot be read, so it was not duplicated; restore its backup or recovered work first',
      );
    const title = args.title ?? `${read.value.deck.meta.title} (copy)`;
    const copy = await writeDeckCopy(ctx, abs, read.value.deck, title, 'the copy');
    if (!copy.ok) return copy;
    return ok({ ref: ctx.workspace.toRef(copy.value.path) });
  });
}

/** Sets the deck's title and renames its folder and files to match. */
export async function renameDeck(
  ctx: ServiceContext,
  args: ArgsOut<'library.rename'>,
): Promise<Result<ResultOf<'library.rename'>>> {
  return withDeck(ctx, args.ref, async (abs) => {
    const read = await readDeckFile(abs);
    if (!read.ok)
      return fail(
        args.ref,
        'cannot be read, so it was not renamed; restore its backup or recovered work first',
      );
    if (read.value.readOnly)
      return fail(
        args.ref,
        'was written by a newer Lectern and is read-only here; it was not renamed',
      );
    const deck = { ...read.value.deck, meta: { ...read.value.deck.meta, title: args.title } };
    const saved = await saveDeck(abs, deck, { expected: read.value.stamp });
    if (!saved.ok) return { ok: false, problems: saved.problems };
    ctx.untrack(args.ref);

    const unit = await deckUnit(ctx, abs);
    const wanted = slugify(args.title);
    if (wanted === unit.stem) return ok({ ref: args.ref });
    try {
      if (unit.ownsFolder) {
        const parent = dirname(unit.dir);
        const slug = basename(unit.dir) === wanted ? wanted : await freeName(parent, wanted);
        const dir = join(parent, slug);
        if (dir !== unit.dir) await rename(unit.dir, dir);
        const path = await renameFiles(join(dir, unit.stem + DECK_EXT), slug);
        return ok({ ref: ctx.workspace.toRef(path) });
      }
      const slug = await freeName(unit.dir, wanted, DECK_EXT);
      return ok({ ref: ctx.workspace.toRef(await renameFiles(abs, slug)) });
    } catch (e) {
      return fail(
        args.ref,
        `the title was changed, but the folder could not be renamed: ${describeFsError(e, 'rename failed')}`,
      );
    }
  });
}

/** Renames a deck file and its backup and recovery file to `<slug>.lectern…`; returns the new path. */
async function renameFiles(abs: string, slug: string): Promise<string> {
  const to = join(dirname(abs), slug + DECK_EXT);
  if (to === abs) return abs;
  const from = companionPaths(abs);
  const next = companionPaths(to);
  await rename(abs, to);
  for (const [a, b] of [
    [from.backup, next.backup],
    [from.journal, next.journal],
  ] as const) {
    if (await exists(a)) await rename(a, b);
  }
  return to;
}

/** Moves the deck (its folder, or its files when it shares a folder) into `.trash/`. */
export async function trashDeck(
  ctx: ServiceContext,
  args: ArgsOut<'library.trash'>,
): Promise<Result<ResultOf<'library.trash'>>> {
  return withDeck(ctx, args.ref, async (abs) => {
    if (!(await exists(abs))) return fail(args.ref, 'is not there (already moved or deleted)');
    const trash = join(ctx.workspace.root, '.trash');
    const unit = await deckUnit(ctx, abs);
    try {
      await mkdir(trash, { recursive: true });
      const name = await freeName(trash, unit.ownsFolder ? basename(unit.dir) : unit.stem);
      const target = join(trash, name);
      if (unit.ownsFolder) {
        await rename(unit.dir, target);
      } else {
        await mkdir(target);
        const parts = companionPaths(abs);
        for (const file of [abs, parts.backup, parts.journal]) {
          if (await exists(file)) await rename(file, join(target, basename(file)));
        }
      }
      ctx.untrack(args.ref);
      return ok({ trashedAs: ctx.workspace.toRef(target) });
    } catch (e) {
      return fail(
        args.ref,
        `could not be moved to the trash: ${describeFsError(e, 'move failed')}`,
      );
    }
  });
}
