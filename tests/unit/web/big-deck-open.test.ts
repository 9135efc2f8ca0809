/**
 * Opening a 30 MB deck must not stop the host answering everyone else (issue 15): the deck
 * is checked on a worker thread. The host runs in a process of its own, as it does for a
 * lecturer, and the test counts how many small requests, sent one after another, it answers
 * before the big deck's answer starts. No timing is asserted, only that order.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deck } from '../../../common/deck/schema';
import { serializeDeck } from '../../../common/deck/serialize';
import { readDeckFile } from '../../../main/store';
import { checkDeckBytes, OFF_THREAD_BYTES } from '../../../main/store/read';
import { generateDeck } from '../../fixtures/decks/generate';
import { sampleDeck } from './helpers';

const CHILD = join(import.meta.dirname, 'host-child.ts');
/** Small requests the host must answer, one after another, before the big deck's answer starts. */
const ANSWERED = 100;

/** A valid deck of about `bytes` bytes: 5,000 slides (the most a deck may have) with longer lists. */
function bigDeck(bytes: number): string {
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

let dir: string;
let child: ChildProcess;
let host: { origin: string; token: string; port: number };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lectern-big-'));
  const workspace = join(dir, 'workspace');
  mkdirSync(join(workspace, 'big'), { recursive: true });
  mkdirSync(join(workspace, 'small'), { recursive: true });
  mkdirSync(join(dir, 'ui'));
  writeFileSync(join(dir, 'ui', 'index.html'), '<!doctype html><title>Lectern</title>');
  writeFileSync(join(workspace, 'big', 'big.lectern'), bigDeck(30 * 1024 * 1024));
  writeFileSync(join(workspace, 'small', 'small.lectern'), serializeDeck(sampleDeck('Small', 2)));
  child = spawn(process.execPath, ['--import', 'tsx', CHILD, workspace, join(dir, 'ui')], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('\n')) resolve(out.split('\n')[0]!);
    });
    child.on('exit', (code) => reject(new Error(`the host exited with ${code}`)));
  });
  const info = JSON.parse(line) as { origin: string; token: string };
  host = { ...info, port: Number(new URL(info.origin).port) };
}, 120_000);

afterAll(() => {
  child?.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

/** POSTs an API call; resolves with the status once the answer's headers arrive, and the whole body later. */
function call(method: string, args: unknown): { headers: Promise<number>; body: Promise<Buffer> } {
  let onHeaders!: (status: number) => void;
  const headers = new Promise<number>((r) => (onHeaders = r));
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
    req.end(JSON.stringify(args));
  });
  return { headers, body };
}

describe('opening a 30 MB deck', () => {
  it('leaves the host answering small requests while the big deck is read', async () => {
    const small = await call('deck.open', { ref: 'small/small.lectern' }).body;
    expect(JSON.parse(small.toString()) as { ok: boolean }).toMatchObject({ ok: true });

    const big = call('deck.open', { ref: 'big/big.lectern' });
    let bigStarted = false;
    // A failed request shows in the assertions below (`big.body` is awaited there).
    big.headers.then(
      () => (bigStarted = true),
      () => undefined,
    );
    let answered = 0;
    // One small request after another until the big deck's answer starts. A host checking the
    // big deck on its own thread answers a few while it reads the file, then none (11 here
    // before the worker); with the worker it answered 366 on the same machine.
    while (!bigStarted && answered < ANSWERED) {
      const r = await call('deck.open', { ref: 'small/small.lectern' }).body;
      expect((JSON.parse(r.toString()) as { ok: boolean }).ok).toBe(true);
      if (!bigStarted) answered++;
    }
    const bigBody = JSON.parse((await big.body).toString()) as {
      ok: boolean;
      value: { deck: Deck };
    };
    expect(bigBody.ok).toBe(true);
    expect(bigBody.value.deck.slides).toHaveLength(5000);
    expect(answered).toBe(ANSWERED);
  }, 120_000);
});

describe('checking a deck on a worker thread', () => {
  it('gives what checking it in place gives: the same deck, stamp and warnings', async () => {
    const path = join(dir, 'workspace', 'big', 'big.lectern');
    const bytes = readFileSync(path);
    expect(bytes.byteLength).toBeGreaterThan(OFF_THREAD_BYTES);
    const offThread = await readDeckFile(path);
    const inPlace = checkDeckBytes(path, bytes, statSync(path).mtimeMs);
    expect(offThread).toEqual(inPlace);
  }, 120_000);

  it('reports a damaged big deck with the place of the damage', async () => {
    const path = join(dir, 'damaged.lectern');
    const text = serializeDeck(generateDeck(3000, 3));
    expect(text.length).toBeGreaterThan(OFF_THREAD_BYTES);
    writeFileSync(path, text.slice(0, -200));
    const read = await readDeckFile(path);
    expect(read.ok).toBe(false);
    expect(read.ok ? '' : read.problems[0]?.where).toMatch(/^line \d+, column \d+$/);
  }, 60_000);
});
