/**
 * The browser edition's host: the API contract over HTTP on 127.0.0.1.
 *
 *   POST /api/<method>        JSON args → JSON result; token in the `x-lectern-token` header
 *   GET  /api/events          Server-Sent Events, token in the header (or `?token=…` for a
 *                             plain EventSource); replays what a page missed from
 *                             `Last-Event-ID` (see events.ts)
 *   GET  /asset/<ref>/<path>?token=…   a deck's image (an <img> cannot send headers)
 *   GET  /download/<id>?token=…  an export, once, as an attachment (see downloads.ts)
 *   GET  /…                   the built UI (not secret; holds no data)
 *
 * Every request must name this server in its Host header; API and asset requests must carry
 * the token. Arguments are validated by the contract's schemas (in `dispatch`) before any I/O.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiResult, ResultOf } from '../../common/api/contract';
import { dispatchJson, openBackend, type Backend } from '../services';
import { openWorkspaceFolder } from '../services/folders';
import type { WatchOptions } from '../services/watcher';
import { browserDelivery, Downloads, serveDownload } from './downloads';
import { recordEvents, streamEvents } from './events';
import { serveAsset, serveUi } from './files';
import { refuse, sendJson } from './respond';
import {
  baseHeaders,
  hostAllowed,
  newToken,
  originAllowed,
  TOKEN_HEADER,
  tokenMatches,
} from './security';
import { errorDetail } from '../../common/error-text';

/** Largest request body: a 50 MB image as base64 in JSON, with room to spare. */
export const MAX_BODY_BYTES = 72 * 1024 * 1024;

export interface WebHostOptions {
  /** The folder of decks. */
  workspace: string;
  /** The built UI (`out/renderer`). */
  uiDir: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** The workspace's kept token (see token-store.ts) or a fixed one (tests); a fresh random one otherwise. */
  token?: string;
  watch?: WatchOptions;
  /** Called after "Open folder…" moved the host to the workspace `root` (to remember it). */
  onWorkspace?: (root: string) => void | Promise<void>;
}

export interface WebHost {
  /** The address to open, token included. */
  url: string;
  origin: string;
  port: number;
  token: string;
  backend: Backend;
  server: Server;
  /** Stops listening, ends event streams and watchers. */
  close(): Promise<void>;
}

/** Starts the host; resolves once it listens on 127.0.0.1. */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? newToken();
  const downloads = new Downloads();
  // What this host adds to every workspace it opens: exports become one-time downloads.
  const open = (folder: string) =>
    openBackend(folder, {
      watch: options.watch,
      host: { exportDelivery: browserDelivery(downloads, token) },
    });
  let backend = await open(options.workspace);
  const streams = new Set<ServerResponse>();
  // Recorded from the start, so a page that connects or comes back late misses nothing.
  const events = recordEvents(backend.ctx.workspace);
  let stopRecording = events.stop;
  const eventSource = { log: events.log, decks: () => backend.ctx.watcher.lastSeen() };

  /**
   * "Open folder…": the host moves to another workspace. The new one is opened first, so a
   * folder that cannot be opened leaves everything as it was; the event log goes on (pages
   * keep their place in it), now fed by the new workspace.
   */
  async function switchWorkspace(folder: string): Promise<ApiResult<ResultOf<'workspace.open'>>> {
    const opened = await openWorkspaceFolder(folder, open);
    if (!opened.ok) return opened;
    const next = opened.value;
    stopRecording();
    const previous = backend;
    backend = next;
    stopRecording = next.ctx.workspace.onEvent((event) => events.log.add(event));
    previous.close();
    // Every page hears it, the one that asked and the others (their library or deck is stale).
    next.ctx.workspace.emit({
      type: 'workspace.changed',
      payload: { workspace: next.ctx.workspace.name },
    });
    await options.onWorkspace?.(next.ctx.workspace.root);
    return { ok: true, value: { workspace: next.ctx.workspace.name }, warnings: [] };
  }
  let port = 0;

  const server = createServer((req, res) => {
    baseHeaders(res);
    handle(req, res).catch((e: unknown) => {
      process.stderr.write(
        `lectern web: ${req.method} ${req.url?.slice(0, 200)} failed: ${errorDetail(e)}\n`,
      );
      if (!res.headersSent)
        refuse(res, 500, 'host', 'the request failed unexpectedly; the details are in the log');
      else res.destroy();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostAllowed(req, port))
      return refuse(
        res,
        403,
        'Host',
        'this server only answers requests addressed to 127.0.0.1 or localhost',
      );
    if (!originAllowed(req, port))
      return refuse(res, 403, 'Origin', 'requests from other web sites are refused');
    const raw = req.url ?? '/';
    const q = raw.indexOf('?');
    const path = q < 0 ? raw : raw.slice(0, q);
    const query = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1));

    if (path.startsWith('/api/')) {
      const method = path.slice('/api/'.length);
      if (method === 'events') {
        if (req.method !== 'GET') return refuse(res, 405, 'method', 'use GET for the event stream');
        // The page's stream reader sends the token as a header; a plain EventSource cannot, so the query works too.
        const header = req.headers[TOKEN_HEADER];
        if (!checkToken(res, query.get('token') ?? (Array.isArray(header) ? undefined : header)))
          return;
        // The page says where it left off when it reconnects after a drop (as EventSource does).
        const lastId = req.headers['last-event-id'];
        return streamEvents(
          req,
          res,
          eventSource,
          typeof lastId === 'string' ? lastId : null,
          streams,
        );
      }
      if (req.method !== 'POST') return refuse(res, 405, 'method', 'API calls are POST requests');
      const given = req.headers[TOKEN_HEADER];
      if (!checkToken(res, Array.isArray(given) ? undefined : given)) return;
      if (!/^application\/json\b/i.test(req.headers['content-type'] ?? ''))
        return refuse(res, 415, 'Content-Type', 'API calls send JSON (application/json)');
      const body = await readBody(req, MAX_BODY_BYTES);
      if (body === 'too-large')
        return refuse(res, 413, 'body', `is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB`);
      const text = decodeBody(body);
      if (text === undefined)
        return refuse(
          res,
          400,
          'body',
          'is not valid UTF-8 text; send API calls as JSON in UTF-8 (nothing was changed)',
        );
      const done = await dispatchJson(
        { ...backend.services, 'workspace.open': (a) => switchWorkspace(a.path) },
        decodeMethod(method),
        text,
      );
      return sendJson(res, done.status === 'invalid' ? 400 : 200, done.result);
    }

    if (req.method !== 'GET' && req.method !== 'HEAD')
      return refuse(res, 405, 'method', 'only GET is served here');
    if (path.startsWith('/asset/')) {
      if (!checkToken(res, query.get('token'))) return;
      return serveAsset(res, backend.ctx, path.slice('/asset/'.length));
    }
    if (path.startsWith('/download/') && req.method === 'GET') {
      if (!checkToken(res, query.get('token'))) return;
      return serveDownload(res, downloads, path.slice('/download/'.length));
    }
    return serveUi(res, options.uiDir, path);
  }

  function checkToken(res: ServerResponse, given: string | null | undefined): boolean {
    if (given === null || given === undefined || given === '') {
      refuse(res, 401, 'token', 'is missing; open the address Lectern printed when it started');
      return false;
    }
    if (!tokenMatches(given, token)) {
      refuse(
        res,
        403,
        'token',
        "is not this run's token; open the address Lectern printed when it started",
      );
      return false;
    }
    return true;
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  const origin = `http://127.0.0.1:${port}`;

  return {
    url: `${origin}/?token=${token}`,
    origin,
    port,
    token,
    get backend() {
      return backend;
    },
    server,
    close: async () => {
      for (const res of streams) res.end();
      stopRecording();
      backend.close();
      await downloads.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}

function decodeMethod(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The body as text, or undefined when it is not valid UTF-8: a lenient decoder would turn a
 * bad byte into U+FFFD, and that would end up in a deck's title or notes unseen.
 */
export function decodeBody(body: Uint8Array): string | undefined {
  try {
    return strictUtf8.decode(body);
  } catch {
    return undefined;
  }
}

/** Reads the whole body, or `'too-large'` (and stops reading) past `limit` bytes. */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) {
    req.resume();
    return Promise.resolve('too-large');
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!done) resolve(Buffer.concat(chunks));
    });
    req.on('error', reject);
  });
}
