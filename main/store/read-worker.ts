/**
 * The worker thread of read-off-thread.ts: checks one deck file's bytes (decode, parse,
 * validate, hash) with the store's one check, answers once, and is ended by the caller.
 */
import { parentPort } from 'node:worker_threads';
import { checkDeckBytes } from './read';
import type { CheckReply, CheckRequest } from './read-off-thread';

parentPort?.once('message', (request: CheckRequest) => {
  const checked = checkDeckBytes(request.path, request.bytes, request.mtimeMs);
  let reply: CheckReply;
  if (checked.ok) {
    const { deck, readOnly, migratedFrom, stamp } = checked.value;
    reply = {
      ok: true,
      deckJson: JSON.stringify(deck),
      readOnly,
      ...(migratedFrom === undefined ? {} : { migratedFrom }),
      stamp,
      warnings: checked.warnings,
    };
  } else {
    reply = { ok: false, problems: checked.problems };
  }
  parentPort?.postMessage(reply);
});
