/**
 * Saving and not losing work: Save with conflict detection, autosave to the recovery journal
 * (debounced), a question before leaving with unsaved changes, and the host's
 * "changed on disk" event: with nothing unsaved the deck reloads by itself (with a notice
 * and an undo); with unsaved work it becomes a conflict the lecturer decides, seeing the
 * version on disk first.
 *
 * The browser edition's host can go away (stopped, restarted) while the lecturer types. Then
 * the journal is kept in the page instead (page-journal.ts, IndexedDB) until the host is back;
 * when it is, the unsaved work is saved (or, when the file changed meanwhile, the conflict is
 * asked), and work kept in the page by an earlier tab is offered like the host's journal.
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { LecternApi, ResultOf } from '../../../common/api/contract';
import type { Deck } from '../../../common/deck/schema';
import { problemText } from '../app/format';
import { inBackground } from '../failure/background';
import type { DeckStore } from './deck-store';
import { dropFromPage, keepInPage, readFromPage } from './page-journal';

type Stamp = ResultOf<'deck.open'>['stamp'];
type Recovery = NonNullable<ResultOf<'deck.open'>['recovery']>;

/**
 * Why the editor is asking the lecturer what to do about the file on disk, and what is there
 * now for the side-by-side view (`disk`: undefined while it is read, null when it cannot be).
 */
export type Conflict = {
  reason: 'changed-on-disk' | 'save-refused';
  deleted: boolean;
  disk?: Deck | null;
} | null;

/** The deck reloaded by itself from disk; `previous` is what undo brings back. */
export interface Reloaded {
  previous: Deck;
  at: number;
}

export interface PersistenceOptions {
  /** The host's recovery journal found at open, to compare work kept in the page against. */
  recovery?: Recovery;
  /** Work kept in the page (by this or an earlier tab) that the host had not got: offer it like the journal. */
  onRecoveryFound?: (recovery: Recovery) => void;
}

/** How long typing must pause before the recovery journal is written. */
export const AUTOSAVE_MS = 800;

export interface Persistence {
  save: (overwrite?: boolean) => Promise<boolean>;
  saveAs: (title: string) => Promise<string | null>;
  status: string;
  error: string | null;
  conflict: Conflict;
  dismissConflict: () => void;
  /** The deck file's stamp, after a reload from disk. */
  setStamp: (s: Stamp) => void;
  /** When the recovery journal was last written (ms), for the status line. */
  journalAt: number | null;
  /** Set after the deck reloaded by itself because it changed on disk. */
  reloaded: Reloaded | null;
  /** Back to the deck as it was before the reload (unsaved, so Save puts it back on disk). */
  undoReload: () => void;
  dismissReloaded: () => void;
}

const sameDeck = (a: Deck, b: Deck) => a === b || JSON.stringify(a) === JSON.stringify(b);

export function usePersistence(
  api: LecternApi,
  ref: string,
  store: DeckStore,
  initialStamp: Stamp,
  readOnly: boolean,
  options: PersistenceOptions = {},
): Persistence {
  const stamp = useRef(initialStamp);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflictState] = useState<Conflict>(null);
  const [journalAt, setJournalAt] = useState<number | null>(null);
  const [reloaded, setReloaded] = useState<Reloaded | null>(null);
  const saving = useRef(false);
  /** Unsaved work is kept in the page (the host could not take it). */
  const inPage = useRef(false);
  /** The host is away (a call failed or the event stream dropped). */
  const offline = useRef(false);
  const latest = useRef(options);
  useLayoutEffect(() => {
    latest.current = options;
  });

  /** Shows the conflict, then reads what is on disk for the side-by-side view. */
  const setConflict = useCallback(
    (next: Conflict) => {
      setConflictState(next);
      if (!next || next.deleted || next.disk !== undefined) return;
      inBackground(
        'read the deck on disk to compare',
        api.deck.open({ ref }).then((r) => {
          const disk = r.ok ? r.value.deck : null;
          setConflictState((c) =>
            c && c.reason === next.reason && c.disk === undefined ? { ...c, disk } : c,
          );
        }),
      );
    },
    [api, ref],
  );

  const dropPageCopy = useCallback(() => {
    if (!inPage.current) return;
    inPage.current = false;
    inBackground('forget the copy of your work kept in this page', dropFromPage(ref));
  }, [ref]);

  /**
   * Keeps the unsaved work in the page (the host could not take it). When the page cannot keep
   * it either, the lecturer must know: nothing would bring these changes back after a crash.
   */
  const keepPageCopy = useCallback(
    async (why: string) => {
      const at = await keepInPage(ref, store.deck, stamp.current.hash);
      if (at === null) {
        setError(
          `Your unsaved changes have no recovery copy: ${why}, and this page cannot keep one. Keep this window open and save as soon as you can.`,
        );
        return;
      }
      inPage.current = true;
      setJournalAt(at);
    },
    [ref, store],
  );

  const save = useCallback(
    async (overwrite = false): Promise<boolean> => {
      if (readOnly) {
        setError(
          'This deck was written by a newer Lectern and is open read-only; use Save as to keep your changes.',
        );
        return false;
      }
      if (saving.current) return false;
      saving.current = true;
      const at = store.revision();
      setStatus('Saving…');
      const r = await api.deck.save({
        ref,
        deck: store.deck,
        expected: stamp.current,
        ...(overwrite ? { overwrite: true } : {}),
      });
      saving.current = false;
      if (!r.ok) {
        setStatus('');
        setError(`Not saved: ${r.problems.map(problemText).join('; ')}`);
        return false;
      }
      if (r.value.kind === 'conflict') {
        setStatus('');
        setConflict({ reason: 'save-refused', deleted: r.value.disk === null });
        return false;
      }
      stamp.current = r.value.stamp;
      store.saved(at);
      dropPageCopy();
      setError(null);
      setConflict(null);
      setReloaded(null);
      setStatus(`Saved at ${new Date().toLocaleTimeString()}`);
      return true;
    },
    [api, ref, store, readOnly, setConflict, dropPageCopy],
  );

  const saveAs = useCallback(
    async (title: string): Promise<string | null> => {
      const r = await api.deck.saveAs({ ref, deck: store.deck, title });
      if (!r.ok) {
        setError(`Not saved: ${r.problems.map(problemText).join('; ')}`);
        return null;
      }
      // The unsaved work now lives in the new deck; the old one's journal would offer it twice.
      await api.deck.discardRecovery({ ref });
      dropPageCopy();
      store.saved(store.revision());
      return r.value.ref;
    },
    [api, ref, store, dropPageCopy],
  );

  /**
   * The file on disk changed and nothing here is unsaved: take it, and keep what was shown so
   * the notice's Undo can bring it back. With unsaved work (typed while the file was read),
   * it is a conflict after all.
   */
  const reloadQuietly = useCallback(async () => {
    const previous = store.deck;
    const r = await api.deck.open({ ref });
    if (!r.ok) {
      setConflict({ reason: 'changed-on-disk', deleted: false, disk: null });
      return;
    }
    if (r.value.stamp.hash === stamp.current.hash) return;
    if (store.getSnapshot().dirty || store.deck !== previous) {
      setConflict({ reason: 'changed-on-disk', deleted: false, disk: r.value.deck });
      return;
    }
    store.reset(r.value.deck);
    stamp.current = r.value.stamp;
    setReloaded({ previous, at: Date.now() });
  }, [api, ref, store, setConflict]);

  const undoReload = useCallback(() => {
    if (!reloaded) return;
    store.reset(reloaded.previous, true);
    setReloaded(null);
    setStatus('Your version is back (not saved yet)');
  }, [store, reloaded]);

  // Autosave to the recovery journal: after each pause in editing, while there are unsaved changes.
  // Undone back to what is on disk, nothing is unsaved: the journal goes, so the next opening
  // does not offer "recovered" work that is the saved deck itself.
  const journaled = useRef(false);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = store.subscribe(() => {
      clearTimeout(timer);
      if (!store.getSnapshot().dirty) {
        if (journaled.current) {
          journaled.current = false;
          setJournalAt(null);
          dropPageCopy();
          // A task later (the undo that came back to the saved deck shows it first), and on
          // its own timer: the next edit does not call it off.
          setTimeout(() =>
            inBackground(
              'remove the recovery copy',
              api.deck.discardRecovery({ ref }).then((r) => {
                // Not fatal: the journal then offers the saved deck once more, which the lecturer can dismiss.
                if (!r.ok) journaled.current = true;
              }),
            ),
          );
        }
        return;
      }
      // Editing after a reload: Undo in the editor now takes back the typing, not the reload.
      setReloaded(null);
      timer = setTimeout(() => {
        const write = async () => {
          const r = await api.deck.writeRecovery({ ref, deck: store.deck });
          if (!r.ok)
            return keepPageCopy(
              offline.current
                ? 'Lectern is not answering'
                : `Lectern could not write one (${r.problems.map(problemText).join('; ')})`,
            );
          // Edited back to the saved deck while the write was under way: the journal goes again.
          if (!store.getSnapshot().dirty) {
            await api.deck.discardRecovery({ ref });
            return;
          }
          journaled.current = true;
          setJournalAt(r.value.savedAt);
          dropPageCopy();
        };
        inBackground('keep a recovery copy of your unsaved changes', write());
      }, AUTOSAVE_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [api, ref, store, keepPageCopy, dropPageCopy]);

  // Work kept in the page by an earlier tab (its host was away when it closed): hand it to the
  // host's journal and offer it as recovered work, unless the host's own journal is newer.
  useEffect(() => {
    let live = true;
    const opened = store.deck;
    const offer = async () => {
      const entry = await readFromPage(ref);
      if (!live || !entry) return;
      const journal = latest.current.recovery;
      if (sameDeck(entry.deck, opened) || (journal && journal.savedAt >= entry.savedAt))
        return dropFromPage(ref);
      const r = await api.deck.writeRecovery({ ref, deck: entry.deck });
      if (r.ok) await dropFromPage(ref);
      else inPage.current = true;
      if (live) latest.current.onRecoveryFound?.({ savedAt: entry.savedAt, deck: entry.deck });
    };
    inBackground('look for work kept in this page', offer());
    return () => {
      live = false;
    };
  }, [api, ref, store]);

  // The host went away: keep the unsaved work in the page now. It came back: save that work
  // (a restarted host watches nothing yet, so also look at the file for changes made meanwhile).
  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.type !== 'connection') return;
        if (!event.payload.connected) {
          offline.current = true;
          if (store.getSnapshot().dirty)
            inBackground(
              'keep your unsaved changes in this page',
              keepPageCopy('Lectern is not answering'),
            );
          return;
        }
        if (!offline.current) return;
        offline.current = false;
        if (store.getSnapshot().dirty && !readOnly) {
          inBackground(
            'save your changes when Lectern was back',
            save().then(
              (ok) =>
                ok &&
                setStatus(`Saved at ${new Date().toLocaleTimeString()}, when Lectern was back`),
            ),
          );
        } else inBackground('look for changes made to the deck meanwhile', reloadQuietly());
      }),
    [api, store, readOnly, save, keepPageCopy, reloadQuietly],
  );

  // Closing or reloading the tab with unsaved changes asks first.
  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!store.getSnapshot().dirty) return;
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [store]);

  // Someone else changed the file (another program, or a save from another page; not our own
  // save coming back): take it when nothing here is unsaved, else ask.
  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.type !== 'deck.changedOnDisk' || event.payload.ref !== ref) return;
        // Every save is announced, ours too, maybe before its answer: the answer decides (saved, or a conflict).
        if (saving.current) return;
        if (event.payload.stamp && event.payload.stamp.hash === stamp.current.hash) return;
        const deleted = event.payload.stamp === null;
        if (!deleted && !store.getSnapshot().dirty)
          inBackground('reload the deck changed on disk', reloadQuietly());
        else setConflict({ reason: 'changed-on-disk', deleted });
      }),
    [api, ref, store, setConflict, reloadQuietly],
  );

  return {
    save,
    saveAs,
    status,
    error,
    conflict,
    dismissConflict: useCallback(() => setConflictState(null), []),
    setStamp: useCallback((s: Stamp) => {
      stamp.current = s;
    }, []),
    journalAt,
    reloaded,
    undoReload,
    dismissReloaded: useCallback(() => setReloaded(null), []),
  };
}
