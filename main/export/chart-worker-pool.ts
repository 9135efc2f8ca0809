/**
 * Charts drawn in a worker thread with a time limit and a heap limit, so the worst chart a
 * deck can hold costs that chart and nothing else: the export goes on with a placeholder in
 * its place, the process (the desktop app's main process, the browser edition's host, the
 * command line) stays up and within its memory.
 *
 * One worker draws one chart at a time. A chart past its time is stopped by terminating the
 * worker; one past its heap ends the worker (V8's `resourceLimits`); either way the next chart
 * gets a fresh worker. An idle worker is kept a few seconds for the next export, never keeping
 * the process alive.
 */
import type { Worker } from 'node:worker_threads';
import type { ChartSpec } from '../../common/deck/schema';
import type { ChartOptions } from '../../common/render/chart-svg';
import type { ChartJob, ChartReply } from './chart-worker';
import { inBackground } from '../platform/background';
import { startWorker, workerAt, type WorkerEntry } from '../platform/worker-entry';
import { errorMessage } from '../../common/error-text';

export interface ChartLimits {
  /** Longest one chart may take to draw, in ms. */
  timeMs: number;
  /** The worker's heap (V8 old generation), in MB. */
  heapMb: number;
  /** Longest the worker may take to start (load Vega), in ms. */
  startMs: number;
  /** How long an idle worker is kept for the next chart, in ms. */
  idleMs: number;
}

/**
 * Lectern's largest chart (1,000 rows of 19 series) draws in about 7 s and 250 MB; a sample
 * deck's in well under a second. Twice that is allowed; no more.
 */
export const CHART_LIMITS: Readonly<ChartLimits> = {
  timeMs: 15_000,
  heapMb: 384,
  startMs: 60_000,
  idleMs: 10_000,
};

export type DrawnChart = { ok: true; svg: string } | { ok: false; reason: string };

interface Pending {
  job: ChartJob;
  timeMs: number;
  done: (result: DrawnChart) => void;
}

interface Running {
  worker: Worker;
  /** Settles when the worker says it is ready; rejects when it cannot start. */
  ready: Promise<void>;
  current?: Pending;
  /** The current chart's time limit. */
  timer?: NodeJS.Timeout;
  /** The start's time limit. */
  startTimer?: NodeJS.Timeout;
}

const seconds = (ms: number) => {
  const s = Math.round(ms / 100) / 10;
  return `${s} ${s === 1 ? 'second' : 'seconds'}`;
};

/** A place to draw charts: one worker at a time, with `limits`. */
export class ChartSandbox {
  readonly limits: ChartLimits;
  private running?: Running;
  private readonly queue: Pending[] = [];
  private idle?: NodeJS.Timeout;
  private nextId = 1;
  private closed = false;
  private where?: WorkerModule;

  constructor(limits: Partial<ChartLimits> = {}) {
    this.limits = { ...CHART_LIMITS, ...limits };
  }

  /**
   * Draws `spec` to SVG in the worker, in at most `timeMs` (the sandbox's limit unless given);
   * never rejects: a chart that cannot be drawn says why.
   */
  async draw(
    spec: ChartSpec,
    options: ChartOptions,
    timeMs: number = this.limits.timeMs,
  ): Promise<DrawnChart> {
    try {
      this.where ??= await locateWorker();
    } catch (e) {
      return {
        ok: false,
        reason: `the chart renderer could not be found (${errorMessage(e)})`,
      };
    }
    if (this.closed) return { ok: false, reason: 'the chart renderer was shut down' };
    return new Promise((done) => {
      this.queue.push({ job: { id: this.nextId++, spec, options }, timeMs, done });
      this.pump();
    });
  }

  /** Stops the worker; charts still waiting are answered as not drawn. */
  async close(): Promise<void> {
    this.closed = true;
    for (const pending of this.queue.splice(0))
      pending.done({ ok: false, reason: 'the chart renderer was shut down' });
    const running = this.running;
    if (running) {
      running.current?.done({ ok: false, reason: 'the chart renderer was shut down' });
      running.current = undefined;
      this.discard(running);
    }
    clearTimeout(this.idle);
  }

  private pump(): void {
    if (this.running?.current || !this.queue.length) {
      if (!this.queue.length && this.running && !this.running.current) this.rest(this.running);
      return;
    }
    clearTimeout(this.idle);
    const running = (this.running ??= this.start());
    running.worker.ref();
    const pending = this.queue.shift()!;
    running.current = pending;
    running.ready.then(
      () => {
        if (running.current !== pending) return;
        running.timer = setTimeout(
          () => this.fail(running, `it took longer than ${seconds(pending.timeMs)} to draw`),
          pending.timeMs,
        );
        running.worker.postMessage(pending.job);
      },
      (e: unknown) => {
        // A worker that cannot start fails every chart waiting, not one per start attempt.
        const reason = `the chart renderer could not start (${errorMessage(e)})`;
        for (const p of this.queue.splice(0)) p.done({ ok: false, reason });
        this.fail(running, reason);
      },
    );
  }

  private start(): Running {
    // A built chunk runs as it is; the .ts module (tsx, the tests) through tsx in the worker.
    const worker = startWorker(this.where!.entry, {
      workerData: { role: this.where!.role },
      resourceLimits: {
        maxOldGenerationSizeMb: this.limits.heapMb,
        maxYoungGenerationSizeMb: Math.min(64, Math.max(8, Math.round(this.limits.heapMb / 8))),
      },
    });
    let started: () => void = () => {};
    let refused: (e: Error) => void = () => {};
    const ready = new Promise<void>((resolve, reject) => {
      started = resolve;
      refused = reject;
    });
    // Never an unhandled rejection: pump() handles it for the job that waits.
    ready.catch(() => {});
    const startTimer = setTimeout(
      () => refused(new Error(`it did not start within ${seconds(this.limits.startMs)}`)),
      this.limits.startMs,
    );
    const running: Running = { worker, ready, startTimer };
    worker.on('message', (reply: ChartReply) => {
      if (reply.type === 'ready') {
        clearTimeout(startTimer);
        started();
        return;
      }
      const current = running.current;
      if (!current || current.job.id !== reply.id) return;
      clearTimeout(running.timer);
      running.current = undefined;
      current.done(
        reply.type === 'drawn'
          ? { ok: true, svg: reply.svg }
          : { ok: false, reason: reply.message },
      );
      this.pump();
    });
    worker.on('error', (e: Error & { code?: string }) => {
      clearTimeout(startTimer);
      refused(e);
      const reason =
        e.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `it needed more than the ${this.limits.heapMb} MB of memory a chart may use`
          : `the chart renderer stopped (${e.message.split('\n')[0]!.slice(0, 200)})`;
      this.fail(running, reason);
    });
    worker.on('exit', () => {
      clearTimeout(startTimer);
      refused(new Error('it stopped while starting'));
      this.fail(running, 'the chart renderer stopped');
    });
    return running;
  }

  /** Ends `running`'s chart as not drawn, for `reason`, and the worker with it; the next chart gets a fresh one. */
  private fail(running: Running, reason: string): void {
    const current = running.current;
    running.current = undefined;
    this.discard(running);
    current?.done({ ok: false, reason });
    this.pump();
  }

  private discard(running: Running): void {
    clearTimeout(running.timer);
    clearTimeout(running.startTimer);
    if (this.running === running) this.running = undefined;
    // Whatever it says or does from now on is not about a chart; an error must still have a listener.
    running.worker.removeAllListeners();
    running.worker.on('error', () => {});
    inBackground('stop a chart worker', running.worker.terminate());
  }

  /** An idle worker: kept for `idleMs` without holding the process open, then stopped. */
  private rest(running: Running): void {
    running.worker.unref();
    clearTimeout(this.idle);
    this.idle = setTimeout(() => {
      if (this.running === running && !running.current) this.discard(running);
    }, this.limits.idleMs);
    this.idle.unref();
  }
}

interface WorkerModule {
  entry: WorkerEntry;
  role: string;
}

let located: Promise<WorkerModule> | undefined;

/** Where the worker's code is: chart-worker.ts (tiny, no Vega), imported for its own URL. */
function locateWorker(): Promise<WorkerModule> {
  // Dynamic, so bundlers give the worker module a file of its own, which is what the Worker runs.
  if (!located) {
    located = import('./chart-worker').then((m) => ({
      entry: workerAt(m.CHART_WORKER_URL),
      role: m.CHART_WORKER_ROLE,
    }));
    // A failed import is tried again next time.
    located.catch(() => {
      located = undefined;
    });
  }
  return located;
}

let shared: ChartSandbox | undefined;

/** The process's chart sandbox with the default limits. */
export function chartSandbox(): ChartSandbox {
  return (shared ??= new ChartSandbox());
}
