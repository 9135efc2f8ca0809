/**
 * Windows and what their pages may do. Every window gets the same locked-down preferences;
 * navigation away from the app, new windows, webviews and permission requests are refused.
 * Links to the web open in the system browser after the lecturer confirms.
 */
import { BrowserWindow, dialog, shell, type WebContents, type WebPreferences } from 'electron';
import { APP_ORIGIN } from './channels';
import { inBackground } from '../platform/background';
import { errorMessage } from '../../common/error-text';

/** The preferences of every window: no Node, isolated and sandboxed, web security on. */
export function securePreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
    // A middle-click is a request for a new window; those are denied anyway, this stops the ask.
    disableBlinkFeatures: 'Auxclick',
  };
}

/** True for URLs inside the app itself. */
export function isAppUrl(url: string): boolean {
  return url === APP_ORIGIN || url.startsWith(`${APP_ORIGIN}/`);
}

/** Offers to open an http(s) link in the system browser; anything else is dropped. */
export async function offerExternal(url: string, parent?: BrowserWindow): Promise<boolean> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
  const options = {
    type: 'question' as const,
    buttons: ['Open in browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    message: 'Open this link in your web browser?',
    detail: parsed.href,
  };
  const answer = parent
    ? await dialog.showMessageBox(parent, options)
    : await dialog.showMessageBox(options);
  if (answer.response !== 0) return false;
  await shell.openExternal(parsed.href);
  return true;
}

/** `offerExternal` for a click in a page: when the link cannot be opened (no web browser set up), a dialog says so. */
export function offerLink(url: string, parent?: BrowserWindow): void {
  offerExternal(url, parent).catch((e: unknown) =>
    dialog.showErrorBox('Lectern could not open the link', `${url}\n\n${errorMessage(e)}`),
  );
}

const locked = new WeakSet<WebContents>();

/** Locks down one page: no navigation away, no new windows, no webviews, no permissions. Idempotent. */
export function lockDown(contents: WebContents): void {
  if (locked.has(contents)) return;
  locked.add(contents);
  contents.setWindowOpenHandler(({ url }) => {
    offerLink(url, BrowserWindow.fromWebContents(contents) ?? undefined);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) {
      event.preventDefault();
      offerLink(url, BrowserWindow.fromWebContents(contents) ?? undefined);
    }
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.session.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  contents.session.setPermissionCheckHandler(() => false);
}

/** Where and how large a new window is (the remembered place; see window-state.ts). */
export interface Placement {
  x?: number;
  y?: number;
  width: number;
  height: number;
}

/** What differs between the app's windows; everything about their security does not. */
export interface AppWindowOptions {
  /** Size and place (and the least size, for the main window). */
  placement: Placement & { minWidth?: number; minHeight?: number };
  title: string;
  /** The route inside the UI, e.g. `#/speaker/<ref>`; the library when absent. */
  hash?: string;
  /** Show the window once its page is ready (the presentation windows show themselves when placed). */
  showWhenReady?: boolean;
}

/**
 * Creates a window on the app's own UI with the secure preferences and the lock-down; `ours`
 * learns its web contents (so its calls are trusted) until it closes. Every window of the
 * app is made here.
 */
export function createAppWindow(
  preload: string,
  ours: Set<WebContents>,
  options: AppWindowOptions,
): BrowserWindow {
  const win = new BrowserWindow({
    ...options.placement,
    show: false,
    title: options.title,
    webPreferences: securePreferences(preload),
  });
  const contents = win.webContents;
  ours.add(contents);
  lockDown(contents);
  if (options.showWhenReady !== false) win.once('ready-to-show', () => win.show());
  win.on('closed', () => ours.delete(contents));
  // A failed load leaves the window blank; the log says why (a closed window aborts it, too).
  inBackground('load its window', win.loadURL(`${APP_ORIGIN}/index.html${options.hash ?? ''}`));
  return win;
}

/** Creates the app's main window on the UI; `ours` learns its web contents until it closes. */
export function createMainWindow(
  preload: string,
  ours: Set<WebContents>,
  placement: Placement = { width: 1280, height: 800 },
): BrowserWindow {
  return createAppWindow(preload, ours, {
    placement: { ...placement, minWidth: 800, minHeight: 560 },
    title: 'Lectern',
  });
}
