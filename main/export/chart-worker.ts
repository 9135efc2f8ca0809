/**
 * The chart worker: a worker thread that draws chart specs to SVG with the shared
 * `chartToSvg`, one at a time, so a chart that runs away costs its own thread, never the
 * exporting process. Its time and heap limits are set by the one who starts it
 * (chart-worker-pool.ts).
 *
 * This module is both the worker's code and the way to find it: the pool imports it (only
 * dynamically) for `CHART_WORKER_URL`, its own URL, and starts a Worker on that URL. So the
 * worker is wherever this module is: the .ts file under tsx and the tests, or the chunk esbuild
 * (out/cli) or electron-vite (out/main) made of it. In the main thread importing it does
 * nothing else, and loads no Vega.
 */
import { isMainThread, parentPort, workerData, type MessagePort } from 'node:worker_threads';
import type { ChartSpec } from '../../common/deck/schema';
import type { ChartOptions } from '../../common/render/chart-svg';
import { errorMessage } from '../../common/error-text';

/** This module's URL: the file a chart worker runs. */
export const CHART_WORKER_URL: string = import.meta.url;
/** `workerData.role` of a chart worker; anything else loading this module does nothing. */
export const CHART_WORKER_ROLE = 'lectern-chart-worker';

/** One chart to draw. */
export interface ChartJob {
  id: number;
  spec: ChartSpec;
  options: ChartOptions;
}

/** What the worker says: that it is ready (Vega loaded), or how a job went. */
export type ChartReply =
  | { type: 'ready' }
  | { type: 'drawn'; id: number; svg: string }
  | { type: 'failed'; id: number; message: string };

async function serve(port: MessagePort): Promise<void> {
  const { chartToSvg } = await import('../../common/render/chart-svg');
  port.on('message', (job: ChartJob) => {
    chartToSvg(job.spec, job.options).then(
      (svg) => port.postMessage({ type: 'drawn', id: job.id, svg } satisfies ChartReply),
      (e: unknown) =>
        port.postMessage({
          type: 'failed',
          id: job.id,
          message: errorMessage(e),
        } satisfies ChartReply),
    );
  });
  port.postMessage({ type: 'ready' } satisfies ChartReply);
}

if (
  !isMainThread &&
  parentPort &&
  (workerData as { role?: unknown } | null)?.role === CHART_WORKER_ROLE
) {
  // Vega failing to load leaves nothing to serve: the worker ends, and the pool draws placeholders.
  serve(parentPort).catch((e: unknown) => {
    console.error('Lectern: the chart worker could not load the chart renderer:', e);
    process.exit(1);
  });
}
