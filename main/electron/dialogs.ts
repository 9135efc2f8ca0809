/**
 * The native dialogs of the shell: the unsaved-changes question, "not saved", "cannot open",
 * and File > Open…. Each is parented to the window it is about, so it is a sheet on macOS.
 */
import { BrowserWindow, dialog, type MessageBoxOptions } from 'electron';
import type { CloseAnswer } from './close-guard';

function show(win: BrowserWindow | undefined, options: MessageBoxOptions) {
  return win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options);
}

/** Save / Don't Save / Cancel for the deck titled `title`; Escape and closing the box cancel. */
export async function askUnsaved(
  win: BrowserWindow | undefined,
  title: string,
): Promise<CloseAnswer> {
  const { response } = await show(win, {
    type: 'warning',
    buttons: ['Save', "Don't Save", 'Cancel'],
    defaultId: 0,
    cancelId: 2,
    noLink: true,
    message: `Do you want to save the changes you made to “${title || 'this deck'}”?`,
    detail: "Your changes will be lost if you don't save them.",
  });
  return response === 0 ? 'save' : response === 1 ? 'discard' : 'cancel';
}

/** Says a save asked for before closing did not happen, so the window stays open. */
export async function tellNotSaved(win: BrowserWindow | undefined, title: string): Promise<void> {
  await show(win, {
    type: 'error',
    buttons: ['OK'],
    message: `“${title || 'This deck'}” was not saved, so Lectern stayed open.`,
    detail:
      'Lectern shows what stopped the save. Save the deck (or choose Save As…), then close again.',
  });
}

/** Says why a deck given to the app cannot be opened. */
export async function tellCannotOpen(win: BrowserWindow | undefined, what: string): Promise<void> {
  await show(win, {
    type: 'error',
    buttons: ['OK'],
    message: 'Lectern cannot open this deck.',
    detail: what,
  });
}

/** File > Open…: a deck file, or a deck folder; undefined when cancelled. */
export async function chooseDeck(win: BrowserWindow | undefined): Promise<string | undefined> {
  const options = {
    title: 'Open a deck',
    buttonLabel: 'Open',
    properties: ['openFile' as const],
    filters: [{ name: 'Lectern decks', extensions: ['lectern'] }],
  };
  const result = win
    ? await dialog.showOpenDialog(win, options)
    : await dialog.showOpenDialog(options);
  return result.canceled ? undefined : result.filePaths[0];
}
