/**
 * The desktop shell's state and its file handling: which deck files are waiting to open,
 * the recent list and the menu built from it, and opening a deck from outside (switching
 * the workspace when the deck lives elsewhere, asking first about unsaved changes).
 */
import { app, BrowserWindow, Menu, type WebContents } from 'electron';
import { EVENT_CHANNEL } from './channels';
import { CloseGuard } from './close-guard';
import { openAppWindow } from './app-window';
import type { BackendHolder } from './backend';
import { askUnsaved, chooseDeck, tellCannotOpen, tellNotSaved } from './dialogs';
import { Documents } from './documents';
import type { WindowHooks } from './ipc';
import { menuTemplate, type AppCommand } from './menu';
import { PresentationWindows } from './presentation-windows';
import { deckFileOf, locateDeck } from './open-files';
import { loadRecent, saveRecent, withRecent } from './recent';
import { inBackground } from '../platform/background';
import { errorMessage } from '../../common/error-text';

export class Desktop {
  readonly ours = new Set<WebContents>();
  readonly documents = new Documents<WebContents>();
  readonly guard: CloseGuard<WebContents>;
  readonly presentation: PresentationWindows;
  /** Deck files that arrived before the app could show them. */
  private waiting: string[] = [];
  /** Commands for a window whose UI has not yet said it is listening. */
  private readonly queued = new Map<WebContents, AppCommand[]>();
  private readonly listening = new WeakSet<WebContents>();
  private recent: string[] = [];
  private holder?: BackendHolder;

  constructor(
    private readonly preload: string,
    private readonly userData: string,
  ) {
    this.presentation = new PresentationWindows(preload, this.ours);
    this.guard = new CloseGuard<WebContents>({
      documents: this.documents,
      ask: (key, title) => askUnsaved(BrowserWindow.fromWebContents(key) ?? undefined, title),
      requestSave: (key) => this.send(key, { command: 'file.save' }),
      discard: (ref) => this.holder?.services['deck.discardRecovery']({ ref }) ?? Promise.resolve(),
      notSaved: (key, title) =>
        tellNotSaved(BrowserWindow.fromWebContents(key) ?? undefined, title),
    });
  }

  /** The hooks the IPC handlers report to. */
  readonly hooks: WindowHooks = {
    setDocumentState: (sender, state) => {
      this.documents.set(sender, state);
      this.listening.add(sender);
      for (const command of this.queued.get(sender) ?? []) this.send(sender, command);
      this.queued.delete(sender);
    },
    trackSave: (sender, result) => this.documents.track(sender, result),
    openPresentation: (sender, args) => this.presentation.open(sender, args),
  };

  /** The app's editor windows: ours, but not the presentation's. */
  private isMain(contents: WebContents): boolean {
    return this.ours.has(contents) && !this.presentation.isPresentation(contents);
  }

  /** Starts serving: files that arrived early are opened now. */
  async start(holder: BackendHolder): Promise<void> {
    this.holder = holder;
    this.recent = await loadRecent(this.userData);
    this.rebuildMenu();
    await this.window();
    const early = this.waiting;
    this.waiting = [];
    for (const file of early) await this.openFile(file);
  }

  /** Sends `command` to a window's UI, or keeps it until the UI is listening. */
  send(contents: WebContents, command: AppCommand): void {
    if (!this.listening.has(contents)) {
      this.queued.set(contents, [...(this.queued.get(contents) ?? []), command]);
      return;
    }
    if (!contents.isDestroyed())
      contents.send(EVENT_CHANNEL, { type: 'app.command', payload: command });
  }

  /** The main window, created (where it was last time) if there is none. */
  async window(): Promise<BrowserWindow> {
    const existing = BrowserWindow.getAllWindows().find((w) => this.isMain(w.webContents));
    if (existing) return existing;
    const win = await openAppWindow({
      preload: this.preload,
      userData: this.userData,
      ours: this.ours,
      documents: this.documents,
      guard: this.guard,
    });
    win.on('closed', () => this.queued.delete(win.webContents));
    return win;
  }

  /** Deck files from the command line, a second launch or the OS; kept until the app is ready. */
  openFiles(files: readonly string[]): void {
    if (!this.holder) {
      this.waiting.push(...files);
      return;
    }
    const openAll = async () => {
      for (const file of files) await this.openOrSay(file);
    };
    inBackground('open the decks given to it', openAll());
  }

  /** Opens one deck file or folder, and says in a dialog why when it cannot. */
  private async openOrSay(path: string): Promise<void> {
    try {
      await this.openFile(path);
    } catch (e) {
      await tellCannotOpen(
        BrowserWindow.getFocusedWindow() ?? undefined,
        `${path}: ${errorMessage(e)}`,
      );
    }
  }

  /** Opens one deck file or folder in the main window. */
  async openFile(path: string): Promise<void> {
    const win = await this.window();
    if (win.isMinimized()) win.restore();
    win.focus();
    const holder = this.holder;
    if (!holder) return;
    const file = deckFileOf(path);
    if (!file)
      return tellCannotOpen(
        win,
        `${path} is not a Lectern deck (a .lectern file, or a folder holding one).`,
      );
    const located = locateDeck(file, holder.root);
    if (!located.ok) return tellCannotOpen(win, located.what);
    if (!(await this.guard.confirm(win.webContents))) return;
    if (located.value.workspace !== holder.root) await holder.switchTo(located.value.workspace);
    this.remember(file);
    this.send(win.webContents, { command: 'deck.open', ref: located.value.ref });
  }

  private remember(file: string): void {
    app.addRecentDocument(file);
    this.recent = withRecent(this.recent, file);
    inBackground('remember the recent decks', saveRecent(this.userData, this.recent));
    this.rebuildMenu();
  }

  private rebuildMenu(): void {
    // A menu used while presenting acts on the editor window behind the presentation.
    const focused = () => {
      const f = BrowserWindow.getFocusedWindow();
      return f && this.isMain(f.webContents)
        ? f
        : BrowserWindow.getAllWindows().find((w) => this.isMain(w.webContents));
    };
    const template = menuTemplate(
      {
        send: (command) => {
          // Not to the editor behind a presentation: Undo there would change the deck mid-lecture.
          const f = BrowserWindow.getFocusedWindow();
          if (f && this.presentation.isPresentation(f.webContents)) return;
          const win = focused();
          if (win && this.isMain(win.webContents)) this.send(win.webContents, command);
        },
        open: () => {
          inBackground(
            'show the Open dialog',
            chooseDeck(focused()).then((file) => (file ? this.openOrSay(file) : undefined)),
          );
        },
        openRecent: (file) => inBackground(`open ${file}`, this.openOrSay(file)),
        clearRecent: () => {
          app.clearRecentDocuments();
          this.recent = [];
          inBackground('forget the recent decks', saveRecent(this.userData, []));
          this.rebuildMenu();
        },
        about: () => app.showAboutPanel(),
      },
      { platform: process.platform, recent: this.recent, developer: !app.isPackaged },
    );
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  }
}
