/**
 * Where the Electron executable is, if it has been downloaded (Electron 42+ fetches it at
 * first launch, not at install). Node-only and import-safe (unlike main/cli/start.ts, which
 * runs when imported), so tests can ask without starting anything.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../host/ui-build';

/** The Electron executable if it is on disk; never downloads. */
export function electronBinary(dir = join(PROJECT_ROOT, 'node_modules', 'electron')): string | undefined {
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const exe = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(exe) ? exe : undefined;
}
