/**
 * A minimal .docx writer for tests: a stored (uncompressed) zip holding the three parts
 * Word needs, with paragraphs given a style (Title, Heading1, Caption, …) and pictures
 * embedded as Word embeds them (`word/media/`, a relationship, a `w:drawing` with `wp:docPr`
 * alt text). Enough for mammoth to read as a real Word document, so the importer is tested
 * on the bytes a user would give it.
 */
import { crc32 } from 'node:zlib';

/** A zip archive of the given files, stored without compression. */
export function zip(files: Record<string, string | Uint8Array>): Uint8Array {
  const enc = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const nameBytes = enc.encode(name);
    const data = typeof content === 'string' ? enc.encode(content) : content;
    const crc = crc32(data);
    const local = new DataView(new ArrayBuffer(30));
    local.setUint32(0, 0x04034b50, true);
    local.setUint16(4, 20, true);
    local.setUint32(14, crc, true);
    local.setUint32(18, data.length, true);
    local.setUint32(22, data.length, true);
    local.setUint16(26, nameBytes.length, true);
    const central = new DataView(new ArrayBuffer(46));
    central.setUint32(0, 0x02014b50, true);
    central.setUint16(4, 20, true);
    central.setUint16(6, 20, true);
    central.setUint32(16, crc, true);
    central.setUint32(20, data.length, true);
    central.setUint32(24, data.length, true);
    central.setUint16(28, nameBytes.length, true);
    central.setUint32(42, offset, true);
    locals.push(new Uint8Array(local.buffer), nameBytes, data);
    centrals.push(new Uint8Array(central.buffer), nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, Object.keys(files).length, true);
  end.setUint16(10, Object.keys(files).length, true);
  end.setUint32(12, centralSize, true);
  end.setUint32(16, offset, true);
  const parts = [...locals, ...centrals, new Uint8Array(end.buffer)];
  const out = new Uint8Array(parts.reduce((n, b) => n + b.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A picture paragraph: the image file (by name in `media`), its alt text, its size in pixels. */
export interface DocxPicture {
  picture: string;
  /** Word's "Alt Text" (wp:docPr descr). */
  descr?: string;
  /** Word's "Title" of the picture (wp:docPr title). */
  title?: string;
  width?: number;
  height?: number;
  /** Link the picture to a file outside the document instead of embedding it. */
  linked?: boolean;
}

const EMU_PER_PX = 9525;

function drawing(p: DocxPicture, n: number): string {
  const cx = (p.width ?? 640) * EMU_PER_PX;
  const cy = (p.height ?? 400) * EMU_PER_PX;
  const attrs = `id="${n}" name="Picture ${n}"${p.descr !== undefined ? ` descr="${esc(p.descr)}"` : ''}${p.title !== undefined ? ` title="${esc(p.title)}"` : ''}`;
  const blip = p.linked ? `<a:blip r:link="rIdImg${n}"/>` : `<a:blip r:embed="rIdImg${n}"/>`;
  return (
    `<w:p><w:r><w:drawing><wp:inline><wp:extent cx="${cx}" cy="${cy}"/><wp:docPr ${attrs}/>` +
    '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
    `<pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="${n}" name="${esc(p.picture)}"/><pic:cNvPicPr/></pic:nvPicPr>` +
    `<pic:blipFill>${blip}<a:stretch><a:fillRect/></a:stretch></pic:blipFill>` +
    `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm><a:prstGeom prst="rect"/></pic:spPr></pic:pic>` +
    '</a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>'
  );
}

const CONTENT_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  emf: 'image/x-emf',
  svg: 'image/svg+xml',
};

/**
 * A .docx whose paragraphs are `[style, text]` pairs (style "" for body text; "Caption" for
 * Word's caption style), pictures whose bytes are given in `media` by file name, or `{ xml }`
 * for a `w:p` written out in full.
 */
export function docx(
  paragraphs: Array<[string, string] | DocxPicture | { xml: string }>,
  media: Record<string, Uint8Array> = {},
): Uint8Array {
  const pictures: DocxPicture[] = [];
  const body = paragraphs
    .map((p) => {
      if ('xml' in p) return p.xml; // a paragraph as Word wrote it, e.g. with fields
      if (!Array.isArray(p)) {
        pictures.push(p);
        return drawing(p, pictures.length);
      }
      const [style, text] = p;
      return `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
    })
    .join('');
  // Word's own names: "Title", "heading 1", and "caption" in lower case for the Caption style.
  const styles = [
    ['Title', 'Title'],
    ['Heading1', 'Heading 1'],
    ['Heading2', 'Heading 2'],
    ['Caption', 'caption'],
  ]
    .map(
      ([id, name]) =>
        `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/></w:style>`,
    )
    .join('');
  const imageRels = pictures
    .map((p, i) =>
      p.linked
        ? `<Relationship Id="rIdImg${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="file:///${esc(p.picture)}" TargetMode="External"/>`
        : `<Relationship Id="rIdImg${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/${esc(p.picture)}"/>`,
    )
    .join('');
  const types = Object.entries(CONTENT_TYPES)
    .map(([ext, type]) => `<Default Extension="${ext}" ContentType="${type}"/>`)
    .join('');
  const files: Record<string, string | Uint8Array> = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${types}<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`,
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/_rels/document.xml.rels': `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>${imageRels}</Relationships>`,
    'word/styles.xml': `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${styles}</w:styles>`,
    'word/document.xml':
      '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">' +
      `<w:body>${body}</w:body></w:document>`,
  };
  for (const [name, bytes] of Object.entries(media)) files[`word/media/${name}`] = bytes;
  return zip(files);
}
