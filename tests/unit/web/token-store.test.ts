/**
 * The browser edition's kept address: one token per workspace, in a 0600 file of the user's
 * config folder, reused at restart, replaced by --new-token or when others could read it.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  chmod,
  mkdir,
  mkdtemp,
  readFile,
  readdir,
  rm,
  stat,
  symlink,
  writeFile,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { identityPath, loadIdentity, writeIdentity } from '../../../main/web/token-store';

const posix = process.platform !== 'win32';
let dir: string;
let env: NodeJS.ProcessEnv;
let workspace: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lectern-token-'));
  env = { LECTERN_CONFIG_DIR: join(dir, 'config') };
  workspace = join(dir, 'lectures');
  await mkdir(workspace);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the kept token of a workspace', () => {
  it('is made on first run and written 0600 in a 0700 folder of the config dir, not in the workspace', async () => {
    const first = await loadIdentity(workspace, { env });
    expect(first.fresh).toBe('new');
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(first.path.startsWith(join(dir, 'config', 'hosts'))).toBe(true);
    expect(await readdir(workspace)).toEqual([]);
    if (posix) {
      expect((await stat(first.path)).mode & 0o777).toBe(0o600);
      expect((await stat(dirname(first.path))).mode & 0o777).toBe(0o700);
    }
    const saved = JSON.parse(await readFile(first.path, 'utf8')) as { token: string };
    expect(saved.token).toBe(first.token);
  });

  it('is reused at restart, with the port of the last run', async () => {
    const first = await loadIdentity(workspace, { env });
    await writeIdentity(workspace, { token: first.token, port: 43123 }, env);
    const again = await loadIdentity(workspace, { env });
    expect(again.fresh).toBeUndefined();
    expect(again.token).toBe(first.token);
    expect(again.port).toBe(43123);
    if (posix) expect((await stat(again.path)).mode & 0o777).toBe(0o600);
  });

  it('is the same for the same folder reached through a symlink, and another for another workspace', async () => {
    const first = await loadIdentity(workspace, { env });
    if (posix) {
      const link = join(dir, 'link');
      await symlink(workspace, link);
      expect((await loadIdentity(link, { env })).token).toBe(first.token);
    }
    const other = join(dir, 'other');
    await mkdir(other);
    const second = await loadIdentity(other, { env });
    expect(second.token).not.toBe(first.token);
    expect(second.path).not.toBe(first.path);
  });

  it('is replaced by --new-token (rotate), keeping the port, and the new one is kept', async () => {
    const first = await loadIdentity(workspace, { env });
    await writeIdentity(workspace, { token: first.token, port: 43124 }, env);
    const rotated = await loadIdentity(workspace, { env, rotate: true });
    expect(rotated.fresh).toBe('rotated');
    expect(rotated.token).not.toBe(first.token);
    expect(rotated.port).toBe(43124);
    if (posix) expect((await stat(rotated.path)).mode & 0o777).toBe(0o600);
    expect((await loadIdentity(workspace, { env })).token).toBe(rotated.token);
  });

  it.runIf(posix)('is replaced when other users could read the file', async () => {
    const first = await loadIdentity(workspace, { env });
    await chmod(first.path, 0o644);
    const next = await loadIdentity(workspace, { env });
    expect(next.fresh).toBe('exposed');
    expect(next.token).not.toBe(first.token);
    expect((await stat(next.path)).mode & 0o777).toBe(0o600);
  });

  it('is replaced when the file is damaged or holds something that is not a token', async () => {
    const path = identityPath(workspace, env);
    await mkdir(dirname(path), { recursive: true });
    for (const body of [
      '{not json',
      JSON.stringify({ token: 'short' }),
      JSON.stringify({ token: 42 }),
    ]) {
      await writeFile(path, body, { mode: 0o600 });
      const next = await loadIdentity(workspace, { env });
      expect(next.fresh).toBe('unreadable');
      expect(next.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    }
  });

  it('is 0600 even under a permissive umask', async () => {
    if (!posix) return;
    const old = process.umask(0);
    try {
      const id = await loadIdentity(workspace, { env });
      expect((await stat(id.path)).mode & 0o777).toBe(0o600);
    } finally {
      process.umask(old);
    }
  });
});
