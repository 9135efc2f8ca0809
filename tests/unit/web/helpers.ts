/**
 * Test helpers for the browser edition's host: a temporary workspace with real deck folders,
 * a stand-in built UI, and raw HTTP requests (node:http, so the Host header and undecoded,
 * unnormalised paths can be sent exactly as an attacker would).
 */
import { request, type IncomingMessage } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Deck, DECK_FORMAT, DECK_VERSION, type DeckInput } from '../../../common/deck/schema';
import { serializeDeck } from '../../../common/deck/serialize';
import { startWebHost, type WebHost } from '../../../main/web/server';

/** A valid deck with `n` bullet slides. */
export function sampleDeck(title: string, n = 3): Deck {
  const input: DeckInput = {
    format: DECK_FORMAT,
    version: DECK_VERSION,
    meta: { title },
    slides: Array.from({ length: n }, (_, i) => ({
      id: `s${i + 1}`,
      layout: 'bullets' as const,
      title: `${title}, slide ${i + 1}`,
      blocks: [
        {
          type: 'bullets' as const,
          id: `b${i + 1}`,
          items: [{ id: `i${i + 1}`, text: `Point ${i + 1}` }],
        },
      ],
    })),
  };
  return Deck.parse(input);
}

/** Writes `<root>/<slug>/<slug>.lectern`; returns the deck ref. */
export async function writeDeck(root: string, slug: string, deck: Deck): Promise<string> {
  await mkdir(join(root, slug, 'assets'), { recursive: true });
  await writeFile(join(root, slug, `${slug}.lectern`), serializeDeck(deck));
  return `${slug}/${slug}.lectern`;
}

export interface Fixture {
  dir: string;
  workspace: string;
  host: WebHost;
  cleanup(): Promise<void>;
}

/** A temp folder holding a workspace with two decks and a stand-in UI, and the host on it. */
export async function startFixture(): Promise<Fixture> {
  const dir = await mkdtemp(join(tmpdir(), 'lectern-host-'));
  const workspace = join(dir, 'workspace');
  const ui = join(dir, 'ui');
  await mkdir(ui, { recursive: true });
  await writeFile(
    join(ui, 'index.html'),
    '<!doctype html><title>Lectern</title><div id="root"></div>',
  );
  await writeDeck(workspace, 'five-year-plan', sampleDeck('The Five-Year Plan', 3));
  await writeDeck(workspace, 'foreign-credit', sampleDeck('Foreign Credit', 2));
  const host = await startWebHost({ workspace, uiDir: ui, watch: { debounceMs: 30, pollMs: 250 } });
  return {
    dir,
    workspace,
    host,
    cleanup: async () => {
      await host.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  json(): unknown;
}

/** One HTTP request with full control over the path and headers. */
export function raw(
  host: WebHost,
  method: string,
  path: string,
  headers: Record<string, string> = {},
  body?: string | Buffer,
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        method,
        path,
        headers: { host: `127.0.0.1:${host.port}`, ...headers },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const buf = Buffer.concat(chunks);
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: buf,
            json: () => JSON.parse(buf.toString('utf8')) as unknown,
          });
        });
      },
    );
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

export interface ApiBody<T> {
  ok: boolean;
  value: T;
  warnings?: Array<{ where: string; what: string }>;
  problems: Array<{ where: string; what: string }>;
}

/** Calls an API method with the token, as the UI does; `T` is the value the test expects. */
export async function api<T = unknown>(
  host: WebHost,
  method: string,
  args: unknown,
): Promise<{ status: number; body: ApiBody<T> }> {
  const res = await fetch(`${host.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-lectern-token': host.token },
    body: JSON.stringify(args),
  });
  return { status: res.status, body: (await res.json()) as ApiBody<T> };
}

/** The host's event stream as a page reads it: the `data:` events as they arrive, parsed. */
export function eventStream<T = unknown>(
  host: WebHost,
): { events: T[]; ready: Promise<void>; close(): void } {
  const events: T[] = [];
  let res: IncomingMessage | undefined;
  const req = request({
    host: '127.0.0.1',
    port: host.port,
    path: `/api/events?token=${host.token}`,
    headers: { host: `127.0.0.1:${host.port}` },
  });
  const ready = new Promise<void>((resolve, reject) => {
    req.on('response', (r) => {
      res = r;
      let buffer = '';
      r.on('data', (chunk: Buffer) => {
        buffer += chunk.toString('utf8');
        let end;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          for (const line of buffer.slice(0, end).split('\n'))
            if (line.startsWith('data: ')) events.push(JSON.parse(line.slice(6)) as T);
          buffer = buffer.slice(end + 2);
        }
      });
      resolve();
    });
    req.on('error', reject);
  });
  req.end();
  return { events, ready, close: () => (res?.destroy(), req.destroy()) };
}
