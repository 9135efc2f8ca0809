/**
 * One `ipcMain.handle` per contract method. Each handler checks the sender, then hands the
 * raw arguments to `dispatch`, which validates them with the contract's schema before any
 * I/O and calls the same service the browser edition calls.
 */
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import {
  METHOD_NAMES,
  type ApiResult,
  type ArgsOut,
  type ResultOf,
} from '../../common/api/contract';
import { error } from '../../common/deck/problems';
import { dispatch, type Services } from '../services';
import type { Workspace } from '../services/workspace';
import { channelOf, EVENT_CHANNEL } from './channels';
import { SAVE_METHODS } from './documents';
import { isTrustedSender } from './sender';

/** What the desktop shell learns from the calls of its windows (see documents.ts). */
export interface WindowHooks {
  /** A window's UI reported which deck it shows and whether it is dirty. */
  setDocumentState(sender: WebContents, state: ArgsOut<'app.setDocumentState'>): void;
  /** A window started a save (`deck.save` / `deck.saveAs`); `result` settles when it ends. */
  trackSave(sender: WebContents, result: Promise<ApiResult<unknown>>): void;
  /** A window asked to present a deck in the app's own windows (presentation-windows.ts). */
  openPresentation?(
    sender: WebContents,
    args: ArgsOut<'present.openWindows'>,
  ): ApiResult<ResultOf<'present.openWindows'>>;
}

/** `services` with `app.setDocumentState` and `present.openWindows` bound to the window that called. */
function forWindow(services: Services, sender: WebContents, hooks: WindowHooks): Services {
  const { openPresentation } = hooks;
  return {
    ...services,
    'app.setDocumentState': async (state) => {
      hooks.setDocumentState(sender, state);
      return { ok: true, value: {}, warnings: [] };
    },
    ...(openPresentation
      ? {
          'present.openWindows': async (args: ArgsOut<'present.openWindows'>) =>
            openPresentation(sender, args),
        }
      : {}),
  };
}

/**
 * Registers the handlers; `ours` is the live set of the app's windows' web contents. With
 * `hooks`, document-state reports and saves are also passed to the shell.
 */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  services: Services,
  ours: ReadonlySet<WebContents>,
  hooks?: WindowHooks,
): void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(
      channelOf(method),
      async (event: IpcMainInvokeEvent, args: unknown): Promise<ApiResult<unknown>> => {
        if (!isTrustedSender(event, ours)) {
          return {
            ok: false,
            problems: [
              error(method, 'was called by a page that is not Lectern; the call was refused'),
            ],
          };
        }
        const result = dispatch(
          hooks ? forWindow(services, event.sender, hooks) : services,
          method,
          args,
        ).then((d) => d.result);
        if (hooks && SAVE_METHODS.has(method)) hooks.trackSave(event.sender, result);
        return result;
      },
    );
  }
}

/** Forwards the workspace's events to every window of the app; returns the unsubscribe function. */
export function forwardEvents(workspace: Workspace, ours: ReadonlySet<WebContents>): () => void {
  return workspace.onEvent((event) => {
    for (const contents of ours) if (!contents.isDestroyed()) contents.send(EVENT_CHANNEL, event);
  });
}
