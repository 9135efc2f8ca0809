/**
 * The Electron main process: one instance, the app's protocols, the workspace, one IPC
 * handler per contract method, the main window with its menus, and deck files opened from
 * the command line or the OS. All file handling is in main/services, shared with the
 * browser edition; the shell around the window is in desktop.ts.
 */
import { app, dialog, ipcMain, protocol } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSettings, writeSettings } from '../host-shared/settings';
import { openBackend } from '../services';
import { defaultWorkspace, seedWorkspace } from '../services/first-workspace';
import { BackendHolder } from './backend';
import { Desktop } from './desktop';
import { forwardEvents, registerIpc } from './ipc';
import { desktopFeatures } from './desktop-features';
import { decksFromArgv } from './open-files';
import { installProtocols, PRIVILEGED_SCHEMES } from './protocols';
import { claimSingleInstance } from './single-instance';
import { lockDown } from './window';
import { inBackground } from '../platform/background';
import { keepImportWorkerWarm, stopKeepingImportWorkerWarm } from '../import/off-thread';
import { errorMessage } from '../../common/error-text';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * The workspace: `--workspace <folder>`, else the last one chosen, else the lecturer's own
 * (Documents/Lectern when installed, `~/Lectern` or LECTERN_WORKSPACE when run from a checkout),
 * made on the first run with copies of the sample decks.
 */
async function workspaceFolder(): Promise<string> {
  const i = process.argv.indexOf('--workspace');
  const given = i >= 0 ? process.argv[i + 1] : undefined;
  if (given) return given;
  const saved = (await readSettings()).workspace;
  if (saved) return saved;
  const folder =
    app.isPackaged && !process.env.LECTERN_WORKSPACE
      ? join(app.getPath('documents'), 'Lectern')
      : defaultWorkspace();
  await seedWorkspace(folder, join(app.getAppPath(), 'decks'));
  return folder;
}

const desktop = new Desktop(join(here, '../preload/index.cjs'), app.getPath('userData'));

if (claimSingleInstance(app, (files) => desktop.openFiles(files))) {
  desktop.openFiles(decksFromArgv(process.argv, process.cwd()));

  protocol.registerSchemesAsPrivileged(PRIVILEGED_SCHEMES);

  // Any page that somehow appears (devtools extensions, future windows) gets the same limits.
  app.on('web-contents-created', (_event, contents) => lockDown(contents));

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // Electron does not wait for async work here: the guard prevents the quit, asks, waits
  // for the save, then quits again.
  app.on('before-quit', (event) => desktop.guard.onBeforeQuit(event, () => app.quit()));

  app.setAboutPanelOptions({
    applicationName: 'Lectern',
    applicationVersion: app.getVersion(),
    copyright: 'MIT licence',
  });

  const start = async () => {
    await app.whenReady();
    // What the desktop app adds to each workspace it opens (a deck's own folder, Open folder…).
    const host = desktopFeatures();
    const open = (folder: string) => openBackend(folder, { host });
    const holder = new BackendHolder(
      await open(await workspaceFolder()),
      (backend) => forwardEvents(backend.ctx.workspace, desktop.ours),
      open,
      async (root) => void (await writeSettings({ ...(await readSettings()), workspace: root })),
    );
    installProtocols(protocol, join(here, '../renderer'), () => holder.ctx);
    registerIpc(ipcMain, holder.services, desktop.ours, desktop.hooks);
    // The lecturer's first import finds the generator loaded in a waiting worker.
    keepImportWorkerWarm();
    app.on('will-quit', () => {
      stopKeepingImportWorkerWarm();
      holder.close();
    });
    await desktop.start(holder);
    app.on('activate', () => inBackground('open its window', desktop.window()));
  };
  // Without its workspace or its window Lectern is no use: say why, rather than run with no window.
  start().catch((e: unknown) => {
    dialog.showErrorBox('Lectern could not start', errorMessage(e));
    app.exit(1);
  });
}
