/**
 * Work the host starts and does not wait for: a file watcher's poll, a window's saved size, a
 * worker's shutdown, a download's expiry. Its failure goes to the log with what was being
 * done, never nowhere. Where the lecturer can act on a failure, the caller says it to them
 * instead (a dialog in the desktop app, a problem in an API result).
 */
export function inBackground(doing: string, task: Promise<unknown>): void {
  task.catch((e: unknown) => console.error(`Lectern could not ${doing}:`, e));
}
