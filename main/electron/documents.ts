/**
 * What each window is showing, as its UI reports it (`app.setDocumentState`), and the saves it
 * has in flight (seen as `deck.save` / `deck.saveAs` calls pass through IPC). The close and
 * quit prompts read this to know whether to ask, and wait on it for a save to finish.
 */
import type { ApiResult } from '../../common/api/contract';

/** One window's document, as its UI last reported it. */
export interface DocumentState {
  ref: string | null;
  title: string;
  dirty: boolean;
}

interface Waiter {
  resolve(saved: boolean): void;
}

/** Whether a `deck.save` / `deck.saveAs` result means the file on disk now holds the edits. */
export function saveSucceeded(result: ApiResult<unknown>): boolean {
  if (!result.ok) return false;
  const value = result.value as { kind?: string } | undefined;
  return value?.kind !== 'conflict';
}

/** The methods whose calls count as a save in flight. */
export const SAVE_METHODS: ReadonlySet<string> = new Set(['deck.save', 'deck.saveAs']);

/** Per-window document state; keys are the windows' web contents (any object in tests). */
export class Documents<K extends object = object> {
  private readonly states = new Map<K, DocumentState>();
  private readonly inFlight = new Map<K, Array<Promise<unknown>>>();
  private readonly waiters = new Map<K, Set<Waiter>>();
  private readonly listeners = new Set<(key: K, state: DocumentState) => void>();
  private readonly lastSaveOk = new Map<K, boolean>();

  /** What `key`'s UI last reported, if anything. */
  state(key: K): DocumentState | undefined {
    return this.states.get(key);
  }

  /** True when `key` has unsaved changes or a save still running. */
  needsCare(key: K): boolean {
    return (this.states.get(key)?.dirty ?? false) || (this.inFlight.get(key)?.length ?? 0) > 0;
  }

  /** True when `key` has a save running. */
  saving(key: K): boolean {
    return (this.inFlight.get(key)?.length ?? 0) > 0;
  }

  /** Whether the last save `key` made (if any) reached the disk. */
  lastSaveSucceeded(key: K): boolean {
    return this.lastSaveOk.get(key) ?? false;
  }

  /** Records a report from the UI; a clean report ends any wait for a save. */
  set(key: K, state: DocumentState): void {
    this.states.set(key, state);
    for (const l of this.listeners) l(key, state);
    if (!state.dirty) this.settle(key, true);
  }

  /** Subscribes to reports (the window title follows them); returns the unsubscribe function. */
  onChange(listener: (key: K, state: DocumentState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Tracks a save started by `key`'s UI; a failed or conflicting save ends a wait with false. */
  track(key: K, save: Promise<ApiResult<unknown>>): void {
    const list = this.inFlight.get(key) ?? [];
    const done = save.then(
      (result) => {
        this.lastSaveOk.set(key, saveSucceeded(result));
        if (!saveSucceeded(result)) this.settle(key, false);
      },
      () => {
        this.lastSaveOk.set(key, false);
        this.settle(key, false);
      },
    );
    list.push(done);
    this.inFlight.set(key, list);
    const forget = () => {
      const now = this.inFlight.get(key)?.filter((p) => p !== done) ?? [];
      if (now.length) this.inFlight.set(key, now);
      else this.inFlight.delete(key);
    };
    // However the save ended (its outcome was recorded above), it is no longer in flight.
    done.then(forget, forget);
  }

  /** Resolves once every save `key` had running has finished (however it ended). */
  async whenSettled(key: K): Promise<void> {
    for (;;) {
      const running = this.inFlight.get(key);
      if (!running?.length) return;
      await Promise.allSettled(running);
      // Let the bookkeeping in `track` run before looking again.
      await Promise.resolve();
    }
  }

  /**
   * After asking `key`'s UI to save: true once it reports clean, false if one of its saves
   * fails or conflicts, or nothing happens within `timeoutMs`.
   */
  waitForSave(key: K, timeoutMs: number): Promise<boolean> {
    if (this.states.get(key)?.dirty === false) return Promise.resolve(true);
    return new Promise<boolean>((resolve) => {
      const set = this.waiters.get(key) ?? new Set<Waiter>();
      const timer = setTimeout(() => finish(false), timeoutMs);
      const waiter: Waiter = { resolve: (saved) => finish(saved) };
      function finish(saved: boolean) {
        clearTimeout(timer);
        set.delete(waiter);
        resolve(saved);
      }
      set.add(waiter);
      this.waiters.set(key, set);
    });
  }

  /** Forgets a window that closed (its waits end unsaved). */
  forget(key: K): void {
    this.settle(key, false);
    this.states.delete(key);
    this.inFlight.delete(key);
    this.lastSaveOk.delete(key);
  }

  /** All windows that have unsaved changes or a save running. */
  needingCare(): K[] {
    const keys = new Set<K>([...this.states.keys(), ...this.inFlight.keys()]);
    return [...keys].filter((k) => this.needsCare(k));
  }

  private settle(key: K, saved: boolean): void {
    for (const w of [...(this.waiters.get(key) ?? [])]) w.resolve(saved);
  }
}
