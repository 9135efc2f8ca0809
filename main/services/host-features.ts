/**
 * What a host adds to the host-independent services, given in one object when it opens a
 * workspace (`openBackend(folder, { host })`) and kept on the service context, so no service
 * reads module state or a process-wide default. What only a host can do for the window that
 * called (document state, presentation windows in the desktop app) is bound per caller in
 * main/electron/ipc.ts; "Open folder…" belongs to whoever holds the current workspace
 * (main/web/server.ts, main/electron/backend.ts).
 */
import type { ExportDelivery } from './export-delivery';

export interface HostFeatures {
  /**
   * Where exports go: a one-time download (the browser edition) or a save dialog and the file
   * manager (the desktop app), with the PDF printer to use. Without one, `export.run` says
   * this host cannot hand a file over.
   */
  exportDelivery?: ExportDelivery;
}
