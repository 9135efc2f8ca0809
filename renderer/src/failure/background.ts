/**
 * Work the UI starts and does not wait for (a save after reconnecting, a recovery copy, a
 * refresh of the library). Its failure must not vanish into the console: `inBackground` hands
 * it to whoever listens, and the app's FailureBanner tells the lecturer what did not happen.
 * API calls already resolve to a problem instead of rejecting (common/api/client-core.ts), so
 * what arrives here is a bug or a browser refusal (storage full, quota, a closed database).
 */
import { errorMessage } from '../../../common/error-text';

/** One failure, with what the app was doing in the lecturer's words ("keep a recovery copy"). */
export interface BackgroundFailure {
  doing: string;
  message: string;
}

type Listener = (failure: BackgroundFailure) => void;
const listeners = new Set<Listener>();

/** Listens for failures of background work; returns the unsubscribe function. */
export function onBackgroundFailure(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Reports a failure of work nobody awaited: logged, and shown by whoever listens. */
export function reportFailure(doing: string, error: unknown): void {
  const message = errorMessage(error);
  console.error(`Lectern could not ${doing}:`, error);
  for (const listener of listeners) listener({ doing, message });
}

/** Starts `task` without waiting for it; if it fails, the lecturer is told that Lectern could not `doing`. */
export function inBackground(doing: string, task: Promise<unknown>): void {
  task.catch((e: unknown) => reportFailure(doing, e));
}
