/**
 * The browser edition's client: the contract over HTTP to the local host.
 *
 * The host prints a URL carrying its token (`?token=…`, the same for a workspace across
 * restarts, see main/web/token-store.ts). The token is read once, kept
 * in sessionStorage (so a reload of the same tab still works) and removed from the address
 * bar, so it does not end up in bookmarks, screenshots or the history.
 */
import { createApi, jsonReplacer, type Transport } from '../../common/api/client-core';
import {
  TOKEN_HEADER,
  type ApiResult,
  type LecternApi,
  type LecternEvent,
  type MethodName,
} from '../../common/api/contract';

const STORAGE_KEY = 'lectern.token';

/** Takes the token from the page URL (then hides it) or from this tab's session storage. */
export function takeToken(
  loc: Location = window.location,
  storage: Storage = window.sessionStorage,
): string | null {
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
const DECK_FILE_CALLS: ReadonlySet<string> = new Set<MethodName>([
  'deck.open',
  'deck.openRecovery',
  'deck.save',
  'deck.restoreBackup',
]);

/** Waits before each try to reach a lost host: quick at first (a blip), then every 8 s. */
export const RECONNECT_BACKOFF_MS = [250, 500, 1000, 2000, 4000, 8000] as const;
/** The host sends a keepalive every 15 s; this long without a byte means the connection is dead (a sleeping laptop, a half-open socket). */
const SILENCE_MS = 45_000;

/** Reads one Server-Sent Events stream: calls `onEvent` with each block's data and id. */
export class SseParser {
  private buffer = '';
  private data: string[] = [];
  private id: string | null = null;

  constructor(private readonly onBlock: (data: string | null, id: string | null) => void) {}

  push(chunk: string): void {
    this.buffer += chunk;
    let nl: number;
    while ((nl = this.buffer.search(/\r\n|\n|\r/)) >= 0) {
      // A CR that ends the chunk may be half of a CRLF: wait for the next byte.
      if (nl === this.buffer.length - 1 && this.buffer[nl] === '\r') break;
      const line = this.buffer.slice(0, nl);
      this.buffer = this.buffer.slice(nl + (this.buffer.startsWith('\r\n', nl) ? 2 : 1));
      this.line(line);
    }
  }

  private line(line: string): void {
    if (line === '') {
      const data = this.data.length ? this.data.join('\n') : null;
      const id = this.id;
      this.data = [];
      this.id = null;
      if (data !== null || id !== null) this.onBlock(data, id);
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'data') this.data.push(value);
    else if (field === 'id' && !value.includes('\0')) this.id = value;
  }
}

/**
 * The page's one event stream, its connection to the host, and what it hands to listeners
 * that subscribe late.
 *
 * The stream opens with the first listener and stays open for the page's life. It is read
 * with fetch (not EventSource) so the page knows at once when the host is gone (the stream
 * ends or fails; a call fails; 45 s of silence), can send the token as a header, and decides
 * itself how to try again: with backoff, sooner when the browser comes online or the tab is
 * shown again. Each try says where the page left off (`Last-Event-ID`), so the host replays
 * what was missed (main/web/events.ts); a host that restarted sends the state of the decks
 * it watches instead. Losing and regaining the host is told to listeners as a `connection`
 * event, which the UI shows ("Disconnected — your edits are kept") and acts on (it saves).
 *
 * The editor subscribes only once its `deck.open` answer has rendered, which on a long deck
 * takes a while; a change on disk in that gap must still reach it. So the latest "changed on
 * disk" of each deck is kept until a call reads or writes that deck again, and a new listener
 * gets the kept ones (the editor compares the stamp with its own, so one it already knows
 * costs nothing). Progress, app commands and connection changes are never replayed: they are
 * moments, not state.
 */
function eventStream(url: string, token: string) {
  const listeners = new Set<Listener>();
  const changedOnDisk = new Map<string, LecternEvent>();
  let started = false;
  let state: 'connecting' | 'open' | 'waiting' = 'waiting';
  /** null until the first answer: the page starts out assuming it has its host. */
  let connected: boolean | null = null;
  let refused = false;
  let lastId: string | null = null;
  let attempt = 0;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let current: AbortController | null = null;

  const emit = (event: LecternEvent) => {
    for (const l of [...listeners]) l(event);
  };

  const setConnected = (value: boolean, tokenRefused = false) => {
    if (connected === value && refused === tokenRefused) return;
    const first = connected === null;
    connected = value;
    refused = tokenRefused;
    if (first && value) return;
    emit({
      type: 'connection',
      payload: { connected: value, ...(tokenRefused ? { refused: true } : {}) },
    });
  };

  const schedule = () => {
    clearTimeout(retry);
    state = 'waiting';
    const delay = RECONNECT_BACKOFF_MS[Math.min(attempt, RECONNECT_BACKOFF_MS.length - 1)]!;
    attempt += 1;
    retry = setTimeout(connect, delay);
  };

  const dropped = (ctl: AbortController, tokenRefused = false) => {
    if (current !== ctl) return;
    current = null;
    setConnected(false, tokenRefused);
    schedule();
  };

  const deliver = (data: string | null, id: string | null) => {
    if (id !== null) lastId = id;
    if (data === null) return;
    let event: LecternEvent;
    try {
      event = JSON.parse(data) as LecternEvent;
    } catch {
      return;
    }
    if (event.type === 'deck.changedOnDisk') changedOnDisk.set(event.payload.ref, event);
    emit(event);
  };

  /**
   * Opens the event stream (again). Every failure of the stream itself is caught inside and
   * ends in `dropped` (a retry); what could still escape is a listener's own bug, logged.
   */
  function connect(): void {
    listen().catch((e: unknown) => console.error('Lectern: an event listener failed:', e));
  }

  async function listen(): Promise<void> {
    clearTimeout(retry);
    current?.abort();
    const ctl = new AbortController();
    current = ctl;
    state = 'connecting';
    let silence: ReturnType<typeof setTimeout> | undefined;
    const quiet = () => {
      clearTimeout(silence);
      silence = setTimeout(() => ctl.abort(), SILENCE_MS);
    };
    try {
      const res = await fetch(url, {
        headers: {
          accept: 'text/event-stream',
          [TOKEN_HEADER]: token,
          ...(lastId ? { 'last-event-id': lastId } : {}),
        },
        cache: 'no-store',
        signal: ctl.signal,
      });
      if (res.status === 401 || res.status === 403) return dropped(ctl, true);
      if (!res.ok || !res.body) return dropped(ctl);
      state = 'open';
      attempt = 0;
      setConnected(true);
      quiet();
      const parser = new SseParser(deliver);
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        quiet();
        parser.push(value);
      }
    } catch {
      // The host is gone, the network with it, or the silence timer gave up on it.
    } finally {
      clearTimeout(silence);
    }
    dropped(ctl);
  }

  /** Tries now instead of at the next backoff step (the browser is online again, a call failed). */
  const kick = () => {
    if (started && state === 'waiting') connect();
  };
  if (typeof window !== 'undefined') {
    window.addEventListener('online', kick);
    document.addEventListener(
      'visibilitychange',
      () => document.visibilityState === 'visible' && kick(),
    );
  }

  return {
    subscribe(listener: Listener): () => void {
      listeners.add(listener);
      if (!started) {
        started = true;
        connect();
      }
      const kept = [...changedOnDisk.values()];
      // After subscribe returns, as a live event would come: the caller has its unsubscribe by then.
      if (kept.length)
        queueMicrotask(() => kept.forEach((e) => listeners.has(listener) && listener(e)));
      return () => {
        listeners.delete(listener);
      };
    },
    /** Called as a call is sent: a deck read or written afresh makes its kept change old news. */
    sending(method: string, args: unknown) {
      const ref = (args as { ref?: unknown } | null)?.ref;
      if (DECK_FILE_CALLS.has(method) && typeof ref === 'string') changedOnDisk.delete(ref);
    },
    /** A call could not reach the host: say so at once, and find out whether it is back. */
    callFailed(tokenRefused = false) {
      if (!started) return setConnected(false, tokenRefused);
      if (current && state === 'open') {
        // The stream may not have noticed yet; a fresh try tells.
        const ctl = current;
        ctl.abort();
        dropped(ctl, tokenRefused);
      } else setConnected(false, tokenRefused);
      kick();
    },
  };
}

/** A transport that POSTs JSON to `/api/<method>` and listens to `/api/events` (server-sent events). */
export function httpTransport(token: string, base = ''): Transport {
  const events = eventStream(`${base}/api/events`, token);
  return {
    async call(method: MethodName, args: unknown) {
      events.sending(method, args);
      let res: Response;
      try {
        res = await fetch(`${base}/api/${method}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
          body: JSON.stringify(args, jsonReplacer),
        });
      } catch (e) {
        events.callFailed();
        throw e;
      }
      if (res.status === 401 || res.status === 403) {
        events.callFailed(true);
        return problem(
          method,
          'this page is no longer connected to Lectern (the token was refused); open the address Lectern printed when it started',
        );
      }
      const text = await res.text();
      try {
        return JSON.parse(text) as ApiResult<unknown>;
      } catch {
        return problem(
          method,
          `the Lectern host answered ${res.status} with something that is not a result`,
        );
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
