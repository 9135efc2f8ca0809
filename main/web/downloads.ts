/**
 * The browser edition's exports: each is written to a private temporary folder and served
 * once at `GET /download/<id>?token=…` as an attachment, then deleted. One not fetched within
 * `ttlMs` is deleted too; the folder goes when the host stops.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExportDelivery, WrittenExport } from '../services/export';
import { refuse } from './respond';
import { inBackground } from '../platform/background';

const ID = /^[A-Za-z0-9_-]{22}$/;

interface Waiting {
  file: WrittenExport;
  timer: NodeJS.Timeout;
}

export class Downloads {
  private root: Promise<string> | undefined;
  private readonly waiting = new Map<string, Waiting>();

  constructor(private readonly ttlMs = 15 * 60_000) {}

  /** A fresh path for the export `name`, inside this host's private temporary folder. */
  async place(name: string): Promise<string> {
    this.root ??= mkdtemp(join(tmpdir(), 'lectern-exports-'));
    // Each export in a folder of its own, so two exports of one deck never collide.
    return join(await this.root, randomBytes(9).toString('base64url'), name);
  }

  /** Makes `file` fetchable once; returns the id of its address. */
  offer(file: WrittenExport): string {
    const id = randomBytes(16).toString('base64url');
    const timer = setTimeout(
      () => inBackground('delete an export nobody fetched', this.drop(id)),
      this.ttlMs,
    );
    timer.unref();
    this.waiting.set(id, { file, timer });
    return id;
  }

  /** Takes the export `id` out of the waiting list (it can be fetched only once). */
  take(id: string): WrittenExport | undefined {
    const entry = ID.test(id) ? this.waiting.get(id) : undefined;
    if (!entry) return undefined;
    clearTimeout(entry.timer);
    this.waiting.delete(id);
    return entry.file;
  }

  private async drop(id: string): Promise<void> {
    const file = this.take(id);
    if (file) await removeExport(file.path);
  }

  /** Deletes every export not fetched yet, and the folder. */
  async close(): Promise<void> {
    for (const { timer } of this.waiting.values()) clearTimeout(timer);
    this.waiting.clear();
    const root = await this.root?.catch(() => undefined);
    if (root) await rm(root, { recursive: true, force: true }).catch(() => undefined);
  }
}

async function removeExport(path: string): Promise<void> {
  await rm(join(path, '..'), { recursive: true, force: true }).catch(() => undefined);
}

/** The browser edition's delivery: a temporary file, then a one-time download address with the token. */
export function browserDelivery(downloads: Downloads, token: string): ExportDelivery {
  return {
    choose: (name) => downloads.place(name),
    async deliver(file) {
      const id = downloads.offer(file);
      return {
        kind: 'download',
        url: `/download/${id}?token=${encodeURIComponent(token)}`,
        name: file.name,
        size: file.size,
        count: file.count,
      };
    },
  };
}

/** `Content-Disposition` for `name`: an ASCII fallback and the exact name in UTF-8 (RFC 6266). */
export function attachment(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/** `GET /download/<id>`: the export once, as an attachment; then it is deleted. */
export async function serveDownload(
  res: ServerResponse,
  downloads: Downloads,
  id: string,
): Promise<void> {
  const file = downloads.take(id);
  if (!file)
    return refuse(
      res,
      404,
      'download',
      'is not here (it was already downloaded, or it expired); export again',
    );
  let size: number;
  try {
    size = (await stat(file.path)).size;
  } catch {
    return refuse(res, 404, 'download', 'the exported file is gone; export again');
  }
  res.writeHead(200, {
    'Content-Type': file.type === 'text/html' ? 'text/html; charset=utf-8' : file.type,
    'Content-Length': size,
    'Content-Disposition': attachment(file.name),
    'Cache-Control': 'no-store',
  });
  const stream = createReadStream(file.path);
  stream.pipe(res);
  await new Promise<void>((resolve) => {
    res.on('close', resolve);
    stream.on('error', () => (res.destroy(), resolve()));
  });
  await removeExport(file.path);
}
