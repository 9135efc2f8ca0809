/**
 * No event is lost while a page is away from the browser edition's event stream: a page that
 * reconnects with the last id it saw gets exactly what it missed; one that cannot (a fresh
 * stream, an unknown id, more missed than the host keeps) gets each open deck's state on disk.
 * Against the real HTTP host on a temporary workspace, with real files changed on disk.
 */
import { request, type ClientRequest, type IncomingMessage } from 'node:http';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { LecternEvent } from '../../../common/api/contract';
import { serializeDeck } from '../../../common/deck/serialize';
import { EVENT_LOG_SIZE, EventLog } from '../../../main/web/events';
import { sha256 } from '../../../main/store/read';
import { api, sampleDeck, startFixture, type Fixture } from './helpers';

let fx: Fixture;
beforeEach(async () => {
  fx = await startFixture();
});
afterEach(async () => {
  await fx.cleanup();
});

const REF = 'five-year-plan/five-year-plan.lectern';

interface Block {
  id?: string;
  event?: LecternEvent;
}

/** One event stream as EventSource would read it: blocks with their `id:` and `data:` fields. */
interface Stream {
  blocks: Block[];
  /** The id EventSource would send back on reconnecting (the last `id:` seen). */
  lastId(): string | undefined;
  events(): LecternEvent[];
  /** Drops the connection as a sleeping laptop would: the socket is destroyed. */
  drop(): void;
}

async function connect(lastEventId?: string): Promise<Stream> {
  const blocks: Block[] = [];
  let req: ClientRequest;
  const res = await new Promise<IncomingMessage>((resolve, reject) => {
    req = request({
      host: '127.0.0.1',
      port: fx.host.port,
      path: `/api/events?token=${fx.host.token}`,
      headers: {
        host: `127.0.0.1:${fx.host.port}`,
        ...(lastEventId ? { 'last-event-id': lastEventId } : {}),
      },
    });
    req.on('response', resolve);
    req.on('error', reject);
    req.end();
  });
  expect(res.statusCode).toBe(200);
  let buffer = '';
  res.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const text = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const block: Block = {};
      for (const line of text.split('\n')) {
        if (line.startsWith('id: ')) block.id = line.slice(4);
        if (line.startsWith('data: ')) block.event = JSON.parse(line.slice(6)) as LecternEvent;
      }
      if (block.id !== undefined || block.event) blocks.push(block);
    }
  });
  // The stream is ready once the host has said where it is (its head id).
  await until(() => blocks.some((b) => b.id !== undefined && !b.event));
  return {
    blocks,
    lastId: () => blocks.filter((b) => b.id !== undefined).at(-1)?.id,
    events: () => blocks.flatMap((b) => (b.event ? [b.event] : [])),
    drop: () => {
      res.socket.destroy();
      req.destroy();
    },
  };
}

async function until(check: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Resolves when the host itself emits an event matching `match` (whether or not a page is listening). */
function emitted(match: (e: LecternEvent) => boolean): Promise<LecternEvent> {
  return new Promise((resolve) => {
    const stop = fx.host.backend.ctx.workspace.onEvent((e) => {
      if (match(e)) {
        stop();
        resolve(e);
      }
    });
  });
}

async function changeOnDisk(title: string): Promise<string> {
  const text = serializeDeck(sampleDeck(title, 1));
  const seen = emitted((e) => e.type === 'deck.changedOnDisk' && e.payload.ref === REF);
  await writeFile(join(fx.workspace, REF), text);
  await seen;
  return sha256(Buffer.from(text));
}

describe('a page that reconnects', () => {
  it('gets a change on disk made while its connection was down, with its id, and nothing twice', async () => {
    const first = await connect();
    expect((await api(fx.host, 'deck.open', { ref: REF })).body.ok).toBe(true);
    const before = await changeOnDisk('Changed while connected');
    await until(() => first.events().length === 1);
    const lastId = first.lastId();
    first.drop();

    const hash = await changeOnDisk('Changed while asleep');
    expect(hash).not.toBe(before);
    const again = await connect(lastId);
    expect(again.events()).toEqual([
      {
        type: 'deck.changedOnDisk',
        payload: { ref: REF, stamp: expect.objectContaining({ hash }) as unknown },
      },
    ]);
    // Numbered after the last one the page saw.
    const [run, n] = lastId!.split('.');
    expect(again.blocks[0]!.id).toBe(`${run}.${Number(n) + 1}`);

    // And the stream goes on live after the replay.
    const later = await changeOnDisk('Changed after coming back');
    await until(() => again.events().length === 2);
    expect(again.events()[1]).toMatchObject({ payload: { stamp: { hash: later } } });
    again.drop();
  });

  it('replays progress it missed in order, not only changes on disk', async () => {
    const first = await connect();
    const lastId = first.lastId();
    first.drop();
    const workspace = fx.host.backend.ctx.workspace;
    for (let done = 1; done <= 3; done++)
      workspace.emit({
        type: 'progress',
        payload: { task: 'export', done, total: 3, label: `Slide ${done}` },
      });
    const again = await connect(lastId);
    expect(again.events().map((e) => (e.type === 'progress' ? e.payload.label : e.type))).toEqual([
      'Slide 1',
      'Slide 2',
      'Slide 3',
    ]);
    again.drop();
  });

  it("subscribed, gone, deck changed, back without an id: the open deck's new state is reported", async () => {
    const first = await connect();
    expect(first.events()).toEqual([]); // nothing open yet, nothing to report
    await api(fx.host, 'deck.open', { ref: REF });
    first.drop();
    const hash = await changeOnDisk('Changed while no page listened');
    const again = await connect();
    expect(again.events()).toEqual([
      {
        type: 'deck.changedOnDisk',
        payload: { ref: REF, stamp: expect.objectContaining({ hash }) as unknown },
      },
    ]);
    again.drop();
  });

  it("reports the open deck's state after our own save as that save, so the editor sees no false change", async () => {
    const opened = await api<{ deck: unknown; stamp: { hash: string } }>(fx.host, 'deck.open', {
      ref: REF,
    });
    const saved = await api<{ kind: string; stamp: { hash: string } }>(fx.host, 'deck.save', {
      ref: REF,
      deck: opened.body.value.deck,
      expected: opened.body.value.stamp,
    });
    expect(saved.body.value.kind).toBe('saved');
    const stream = await connect('not-an-id');
    expect(stream.events()).toEqual([
      {
        type: 'deck.changedOnDisk',
        payload: {
          ref: REF,
          stamp: expect.objectContaining({ hash: saved.body.value.stamp.hash }) as unknown,
        },
      },
    ]);
    stream.drop();
  });

  it("cannot be replayed exactly past the buffer: gets the decks' state instead of a partial replay", async () => {
    const first = await connect();
    await api(fx.host, 'deck.open', { ref: REF });
    const lastId = first.lastId();
    first.drop();
    const workspace = fx.host.backend.ctx.workspace;
    for (let done = 1; done <= EVENT_LOG_SIZE + 10; done++)
      workspace.emit({
        type: 'progress',
        payload: { task: 'export', done, total: EVENT_LOG_SIZE + 10, label: 'Rendering' },
      });
    const hash = await changeOnDisk('Changed during a long export');
    const again = await connect(lastId);
    expect(again.events()).toEqual([
      {
        type: 'deck.changedOnDisk',
        payload: { ref: REF, stamp: expect.objectContaining({ hash }) as unknown },
      },
    ]);
    again.drop();
  });
});

describe('EventLog', () => {
  const progress = (done: number): LecternEvent => ({
    type: 'progress',
    payload: { task: 't', done, total: 10, label: String(done) },
  });

  it('holds at most its capacity, replays exactly what it still holds, and refuses what it lost', () => {
    const log = new EventLog(4);
    expect(log.since(log.head)).toEqual([]);
    for (let i = 1; i <= 10; i++) log.add(progress(i));
    expect(log.size).toBe(4);
    const id = (n: number) => `${log.run}.${n}`;
    expect(log.head).toBe(id(10));
    expect(log.since(id(6))!.map((e) => e.id)).toEqual([id(7), id(8), id(9), id(10)]);
    expect(log.since(id(8))!.map((e) => e.event)).toEqual([progress(9), progress(10)]);
    expect(log.since(id(10))).toEqual([]);
    expect(log.since(id(5))).toBeNull(); // event 6 is gone
    expect(log.since(id(11))).toBeNull(); // not yet sent: not from this run's stream
    expect(log.since('0000.3')).toBeNull(); // another run of the host
    expect(log.since(null)).toBeNull();
    expect(log.since('10')).toBeNull();
  });
});
