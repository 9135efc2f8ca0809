/**
 * Watching open decks for changes made by someone else (a sync client, a text editor, a
 * colleague on a shared drive) and telling the UI with a `deck.changedOnDisk` event.
 *
 * The deck's folder is watched rather than the file, because a save by rename (ours, and
 * most editors') replaces the file the watch would be attached to. `fs.watch` can be missing
 * or silent (network drives, some containers), so a slow poll runs beside it. Checks are
 * debounced and compare content hashes, so a burst of events or a touch is one event or none,
 * and the app's own saves (recorded with `expect`) never raise one.
 */
import { watch, type FSWatcher } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname } from 'node:path';
import { sha256, type DiskStamp } from '../store/read';
import type { Workspace } from './workspace';
import { inBackground } from '../platform/background';

interface Entry {
  abs: string;
  /** What the app last read or wrote; null when the file is known to be absent. */
  stamp: DiskStamp | null;
  watcher?: FSWatcher;
  poll: NodeJS.Timeout;
  debounce?: NodeJS.Timeout;
}

export interface WatchOptions {
  debounceMs?: number;
  pollMs?: number;
  /** Most decks watched at once; the least recently opened is dropped first. */
  maxWatched?: number;
}

export class DeckWatcher {
  private readonly entries = new Map<string, Entry>();
  private readonly debounceMs: number;
  private readonly pollMs: number;
  private readonly maxWatched: number;

  constructor(
    private readonly workspace: Workspace,
    options: WatchOptions = {},
  ) {
    this.debounceMs = options.debounceMs ?? 150;
    this.pollMs = options.pollMs ?? 2000;
    this.maxWatched = options.maxWatched ?? 32;
  }

  /** Starts (or refreshes) watching the deck `ref` at `abs`, last seen as `stamp`. */
  watch(ref: string, abs: string, stamp: DiskStamp | null): void {
    const existing = this.entries.get(ref);
    if (existing && existing.abs === abs) {
      existing.stamp = stamp;
      // Re-insert so the map's order is "least recently opened first".
      this.entries.delete(ref);
      this.entries.set(ref, existing);
      return;
    }
    if (existing) this.forget(ref);
    while (this.entries.size >= this.maxWatched) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.forget(oldest);
    }
    const entry: Entry = {
      abs,
      stamp,
      poll: setInterval(
        () => inBackground(`look at ${abs} for changes`, this.check(ref)),
        this.pollMs,
      ),
    };
    entry.poll.unref();
    try {
      const name = basename(abs);
      entry.watcher = watch(dirname(abs), { persistent: false }, (_event, filename) => {
        if (filename === null || filename === name) this.schedule(ref);
      });
      // A watcher that fails later (folder removed) leaves the poll to carry on.
      entry.watcher.on('error', () => {
        entry.watcher?.close();
        entry.watcher = undefined;
      });
    } catch {
      // No fs.watch here: the poll alone notices changes.
    }
    this.entries.set(ref, entry);
  }

  /** Records a stamp the app itself produced (a save), so it is not reported as a change. */
  expect(ref: string, stamp: DiskStamp | null): void {
    const entry = this.entries.get(ref);
    if (entry) entry.stamp = stamp;
  }

  /** Stops watching `ref`. */
  forget(ref: string): void {
    const entry = this.entries.get(ref);
    if (!entry) return;
    entry.watcher?.close();
    clearInterval(entry.poll);
    clearTimeout(entry.debounce);
    this.entries.delete(ref);
  }

  /** Stops every watch (the host is shutting down). */
  close(): void {
    for (const ref of [...this.entries.keys()]) this.forget(ref);
  }

  /** The refs being watched, oldest first. */
  get watched(): string[] {
    return [...this.entries.keys()];
  }

  /**
   * Each watched deck as last seen (read, written by the app, or changed by someone else;
   * null when gone): what a client that may have missed events re-checks its decks against.
   */
  lastSeen(): Array<{ ref: string; stamp: DiskStamp | null }> {
    return [...this.entries].map(([ref, entry]) => ({ ref, stamp: entry.stamp }));
  }

  private schedule(ref: string): void {
    const entry = this.entries.get(ref);
    if (!entry) return;
    clearTimeout(entry.debounce);
    entry.debounce = setTimeout(
      () => inBackground(`look at ${entry.abs} for changes`, this.check(ref)),
      this.debounceMs,
    );
    entry.debounce.unref();
  }

  private async check(ref: string): Promise<void> {
    const entry = this.entries.get(ref);
    if (!entry) return;
    const now = await currentStamp(entry.abs, entry.stamp);
    if (this.entries.get(ref) !== entry) return; // forgotten meanwhile
    const before = entry.stamp;
    if (now === null ? before === null : before !== null && now.hash === before.hash) {
      if (now && before) entry.stamp = now; // same content, newer mtime: remember, say nothing
      return;
    }
    entry.stamp = now;
    this.workspace.emit({ type: 'deck.changedOnDisk', payload: { ref, stamp: now } });
  }
}

/** The file's stamp now (null when it is gone); skips hashing when size and mtime are unchanged. */
export async function currentStamp(
  abs: string,
  previous: DiskStamp | null = null,
): Promise<DiskStamp | null> {
  try {
    const st = await stat(abs);
    if (!st.isFile()) return null;
    if (previous && st.size === previous.size && st.mtimeMs === previous.mtimeMs) return previous;
    const bytes = await readFile(abs);
    return { size: bytes.byteLength, mtimeMs: st.mtimeMs, hash: sha256(bytes) };
  } catch {
    return null;
  }
}
