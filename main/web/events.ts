/**
 * Host → UI events over Server-Sent Events: one long GET per page, each event one `data:`
 * line of JSON (`LecternEvent`) with an `id:`. A comment line every 15 s keeps proxies and
 * sleeping laptops from dropping the connection silently.
 *
 * No event may be lost while a page is away (laptop sleep, a network blip, the browser going
 * offline for a moment). Every event goes into a small ring buffer (`EventLog`) with an
 * id `<run>.<n>`; a page that comes back says where it left off (`Last-Event-ID`, which
 * EventSource sends by itself when it reconnects) and gets what it missed. When that cannot
 * be done exactly (a first connection, an id from another run of the host, or more missed
 * than the buffer holds), the stream starts instead with the state of every watched deck as
 * a `deck.changedOnDisk`: a change on disk is state, and the editor compares the stamp with
 * its own, so a change it already knows costs nothing.
 */
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LecternEvent } from '../../common/api/contract';
import type { DiskStamp } from '../store/read';
import type { Workspace } from '../services/workspace';

const KEEPALIVE_MS = 15_000;
/** How soon EventSource tries again after a drop (its default is about 3 s). */
const RETRY_MS = 1000;
/** Events kept for replay: a long export's progress while a laptop sleeps, with room to spare. */
export const EVENT_LOG_SIZE = 512;

interface Entry {
  seq: number;
  event: LecternEvent;
}

/** The last `capacity` events of this host run, numbered, for pages that were away. */
export class EventLog {
  /** Tells ids of this run from ids of an earlier one (the numbers restart at 1). */
  readonly run = randomBytes(4).toString('hex');
  private readonly ring: Entry[] = [];
  private next = 0;
  private seq = 0;
  private readonly listeners = new Set<(id: string, event: LecternEvent) => void>();

  constructor(private readonly capacity = EVENT_LOG_SIZE) {}

  /** Records `event` and passes it on to the live streams. */
  add(event: LecternEvent): void {
    this.seq += 1;
    const entry = { seq: this.seq, event };
    if (this.ring.length < this.capacity) this.ring.push(entry);
    else this.ring[this.next] = entry;
    this.next = (this.next + 1) % this.capacity;
    const id = this.idOf(this.seq);
    for (const listener of this.listeners) listener(id, event);
  }

  /** The id of the newest event (of none yet: `<run>.0`). */
  get head(): string {
    return this.idOf(this.seq);
  }

  /** How many events are held (at most the capacity). */
  get size(): number {
    return this.ring.length;
  }

  /**
   * The events after `lastId`, oldest first; null when that cannot be told exactly: no id,
   * an id of another run or not an id at all, or older than the oldest event still held.
   */
  since(lastId: string | null | undefined): Array<{ id: string; event: LecternEvent }> | null {
    const m = /^([0-9a-f]+)\.(\d+)$/.exec(lastId ?? '');
    if (!m || m[1] !== this.run) return null;
    const after = Number(m[2]);
    const oldest = this.seq - this.ring.length + 1;
    if (after > this.seq || after < oldest - 1) return null;
    const held =
      this.ring.length < this.capacity
        ? this.ring
        : [...this.ring.slice(this.next), ...this.ring.slice(0, this.next)];
    return held.filter((e) => e.seq > after).map((e) => ({ id: this.idOf(e.seq), event: e.event }));
  }

  /** Live events from now on; returns the unsubscribe function. */
  subscribe(listener: (id: string, event: LecternEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private idOf(seq: number): string {
    return `${this.run}.${seq}`;
  }
}

/** Starts recording `workspace`'s events in a new log; returns it and the way to stop. */
export function recordEvents(
  workspace: Workspace,
  capacity = EVENT_LOG_SIZE,
): { log: EventLog; stop: () => void } {
  const log = new EventLog(capacity);
  return { log, stop: workspace.onEvent((event) => log.add(event)) };
}

/** What a stream needs from the host. */
export interface EventSourceOfTruth {
  log: EventLog;
  /** Each watched deck as last seen, for a stream that cannot replay exactly. */
  decks: () => Array<{ ref: string; stamp: DiskStamp | null }>;
}

/** One SSE block; `id` also moves the page's `lastEventId` forward. */
function block(event: LecternEvent | null, id?: string): string {
  return `${id === undefined ? '' : `id: ${id}\n`}${event ? `data: ${JSON.stringify(event)}\n` : ''}\n`;
}

/** Streams the host's events to `res` until the client goes away or the host stops. */
export function streamEvents(
  req: IncomingMessage,
  res: ServerResponse,
  source: EventSourceOfTruth,
  lastEventId: string | null,
  streams: Set<ServerResponse>,
): void {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  res.write(`: connected\nretry: ${RETRY_MS}\n\n`);
  // Replay, then the head id, then live: all in one turn, so no event falls in between.
  const missed = source.log.since(lastEventId);
  if (missed) for (const { id, event } of missed) res.write(block(event, id));
  else
    for (const { ref, stamp } of source.decks())
      res.write(block({ type: 'deck.changedOnDisk', payload: { ref, stamp } }));
  // An id-only block: the page now knows where it is even if no event comes before a drop.
  res.write(block(null, source.log.head));
  const unsubscribe = source.log.subscribe((id, event) => res.write(block(event, id)));
  const keepalive = setInterval(() => res.write(': keepalive\n\n'), KEEPALIVE_MS);
  keepalive.unref();
  streams.add(res);
  const stop = () => {
    clearInterval(keepalive);
    unsubscribe();
    streams.delete(res);
  };
  req.on('close', stop);
  res.on('close', stop);
}
