/**
 * Registers the desktop app's export delivery (save dialog, print window, file manager) for
 * every workspace of the process. Called once from main.ts after `app` is ready.
 */
import { app, BrowserWindow, dialog, session, shell, type BrowserWindowConstructorOptions } from 'electron';
import { electronPrinter } from '../export/electron-printer';
import { setDefaultExportDelivery } from '../services/export';
import { electronExportDelivery } from './export-delivery';

/** Makes `export.run` ask where to save, print with Electron, and reveal the file. */
export function installExport(): void {
  setDefaultExportDelivery(
    electronExportDelivery({
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
          createWindow: (options) => new BrowserWindow(options as unknown as BrowserWindowConstructorOptions),
        }),
    }),
  );
}
