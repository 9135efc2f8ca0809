/**
 * How big a zip archive (a .docx) is once unpacked, read from its central directory before
 * anything is inflated; then each entry inflated with a cap at the size the directory declares,
 * so an entry that would inflate past it is caught at that size, not after. A 1 MB archive can
 * hold a gigabyte of zeros, and the converter (mammoth, through jszip) would inflate it all.
 *
 * Only what a .docx uses is read: the end-of-central-directory record, the central directory,
 * and local headers at the offsets it names; stored and deflated entries. ZIP64 archives (over
 * 4 GB or 65,535 entries) are refused: no reading is one.
 */
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** As the central directory declares it. */
  uncompressedSize: number;
  /** Offset of the entry's local header. */
  localOffset: number;
}

export interface UnpackLimits {
  /** Bytes all entries together may unpack to. */
  total: number;
  /** Bytes the entries `counts` selects (e.g. a document's XML parts) may unpack to together. */
  part?: { bytes: number; counts: (name: string) => boolean };
  /** Entries an archive may hold. */
  entries: number;
}

/** Why an archive is refused; `limit` names which limit it passed, for the message. */
export type ZipRefusal =
  | { kind: 'not-zip'; what: string }
  | { kind: 'total' | 'part'; unpacked: number; limit: number }
  | { kind: 'entries'; count: number; limit: number }
  | { kind: 'mismatch'; name: string; declared: number };

export type ZipCheck =
  { ok: true; entries: ZipEntry[]; unpacked: number } | { ok: false; refusal: ZipRefusal };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** The end record is 22 bytes plus a comment of at most 65,535. */
const EOCD_SEARCH = 22 + 0xffff;

const notZip = (what: string): ZipCheck => ({ ok: false, refusal: { kind: 'not-zip', what } });

/** The entries of the archive's central directory; nothing is inflated. */
export function readZipDirectory(bytes: Uint8Array, maxEntries = Infinity): ZipCheck {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - EOCD_SEARCH); i--) {
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0)
    return notZip('its zip directory is missing (the file is cut short or not a zip archive)');
  const declaredCount = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  if (declaredCount === 0xffff || size === 0xffffffff || offset === 0xffffffff)
    return notZip('it is a ZIP64 archive, which no Word document needs');
  if (offset + size > end) return notZip('its zip directory points outside the file');
  const entries: ZipEntry[] = [];
  let unpacked = 0;
  let at = offset;
  while (at < offset + size) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL)
      return notZip('its zip directory is damaged');
    if (entries.length >= maxEntries)
      return {
        ok: false,
        refusal: {
          kind: 'entries',
          count: Math.max(declaredCount, entries.length + 1),
          limit: maxEntries,
        },
      };
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const entry: ZipEntry = {
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localOffset: view.getUint32(at + 42, true),
    };
    entries.push(entry);
    unpacked += entry.uncompressedSize;
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries, unpacked };
}

/**
 * Checks that the archive unpacks within `limits`: first by the sizes its directory declares
 * (nothing inflated), then by inflating each entry with its declared size as the cap, so an
 * entry that claims little and inflates to more is refused as soon as it passes its claim.
 * At most the declared sizes (within the limits) are ever held, one entry at a time.
 * `inflate: false` stops after the first step, which costs next to nothing.
 */
export function checkUnpackedSize(
  bytes: Uint8Array,
  limits: UnpackLimits,
  options: { inflate?: boolean } = {},
): ZipCheck {
  const dir = readZipDirectory(bytes, limits.entries);
  if (!dir.ok) return dir;
  if (limits.part) {
    let part = 0;
    for (const e of dir.entries) if (limits.part.counts(e.name)) part += e.uncompressedSize;
    if (part > limits.part.bytes)
      return { ok: false, refusal: { kind: 'part', unpacked: part, limit: limits.part.bytes } };
  }
  if (dir.unpacked > limits.total)
    return { ok: false, refusal: { kind: 'total', unpacked: dir.unpacked, limit: limits.total } };
  if (options.inflate === false) return dir;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const e of dir.entries) {
    const mismatch: ZipCheck = {
      ok: false,
      refusal: { kind: 'mismatch', name: e.name, declared: e.uncompressedSize },
    };
    if (e.localOffset + 30 > bytes.length || view.getUint32(e.localOffset, true) !== LOCAL)
      return notZip(`the entry "${e.name}" is not where its directory says`);
    const start =
      e.localOffset +
      30 +
      view.getUint16(e.localOffset + 26, true) +
      view.getUint16(e.localOffset + 28, true);
    if (start + e.compressedSize > bytes.length)
      return notZip(`the entry "${e.name}" runs past the end of the file`);
    const data = bytes.subarray(start, start + e.compressedSize);
    if (e.method === 0) {
      if (e.compressedSize !== e.uncompressedSize) return mismatch;
      continue;
    }
    if (e.method !== 8)
      return notZip(
        `the entry "${e.name}" is packed in a way Word does not use (method ${e.method})`,
      );
    let inflated: number;
    try {
      // The cap is one byte over the declared size, so "exactly as declared" is told from "more".
      inflated = inflateRawSync(data, { maxOutputLength: e.uncompressedSize + 1 }).byteLength;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return mismatch;
      return notZip(`the entry "${e.name}" is damaged (${(err as Error).message})`);
    }
    if (inflated !== e.uncompressedSize) return mismatch;
  }
  return dir;
}
