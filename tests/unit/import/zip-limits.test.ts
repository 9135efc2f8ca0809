/**
 * Reading a zip's central directory before inflating anything, and inflating each entry with
 * its declared size as the cap (main/import/zip-limits.ts), on archives built in the test.
 */
import { describe, expect, it } from 'vitest';
import { checkUnpackedSize, readZipDirectory } from '../../../main/import/zip-limits';
import { zip } from './docx-zip';
import { deflated, zeros, zipParts } from './zip-bomb';

const MB = 1024 * 1024;
const limits = { total: 8 * MB, entries: 10 };

describe('the central directory', () => {
  it('lists stored and deflated entries with their declared sizes', () => {
    const stored = zip({ 'a.txt': 'hello', 'dir/b.xml': '<x/>' });
    const dir = readZipDirectory(stored);
    expect(dir.ok && dir.entries.map((e) => [e.name, e.method, e.uncompressedSize])).toEqual([
      ['a.txt', 0, 5],
      ['dir/b.xml', 0, 4],
    ]);
    const packed = readZipDirectory(zipParts([deflated('c.xml', 'x'.repeat(10_000))]));
    expect(packed.ok && [packed.entries[0]!.method, packed.unpacked]).toEqual([8, 10_000]);
  });

  it('refuses what is not a zip, a cut-short file and a directory pointing outside the file', () => {
    expect(readZipDirectory(new TextEncoder().encode('not a zip at all, just text')).ok).toBe(
      false,
    );
    const whole = zip({ 'a.txt': 'hello' });
    expect(readZipDirectory(whole.subarray(0, whole.length - 10)).ok).toBe(false);
    const bad = whole.slice();
    new DataView(bad.buffer).setUint32(bad.length - 6, 1_000_000, true); // the directory's offset
    expect(readZipDirectory(bad)).toMatchObject({ ok: false, refusal: { kind: 'not-zip' } });
  });
});

describe('unpacked size', () => {
  it('a gigabyte of zeros is refused by its declared size, nothing inflated', () => {
    const r = checkUnpackedSize(zipParts([zeros('word/document.xml', 1024)]), limits);
    expect(r).toEqual({
      ok: false,
      refusal: { kind: 'total', unpacked: 1024 * MB, limit: 8 * MB },
    });
  });

  it('the part limit counts only the entries it selects', () => {
    const archive = zipParts([zeros('word/document.xml', 3), zeros('word/media/image1.png', 4)]);
    const part = { bytes: 2 * MB, counts: (name: string) => !name.startsWith('word/media/') };
    expect(checkUnpackedSize(archive, { ...limits, part })).toMatchObject({
      ok: false,
      refusal: { kind: 'part', unpacked: 3 * MB },
    });
    expect(checkUnpackedSize(archive, { ...limits, part: { ...part, bytes: 3 * MB } }).ok).toBe(
      true,
    );
  });

  it('an entry that inflates past its declared size is refused at that size', () => {
    const liar = { ...zeros('word/document.xml', 64), uncompressedSize: 2048 };
    expect(checkUnpackedSize(zipParts([liar]), limits)).toEqual({
      ok: false,
      refusal: { kind: 'mismatch', name: 'word/document.xml', declared: 2048 },
    });
    // Without inflating, the lie is not seen: the worker's own check inflates.
    expect(checkUnpackedSize(zipParts([liar]), limits, { inflate: false }).ok).toBe(true);
  });

  it('an entry that inflates to less than it declares, or a stored entry whose sizes differ, is refused too', () => {
    expect(checkUnpackedSize(zipParts([deflated('a.xml', 'short', 100)]), limits)).toMatchObject({
      ok: false,
      refusal: { kind: 'mismatch' },
    });
    const stored = {
      name: 'a.xml',
      data: new Uint8Array(10),
      method: 0 as const,
      uncompressedSize: 20,
      crc: 0,
    };
    expect(checkUnpackedSize(zipParts([stored]), limits)).toMatchObject({
      ok: false,
      refusal: { kind: 'mismatch' },
    });
  });

  it('too many entries are refused before they are all read', () => {
    const many = zip(Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`f${i}.txt`, 'x'])));
    expect(checkUnpackedSize(many, limits)).toMatchObject({
      ok: false,
      refusal: { kind: 'entries', limit: 10 },
    });
  });

  it('an honest archive passes, with its entries and total', () => {
    const r = checkUnpackedSize(
      zipParts([deflated('a.xml', '<a>'.repeat(1000)), deflated('b.xml', 'b')]),
      limits,
    );
    expect(r.ok && [r.entries.length, r.unpacked]).toEqual([2, 3001]);
  });
});
