/**
 * Finding a worker's code (main/platform/worker-entry.ts) in each layout Lectern runs from,
 * laid out for real in a temporary folder: electron-vite's out/main (the starter in chunks/,
 * the entry one folder up) inside a path with `app.asar` in it, as the packaged app has; the
 * command line's flat out/cli; and the sources. Plus one worker started from such a folder.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { once } from 'node:events';
import { afterAll, describe, expect, it } from 'vitest';
import { findWorker, startWorker, workerAt } from '../../../main/platform/worker-entry';

const root = mkdtempSync(join(tmpdir(), 'lectern-worker-entry-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Makes `files` (paths relative to `base`) and returns `base`. */
function layout(base: string, files: Record<string, string>): string {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(base, file)), { recursive: true });
    writeFileSync(join(base, file), text);
  }
  return base;
}

const url = (file: string) => pathToFileURL(file).href;

describe('findWorker', () => {
  it("finds the desktop build's entry one folder up from the chunk that starts it, inside app.asar", () => {
    const main = layout(join(root, 'Lectern/resources/app.asar/out/main'), {
      'index.js': '',
      'import-worker.js': '',
      'deck-read-worker.js': '',
      'chunks/from-file-abc123.js': '',
      'chunks/read-def456.js': '',
    });
    expect(
      findWorker(
        url(join(main, 'chunks/from-file-abc123.js')),
        'import-worker',
        './import-worker.ts',
      ),
    ).toEqual({ file: join(main, 'import-worker.js'), source: false });
    expect(
      findWorker(url(join(main, 'chunks/read-def456.js')), 'deck-read-worker', './read-worker.ts'),
    ).toEqual({ file: join(main, 'deck-read-worker.js'), source: false });
  });

  it("finds the command line's entry beside the chunk that starts it", () => {
    const cli = layout(join(root, 'project/out/cli'), {
      'lectern.mjs': '',
      'import-worker.mjs': '',
      'from-file-abc123.mjs': '',
    });
    expect(
      findWorker(url(join(cli, 'from-file-abc123.mjs')), 'import-worker', './import-worker.ts'),
    ).toEqual({ file: join(cli, 'import-worker.mjs'), source: false });
  });

  it('finds the TypeScript source when nothing is built', () => {
    const store = layout(join(root, 'project/main/store'), {
      'read-off-thread.ts': '',
      'read-worker.ts': '',
    });
    expect(
      findWorker(url(join(store, 'read-off-thread.ts')), 'deck-read-worker', './read-worker.ts'),
    ).toEqual({ file: join(store, 'read-worker.ts'), source: true });
  });

  it('finds nothing where there is neither a build nor a source', () => {
    const empty = layout(join(root, 'empty/main/import'), { 'off-thread.js': '' });
    expect(
      findWorker(url(join(empty, 'off-thread.js')), 'import-worker', './import-worker.ts'),
    ).toBeUndefined();
  });
});

describe('workerAt', () => {
  it("tells a built chunk from a source by the module's own URL", () => {
    const chunk = join(root, 'app.asar/out/main/chunks/chart-worker-abc123.js');
    expect(workerAt(url(chunk))).toEqual({ file: chunk, source: false });
    const source = join(root, 'project/main/export/chart-worker.ts');
    expect(workerAt(url(source))).toEqual({ file: source, source: true });
  });
});

describe('startWorker', () => {
  it('runs a built entry found in a layout like out/main', async () => {
    const main = layout(join(root, 'run/app.asar/out/main'), {
      'package.json': '{ "type": "module" }',
      'echo-worker.js':
        "import { parentPort, workerData } from 'node:worker_threads';\nparentPort.postMessage(`hello ${workerData.name}`);\n",
      'chunks/starter.js': '',
    });
    const entry = findWorker(url(join(main, 'chunks/starter.js')), 'echo-worker', './echo.ts');
    expect(entry).toEqual({ file: join(main, 'echo-worker.js'), source: false });
    const worker = startWorker(entry!, { workerData: { name: 'Ada' } });
    try {
      const [message] = await once(worker, 'message');
      expect(message).toBe('hello Ada');
    } finally {
      await worker.terminate();
    }
  });
});
