/**
 * Checking a big deck file on a worker thread, so the process that reads it (the browser
 * edition's host, the desktop app's main process) keeps answering while a 30 MB deck is
 * decoded, parsed, validated and hashed. The worker sends the checked deck back as JSON text:
 * parsing that takes a fraction of what a structured clone of the deck object costs here.
 *
 * The worker is `read-worker.ts`: built next to the bundle that uses it as
 * `deck-read-worker.mjs` / `.js`, or run from source through tsx (tests, `npm run web`).
 * Where neither can be found, the deck is checked in place, as before.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Deck } from '../../common/deck/schema';
import { error, type Problem, type Result } from '../../common/deck/problems';
import type { DiskStamp, OpenedDeck } from './read';
import { inBackground } from '../platform/background';

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

/**
 * Where a build puts the worker, relative to the code that starts it: beside it (the CLI
 * bundle, `.mjs`, all chunks in one folder), or one folder up when that code is in one of
 * electron-vite's `chunks/`. Then the TypeScript source.
 */
const BUILT = ['./deck-read-worker.mjs', './deck-read-worker.js', '../deck-read-worker.js'];

let entry: { url: URL; source: boolean } | null | undefined;

function workerEntry(): { url: URL; source: boolean } | null {
  if (entry !== undefined) return entry;
  for (const name of BUILT) {
    const url = new URL(name, import.meta.url);
    if (url.protocol === 'file:' && existsSync(url)) return (entry = { url, source: false });
  }
  const source = new URL('./read-worker.ts', import.meta.url);
  return (entry =
    source.protocol === 'file:' && existsSync(source) ? { url: source, source: true } : null);
}

/** A worker for one check, or undefined when none can be started here. */
function startWorker(): Worker | undefined {
  const found = workerEntry();
  if (!found) return undefined;
  if (!found.source) return new Worker(found.url);
  let tsx: string;
  try {
    // tsx's ES module API (require.resolve would pick its CommonJS build, which cannot register in a worker).
    tsx = pathToFileURL(
      join(
        dirname(createRequire(import.meta.url).resolve('tsx/package.json')),
        'dist/esm/api/index.mjs',
      ),
    ).href;
  } catch {
    return undefined; // TypeScript sources but no tsx: check in place
  }
  // The source is TypeScript: the worker registers tsx's loader before loading it.
  const boot =
    "import { workerData } from 'node:worker_threads'; const { register } = await import(workerData.tsx); register(); await import(workerData.entry);";
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), {
    workerData: { tsx, entry: found.url.href },
  });
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
    worker = startWorker();
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
