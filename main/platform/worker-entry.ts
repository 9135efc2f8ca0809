/**
 * Where a worker thread's code is, and how to start it: the one way the import worker
 * (main/import/off-thread.ts), the chart worker (main/export/chart-worker-pool.ts) and the
 * deck reader (main/store/read-off-thread.ts) find and start theirs.
 *
 * A worker's entry is looked for relative to the module that starts it, in the layouts Lectern
 * runs from:
 *   - the command line's bundle (out/cli): every entry and chunk in one folder, `.mjs`;
 *   - the desktop app's build (out/main): entries `.js` in out/main, the code that starts them
 *     in out/main/chunks/, so the entry is one folder up;
 *   - the sources (tsx, vitest, `npm run web`): the `.ts` file beside the starter, run through
 *     tsx registered in the worker first.
 *
 * In the packaged app out/main is inside resources/app.asar, and the workers are started from
 * there, not from an app.asar.unpacked copy. Electron's worker threads read from the archive:
 * asar support is set up in worker threads since Electron 17 (electron/electron#33216, which
 * fixed #22446), and Electron's own test suite still starts a worker thread from a file inside
 * an asar (spec/asar-spec.ts, "should start worker thread from asar file"). Unpacking the
 * entries would be worse, not safer: they import packages (zod, vega, compromise, pdfjs-dist)
 * that stay in app.asar/node_modules, which Node's lookup from app.asar.unpacked never reaches
 * (the failure mongodb-js/mongosh#692 and electron/electron#18540 describe), and an unpacked
 * file is outside the archive the integrity fuse checks (electron-builder.yml). Electron's test
 * covers a CommonJS worker; Lectern's are ES modules, which the same archive support serves in
 * the main thread. Not yet tried in a packaged build: Electron cannot run on the build machine.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/** A worker's code: a built JavaScript file, or a TypeScript source to run through tsx. */
export interface WorkerEntry {
  file: string;
  source: boolean;
}

const isSource = (file: string) => /\.[cm]?tsx?$/.test(file);

/** The entry a worker runs when its code is the module at `url` (the chart worker's own URL). */
export function workerAt(url: string | URL): WorkerEntry {
  const file = fileURLToPath(url);
  return { file, source: isSource(file) };
}

/**
 * The worker entry `name` (no extension) built for the module at `from` (its import.meta.url):
 * beside it (out/cli, `.mjs`), or one folder up (out/main, where `from` is in chunks/); else
 * its TypeScript source `source`, relative to `from`. Undefined when there is none.
 */
export function findWorker(
  from: string | URL,
  name: string,
  source: string,
): WorkerEntry | undefined {
  const here = dirname(fileURLToPath(from));
  for (const folder of [here, dirname(here)])
    for (const ext of ['.mjs', '.js']) {
      const file = join(folder, name + ext);
      if (existsSync(file)) return { file, source: false };
    }
  const file = fileURLToPath(new URL(source, from));
  return existsSync(file) ? { file, source: true } : undefined;
}

/** Only the package conditions the process resolves with (the test runner's), never its hooks. */
function conditions(): string[] {
  const out: string[] = [];
  const args = process.execArgv;
  for (let i = 0; i < args.length; i++) {
    if ((args[i] === '--conditions' || args[i] === '-C') && i + 1 < args.length)
      out.push(args[i]!, args[++i]!);
    else if (args[i]!.startsWith('--conditions=')) out.push(args[i]!);
  }
  return out;
}

/**
 * Starts a worker on `entry` with `options` (the caller's workerData, resourceLimits). A built
 * file runs as it is, with the process's own Node options. A source runs through a bootstrap
 * that registers tsx in the worker first, with `tsconfig` when given: tsx's `--import` hook
 * registers itself in the main thread only, and the test runner's transform reaches no worker.
 * Throws when the worker cannot be started (a source, and no tsx to run it).
 */
export function startWorker(
  entry: WorkerEntry,
  options: WorkerOptions = {},
  tsconfig?: string,
): Worker {
  if (!entry.source) return new Worker(entry.file, options);
  // tsx's ES module API: its CommonJS build cannot register a loader in a worker.
  const tsx = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const register = tsconfig ? `{ tsconfig: ${JSON.stringify(tsconfig)} }` : '';
  const boot = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(${register}); return import(${JSON.stringify(pathToFileURL(entry.file).href)}); });`;
  return new Worker(boot, { ...options, eval: true, execArgv: conditions() });
}
