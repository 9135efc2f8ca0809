/**
 * Saving and not losing work: Save with conflict detection, autosave to the recovery journal
 * (debounced), a question before leaving with unsaved changes, and the host's
 * "changed on disk" event turned into a conflict the lecturer decides.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LecternApi, ResultOf } from '../../../common/api/contract';
import { problemText } from '../app/format';
import type { DeckStore } from './deck-store';

type Stamp = ResultOf<'deck.open'>['stamp'];

/** Why the editor is asking the lecturer what to do about the file on disk. */
export type Conflict = { reason: 'changed-on-disk' | 'save-refused'; deleted: boolean } | null;

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
}

export function usePersistence(api: LecternApi, ref: string, store: DeckStore, initialStamp: Stamp, readOnly: boolean): Persistence {
  const stamp = useRef(initialStamp);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict>(null);
  const [journalAt, setJournalAt] = useState<number | null>(null);
  const saving = useRef(false);

  const save = useCallback(
    async (overwrite = false): Promise<boolean> => {
      if (readOnly) {
        setError('This deck was written by a newer Lectern and is open read-only; use Save as to keep your changes.');
        return false;
      }
      if (saving.current) return false;
      saving.current = true;
      const at = store.revision();
      setStatus('Saving…');
      const r = await api.deck.save({ ref, deck: store.deck, expected: stamp.current, ...(overwrite ? { overwrite: true } : {}) });
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
      setError(null);
      setConflict(null);
      setStatus(`Saved at ${new Date().toLocaleTimeString()}`);
      return true;
    },
    [api, ref, store, readOnly],
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
      store.saved(store.revision());
      return r.value.ref;
    },
    [api, ref, store],
  );

  // Autosave to the recovery journal: after each pause in editing, while there are unsaved changes.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = store.subscribe(() => {
      clearTimeout(timer);
      if (!store.getSnapshot().dirty) return;
      timer = setTimeout(() => {
        void api.deck.writeRecovery({ ref, deck: store.deck }).then((r) => {
          if (r.ok) setJournalAt(r.value.savedAt);
        });
      }, AUTOSAVE_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [api, ref, store]);

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

  // Someone else changed the file: ask, unless it is our own save coming back.
  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.type !== 'deck.changedOnDisk' || event.payload.ref !== ref) return;
        if (event.payload.stamp && event.payload.stamp.hash === stamp.current.hash) return;
        setConflict({ reason: 'changed-on-disk', deleted: event.payload.stamp === null });
      }),
    [api, ref],
  );

  return {
    save,
    saveAs,
    status,
    error,
    conflict,
    dismissConflict: useCallback(() => setConflict(null), []),
    setStamp: useCallback((s: Stamp) => {
      stamp.current = s;
    }, []),
    journalAt,
  };
}
