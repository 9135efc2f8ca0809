/**
 * The browser edition's address, kept per workspace, so a page left open survives a restart
 * of the host: the same workspace gets the same token (and, when it is free, the same port,
 * which is part of the page's origin) until `lectern web --new-token` replaces it.
 *
 * One small JSON file per workspace in the user's config folder (never in the workspace, so
 * it cannot end up in a repository of decks), named by a hash of the workspace's real path:
 * `<config>/hosts/<hash>.json` = `{ workspace, token, port }`. The folder is 0700 and the file
 * 0600: the token is the key to the decks. A file that others could read, that cannot be
 * parsed, or whose token is not one this app makes is replaced by a fresh token.
 */
import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { chmod, mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { newToken } from './security';
import { configDir } from '../host-shared/settings';

export interface HostIdentity {
  token: string;
  /** The port of the last run on this workspace, to listen on again when it is free. */
  port?: number;
}

export interface LoadedIdentity extends HostIdentity {
  /** The file it is kept in. */
  path: string;
  /** Why a fresh token was made: `new` (first run), `rotated` (--new-token), `unreadable` or `exposed`; absent when reused. */
  fresh?: 'new' | 'rotated' | 'unreadable' | 'exposed';
}

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;
const FILE_MODE = 0o600;
const DIR_MODE = 0o700;
const POSIX = process.platform !== 'win32';

/** The workspace as one canonical path (symlinks resolved when it exists). */
function canonical(workspace: string): string {
  const abs = resolve(workspace);
  try {
    return realpathSync(abs);
  } catch {
    return abs;
  }
}

/** The file that keeps `workspace`'s token. */
export function identityPath(workspace: string, env: NodeJS.ProcessEnv = process.env): string {
  const id = createHash('sha256').update(canonical(workspace)).digest('hex').slice(0, 24);
  return join(configDir(env), 'hosts', `${id}.json`);
}

/** Reads the kept identity; null when there is none or it cannot be trusted (with why). */
async function readIdentity(
  path: string,
): Promise<HostIdentity | 'none' | 'unreadable' | 'exposed'> {
  let mode: number;
  try {
    mode = (await stat(path)).mode;
  } catch {
    return 'none';
  }
  // Readable or writable by anyone else: the token may be known; do not keep using it.
  if (POSIX && (mode & 0o077) !== 0) return 'exposed';
  try {
    const raw = JSON.parse(await readFile(path, 'utf8')) as { token?: unknown; port?: unknown };
    if (typeof raw.token !== 'string' || !TOKEN_SHAPE.test(raw.token)) return 'unreadable';
    const port =
      typeof raw.port === 'number' && Number.isInteger(raw.port) && raw.port > 0 && raw.port < 65536
        ? raw.port
        : undefined;
    return { token: raw.token, ...(port ? { port } : {}) };
  } catch {
    return 'unreadable';
  }
}

/** Writes the identity with mode 0600 from the first byte (a temporary file, then a rename). */
export async function writeIdentity(
  workspace: string,
  identity: HostIdentity,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  const path = identityPath(workspace, env);
  const dir = join(configDir(env), 'hosts');
  await mkdir(dir, { recursive: true, mode: DIR_MODE });
  if (POSIX) await chmod(dir, DIR_MODE).catch(() => undefined);
  const tmp = `${path}.${process.pid}.tmp`;
  const body =
    JSON.stringify(
      {
        workspace: canonical(workspace),
        token: identity.token,
        ...(identity.port ? { port: identity.port } : {}),
      },
      null,
      2,
    ) + '\n';
  const handle = await open(tmp, 'w', FILE_MODE);
  try {
    await handle.writeFile(body);
    await handle.sync();
  } finally {
    await handle.close();
  }
  // The mode given to open() is masked by the umask; make sure.
  if (POSIX) await chmod(tmp, FILE_MODE);
  try {
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
  return path;
}

/**
 * The token (and last port) for `workspace`: the kept one, or a fresh one written down when
 * there is none, it cannot be trusted, or `rotate` asks for a new one.
 */
export async function loadIdentity(
  workspace: string,
  options: { rotate?: boolean; env?: NodeJS.ProcessEnv } = {},
): Promise<LoadedIdentity> {
  const env = options.env ?? process.env;
  const path = identityPath(workspace, env);
  const kept = await readIdentity(path);
  if (typeof kept === 'object' && !options.rotate) return { ...kept, path };
  const fresh: LoadedIdentity['fresh'] =
    typeof kept === 'object' || options.rotate ? 'rotated' : kept === 'none' ? 'new' : kept;
  // The port stays: a tab of the old token then hears "refused" from it, and says so.
  const identity: HostIdentity = {
    token: newToken(),
    ...(typeof kept === 'object' && kept.port ? { port: kept.port } : {}),
  };
  await writeIdentity(workspace, identity, env);
  return { ...identity, path, fresh };
}
