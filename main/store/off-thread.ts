/**
 * The store's worker thread, for work on a big deck that would stop the process that does it
 * (the browser edition's host, the desktop app's main process) answering anyone else for
 * seconds: checking a deck file that is being opened (read-off-thread.ts), and preparing a
 * save's bytes (save-off-thread.ts). One worker per job, ended once it has answered.
 *
 * The worker is `read-worker.ts`: built as `deck-read-worker.mjs` / `.js`, or run from source
 * through tsx (tests, `npm run web`), found as every worker is (main/platform/worker-entry.ts).
 * Where neither can be found or started, the callers do the work in place, as before.
 */
import type { Transferable, Worker } from 'node:worker_threads';
import type { Problem } from '../../common/deck/problems';
import { inBackground } from '../platform/background';
import { findWorker, startWorker as startEntry, type WorkerEntry } from '../platform/worker-entry';

let entry: WorkerEntry | null | undefined;

/** A worker for one job, or undefined when none can be started here. */
function startWorker(): Worker | undefined {
  // Looked for once: the files a process runs from do not come and go.
  if (entry === undefined)
    entry = findWorker(import.meta.url, 'deck-read-worker', './read-worker.ts') ?? null;
  // A source needs tsx to run; without it, startEntry throws and the work is done in place.
  return entry ? startEntry(entry) : undefined;
}

/**
 * Sends `request` to a fresh worker and resolves with its one reply; with an Error when the
 * worker failed or stopped first (`code` ERR_WORKER_OUT_OF_MEMORY when it ran out of memory);
 * with undefined when no worker can run here. Never rejects.
 */
export async function runOffThread<Reply>(
  request: unknown,
  transfer: readonly Transferable[] = [],
): Promise<Reply | Error | undefined> {
  let worker: Worker | undefined;
  try {
    worker = startWorker();
  } catch {
    worker = undefined;
  }
  if (!worker) return undefined;
  const reply = await new Promise<Reply | Error>((resolve) => {
    worker.once('message', (m: Reply) => resolve(m));
    worker.once('error', (e) => resolve(e));
    worker.once('exit', (code) => resolve(new Error(`the worker stopped (exit code ${code})`)));
    worker.postMessage(request, transfer);
  });
  inBackground('stop the store worker', worker.terminate());
  return reply;
}

/** Whether `reply` says the worker ran out of memory (the deck is too big to handle at all). */
function outOfMemory(reply: Error): boolean {
  return (reply as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY';
}

/**
 * `runOffThread` for a job the caller can also do in place: the worker's reply; `tooBig` when
 * the worker ran out of memory (no thread could do it); undefined when no worker ran or it
 * failed for a reason of its own (stderr says which `job`), so the caller does it in place.
 */
export async function askOffThread<Reply>(
  request: unknown,
  job: string,
  tooBig: Problem,
): Promise<Reply | { ok: false; problems: Problem[] } | undefined> {
  const reply = await runOffThread<Reply>(request);
  if (!(reply instanceof Error)) return reply;
  if (outOfMemory(reply)) return { ok: false, problems: [tooBig] };
  process.stderr.write(
    `lectern: ${job} on a worker failed (${reply.message}); doing it in place\n`,
  );
  return undefined;
}
