/**
 * electron-vite builds the three parts of the desktop app into out/:
 *   out/main      the main process (main/electron/main.ts), ESM
 *   out/preload   the preload (main/electron/preload.ts) as one CommonJS file with its
 *                 dependencies bundled, as a sandboxed preload requires
 *   out/renderer  the UI (renderer/index.html), the same bundle the browser edition serves
 */
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './main/host-shared/renderer-config';

const root = resolve('.');

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // The deck store checks big decks on a worker thread (main/store/read-off-thread.ts).
      rolldownOptions: {
        input: {
          index: resolve(root, 'main/electron/main.ts'),
          'deck-read-worker': resolve(root, 'main/store/read-worker.ts'),
          // Imports run in a worker with time and heap limits (main/import/off-thread.ts).
          'import-worker': resolve(root, 'main/import/import-worker.ts'),
          // Charts are drawn in a worker too (main/export/chart-worker-pool.ts). An entry of its
          // own, so the code it shares with the main process goes to a shared chunk: left a
          // dynamic import of index only, the chart code imported that from index.js, and a
          // chart worker would have loaded the whole main process, Electron and all.
          'chart-worker': resolve(root, 'main/export/chart-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'main/electron/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: rendererConfig(root),
});
