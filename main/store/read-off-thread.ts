/**
 * Checking a big deck file on the store's worker thread (off-thread.ts), so the process that
 * reads it keeps answering while a 30 MB deck is decoded, parsed, validated and hashed. The
 * worker sends the checked deck back as JSON text: parsing that takes a fraction of what a
 * structured clone of the deck object costs here.
 */
import type { Deck } from '../../common/deck/schema';
import { error, type Problem, type Result } from '../../common/deck/problems';
import type { DiskStamp, OpenedDeck } from './read';
import { askOffThread } from './off-thread';

/** What the main thread sends: the file's bytes (a copy) and what it knows of the file. */
export interface CheckRequest {
  kind: 'check';
  path: string;
  bytes: Uint8Array;
  mtimeMs: number;
}

/** What the worker answers: the checked deck as JSON text, or the problems. */
export type CheckReply =
  | {
      ok: true;
      deckJson: string;
      readOnly: boolean;
      migratedFrom?: number;
      stamp: DiskStamp;
      warnings: Problem[];
    }
  | { ok: false; problems: Problem[] };

/**
 * Checks the deck file `path` (its `bytes`, read at `mtimeMs`) on a worker thread. Undefined
 * when no worker can run here: the caller then checks it in place. Never throws.
 */
export async function checkDeckOffThread(
  path: string,
  bytes: Uint8Array,
  mtimeMs: number,
): Promise<Result<OpenedDeck> | undefined> {
  const request: CheckRequest = { kind: 'check', path, bytes, mtimeMs };
  const reply = await askOffThread<CheckReply>(
    request,
    `checking ${path}`,
    error(
      path,
      'could not be read: it needs more memory than a deck may take; it is not a deck Lectern can open',
    ),
  );
  if (reply === undefined) return undefined;
  if (!reply.ok) return reply;
  const { deckJson, readOnly, migratedFrom, stamp, warnings } = reply;
  const value: OpenedDeck = {
    deck: JSON.parse(deckJson) as Deck,
    readOnly,
    ...(migratedFrom === undefined ? {} : { migratedFrom }),
    path,
    stamp,
  };
  return { ok: true, value, warnings };
}
