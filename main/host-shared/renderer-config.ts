/**
 * The one Vite configuration of the UI bundle, used by `electron.vite.config.ts` (Electron
 * builds) and by `ensureUiBuilt` (the browser edition), so both serve the same files.
 */
import react from '@vitejs/plugin-react';
import { join } from 'node:path';
import type { UserConfig } from 'vite';

/** Vite config for `renderer/` → `out/renderer/`, relative to the project folder `root`. */
export function rendererConfig(root: string): UserConfig {
  return {
    root: join(root, 'renderer'),
    // Relative URLs: the same files work under http://127.0.0.1:port/ and the Electron app protocol.
    base: './',
    plugins: [react()],
    build: {
      outDir: join(root, 'out', 'renderer'),
      emptyOutDir: true,
      // The app opens with ~640 kB of script (React, zod, markdown-it, the editor); reveal.js
      // and the speaker view load on the first presentation, vega + vega-lite (~820 kB, one
      // library that does not split further) with the first chart. All of it is served from
      // this computer, never the network, so Vite's 500 kB hint has nothing left to act on;
      // the limit sits just above vega so a new large chunk still warns.
      chunkSizeWarningLimit: 900,
      rolldownOptions: { input: join(root, 'renderer', 'index.html') },
    },
  };
}
