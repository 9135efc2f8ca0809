/**
 * One `ipcMain.handle` per contract method. Each handler checks the sender, then hands the
 * raw arguments to `dispatch`, which validates them with the contract's schema before any
 * I/O and calls the same service the browser edition calls.
 */
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { METHOD_NAMES, type ApiResult } from '../../common/api/contract';
import { error } from '../../common/deck/problems';
import { dispatch, type Services } from '../services';
import type { Workspace } from '../services/workspace';
import { channelOf, EVENT_CHANNEL } from './channels';
import { isTrustedSender } from './sender';

/** Registers the handlers; `ours` is the live set of the app's windows' web contents. */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, services: Services, ours: ReadonlySet<WebContents>): void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(channelOf(method), async (event: IpcMainInvokeEvent, args: unknown): Promise<ApiResult<unknown>> => {
      if (!isTrustedSender(event, ours)) {
        return { ok: false, problems: [error(method, 'was called by a page that is not Lectern; the call was refused')] };
      }
      return (await dispatch(services, method, args)).result;
    });
  }
}

/** Forwards the workspace's events to every window of the app; returns the unsubscribe function. */
export function forwardEvents(workspace: Workspace, ours: ReadonlySet<WebContents>): () => void {
  return workspace.onEvent((event) => {
    for (const contents of ours) if (!contents.isDestroyed()) contents.send(EVENT_CHANNEL, event);
  });
}
