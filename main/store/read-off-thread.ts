/**
 * Checking a big deck file on a worker thread, so the process that reads it (the browser
 * edition's host, the desktop app's main process) keeps answering while a 30 MB deck is
 * decoded, parsed, validated and hashed. The worker sends the checked deck back as JSON text:
 * parsing that takes a fraction of what a structured clone of the deck object costs here.
 *
 * The worker is `read-worker.ts`: built as `deck-read-worker.mjs` / `.js`, or run from source
 * through tsx (tests, `npm run web`), found as every worker is (main/platform/worker-entry.ts).
 * Where neither can be found or started, the deck is checked in place, as before.
 */
import type { Worker } from 'node:worker_threads';
import type { Deck } from '../../common/deck/schema';
import { error, type Problem, type Result } from '../../common/deck/problems';
import type { DiskStamp, OpenedDeck } from './read';
import { inBackground } from '../platform/background';
import { findWorker, startWorker, type WorkerEntry } from '../platform/worker-entry';

/** What the main thread sends: the file's bytes (a copy) and what it knows of the file. */
export interface CheckRequest {
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

let entry: WorkerEntry | null | undefined;

/** A worker for one check, or undefined when none can be started here. */
function startReader(): Worker | undefined {
  // Looked for once: the files a process runs from do not come and go.
  if (entry === undefined)
    entry = findWorker(import.meta.url, 'deck-read-worker', './read-worker.ts') ?? null;
  // A source needs tsx to run; without it, startWorker throws and the deck is checked in place.
  return entry ? startWorker(entry) : undefined;
}

/**
 * Checks the deck file `path` (its `bytes`, read at `mtimeMs`) on a worker thread. Undefined
 * when no worker can run here: the caller then checks it in place. Never throws.
 */
export async function checkDeckOffThread(
  path: string,
  bytes: Uint8Array,
  mtimeMs: number,
): Promise<Result<OpenedDeck> | undefined> {
  let worker: Worker | undefined;
  try {
    worker = startReader();
  } catch {
    worker = undefined;
  }
  if (!worker) return undefined;
  const reply = await new Promise<CheckReply | Error>((resolve) => {
    worker.once('message', (m: CheckReply) => resolve(m));
    worker.once('error', (e) => resolve(e));
    worker.once('exit', (code) => resolve(new Error(`the reader stopped (exit code ${code})`)));
    const request: CheckRequest = { path, bytes, mtimeMs };
    worker.postMessage(request);
  });
  inBackground('stop the deck reader', worker.terminate());
  if (reply instanceof Error) {
    if ((reply as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
      return {
        ok: false,
        problems: [
          error(
            path,
            'could not be read: it needs more memory than a deck may take; it is not a deck Lectern can open',
          ),
        ],
      };
    }
    // The worker could not do its job (not the file's fault): the file is checked in place.
    process.stderr.write(
      `lectern: checking ${path} on a worker failed (${reply.message}); checking it in place\n`,
    );
    return undefined;
  }
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
