/**
 * Waiting on work that may never settle once it is cancelled. Playwright's calls are the
 * case in point: a `context.newPage()` still pending when its context is closed never
 * resolves nor rejects (not even after the browser is closed), so an export that simply
 * awaited it would hang on "Cancelling…" forever. Every step a cancel may cut short is
 * awaited through `untilAborted` instead.
 */

/**
 * Settles as `work` does, or rejects with `signal.reason` as soon as `signal` aborts
 * (at once when it already has), whichever comes first. `work` itself is not stopped:
 * the caller closes whatever it runs in; a late rejection of `work` is ignored.
 */
export function untilAborted<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work;
  if (signal.aborted) {
    work.catch(() => undefined);
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (e: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(e);
      },
    );
  });
}
