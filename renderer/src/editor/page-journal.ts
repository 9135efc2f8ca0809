/**
 * The recovery journal's stand-in inside the page (IndexedDB), for when the host cannot take
 * it: the browser edition's host was stopped or restarted while the lecturer typed. An entry
 * lives only until the host has the work again (its own journal, or the deck saved), so it
 * holds exactly "unsaved work the host has not got". Where there is no IndexedDB (tests, a
 * locked-down browser) every call does nothing and says so by resolving to null/false.
 */
import type { Deck } from '../../../common/deck/schema';

export interface PageJournalEntry {
  ref: string;
  deck: Deck;
  /** When it was kept (ms since 1970). */
  savedAt: number;
  /** The hash of the deck file the work was based on. */
  base: string;
}

const DB = 'lectern';
const STORE = 'unsaved-decks';

let opening: Promise<IDBDatabase | null> | null = null;

/** Whether this browser gives the page storage to keep work in at all (a locked-down one may not). */
export const pageCanKeepWork = (): boolean => typeof indexedDB !== 'undefined';

function db(): Promise<IDBDatabase | null> {
  if (!pageCanKeepWork()) return Promise.resolve(null);
  opening ??= new Promise((resolve) => {
    try {
      const req = indexedDB.open(DB, 1);
      req.onupgradeneeded = () => {
        if (!req.result.objectStoreNames.contains(STORE))
          req.result.createObjectStore(STORE, { keyPath: 'ref' });
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => resolve(null);
      req.onblocked = () => resolve(null);
    } catch {
      resolve(null);
    }
  });
  return opening;
}

function run<T>(
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => IDBRequest<T>,
): Promise<T | null> {
  return db().then(
    (d) =>
      new Promise<T | null>((resolve) => {
        if (!d) return resolve(null);
        try {
          const tx = d.transaction(STORE, mode);
          const req = work(tx.objectStore(STORE));
          tx.oncomplete = () => resolve(req.result);
          tx.onerror = () => resolve(null);
          tx.onabort = () => resolve(null);
        } catch {
          resolve(null);
        }
      }),
  );
}

/** Keeps `deck` for `ref`; resolves to when it was kept, or null when the page cannot keep it. */
export async function keepInPage(ref: string, deck: Deck, base: string): Promise<number | null> {
  const savedAt = Date.now();
  // Structured clone copies the frozen deck as plain data.
  const done = await run('readwrite', (s) =>
    s.put({ ref, deck, savedAt, base } satisfies PageJournalEntry),
  );
  return done === null ? null : savedAt;
}

/** The work kept for `ref`, if any. */
export async function readFromPage(ref: string): Promise<PageJournalEntry | null> {
  const entry = await run(
    'readonly',
    (s) => s.get(ref) as IDBRequest<PageJournalEntry | undefined>,
  );
  return entry ?? null;
}

/** Forgets the work kept for `ref` (the host has it now). */
export async function dropFromPage(ref: string): Promise<void> {
  await run('readwrite', (s) => s.delete(ref));
}
