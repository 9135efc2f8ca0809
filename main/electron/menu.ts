/**
 * The native menus. Items the UI acts on send one typed `app.command` event to the focused
 * window (names in common/api/contract.ts, APP_COMMANDS); Open…, Open Recent and About are
 * handled here in main (native dialog, recent list, about panel); cut/copy/paste, zoom and
 * full screen use Electron's roles.
 *
 * Undo and Redo are not roles: a role would run the text field's own undo while the editor's
 * Ctrl/⌘+Z handler runs the deck's, applying one keypress twice. So the keys belong to the
 * page (the accelerator is shown but not registered) and choosing the item sends
 * `edit.undo` / `edit.redo`, which the editor applies to the deck's history (other pages
 * fall back to the field's own undo).
 */
import type { MenuItemConstructorOptions } from 'electron';
import {
  APP_PANELS,
  APP_THEMES,
  type AppCommandName,
  type LecternEvent,
} from '../../common/api/contract';
import { basename } from 'node:path';

export type AppCommand = Extract<LecternEvent, { type: 'app.command' }>['payload'];

/** What the menu items do; main.ts binds these to the focused window and the native dialogs. */
export interface MenuActions {
  send(command: AppCommand): void;
  open(): void;
  openRecent(path: string): void;
  clearRecent(): void;
  about(): void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Recent deck files, newest first (shown on Windows and Linux; macOS keeps its own list). */
  recent: readonly string[];
  /** Adds the developer tools item (unpackaged runs only). */
  developer: boolean;
}

const PANEL_LABELS: Record<(typeof APP_PANELS)[number], string> = {
  slides: 'Slides',
  inspector: 'Inspector',
  source: 'Source Reading',
  check: 'Deck Check',
};
const THEME_LABELS: Record<(typeof APP_THEMES)[number], string> = {
  system: 'System',
  light: 'Light',
  dark: 'Dark',
};

/** The menu bar as Electron's template (pure, so the tests can read every item). */
export function menuTemplate(
  actions: MenuActions,
  options: MenuOptions,
): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const cmd = (
    command: AppCommandName,
    label: string,
    accelerator?: string,
  ): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => actions.send({ command }),
  });
  const recent: MenuItemConstructorOptions = mac
    ? {
        label: 'Open Recent',
        role: 'recentDocuments',
        submenu: [{ label: 'Clear Menu', role: 'clearRecentDocuments' }],
      }
    : {
        label: 'Open Recent',
        submenu: [
          ...options.recent.map((path): MenuItemConstructorOptions => ({
            label: basename(path),
            toolTip: path,
            click: () => actions.openRecent(path),
          })),
          ...(options.recent.length ? [{ type: 'separator' as const }] : []),
          {
            label: 'Clear Menu',
            enabled: options.recent.length > 0,
            click: () => actions.clearRecent(),
          },
        ],
      };

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      cmd('file.new', 'New Deck', 'CmdOrCtrl+N'),
      { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: () => actions.open() },
      recent,
      { type: 'separator' },
      cmd('file.importReading', 'Import Reading…', 'CmdOrCtrl+Shift+O'),
      { type: 'separator' },
      cmd('file.save', 'Save', 'CmdOrCtrl+S'),
      cmd('file.saveAs', 'Save As…', 'CmdOrCtrl+Shift+S'),
      cmd('file.export', 'Export…', 'CmdOrCtrl+E'),
      cmd('file.deckSettings', 'Deck Settings…', 'CmdOrCtrl+,'),
      { type: 'separator' },
      cmd('file.close', 'Close', 'CmdOrCtrl+W'),
      ...(mac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const, label: 'Quit' }]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { ...cmd('edit.undo', 'Undo', 'CmdOrCtrl+Z'), registerAccelerator: false },
      { ...cmd('edit.redo', 'Redo', 'CmdOrCtrl+Shift+Z'), registerAccelerator: false },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'pasteAndMatchStyle' },
      { role: 'delete' },
      { role: 'selectAll' },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { role: 'resetZoom' },
      { type: 'separator' },
      ...APP_PANELS.map((panel): MenuItemConstructorOptions => ({
        label: PANEL_LABELS[panel],
        click: () => actions.send({ command: 'view.togglePanel', panel }),
      })),
      { type: 'separator' },
      {
        label: 'Theme',
        submenu: APP_THEMES.map((theme): MenuItemConstructorOptions => ({
          label: THEME_LABELS[theme],
          type: 'radio',
          checked: theme === 'system',
          click: () => actions.send({ command: 'view.theme', theme }),
        })),
      },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...(options.developer ? [{ role: 'toggleDevTools' as const }] : []),
    ],
  };

  const present: MenuItemConstructorOptions = {
    label: 'Present',
    submenu: [
      cmd('present.fromStart', 'From Start', 'F5'),
      cmd('present.fromCurrent', 'From Current Slide', 'Shift+F5'),
      cmd('present.speakerView', 'Speaker View', 'Alt+F5'),
    ],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: 'Help',
    submenu: [
      cmd('help.shortcuts', 'Keyboard Shortcuts', 'CmdOrCtrl+/'),
      ...(mac ? [] : [{ label: 'About Lectern', click: () => actions.about() }]),
    ],
  };

  return [
    ...(mac ? [{ role: 'appMenu' as const }] : []),
    file,
    edit,
    view,
    present,
    ...(mac ? [{ role: 'windowMenu' as const }] : []),
    help,
  ];
}
