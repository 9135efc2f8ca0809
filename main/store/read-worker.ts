/**
 * The store's worker thread (off-thread.ts): does one job for a big deck and answers once,
 * then is ended by the caller. Either it checks a deck file's bytes (decode, parse, validate,
 * hash) with the store's one check, or it prepares a save: the request's arguments checked
 * and the deck serialized, both as the main thread would do them.
 */
import { parentPort, type Transferable } from 'node:worker_threads';
import { checkDeckBytes } from './read';
import type { CheckReply, CheckRequest } from './read-off-thread';
import type { PrepareSaveRequest } from './save-off-thread';
import { prepareSave } from './save-request';

function check(request: CheckRequest): CheckReply {
  const checked = checkDeckBytes(request.path, request.bytes, request.mtimeMs);
  if (!checked.ok) return { ok: false, problems: checked.problems };
  const { deck, readOnly, migratedFrom, stamp } = checked.value;
  return {
    ok: true,
    deckJson: JSON.stringify(deck),
    readOnly,
    ...(migratedFrom === undefined ? {} : { migratedFrom }),
    stamp,
    warnings: checked.warnings,
  };
}

parentPort?.once('message', (request: CheckRequest | PrepareSaveRequest) => {
  if (request.kind === 'check') {
    parentPort?.postMessage(check(request));
    return;
  }
  const prepared = prepareSave(request.text);
  // The bytes move to the main thread rather than being copied, when they own their buffer.
  const transfer: Transferable[] =
    prepared.ok &&
    prepared.bytes.byteOffset === 0 &&
    prepared.bytes.byteLength === prepared.bytes.buffer.byteLength
      ? [prepared.bytes.buffer as ArrayBuffer]
      : [];
  parentPort?.postMessage(prepared, transfer);
});
