/**
 * The PDF "printer" seam: whatever turns a print document into PDF bytes. From the command
 * line it is Playwright driving a Chromium found on the machine (`playwright-printer.ts`); in
 * the desktop app, Electron's `printToPDF` in a hidden window (`electron-printer.ts`). Both
 * refuse every request that leaves the document.
 */
import type { PrintDocument } from './print-document';

export interface PdfPrinter {
  /**
   * Prints the document to PDF bytes, one PDF page per `.lx-page`, page size from the document.
   * When `signal` aborts, the page (or window) is closed at once and the promise rejects.
   */
  print(doc: PrintDocument, signal?: AbortSignal): Promise<Uint8Array>;
  /** Releases the browser or window; the printer cannot be used afterwards. */
  close(): Promise<void>;
}

/** Thrown when no Chromium-family browser can be found; the message says what to install. */
export class NoChromiumError extends Error {}
