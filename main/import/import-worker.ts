/**
 * The import worker's entry: receives one ImportJob, runs it (main/import/job.ts), posts the
 * result and ends. Started by main/import/off-thread.ts with time and heap limits; bundled as
 * out/cli/import-worker.mjs for the command line (main/cli/build/bundle.mjs).
 */
import { parentPort } from 'node:worker_threads';
import { runImportJob, type ImportJob } from './job';

if (parentPort) {
  const port = parentPort;
  port.once('message', (job: ImportJob) => {
    void runImportJob(job).then((result) => port.postMessage(result));
  });
}
