/**
 * Where the Electron executable is, if it has been downloaded (Electron 42+ fetches it at
 * first launch, not at install). Node-only and import-safe, so `npm start` (main/cli/start.ts)
 * and the tests ask the same question the same way, without starting anything.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './project-root';

/** The folder of the `electron` package, where its binary and its installer are. */
export const ELECTRON_DIR = join(PROJECT_ROOT, 'node_modules', 'electron');

/** The Electron executable if it is on disk; never downloads. */
export function electronBinary(dir = ELECTRON_DIR): string | undefined {
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const exe = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(exe) ? exe : undefined;
}
