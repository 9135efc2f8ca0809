/**
 * The browser edition serves the built UI. So that `npm run web` works straight after
 * `npm ci`, and never serves a UI older than its sources, it builds the UI first when
 * `out/renderer/index.html` is missing or older than any file under `renderer/` or `common/`.
 */
import { existsSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../platform/project-root';
import { rendererConfig } from '../host-shared/renderer-config';

/** Where the built UI lives. */
export function uiDir(root = PROJECT_ROOT): string {
  return join(root, 'out', 'renderer');
}

/** Newest modification time of any file under `dir` (0 when there is none). */
async function newest(dir: string): Promise<number> {
  let latest = 0;
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true, recursive: true });
  } catch {
    return 0;
  }
  for (const e of entries) {
    if (!e.isFile()) continue;
    const st = await stat(join(e.parentPath, e.name)).catch(() => undefined);
    if (st && st.mtimeMs > latest) latest = st.mtimeMs;
  }
  return latest;
}

/** True when the built UI is missing or older than its sources. */
export async function uiIsStale(root = PROJECT_ROOT): Promise<boolean> {
  const index = join(uiDir(root), 'index.html');
  if (!existsSync(index)) return true;
  const built = (await stat(index)).mtimeMs;
  const sources = Math.max(
    await newest(join(root, 'renderer')),
    await newest(join(root, 'common')),
  );
  return sources > built;
}

/**
 * Builds the UI if needed; `note` receives one line before a build starts.
 * Resolves to the folder to serve.
 */
export async function ensureUiBuilt(
  note: (line: string) => void,
  root = PROJECT_ROOT,
): Promise<string> {
  if (await uiIsStale(root)) {
    note('Building the app (first run, or its sources changed)…');
    const { build } = await import('vite');
    await build({ ...rendererConfig(root), configFile: false, logLevel: 'warn' });
  }
  return uiDir(root);
}
