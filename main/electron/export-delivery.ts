/**
 * How an export reaches the lecturer in the desktop app: a native save dialog first (so
 * nobody waits for a dialog after a long export), the file written there, then shown in the
 * file manager. Written against the few Electron members it uses (structural types), so it
 * is unit-tested with a stand-in; `desktopFeatures` (desktop-features.ts) passes the real ones.
 */
import { basename, dirname, join } from 'node:path';
import type { PdfPrinter } from '../export/printer';
import type { ExportDelivery } from '../services/export';

export interface SaveDialogOptions {
  title: string;
  defaultPath: string;
  buttonLabel: string;
  filters: Array<{ name: string; extensions: string[] }>;
}

/** The shell around the export: Electron's dialog, shell and app, and the print window. */
export interface ExportShell {
  /** `dialog.showSaveDialog`, parented to the window that asked. */
  showSaveDialog(options: SaveDialogOptions): Promise<{ canceled: boolean; filePath?: string }>;
  /** `shell.showItemInFolder`. */
  showItemInFolder(path: string): void;
  /** Where the first save dialog opens (`app.getPath('documents')`). */
  defaultFolder(): string;
  /** Electron's `printToPDF` in a hidden, network-less window (main/export/electron-printer.ts). */
  printer(): PdfPrinter;
}

const FILTERS = {
  html: { name: 'Web page (HTML)', extensions: ['html'] },
  pdf: { name: 'PDF document', extensions: ['pdf'] },
  pptx: { name: 'PowerPoint presentation', extensions: ['pptx'] },
} as const;
const TITLES = {
  html: 'Export as HTML',
  pdf: 'Export as PDF',
  pptx: 'Export as PowerPoint',
} as const;

/** The desktop app's `ExportDelivery` over `shell`; remembers the last folder chosen. */
export function electronExportDelivery(shell: ExportShell): ExportDelivery {
  let folder: string | undefined;
  return {
    async choose(name, format) {
      const answer = await shell.showSaveDialog({
        title: TITLES[format],
        defaultPath: join(folder ?? shell.defaultFolder(), name),
        buttonLabel: 'Export',
        filters: [{ ...FILTERS[format], extensions: [...FILTERS[format].extensions] }],
      });
      if (answer.canceled || !answer.filePath) return undefined;
      folder = dirname(answer.filePath);
      return answer.filePath;
    },
    async deliver(file) {
      shell.showItemInFolder(file.path);
      return { kind: 'saved', name: basename(file.path), size: file.size, count: file.count };
    },
    printer: async () => shell.printer(),
  };
}
