/**
 * The Electron main process: registers the app's protocols, opens the workspace, registers
 * one IPC handler per contract method and creates the window. All file handling is in
 * main/services, shared with the browser edition.
 */
import { app, ipcMain, protocol, type WebContents } from 'electron';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readSettings } from '../host/settings';
import { openBackend } from '../services';
import { forwardEvents, registerIpc } from './ipc';
import { installProtocols, PRIVILEGED_SCHEMES } from './protocols';
import { createMainWindow, lockDown } from './window';

const here = fileURLToPath(new URL('.', import.meta.url));
const ours = new Set<WebContents>();

/** The workspace: `--workspace <folder>`, else the last one chosen, else the sample decks (dev) or Documents/Lectern. */
async function workspaceFolder(): Promise<string> {
  const i = process.argv.indexOf('--workspace');
  const given = i >= 0 ? process.argv[i + 1] : undefined;
  if (given) return given;
  const saved = (await readSettings()).workspace;
  if (saved) return saved;
  return app.isPackaged ? join(app.getPath('documents'), 'Lectern') : join(app.getAppPath(), 'decks');
}

protocol.registerSchemesAsPrivileged(PRIVILEGED_SCHEMES);

// Any page that somehow appears (devtools extensions, future windows) gets the same limits.
app.on('web-contents-created', (_event, contents) => lockDown(contents));

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

void app.whenReady().then(async () => {
  const backend = await openBackend(await workspaceFolder());
  installProtocols(protocol, join(here, '../renderer'), backend.ctx);
  registerIpc(ipcMain, backend.services, ours);
  forwardEvents(backend.ctx.workspace, ours);
  app.on('will-quit', () => backend.close());
  createMainWindow(join(here, '../preload/index.cjs'), ours);
  app.on('activate', () => {
    if (ours.size === 0) createMainWindow(join(here, '../preload/index.cjs'), ours);
  });
});
