/**
 * `npm start [-- --workspace <folder>] [--port N] [--no-open]`: builds the app and launches
 * Electron. Where the Electron binary cannot be had (offline, locked down, or a machine like
 * the build server), it says so in one line and starts the browser edition instead, so the
 * README's start command always gives the lecturer a working app.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runBrowserEdition } from './web-run';
import { PROJECT_ROOT } from '../platform/project-root';
import { electronBinary, ELECTRON_DIR } from '../platform/electron-binary';
import { err, out } from './io';
import { errorDetail, errorMessage } from '../../common/error-text';

/** The binary, fetching it once the usual way (Electron 42+ fetches at first launch) if allowed; quietly, so a failure is the one line below. */
function findOrFetchElectron(): string | undefined {
  const found = electronBinary();
  if (
    found ||
    process.env.LECTERN_NO_ELECTRON === '1' ||
    !existsSync(join(ELECTRON_DIR, 'install.js'))
  )
    return found;
  spawnSync(process.execPath, [join(ELECTRON_DIR, 'install.js')], {
    stdio: 'ignore',
    timeout: 120_000,
  });
  return electronBinary();
}

async function main(argv: string[]): Promise<number> {
  let values: { workspace?: string; port?: string; 'no-open'?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        workspace: { type: 'string' },
        port: { type: 'string' },
        'no-open': { type: 'boolean' },
      },
      strict: true,
    }));
  } catch (e) {
    err(
      `npm start: ${errorMessage(e).split('. ')[0]} (options: --workspace <folder>, --port N, --no-open)`,
    );
    return 2;
  }
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) {
    err(`npm start: --port must be a number from 1 to 65535, not "${values.port}"`);
    return 2;
  }

  const electron = findOrFetchElectron();
  if (!electron) {
    out(
      'Electron is not available on this machine (its runtime could not be downloaded), so Lectern starts in your web browser instead.',
    );
    return runBrowserEdition({ workspace: values.workspace, port, open: !values['no-open'] });
  }

  out('Building Lectern…');
  const { build } = await import('electron-vite');
  await build({ root: PROJECT_ROOT, logLevel: 'warn' });
  // No folder given: the app picks the one chosen last time, else the lecturer's own (seeded
  // with the samples on the first run), never the checkout's `decks/`.
  const args = [PROJECT_ROOT, ...(values.workspace ? ['--workspace', values.workspace] : [])];
  const child = spawn(electron, args, { stdio: 'inherit' });
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    err(`npm start: ${errorDetail(e)}`);
    process.exitCode = 1;
  },
);
