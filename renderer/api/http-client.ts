/**
 * The browser edition's client: the contract over HTTP to the local host.
 *
 * The host prints a URL carrying a per-run token (`?token=…`). The token is read once, kept
 * in sessionStorage (so a reload of the same tab still works) and removed from the address
 * bar, so it does not end up in bookmarks, screenshots or the history.
 */
import { createApi, jsonReplacer, type Transport } from '../../common/api/client-core';
import type { ApiResult, LecternApi, LecternEvent, MethodName } from '../../common/api/contract';

/** The header every API request carries the token in. */
export const TOKEN_HEADER = 'x-lectern-token';
const STORAGE_KEY = 'lectern.token';

/** Takes the token from the page URL (then hides it) or from this tab's session storage. */
export function takeToken(loc: Location = window.location, storage: Storage = window.sessionStorage): string | null {
  const url = new URL(loc.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    storage.setItem(STORAGE_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return storage.getItem(STORAGE_KEY);
}

function problem(where: string, what: string): ApiResult<never> {
  return { ok: false, problems: [{ where, what, severity: 'error' }] };
}

/** A transport that POSTs JSON to `/api/<method>` and listens to `/api/events` (server-sent events). */
export function httpTransport(token: string, base = ''): Transport {
  const listeners = new Set<(e: LecternEvent) => void>();
  let source: EventSource | null = null;
  const connect = () => {
    // EventSource cannot send headers; the host accepts the token as a query parameter here only.
    source = new EventSource(`${base}/api/events?token=${encodeURIComponent(token)}`);
    source.onmessage = (msg) => {
      let event: LecternEvent;
      try {
        event = JSON.parse(String(msg.data)) as LecternEvent;
      } catch {
        return;
      }
      for (const l of listeners) l(event);
    };
  };
  return {
    async call(method: MethodName, args: unknown) {
      const res = await fetch(`${base}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
        body: JSON.stringify(args, jsonReplacer),
      });
      if (res.status === 401 || res.status === 403) {
        return problem(method, 'this page is no longer connected to Lectern (the token was refused); open the address Lectern printed when it started');
      }
      const text = await res.text();
      try {
        return JSON.parse(text) as ApiResult<unknown>;
      } catch {
        return problem(method, `the Lectern host answered ${res.status} with something that is not a result`);
      }
    },
    onEvent(listener) {
      listeners.add(listener);
      if (!source) connect();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) {
          source?.close();
          source = null;
        }
      };
    },
    assetUrl(ref, rel) {
      return `${base}/asset/${encodeURIComponent(ref)}/${rel.split('/').map(encodeURIComponent).join('/')}?token=${encodeURIComponent(token)}`;
    },
  };
}

/** The `LecternApi` of the browser edition, or null when the page was opened without a token. */
export function createHttpApi(): LecternApi | null {
  const token = takeToken();
  return token ? createApi(httpTransport(token)) : null;
}
