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
      rolldownOptions: { input: join(root, 'renderer', 'index.html') },
    },
  };
}
