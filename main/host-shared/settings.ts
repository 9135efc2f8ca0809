/**
 * What the browser edition remembers between runs: the workspace the lecturer last chose.
 * Kept in the user's config folder (LECTERN_CONFIG_DIR overrides it, for tests).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { homedir, platform } from 'node:os';
import { join } from 'node:path';

export interface Settings {
  workspace?: string;
}

/** The folder Lectern keeps its settings in. */
export function configDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.LECTERN_CONFIG_DIR) return env.LECTERN_CONFIG_DIR;
  if (platform() === 'win32')
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Lectern');
  if (platform() === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Lectern');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'lectern');
}

/** The saved settings; empty when there are none or they cannot be read. */
export async function readSettings(env: NodeJS.ProcessEnv = process.env): Promise<Settings> {
  try {
    const raw: unknown = JSON.parse(await readFile(join(configDir(env), 'settings.json'), 'utf8'));
    if (typeof raw === 'object' && raw !== null && typeof (raw as Settings).workspace === 'string')
      return { workspace: (raw as Settings).workspace };
  } catch {
    // First run, or a damaged file: start from the defaults.
  }
  return {};
}

/** Saves the settings; a failure only means the choice is not remembered. */
export async function writeSettings(
  settings: Settings,
  env: NodeJS.ProcessEnv = process.env,
): Promise<boolean> {
  try {
    await mkdir(configDir(env), { recursive: true });
    await writeFile(
      join(configDir(env), 'settings.json'),
      JSON.stringify(settings, null, 2) + '\n',
    );
    return true;
  } catch {
    return false;
  }
}
