/**
 * One writer at a time per deck within this process: two saves of one deck (two tabs, a tab
 * and the desktop window) run one after the other, so the second one's conflict check sees
 * what the first one wrote. Across processes the save's check just before its rename is what
 * guards (see save.ts).
 */

const tails = new Map<string, Promise<unknown>>();

/**
 * Runs `body` once every earlier call with the same `key` (a deck file's absolute path) has
 * finished, and returns its result. A failing call does not block the next one.
 */
export async function withDeckLock<T>(key: string, body: () => Promise<T>): Promise<T> {
  const before = tails.get(key) ?? Promise.resolve();
  const run = before.then(body, body);
  const tail = run.catch(() => undefined);
  tails.set(key, tail);
  try {
    return await run;
  } finally {
    // The last one out leaves no entry behind, so the map does not grow with every deck opened.
    if (tails.get(key) === tail) tails.delete(key);
  }
}
