/**
 * Reading a deck file: size limit, strict UTF-8, then the one parse path in common/.
 * Returns problems as values naming the file and the place; never throws on bad input.
 */
import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { parseDeck, type LoadedDeck } from '../../common/deck/load';
import { error, type Problem, type Result } from '../../common/deck/problems';
import { nodeFs, type StoreFs } from './fs-seam';
import { checkDeckOffThread } from './read-off-thread';

/** A 1,000-slide deck is about 2 MB; anything past this is not a deck someone wrote. */
export const MAX_DECK_BYTES = 32 * 1024 * 1024;

/**
 * From this size on a deck is checked on a worker thread. A 1,000-slide deck (3.7 MB) takes
 * ~50 ms in place, while starting the worker costs ~0.1 s built and ~1 s from the TypeScript
 * sources (`npm start`: the editor bench's 1,000-slide open went from ~0.5 s to 1.6 s at a
 * 1 MB threshold); only past a lecture deck's size does keeping the host free pay for it.
 */
export const OFF_THREAD_BYTES = 8 * 1024 * 1024;

/** What the file looked like when we read it, to notice someone else changing it later. */
export interface DiskStamp {
  size: number;
  mtimeMs: number;
  hash: string;
}

export interface OpenedDeck extends LoadedDeck {
  path: string;
  stamp: DiskStamp;
}

export function sha256(bytes: Uint8Array | string): string {
  return 'sha256:' + createHash('sha256').update(bytes).digest('hex');
}

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(n < 10 * 1024 * 1024 ? 1 : 0)} MB`;

/** Decodes UTF-8 strictly; on failure names the byte offset of the first bad sequence. */
export function decodeUtf8(
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; problem: Problem } {
  // isUtf8 is a SIMD scan, several times faster than a fatal TextDecoder on a large deck.
  if (isUtf8(bytes))
    return {
      ok: true,
      text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'),
    };
  return {
    ok: false,
    problem: error(
      `byte ${firstInvalidUtf8(bytes)}`,
      'is not valid UTF-8 text; the file is damaged or in another encoding (save it as UTF-8)',
    ),
  };
}

function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const n =
      c < 0x80
        ? 0
        : c >= 0xc2 && c < 0xe0
          ? 1
          : c >= 0xe0 && c < 0xf0
            ? 2
            : c >= 0xf0 && c < 0xf5
              ? 3
              : -1;
    if (n < 0 || i + n >= b.length + (n ? 0 : 1)) return i;
    for (let k = 1; k <= n; k++) if (((b[i + k] ?? 0) & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return i;
}

/**
 * Stats and reads a deck file, checks it, and returns it with its disk stamp. A file of
 * `OFF_THREAD_BYTES` or more is checked on a worker thread (read-off-thread.ts): parsing and
 * validating a 30 MB deck takes seconds, and a host must answer other requests meanwhile.
 */
export async function readDeckFile(
  path: string,
  fs: StoreFs = nodeFs,
): Promise<Result<OpenedDeck>> {
  let size: number;
  let mtimeMs: number;
  try {
    const st = await fs.stat(path);
    if (!st.isFile()) return { ok: false, problems: [error(path, 'is not a file')] };
    ({ size, mtimeMs } = st);
  } catch (e) {
    return { ok: false, problems: [error(path, describeFsError(e, 'cannot be read'))] };
  }
  if (size > MAX_DECK_BYTES) {
    return {
      ok: false,
      problems: [
        error(
          path,
          `is ${megabytes(size)}, larger than the ${megabytes(MAX_DECK_BYTES)} a deck may be; it is not a deck`,
        ),
      ],
    };
  }
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(path);
  } catch (e) {
    return { ok: false, problems: [error(path, describeFsError(e, 'cannot be read'))] };
  }
  if (bytes.byteLength >= OFF_THREAD_BYTES) {
    const checked = await checkDeckOffThread(path, bytes, mtimeMs);
    if (checked) return checked;
  }
  return checkDeckBytes(path, bytes, mtimeMs);
}

/** The bytes of the deck file `path` (last modified at `mtimeMs`) → the deck and its stamp: decode, parse, validate, hash. */
export function checkDeckBytes(
  path: string,
  bytes: Uint8Array,
  mtimeMs: number,
): Result<OpenedDeck> {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { ok: false, problems: [decoded.problem] };
  const loaded = parseDeck(decoded.text);
  if (!loaded.ok) return loaded;
  return {
    ok: true,
    value: {
      ...loaded.value,
      path,
      stamp: { size: bytes.byteLength, mtimeMs, hash: sha256(bytes) },
    },
    warnings: loaded.warnings,
  };
}

/** A file-system error in words: "is not there", "permission denied", "the disk is full". */
export function describeFsError(e: unknown, fallback: string): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'is not there (moved, renamed, or the drive was removed)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied (the file or folder is read-only or owned by someone else)';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EROFS':
      return 'the drive is read-only';
    case 'EIO':
      return 'the drive reported an input/output error (was it removed?)';
    case 'EBUSY':
      return 'is in use by another program';
    case 'EISDIR':
      return 'is a folder, not a file';
    case 'ENAMETOOLONG':
      return 'has a name that is too long';
    default:
      return code ? `${fallback} (${code})` : fallback;
  }
}
