/**
 * What the desktop app adds to every workspace it opens: its export delivery (save dialog,
 * print window, file manager). main.ts gives it to `openBackend` once `app` is ready.
 */
import {
  app,
  BrowserWindow,
  dialog,
  session,
  shell,
  type BrowserWindowConstructorOptions,
} from 'electron';
import { electronPrinter } from '../export/electron-printer';
import type { HostFeatures } from '../services';
import { electronExportDelivery } from './export-delivery';

/** `export.run` asks where to save, prints with Electron, and reveals the file. */
export function desktopFeatures(): HostFeatures {
  return {
    exportDelivery: electronExportDelivery({
      showSaveDialog: (options) => {
        const win = BrowserWindow.getFocusedWindow();
        return win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options);
      },
      showItemInFolder: (path) => shell.showItemInFolder(path),
      defaultFolder: () => app.getPath('documents'),
      printer: () =>
        electronPrinter({
          fromPartition: (partition) => session.fromPartition(partition),
          // The options name the print session structurally; it is the real Session from above.
          createWindow: (options) =>
            new BrowserWindow(options as unknown as BrowserWindowConstructorOptions),
        }),
    }),
  };
}
