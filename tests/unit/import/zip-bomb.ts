/**
 * Zip bombs for tests, built the way a hostile .docx is: a valid Word document whose
 * `word/document.xml` (or another entry) is deflated from far more bytes than the file holds.
 *
 * A gigabyte of zeros is never held: 1 MB of zeros is deflated once with a full flush (blocks
 * that are not final and need nothing before them), the same bytes are repeated, and an empty
 * final block closes the stream. The CRC is computed over the zeros chunk by chunk.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';

export interface ZipPart {
  name: string;
  /** The bytes as stored (deflated when `method` is 8). */
  data: Uint8Array;
  method: 0 | 8;
  /** What the central directory declares. */
  uncompressedSize: number;
  crc: number;
}

/** A part deflated from `content`, declaring its true size, or `declare` when given (a liar). */
export function deflated(name: string, content: string | Uint8Array, declare?: number): ZipPart {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return {
    name,
    data: deflateRawSync(bytes),
    method: 8,
    uncompressedSize: declare ?? bytes.length,
    crc: crc32(bytes),
  };
}

/** A part that inflates to `mb` MB of zeros from about a thousandth of that. */
export function zeros(name: string, mb: number): ZipPart {
  const MB = 1024 * 1024;
  const chunk = deflateRawSync(Buffer.alloc(MB), { finishFlush: constants.Z_FULL_FLUSH });
  const last = deflateRawSync(Buffer.alloc(0));
  const data = new Uint8Array(chunk.length * mb + last.length);
  for (let i = 0; i < mb; i++) data.set(chunk, i * chunk.length);
  data.set(last, chunk.length * mb);
  const zero = Buffer.alloc(MB);
  let crc = 0;
  for (let i = 0; i < mb; i++) crc = crc32(zero, crc);
  return { name, data, method: 8, uncompressedSize: mb * MB, crc };
}

/** A zip archive of the parts, with local headers, a central directory and its end record. */
export function zipParts(parts: readonly ZipPart[]): Uint8Array {
  const enc = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = enc.encode(p.name);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint16(8, p.method, true);
    local.setUint32(14, p.crc, true);
    local.setUint32(18, p.data.length, true);
    local.setUint32(22, p.uncompressedSize, true);
    local.setUint16(26, name.length, true);
    const central = new DataView(new ArrayBuffer(46));
    central.setUint32(0, 0x02014b50, true);
    central.setUint16(4, 20, true);
    central.setUint16(6, 20, true);
    central.setUint16(10, p.method, true);
    central.setUint32(16, p.crc, true);
    central.setUint32(20, p.data.length, true);
    central.setUint32(24, p.uncompressedSize, true);
    central.setUint16(28, name.length, true);
    central.setUint32(42, offset, true);
    chunks.push(new Uint8Array(local.buffer), name, p.data);
    centrals.push(new Uint8Array(central.buffer), name);
    offset += 30 + name.length + p.data.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, parts.length, true);
  end.setUint16(10, parts.length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  const all = [...chunks, ...centrals, new Uint8Array(end.buffer)];
  const out = new Uint8Array(all.reduce((n, b) => n + b.length, 0));
  let at = 0;
  for (const b of all) {
    out.set(b, at);
    at += b.length;
  }
  return out;
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** The parts of a small, valid Word document besides its body. */
export function wordParts(): ZipPart[] {
  return [
    deflated(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    deflated(
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
  ];
}

/** `word/document.xml` with the given paragraphs of body text. */
export function documentXml(paragraphs: readonly string[]): string {
  const body = paragraphs
    .map((t) => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`;
}
