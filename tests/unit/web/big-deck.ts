/**
 * What the big-deck tests share (issue 15): a valid 30 MB deck, a workspace holding it and a
 * small deck, the host in a process of its own (as it runs for a lecturer, so the test's
 * requests are not held up by the host's own work), and API calls that report when the answer
 * starts as well as when it ends.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Deck } from '../../../common/deck/schema';
import { serializeDeck } from '../../../common/deck/serialize';
import { generateDeck } from '../../fixtures/decks/generate';
import { sampleDeck } from './helpers';

const CHILD = join(import.meta.dirname, 'host-child.ts');

/** A valid deck of about `bytes` bytes: 5,000 slides (the most a deck may have) with longer lists. */
export function bigDeck(bytes: number): string {
  const base = generateDeck(5000, 7);
  const factor = Math.max(1, Math.ceil(bytes / serializeDeck(base).length));
  const deck: Deck = {
    ...base,
    slides: base.slides.map((s) => ({
      ...s,
      blocks: s.blocks.map((b) =>
        b.type === 'bullets'
          ? {
              ...b,
              items: Array.from({ length: factor }, (_, k) =>
                b.items.map((it) => ({ ...it, id: `${it.id}-${k}` })),
              ).flat(),
            }
          : b,
      ),
    })),
  };
  return serializeDeck(deck);
}

export interface BigHost {
  /** The temp folder: `workspace/` (decks `big/big.lectern`, `small/small.lectern`) and `ui/`. */
  dir: string;
  port: number;
  token: string;
  stop(): void;
}

/** Writes the workspace and starts the host on it in a child process. */
export async function startBigHost(): Promise<BigHost> {
  const dir = mkdtempSync(join(tmpdir(), 'lectern-big-'));
  const workspace = join(dir, 'workspace');
  mkdirSync(join(workspace, 'big'), { recursive: true });
  mkdirSync(join(workspace, 'small'), { recursive: true });
  mkdirSync(join(dir, 'ui'));
  writeFileSync(join(dir, 'ui', 'index.html'), '<!doctype html><title>Lectern</title>');
  writeFileSync(join(workspace, 'big', 'big.lectern'), bigDeck(30 * 1024 * 1024));
  writeFileSync(join(workspace, 'small', 'small.lectern'), serializeDeck(sampleDeck('Small', 2)));
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', CHILD, workspace, join(dir, 'ui')],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const line = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) resolve(out.split('\n')[0]!);
    });
    child.on('exit', (code) => reject(new Error(`the host exited with ${code}`)));
  });
  const info = JSON.parse(line) as { origin: string; token: string };
  return {
    dir,
    token: info.token,
    port: Number(new URL(info.origin).port),
    stop() {
      child.kill('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Call {
  /** Settles once the whole request body has been handed to the socket. */
  sent: Promise<void>;
  /** Settles with the status once the answer's headers arrive. */
  headers: Promise<number>;
  /** Settles with the whole answer. */
  body: Promise<Buffer>;
}

/** POSTs an API call to `host`. */
export function call(host: BigHost, method: string, args: unknown): Call {
  let onHeaders!: (status: number) => void;
  const headers = new Promise<number>((r) => (onHeaders = r));
  let onSent!: () => void;
  const sent = new Promise<void>((r) => (onSent = r));
  const body = new Promise<Buffer>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        method: 'POST',
        path: `/api/${method}`,
        headers: {
          host: `127.0.0.1:${host.port}`,
          'content-type': 'application/json',
          'x-lectern-token': host.token,
        },
      },
      (res) => {
        onHeaders(res.statusCode ?? 0);
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve(Buffer.concat(chunks)));
      },
    );
    req.on('error', reject);
    req.on('finish', onSent);
    req.end(JSON.stringify(args));
  });
  return { sent, headers, body };
}

/**
 * Sends small deck opens one after another until `big`'s answer starts (or `most` were
 * answered), and returns how many were answered before it started.
 */
export async function answeredWhile(host: BigHost, big: Call, most: number): Promise<number> {
  let bigStarted = false;
  // A failed request shows in the caller's assertions (it awaits `big.body`).
  big.headers.then(
    () => (bigStarted = true),
    () => undefined,
  );
  let answered = 0;
  while (!bigStarted && answered < most) {
    const r = await call(host, 'deck.open', { ref: 'small/small.lectern' }).body;
    if ((JSON.parse(r.toString()) as { ok: boolean }).ok !== true)
      throw new Error(`a small deck.open failed: ${r.toString().slice(0, 200)}`);
    if (!bigStarted) answered++;
  }
  return answered;
}
