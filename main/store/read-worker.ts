/**
 * The store's worker thread (off-thread.ts): checks one deck file's bytes (decode, parse,
 * validate, hash) with the store's one check, answers once, and is ended by the caller.
 */
import { parentPort } from 'node:worker_threads';
import { checkDeckBytes } from './read';
import type { CheckReply, CheckRequest } from './read-off-thread';

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

parentPort?.once('message', (request: CheckRequest) => {
  parentPort?.postMessage(check(request));
});
