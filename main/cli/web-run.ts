/**
 * Running the browser edition until the user stops it: pick the workspace (the one given,
 * else the one chosen last time, else the lecturer's own, seeded with the samples), build the UI if needed, start the
 * host, print the address, open the browser, and shut down cleanly on Ctrl+C or SIGTERM.
 */
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { err, out } from './io';
import { defaultWorkspace, seedWorkspace } from '../services/first-workspace';
import { openBrowser } from '../web/open-browser';
import { startWebHost } from '../web/server';
import { readSettings, writeSettings } from '../host-shared/settings';
import { loadIdentity, writeIdentity, type LoadedIdentity } from '../web/token-store';
import { PROJECT_ROOT } from '../platform/project-root';
import { ensureUiBuilt } from '../web/ui-build';
import { keepImportWorkerWarm } from '../import/off-thread';
import { errorMessage } from '../../common/error-text';

export interface RunOptions {
  workspace?: string;
  port?: number;
  open: boolean;
  /** Replace the workspace's kept token (`--new-token`): pages opened with the old one stop working. */
  newToken?: boolean;
}

/** Exit codes as the command line uses them. */
const OK = 0;
const FAILURE = 1;

/**
 * The workspace of a lecturer who has chosen none: their own folder, made on the first run with
 * copies of the sample decks (never the checkout's `decks/` itself). Undefined, said why, when
 * it cannot be made.
 */
export async function firstWorkspace(
  samples: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string | undefined> {
  const folder = defaultWorkspace(env);
  try {
    const seeded = await seedWorkspace(folder, samples);
    if (seeded.copied.length)
      out(
        `Your decks live in ${folder}: the ${seeded.copied.length} sample decks were copied there to start with.`,
      );
    return folder;
  } catch (e) {
    err(
      `lectern web: the workspace ${folder} could not be made (${errorMessage(e)}); choose a folder with --workspace, or set LECTERN_WORKSPACE`,
    );
    return undefined;
  }
}

/** Starts the browser edition and resolves to the exit code once it has been stopped. */
export async function runBrowserEdition(options: RunOptions): Promise<number> {
  const settings = await readSettings();
  const chosen =
    options.workspace ?? settings.workspace ?? (await firstWorkspace(join(PROJECT_ROOT, 'decks')));
  if (chosen === undefined) return FAILURE;
  const workspace = resolve(chosen);
  if (existsSync(workspace) && !statSync(workspace).isDirectory()) {
    err(`lectern web: ${chosen} is a file; --workspace takes a folder of decks`);
    return FAILURE;
  }
  if (options.workspace && !(await writeSettings({ ...settings, workspace }))) {
    err(
      'lectern web: note: the workspace could not be remembered for next time (the settings folder is not writable)',
    );
  }

  let ui: string;
  try {
    ui = await ensureUiBuilt((line) => out(line));
  } catch (e) {
    err(`lectern web: the app could not be built: ${errorMessage(e).split('\n')[0]}`);
    return FAILURE;
  }

  // The same workspace keeps its address (token and port) across restarts, so an open tab
  // reconnects by itself and saves what was typed while the host was away.
  let identity: LoadedIdentity | null = null;
  try {
    identity = await loadIdentity(workspace, { rotate: options.newToken });
  } catch (e) {
    err(
      `lectern web: note: the address could not be kept for next time (${errorMessage(e)}); open tabs will not reconnect after a restart`,
    );
  }

  // "Open folder…" in the page: the next start opens that folder too.
  const remember = async (root: string) => {
    if (!(await writeSettings({ ...(await readSettings()), workspace: root })))
      err(
        'lectern web: note: the workspace could not be remembered for next time (the settings folder is not writable)',
      );
    out(`Now working in ${root}`);
  };
  let host;
  try {
    const port = options.port ?? identity?.port;
    try {
      host = await startWebHost({
        workspace,
        uiDir: ui,
        port,
        token: identity?.token,
        onWorkspace: remember,
      });
    } catch (e) {
      // The last run's port is taken now: any free one will do, but old tabs cannot follow.
      if (
        options.port !== undefined ||
        port === undefined ||
        (e as NodeJS.ErrnoException).code !== 'EADDRINUSE'
      )
        throw e;
      out(
        `Note: port ${port} of the last run is in use, so pages opened before cannot reconnect; open the new address below.`,
      );
      host = await startWebHost({
        workspace,
        uiDir: ui,
        token: identity?.token,
        onWorkspace: remember,
      });
    }
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    err(
      `lectern web: could not start: ${code === 'EADDRINUSE' ? `port ${options.port} is in use; choose another with --port, or leave it out to pick a free one` : errorMessage(e)}`,
    );
    return FAILURE;
  }

  // A lecturer imports readings here one after another: the next import finds a warm worker.
  keepImportWorkerWarm();
  if (identity && identity.port !== host.port) {
    await writeIdentity(workspace, { token: host.token, port: host.port }).catch(() => undefined);
  }
  if (identity?.fresh === 'rotated')
    out('A new address was made (--new-token): pages opened with the old one no longer connect.');
  if (identity?.fresh === 'exposed')
    out(`Note: ${identity.path} could be read by other users, so a new address was made.`);

  out(`Lectern is running at ${host.url}`);
  out(`Workspace: ${workspace}`);
  out('Press Ctrl+C to stop.');
  if (options.open) {
    const failed = await openBrowser(host.url);
    if (failed) out(`Note: the browser did not open (${failed}); open the address above yourself.`);
  }

  await new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      done();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await host.close();
  out('Lectern stopped.');
  return OK;
}
