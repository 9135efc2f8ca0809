/**
 * Preparing a big save on the store's worker thread (off-thread.ts): the request's JSON text
 * goes there, and its checked arguments and the deck file's bytes come back (the bytes moved,
 * not copied). What stays on this thread is the save itself: the stamp check under the deck's
 * lock, and the write, which is asynchronous.
 */
import { error } from '../../common/deck/problems';
import { askOffThread } from './off-thread';
import type { PreparedSave } from './save-request';

/** What the main thread sends: the request body, decoded. */
export interface PrepareSaveRequest {
  kind: 'prepare-save';
  text: string;
}

/**
 * `prepareSave(text)` on a worker thread. Undefined when no worker can run here, or it failed
 * for a reason of its own: the caller then does the work in place. Never throws.
 */
export async function prepareSaveOffThread(text: string): Promise<PreparedSave | undefined> {
  const request: PrepareSaveRequest = { kind: 'prepare-save', text };
  return askOffThread<PreparedSave>(
    request,
    'preparing a save',
    error(
      'deck',
      'could not be saved: it needs more memory than a deck may take; nothing was written',
    ),
  );
}
