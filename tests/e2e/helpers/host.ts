/**
 * Starts the real browser-edition host (`lectern web`) as a child process on a workspace and
 * reads the URL it prints; `stop` ends that one process. A config folder of its own keeps
 * the test from touching the user's remembered workspace.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RunningHost {
  url: string;
  origin: string;
  token: string;
  process: ChildProcess;
  /** Stops the host (SIGTERM, then SIGKILL after 3 s). */
  stop: () => Promise<void>;
  /** Kills the host at once, as a crash would. */
  kill: () => Promise<void>;
}

export interface HostOptions {
  /**
   * The config folder (LECTERN_CONFIG_DIR), for a host restarted on the same workspace with
   * the same kept token and port; left in place on stop. A fresh one (removed on stop) when absent.
   */
  config?: string;
  /** More arguments for `lectern web` (`--new-token`). */
  args?: string[];
  /** More environment for the host (a HOME of the test's own, for "Open folder…"). */
  env?: Record<string, string>;
  timeoutMs?: number;
}

/** Starts `lectern web --no-open --workspace <dir>` and resolves when it prints its address. */
export async function startHost(
  workspace: string,
  options: HostOptions = {},
): Promise<RunningHost> {
  const timeoutMs = options.timeoutMs ?? 90_000;
  const config = options.config ?? mkdtempSync(join(tmpdir(), 'lectern-e2e-config-'));
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'main/cli/index.ts',
      'web',
      '--no-open',
      '--workspace',
      workspace,
      ...(options.args ?? []),
    ],
    {
      cwd: process.cwd(),
      env: { ...process.env, LECTERN_CONFIG_DIR: config, BROWSER: 'none', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the host printed no address within ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const m = /(http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the host exited with ${code}:\n${output}`));
    });
  });
  const parsed = new URL(url);
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null) resolve();
    else child.on('exit', () => resolve());
  });
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill(signal);
      const t = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(t);
    }
    if (!options.config) rmSync(config, { recursive: true, force: true });
  };
  return {
    url,
    origin: parsed.origin,
    token: parsed.searchParams.get('token') ?? '',
    process: child,
    stop: () => end('SIGTERM'),
    kill: () => end('SIGKILL'),
  };
}
