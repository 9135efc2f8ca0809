/**
 * electron-vite builds the three parts of the desktop app into out/:
 *   out/main      the main process (main/electron/main.ts), ESM
 *   out/preload   the preload (main/electron/preload.ts) as one CommonJS file with its
 *                 dependencies bundled, as a sandboxed preload requires
 *   out/renderer  the UI (renderer/index.html), the same bundle the browser edition serves
 */
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { rendererConfig } from './main/host/renderer-config';

const root = resolve('.');

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rolldownOptions: { input: { index: resolve(root, 'main/electron/main.ts') } },
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
