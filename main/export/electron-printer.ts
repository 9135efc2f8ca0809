/**
 * The desktop app's PDF printer: Electron's `printToPDF` from a hidden window whose session
 * cancels every request, so a print document can never reach the network. Written against
 * the few Electron members it uses (structural types), so it is unit-tested with a stand-in
 * and main/export never imports Electron itself; the Electron main process passes the real
 * `BrowserWindow` and `session`.
 */
import { untilAborted } from './abortable';
import type { PrintDocument } from './print-document';
import type { PdfPrinter } from './printer';

/** The options of Electron's `webContents.printToPDF` that Lectern sets. */
export interface PrintToPdfOptions {
  pageSize: { width: number; height: number };
  printBackground: boolean;
  preferCSSPageSize: boolean;
  generateTaggedPDF: boolean;
  generateDocumentOutline: boolean;
  /** Inches; Electron 21+ takes the four sides (the old `marginType` is ignored). */
  margins: { top: 0; bottom: 0; left: 0; right: 0 };
}

export interface WebContentsLike {
  loadURL(url: string): Promise<void>;
  printToPDF(options: PrintToPdfOptions): Promise<Uint8Array>;
}

export interface WindowLike {
  webContents: WebContentsLike;
  destroy(): void;
}

export interface SessionLike {
  webRequest: {
    onBeforeRequest(
      listener: (
        details: { url: string },
        callback: (response: { cancel: boolean }) => void,
      ) => void,
    ): void;
  };
}

export interface ElectronLike {
  /** `session.fromPartition`. */
  fromPartition(partition: string): SessionLike;
  /** `new BrowserWindow(options)`. */
  createWindow(options: {
    show: false;
    webPreferences: {
      session: SessionLike;
      javascript: false;
      sandbox: true;
      contextIsolation: true;
      nodeIntegration: false;
      offscreen: boolean;
    };
  }): WindowLike;
}

/** The partition of the print session: in memory only, never shared with the app's windows. */
export const PRINT_PARTITION = 'lectern-print';

/** Only the document itself may load: it arrives as a data: URL; everything else is cancelled. */
export function allowedInPrint(url: string): boolean {
  return url.startsWith('data:');
}

/** A printer that prints each document in a fresh hidden window of a network-less session. */
export function electronPrinter(electron: ElectronLike): PdfPrinter & { readonly refused: number } {
  const session = electron.fromPartition(PRINT_PARTITION);
  let refused = 0;
  session.webRequest.onBeforeRequest((details, callback) => {
    const cancel = !allowedInPrint(details.url);
    if (cancel) refused++;
    callback({ cancel });
  });
  return {
    get refused() {
      return refused;
    },
    async print(doc: PrintDocument, signal?: AbortSignal): Promise<Uint8Array> {
      signal?.throwIfAborted();
      const win = electron.createWindow({
        show: false,
        webPreferences: {
          session,
          javascript: false,
          sandbox: true,
          contextIsolation: true,
          nodeIntegration: false,
          offscreen: false,
        },
      });
      let destroyed = false;
      const stop = () => {
        destroyed = true;
        win.destroy();
      };
      signal?.addEventListener('abort', stop, { once: true });
      try {
        // Raced against the signal: a call pending on a destroyed window need not ever settle.
        await untilAborted(
          win.webContents.loadURL(
            `data:text/html;charset=utf-8;base64,${Buffer.from(doc.html, 'utf8').toString('base64')}`,
          ),
          signal,
        );
        return await untilAborted(
          win.webContents.printToPDF({
            // Electron takes inches; a CSS pixel is 1/96 inch.
            pageSize: { width: doc.width / 96, height: doc.height / 96 },
            printBackground: true,
            preferCSSPageSize: true,
            generateTaggedPDF: true,
            generateDocumentOutline: true,
            margins: { top: 0, bottom: 0, left: 0, right: 0 },
          }),
          signal,
        );
      } catch (e) {
        signal?.throwIfAborted();
        throw e;
      } finally {
        signal?.removeEventListener('abort', stop);
        if (!destroyed) win.destroy();
      }
    },
    async close() {
      // Windows are destroyed after each print; the in-memory session goes with the app.
    },
  };
}
