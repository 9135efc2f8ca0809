/**
 * The main window with what the shell adds around it: the remembered size and place, the
 * title and "edited" mark following the open deck, the unsaved-changes guard on close, and
 * Windows' end of session.
 */
import { screen, type BrowserWindow, type WebContents } from 'electron';
import type { CloseGuard } from './close-guard';
import type { Documents } from './documents';
import { createMainWindow } from './window';
import { loadWindowState, saveWindowState, type Rect } from './window-state';
import { inBackground } from '../platform/background';

export interface AppWindowDeps {
  preload: string;
  userData: string;
  ours: Set<WebContents>;
  documents: Documents<WebContents>;
  guard: CloseGuard<WebContents>;
}

function workAreas(): Rect[] {
  const primary = screen.getPrimaryDisplay();
  const others = screen.getAllDisplays().filter((d) => d.id !== primary.id);
  return [primary, ...others].map((d) => d.workArea);
}

/** Opens the main window where it was last time, wired to the shell. */
export async function openAppWindow(deps: AppWindowDeps): Promise<BrowserWindow> {
  const state = await loadWindowState(deps.userData, workAreas());
  const win = createMainWindow(deps.preload, deps.ours, state.bounds);
  if (state.maximized) win.maximize();
  const contents = win.webContents;

  const stopTitle = deps.documents.onChange((key, doc) => {
    if (key !== contents || win.isDestroyed()) return;
    win.setTitle(doc.title ? `${doc.dirty ? '• ' : ''}${doc.title} — Lectern` : 'Lectern');
    win.setDocumentEdited(doc.dirty);
  });

  // Bounds are read on `close`, while the window still has them (after `closed` it has none).
  win.on('close', (event) => {
    deps.guard.onWindowClose(contents, event, () => win.close());
    if (!event.defaultPrevented) {
      inBackground(
        'remember the window size',
        saveWindowState(deps.userData, {
          bounds: win.isMaximized() ? win.getNormalBounds() : win.getBounds(),
          maximized: win.isMaximized(),
        }),
      );
    }
  });
  // Windows asks before logging off: holding it lets the lecturer answer the unsaved prompt.
  win.on('query-session-end', (event) => {
    if (!deps.documents.needsCare(contents)) return;
    event.preventDefault();
    inBackground(
      'ask about unsaved changes before the session ends',
      deps.guard.confirm(contents).then((ok) => ok && deps.guard.release(contents)),
    );
  });
  win.on('session-end', () => deps.guard.release(contents));
  win.on('closed', () => {
    stopTitle();
    deps.documents.forget(contents);
  });
  return win;
}
