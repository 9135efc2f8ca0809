/**
 * Closing a window or quitting with unsaved changes asks Save / Don't save / Cancel, and on
 * Save waits for the save to finish before anything closes. Electron does not await async
 * work in `close` or `before-quit` handlers, so both are prevented first and repeated once
 * the lecturer has answered and the save is done.
 */
import type { Documents } from './documents';

export type CloseAnswer = 'save' | 'discard' | 'cancel';

/** What the guard needs from the app; main.ts supplies the real dialogs and IPC. */
export interface GuardDeps<K extends object> {
  documents: Documents<K>;
  /** Asks about the unsaved deck titled `title` in window `key`. */
  ask(key: K, title: string): Promise<CloseAnswer>;
  /** Asks window `key`'s UI to save (the `file.save` command). */
  requestSave(key: K): void;
  /** Drops the recovery journal of `ref`, after the lecturer chose not to save. */
  discard(ref: string): Promise<unknown>;
  /** Says that the deck was not saved, so nothing closes. */
  notSaved(key: K, title: string): Promise<unknown>;
  /** How long to wait for a save (a large deck on a slow network drive takes a while). */
  saveTimeoutMs?: number;
}

interface Preventable {
  preventDefault(): void;
}

const SAVE_TIMEOUT_MS = 120_000;
const REPORT_GRACE_MS = 3_000;

export class CloseGuard<K extends object> {
  private readonly approved = new WeakSet<K>();
  private readonly asking = new Set<K>();
  private quitting = false;
  private quitApproved = false;

  constructor(private readonly deps: GuardDeps<K>) {}

  /**
   * Whether window `key` may go: waits for saves in flight, then asks if changes are still
   * unsaved; on Save, asks the UI to save and waits for it to report clean.
   */
  async confirm(key: K): Promise<boolean> {
    const { documents } = this.deps;
    const wasSaving = documents.saving(key);
    await documents.whenSettled(key);
    // A save that just finished is only known to the UI after the reply reaches it; give it
    // a moment to report clean before asking about changes it has already saved.
    if (wasSaving && documents.lastSaveSucceeded(key) && documents.state(key)?.dirty)
      await documents.waitForSave(key, REPORT_GRACE_MS);
    const state = documents.state(key);
    if (!state?.dirty) return true;
    const answer = await this.deps.ask(key, state.title);
    if (answer === 'cancel') return false;
    if (answer === 'discard') {
      if (state.ref) await this.deps.discard(state.ref).catch(() => undefined);
      return true;
    }
    const waiting = documents.waitForSave(key, this.deps.saveTimeoutMs ?? SAVE_TIMEOUT_MS);
    this.deps.requestSave(key);
    const saved = await waiting;
    if (!saved) await this.deps.notSaved(key, state.title);
    return saved;
  }

  /** The window's `close` handler: `close` closes it for real once allowed. */
  onWindowClose(key: K, event: Preventable, close: () => void): void {
    if (this.quitApproved || this.approved.has(key) || !this.deps.documents.needsCare(key)) return;
    event.preventDefault();
    if (this.asking.has(key) || this.quitting) return;
    this.asking.add(key);
    this.confirm(key)
      .then((ok) => {
        if (!ok) return;
        this.approved.add(key);
        close();
      })
      // The question could not be asked (a dialog refused): the window stays open, and says so in the log.
      .catch((e: unknown) => console.error('Lectern could not ask about unsaved changes:', e))
      .finally(() => this.asking.delete(key));
  }

  /** The app's `before-quit` handler: `quit` quits for real once every window has agreed. */
  onBeforeQuit(event: Preventable, quit: () => void): void {
    if (this.quitApproved) return;
    const pending = this.deps.documents.needingCare();
    if (pending.length === 0) return;
    event.preventDefault();
    if (this.quitting) return;
    this.quitting = true;
    const ask = async () => {
      try {
        for (const key of pending) {
          if (!(await this.confirm(key))) return;
        }
        this.quitApproved = true;
        quit();
      } finally {
        this.quitting = false;
      }
    };
    // Failing to ask keeps the app open (nothing unsaved is thrown away), and says why in the log.
    ask().catch((e: unknown) =>
      console.error('Lectern could not ask about unsaved changes before quitting:', e),
    );
  }

  /**
   * The OS is ending the session (Windows `session-end`): it will not wait, so the window is
   * let go; the UI's recovery journal holds the unsaved edits for the next start.
   */
  release(key: K): void {
    this.approved.add(key);
  }
}
