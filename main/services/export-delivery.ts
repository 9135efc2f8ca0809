/**
 * Where an export goes is the host's business, not the exporter's: the browser edition puts
 * it in a temporary file and offers it as a one-time download; the desktop app asks with a
 * native save dialog, writes it there and shows it in the file manager. Each host gives its
 * `ExportDelivery` with its other features when it opens a workspace (host-features.ts); the
 * export service (export.ts) only renders, writes atomically, and hands the file over.
 */
import type { ExportOptions, ResultOf } from '../../common/api/contract';
import type { ExportedFile } from '../export/types';
import type { PdfPrinter } from '../export/printer';
import type { ServiceContext } from './context';

export type ExportOutcome = ResultOf<'export.run'>;

/** What the service knows about a finished export when it hands it over. */
export interface WrittenExport {
  /** The file's absolute path, as `choose` gave it. */
  path: string;
  /** The suggested file name (`lecture.html`, `lecture-handouts.pdf`, `lecture.pptx`). */
  name: string;
  type: ExportedFile['type'];
  size: number;
  /** Slides (HTML, PowerPoint) or pages (PDF). */
  count: number;
}

export interface ExportDelivery {
  /**
   * Where to write the export suggested as `name`: a path the host controls or the lecturer
   * chose. Undefined when the lecturer dismissed the save dialog (the export stops, `cancelled`).
   */
  choose(name: string, format: ExportOptions['format']): Promise<string | undefined>;
  /** Hands the written file over (a download address, or revealed in the file manager). */
  deliver(file: WrittenExport): Promise<ExportOutcome>;
  /** A PDF printer for one export; the service closes it. Default: Chromium through Playwright. */
  printer?(): Promise<PdfPrinter>;
}

/**
 * Sets how exports of the workspace behind `ctx` reach the lecturer, after the backend was
 * opened (tests swap deliveries on a running host). Hosts give theirs to `openBackend`.
 */
export function setExportDelivery(ctx: ServiceContext, delivery: ExportDelivery): void {
  ctx.host.exportDelivery = delivery;
}
