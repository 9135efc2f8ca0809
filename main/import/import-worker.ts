/**
 * The import worker's entry: receives one ImportJob, runs it (main/import/job.ts), posts the
 * result and ends. Started by main/import/off-thread.ts with time and heap limits; bundled as
 * out/cli/import-worker.mjs for the command line (main/cli/build/bundle.mjs).
 *
 * A worker started ahead of the lecturer's import (`workerData.warm`) first drafts a deck from
 * a few sentences of its own: the generator and compromise are loaded and their code compiled
 * by the time the reading arrives, which the lecturer would otherwise wait for.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { error, type Result } from '../../common/deck/problems';
import { runImportJob, type ImportJob } from './job';
import { errorMessage } from '../../common/error-text';

/** A few sentences with numbers, years, a quote and a list: enough to run every drafting path once. */
const WARM_UP_TEXT = `# Railways

In 1850 the network had about 6,000 miles of track. By 1900 it had grown to 18,000 miles, three times as much.

Engineers, surveyors and navvies built most of the lines. "The line was finished on time," one engineer wrote.

# Canals

Canal traffic fell by a third between 1840 and 1870, while railway freight rose to 200 million tonnes.`;

async function warmUp(): Promise<void> {
  await runImportJob({
    bytes: new TextEncoder().encode(WARM_UP_TEXT),
    fileName: 'warm-up.md',
    where: 'warm-up',
    generate: {},
  });
}

if (parentPort) {
  const port = parentPort;
  // Never fails the real job: a warm-up that failed leaves the job to load what it needs.
  const warm =
    (workerData as { warm?: unknown } | null)?.warm === true
      ? warmUp().catch(() => undefined)
      : Promise.resolve();
  port.once('message', (job: ImportJob) => {
    warm
      .then(() => runImportJob(job))
      .then(
        (result) => port.postMessage(result),
        // A failure the job did not turn into problems: the caller reports it, naming the reading.
        (e: unknown) =>
          port.postMessage({
            ok: false,
            problems: [error(job.where, `could not be imported (${errorMessage(e)})`)],
          } satisfies Result<never>),
      );
  });
}
