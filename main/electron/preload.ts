/**
 * The preload: exposes exactly the API contract to the UI as `window.lectern`, built by the
 * same client core as the browser edition's HTTP client. Nothing else crosses: no
 * `ipcRenderer`, no Node, no event objects (they carry the sender), only plain results.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createApi } from '../../common/api/client-core';
import type { ApiResult, LecternEvent } from '../../common/api/contract';
import { assetUrlFor, channelOf, EVENT_CHANNEL } from './channels';

const api = createApi({
  call: (method, args) =>
    ipcRenderer.invoke(channelOf(method), args) as Promise<ApiResult<unknown>>,
  onEvent(listener) {
    const relay = (_event: unknown, payload: LecternEvent) => listener(payload);
    ipcRenderer.on(EVENT_CHANNEL, relay);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, relay);
    };
  },
  assetUrl: assetUrlFor,
});

contextBridge.exposeInMainWorld('lectern', api);
