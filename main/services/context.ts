/**
 * What every service needs: the workspace, the watcher of open decks, and what the app
 * knows about each open deck (the stamp it was read or saved with, whether it is read-only).
 */
import { readdir, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { ApiResult } from '../../common/api/contract';
import { error, type Result } from '../../common/deck/problems';
import { DECK_EXT } from '../store/paths';
import type { DiskStamp } from '../store/read';
import type { HostFeatures } from './host-features';
import { DeckWatcher, type WatchOptions } from './watcher';
import { Workspace } from './workspace';

export interface OpenState {
  stamp: DiskStamp | null;
  readOnly: boolean;
}

export class ServiceContext {
  readonly watcher: DeckWatcher;
  readonly open = new Map<string, OpenState>();

  constructor(
    readonly workspace: Workspace,
    watch: WatchOptions = {},
    /** What the host adds (host-features.ts). */
    readonly host: HostFeatures = {},
  ) {
    this.watcher = new DeckWatcher(workspace, watch);
  }

  /** Records the stamp a deck was read or written with, and (re)starts watching it. */
  track(ref: string, abs: string, state: OpenState): void {
    this.open.set(ref, state);
    this.watcher.watch(ref, abs, state.stamp);
  }

  /** Forgets a deck that was moved or trashed. */
  untrack(ref: string): void {
    this.open.delete(ref);
    this.watcher.forget(ref);
  }

  close(): void {
    this.watcher.close();
  }
}

/** Resolves `ref` and runs `body` with the absolute path; the result's paths are made relative. */
export async function withDeck<T>(
  ctx: ServiceContext,
  ref: string,
  body: (abs: string) => Promise<Result<T>>,
): Promise<ApiResult<T>> {
  const resolved = await ctx.workspace.resolveRef(ref);
  if (!resolved.ok) return resolved;
  return ctx.workspace.relativeResult(await body(resolved.value));
}

/** A deck's own folder, and whether the deck is alone in it (then the folder is the unit to move). */
export async function deckUnit(
  ctx: ServiceContext,
  abs: string,
): Promise<{ dir: string; stem: string; ownsFolder: boolean }> {
  const dir = dirname(abs);
  const stem = basename(abs, DECK_EXT);
  if (dir === ctx.workspace.root) return { dir, stem, ownsFolder: false };
  const decks = (await readdir(dir)).filter((n) => n.endsWith(DECK_EXT) && !n.startsWith('.'));
  return { dir, stem, ownsFolder: decks.length === 1 };
}

/** `slug`, or `slug-2`, `slug-3`, … whichever does not exist in `parent` yet. */
export async function freeName(parent: string, slug: string, suffix = ''): Promise<string> {
  for (let n = 1; n < 1000; n++) {
    const name = n === 1 ? slug : `${slug}-${n}`;
    if (!(await exists(join(parent, name + suffix)))) return name;
  }
  return `${slug}-${Date.now()}`;
}

export async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** Removes a temporary folder, ignoring failures (it lives in the OS temp folder). */
export async function removeQuietly(path: string): Promise<void> {
  await rm(path, { recursive: true, force: true }).catch(() => undefined);
}

export function fail<T>(where: string, what: string): Result<T> {
  return { ok: false, problems: [error(where, what)] };
}

export function ok<T>(value: T): Result<T> {
  return { ok: true, value, warnings: [] };
}
