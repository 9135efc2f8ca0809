/**
 * A stand-in for the `electron` module (the binary cannot be downloaded here). It records
 * what the app asks of Electron — handlers, exposed APIs, window options, page listeners —
 * and enforces what real Electron enforces where the app relies on it (one handler per
 * channel). Tests load it with `vi.mock('electron', () => import('./stand-in'))`.
 */
import { EventEmitter } from 'node:events';

type Listener = (...args: never[]) => unknown;
type InvokeHandler = (event: unknown, ...args: unknown[]) => unknown;

/** Everything the app registered, for the tests to inspect. */
export const recorded = {
  handlers: new Map<string, InvokeHandler>(),
  exposed: new Map<string, unknown>(),
  windows: [] as BrowserWindow[],
  schemes: [] as unknown[],
  protocolHandlers: new Map<string, (request: { url: string }) => Promise<Response>>(),
  invoked: [] as Array<{ channel: string; args: unknown[] }>,
  rendererListeners: new Map<string, Set<Listener>>(),
  opened: [] as string[],
  dialogAnswer: 1,
  /** What `requestSingleInstanceLock` answers (false: another Lectern is running). */
  singleInstance: true,
  quits: 0,
  recentDocuments: [] as string[],
  /** Displays' work areas; the first is the primary one. */
  displays: [{ x: 0, y: 0, width: 1920, height: 1040 }] as Array<{
    x: number;
    y: number;
    width: number;
    height: number;
  }>,
  /** Full display descriptions (bounds, work area, laptop panel or not); when set, they replace `displays`. */
  monitors: null as null | Monitor[],
  /** The window that last took the focus. */
  focused: null as BrowserWindow | null,
};

type Rect = { x: number; y: number; width: number; height: number };
/** A display as `screen.getAllDisplays()` describes it (the fields the app reads). */
export interface Monitor {
  id: number;
  bounds: Rect;
  workArea: Rect;
  internal: boolean;
  primary?: boolean;
}

/** The main frame of a page (or a sub-frame, when a test makes one). */
export class WebFrameMain {
  constructor(public url: string) {}
}

class Session {
  permissionRequest?: (
    contents: unknown,
    permission: string,
    callback: (granted: boolean) => void,
  ) => void;
  permissionCheck?: () => boolean;
  setPermissionRequestHandler(handler: Session['permissionRequest']) {
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: () => boolean) {
    this.permissionCheck = handler;
  }
}

export class WebContents extends EventEmitter {
  session = new Session();
  mainFrame = new WebFrameMain('');
  openHandler?: (details: { url: string }) => { action: string };
  sent: Array<[string, unknown]> = [];
  destroyed = false;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.openHandler = handler;
  }
  isDestroyed() {
    return this.destroyed;
  }
  send(channel: string, payload: unknown) {
    this.sent.push([channel, payload]);
  }
}

export class BrowserWindow extends EventEmitter {
  webContents = new WebContents();
  loadedUrl?: string;
  constructor(
    public options: { webPreferences?: Record<string, unknown> } & Record<string, unknown>,
  ) {
    super();
    const o = options as { x?: number; y?: number; width?: number; height?: number };
    this.bounds = { x: o.x ?? 0, y: o.y ?? 0, width: o.width ?? 800, height: o.height ?? 600 };
    recorded.windows.push(this);
  }
  static fromWebContents(contents: unknown): BrowserWindow | null {
    return recorded.windows.find((w) => w.webContents === contents) ?? null;
  }
  bounds: { x: number; y: number; width: number; height: number } = {
    x: 0,
    y: 0,
    width: 0,
    height: 0,
  };
  maximized = false;
  title = '';
  edited = false;
  fullscreen = false;
  visible = false;
  destroyed = false;
  isDestroyed() {
    return this.destroyed;
  }
  setBounds(bounds: Rect) {
    // Like the real window: a full-screen window does not move.
    if (!this.fullscreen) this.bounds = { ...bounds };
  }
  isFullScreen() {
    return this.fullscreen;
  }
  setFullScreen(flag: boolean) {
    if (flag === this.fullscreen) return;
    this.fullscreen = flag;
    this.emit(flag ? 'enter-full-screen' : 'leave-full-screen');
  }
  isVisible() {
    return this.visible;
  }
  hide() {
    this.visible = false;
    if (recorded.focused === this) recorded.focused = null;
  }
  showInactive() {
    this.visible = true;
  }
  focus() {
    recorded.focused = this;
  }
  /** Asks to close: `close` listeners may prevent it; otherwise the window is destroyed. */
  close() {
    if (this.destroyed) return;
    let prevented = false;
    this.emit('close', {
      preventDefault: () => (prevented = true),
      get defaultPrevented() {
        return prevented;
      },
    });
    if (!prevented) this.destroy();
  }
  destroy() {
    if (this.destroyed) return;
    this.destroyed = true;
    this.visible = false;
    this.webContents.destroyed = true;
    this.emit('closed');
    this.webContents.emit('destroyed');
  }
  maximize() {
    this.maximized = true;
  }
  isMaximized() {
    return this.maximized;
  }
  getBounds() {
    return this.bounds;
  }
  getNormalBounds() {
    return this.bounds;
  }
  setTitle(title: string) {
    this.title = title;
  }
  setDocumentEdited(edited: boolean) {
    this.edited = edited;
  }
  static getAllWindows(): BrowserWindow[] {
    return [...recorded.windows];
  }
  loadURL(url: string) {
    this.loadedUrl = url;
    this.webContents.mainFrame.url = url;
    return Promise.resolve();
  }
  show() {
    this.visible = true;
    recorded.focused = this;
  }
}

export const ipcMain = {
  handle(channel: string, handler: InvokeHandler) {
    // Real Electron throws on a second handler for one channel; so does the stand-in.
    if (recorded.handlers.has(channel))
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    recorded.handlers.set(channel, handler);
  },
};

/** What `ipcRenderer.invoke` does: by default, reaches the registered handler as `sender`. */
export const bridge = {
  sender: { sender: undefined as unknown, senderFrame: undefined as unknown },
};

export const ipcRenderer = {
  async invoke(channel: string, ...args: unknown[]) {
    recorded.invoked.push({ channel, args });
    const handler = recorded.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(bridge.sender, ...args);
  },
  on(channel: string, listener: Listener) {
    const set = recorded.rendererListeners.get(channel) ?? new Set<Listener>();
    set.add(listener);
    recorded.rendererListeners.set(channel, set);
  },
  removeListener(channel: string, listener: Listener) {
    recorded.rendererListeners.get(channel)?.delete(listener);
  },
};

export const contextBridge = {
  exposeInMainWorld(key: string, api: unknown) {
    if (recorded.exposed.has(key))
      throw new Error(`Cannot bind an API on top of an existing property: ${key}`);
    recorded.exposed.set(key, api);
  },
};

export const protocol = {
  registerSchemesAsPrivileged(schemes: unknown[]) {
    recorded.schemes.push(...schemes);
  },
  handle(scheme: string, handler: (request: { url: string }) => Promise<Response>) {
    recorded.protocolHandlers.set(scheme, handler);
  },
};

export const dialog = {
  async showMessageBox() {
    return { response: recorded.dialogAnswer };
  },
};

export const shell = {
  async openExternal(url: string) {
    recorded.opened.push(url);
  },
};

export const app = new (class extends EventEmitter {
  isPackaged = false;
  whenReady() {
    return new Promise<void>(() => undefined); // the tests drive setup themselves
  }
  getAppPath() {
    return process.cwd();
  }
  getPath() {
    return process.cwd();
  }
  quit() {
    recorded.quits++;
  }
  requestSingleInstanceLock() {
    return recorded.singleInstance;
  }
  addRecentDocument(path: string) {
    recorded.recentDocuments.push(path);
  }
})();

export const screen = Object.assign(new EventEmitter(), {
  getPrimaryDisplay() {
    if (recorded.monitors) return recorded.monitors.find((m) => m.primary) ?? recorded.monitors[0]!;
    return { id: 0, workArea: recorded.displays[0]! };
  },
  getAllDisplays() {
    if (recorded.monitors) return recorded.monitors.map((m) => ({ ...m }));
    return recorded.displays.map((workArea, id) => ({ id, workArea }));
  },
});

/** Forgets everything recorded (between tests). */
export function resetStandIn(): void {
  recorded.handlers.clear();
  recorded.exposed.clear();
  recorded.windows.length = 0;
  recorded.schemes.length = 0;
  recorded.protocolHandlers.clear();
  recorded.invoked.length = 0;
  recorded.rendererListeners.clear();
  recorded.opened.length = 0;
  recorded.dialogAnswer = 1;
  recorded.singleInstance = true;
  recorded.quits = 0;
  recorded.recentDocuments.length = 0;
  recorded.displays = [{ x: 0, y: 0, width: 1920, height: 1040 }];
  recorded.monitors = null;
  recorded.focused = null;
  screen.removeAllListeners();
  app.removeAllListeners();
}
