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

type Listener = (e: LecternEvent) => void;

/** Calls that read or write a deck's file: once one is sent, an earlier "changed on disk" of that deck is old news. */
const DECK_FILE_CALLS: ReadonlySet<string> = new Set<MethodName>(['deck.open', 'deck.openRecovery', 'deck.save', 'deck.restoreBackup']);

/**
 * The page's one event stream, and what it hands to listeners that subscribe late.
 *
 * The stream opens with the first listener and stays open for the page's life: closing it
 * when the last listener left lost whatever happened before the next one came. When the
 * connection drops, EventSource reconnects by itself with the last id it saw and the host
 * replays what was missed (main/host/events.ts).
 *
 * The editor subscribes only once its `deck.open` answer has rendered, which on a long deck
 * takes a while; a change on disk in that gap must still reach it. So the latest "changed on
 * disk" of each deck is kept until a call reads or writes that deck again, and a new listener
 * gets the kept ones (the editor compares the stamp with its own, so one it already knows
 * costs nothing). Progress and app commands are never replayed: they are moments, not state.
 */
function eventStream(url: string) {
  const listeners = new Set<Listener>();
  const changedOnDisk = new Map<string, LecternEvent>();
  let source: EventSource | null = null;

  const connect = () => {
    source = new EventSource(url);
    source.onmessage = (msg) => {
      let event: LecternEvent;
      try {
        event = JSON.parse(String(msg.data)) as LecternEvent;
      } catch {
        return;
      }
      if (event.type === 'deck.changedOnDisk') changedOnDisk.set(event.payload.ref, event);
      for (const l of [...listeners]) l(event);
    };
  };

  return {
    subscribe(listener: Listener): () => void {
      listeners.add(listener);
      if (!source) connect();
      const kept = [...changedOnDisk.values()];
      // After subscribe returns, as a live event would come: the caller has its unsubscribe by then.
      if (kept.length) queueMicrotask(() => kept.forEach((e) => listeners.has(listener) && listener(e)));
      return () => {
        listeners.delete(listener);
      };
    },
    /** Called as a call is sent: a deck read or written afresh makes its kept change old news. */
    sending(method: string, args: unknown) {
      const ref = (args as { ref?: unknown } | null)?.ref;
      if (DECK_FILE_CALLS.has(method) && typeof ref === 'string') changedOnDisk.delete(ref);
    },
  };
}

/** A transport that POSTs JSON to `/api/<method>` and listens to `/api/events` (server-sent events). */
export function httpTransport(token: string, base = ''): Transport {
  // EventSource cannot send headers; the host accepts the token as a query parameter here only.
  const events = eventStream(`${base}/api/events?token=${encodeURIComponent(token)}`);
  return {
    async call(method: MethodName, args: unknown) {
      events.sending(method, args);
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
    onEvent: (listener) => events.subscribe(listener),
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
