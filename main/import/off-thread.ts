/**
 * Runs an import (main/import/job.ts) in a worker thread of its own, so the host keeps
 * answering while a reading is read, parsed and turned into decks, and a reading that takes too
 * long or needs too much memory stops its worker, not the host: the worker is ended and the
 * lecturer told which limit the reading passed.
 *
 * The worker's code is found by main/platform/worker-entry.ts: `import-worker.ts` when Lectern
 * runs from its sources (tsx, vitest: the worker registers tsx first), `import-worker.mjs` in the
 * command line's bundle (out/cli), `import-worker.js` in the desktop app's build (out/main).
 */
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { error, type Result } from '../../common/deck/problems';
import { refusedAtOnce, type ImportDone, type ImportJob } from './job';
import { IMPORT_HEAP_LIMIT_MB, IMPORT_TIME_LIMIT_MS } from './limits';
import { inBackground } from '../platform/background';
import { findWorker, startWorker } from '../platform/worker-entry';
import { errorDetail, errorMessage } from '../../common/error-text';

export interface WorkerLimits {
  ms: number;
  heapMb: number;
}

export const IMPORT_LIMITS: WorkerLimits = {
  ms: IMPORT_TIME_LIMIT_MS,
  heapMb: IMPORT_HEAP_LIMIT_MB,
};

const seconds = (ms: number) => `${Number((ms / 1000).toFixed(1))} s`;
const SPLIT = 'split the reading into parts (a file per chapter, say) and import each';

/**
 * A worker started ahead of the next import, warmed up (import-worker.ts), when a host asked
 * for one with `keepImportWorkerWarm`. Idle, it holds neither the process open nor a job; it is
 * used once, like any import worker, and the next is started when that import has ended.
 */
let spare: { worker: Worker; heapMb: number } | undefined;
let keepWarm = false;

/**
 * Keeps a warmed-up import worker ready from now on (the app and `lectern web`, where a
 * lecturer imports readings one after another): the first import no longer waits for the
 * generator to load. The command line's one-shot `generate` has nothing to gain from it.
 */
export function keepImportWorkerWarm(heapMb: number = IMPORT_LIMITS.heapMb): void {
  keepWarm = true;
  startSpare(heapMb);
}

/** Whether a warmed-up worker is waiting for the next import (tests and the benchmark ask). */
export const importWorkerWaiting = (): boolean => spare !== undefined;

/** Stops keeping a worker ready, and ends the one waiting (the host is closing). */
export function stopKeepingImportWorkerWarm(): void {
  keepWarm = false;
  const idle = spare;
  spare = undefined;
  if (idle) inBackground('stop the waiting import worker', idle.worker.terminate());
}

function startSpare(heapMb: number): void {
  if (!keepWarm || spare) return;
  try {
    const worker = importWorker(heapMb, true);
    const current = { worker, heapMb };
    // Idle, a spare that fails or ends is simply dropped; the next import starts its own.
    const drop = () => {
      if (spare === current) spare = undefined;
    };
    worker.on('error', drop);
    worker.once('exit', drop);
    worker.unref();
    spare = current;
  } catch (e) {
    process.stderr.write(`lectern: no import worker could be started ahead: ${errorMessage(e)}\n`);
  }
}

/** The spare worker when it has the limits asked for (it is then no longer a spare), else undefined. */
function takeSpare(heapMb: number): Worker | undefined {
  const taken = spare;
  if (!taken || taken.heapMb !== heapMb) return undefined;
  spare = undefined;
  taken.worker.removeAllListeners();
  taken.worker.ref();
  return taken.worker;
}

/** Runs `job` in a new worker within `limits`; resolves to its result or a problem naming the limit passed. Never throws. */
export function importOffThread(
  job: ImportJob,
  limits: WorkerLimits = IMPORT_LIMITS,
): Promise<Result<ImportDone>> {
  const where = job.where;
  const refused = refusedAtOnce(job);
  if (refused) return Promise.resolve({ ok: false, problems: [refused] });
  return new Promise((done) => {
    let worker: Worker;
    try {
      worker = takeSpare(limits.heapMb) ?? importWorker(limits.heapMb);
    } catch (e) {
      process.stderr.write(
        `lectern: the import worker for ${where} did not start: ${errorDetail(e)}\n`,
      );
      done({
        ok: false,
        problems: [
          error(
            where,
            `could not be imported: the import worker did not start (${errorMessage(e)}); the details are in the log`,
          ),
        ],
      });
      return;
    }
    let settled = false;
    const settle = (result: Result<ImportDone>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      done(result);
      inBackground('stop the import worker', worker.terminate());
      // The next import gets a warm worker too; started now, so it never competes with this one.
      startSpare(limits.heapMb);
    };
    const timer = setTimeout(() => {
      settle({
        ok: false,
        problems: [
          error(
            where,
            `took longer than ${seconds(limits.ms)} to import and was stopped; ${SPLIT}`,
          ),
        ],
      });
    }, limits.ms);
    worker.once('message', (result: Result<ImportDone>) => settle(result));
    worker.once('error', (e: Error & { code?: string }) => {
      if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') {
        settle({
          ok: false,
          problems: [
            error(
              where,
              `needed more than ${limits.heapMb} MB of memory to import and was stopped; ${SPLIT}`,
            ),
          ],
        });
        return;
      }
      process.stderr.write(
        `lectern: the import worker for ${where} failed: ${e.stack ?? e.message}\n`,
      );
      settle({
        ok: false,
        problems: [
          error(
            where,
            `could not be imported (${e.message.split('\n')[0]!.slice(0, 160)}); the details are in the log`,
          ),
        ],
      });
    });
    worker.once('exit', (code) => {
      settle({
        ok: false,
        problems: [
          error(
            where,
            `could not be imported: the import stopped (exit code ${code}) before it was done; the details are in the log`,
          ),
        ],
      });
    });
    // The bytes are copied, not transferred: the caller keeps its own (a re-import compares them).
    worker.postMessage(job);
  });
}

/** A worker on the built import-worker (out/cli, out/main) or, from the sources, its .ts file. */
function importWorker(heapMb: number, warm = false): Worker {
  const entry = findWorker(import.meta.url, 'import-worker', './import-worker.ts');
  if (!entry) {
    const here = fileURLToPath(new URL('.', import.meta.url));
    throw new Error(`no import-worker.mjs, .js or .ts is in ${here} or the folder above it`);
  }
  const tsconfig = fileURLToPath(new URL('../../tsconfig.node.json', import.meta.url));
  return startWorker(
    entry,
    {
      resourceLimits: {
        maxOldGenerationSizeMb: heapMb,
        maxYoungGenerationSizeMb: Math.min(64, Math.max(8, heapMb / 16)),
      },
      workerData: { warm },
    },
    tsconfig,
  );
}
