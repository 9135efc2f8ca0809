/**
 * The import worker's entry: receives one ImportJob, runs it (main/import/job.ts), posts the
 * result and ends. Started by main/import/off-thread.ts with time and heap limits; bundled as
 * out/cli/import-worker.mjs for the command line (main/cli/build/bundle.mjs).
 */
import { parentPort } from 'node:worker_threads';
import { error, type Result } from '../../common/deck/problems';
import { runImportJob, type ImportJob } from './job';

if (parentPort) {
  const port = parentPort;
  port.once('message', (job: ImportJob) => {
    runImportJob(job).then(
      (result) => port.postMessage(result),
      // A failure the job did not turn into problems: the caller reports it, naming the reading.
      (e: unknown) =>
        port.postMessage({
          ok: false,
          problems: [
            error(
              job.where,
              `could not be imported (${e instanceof Error ? e.message : String(e)})`,
            ),
          ],
        } satisfies Result<never>),
    );
  });
}
