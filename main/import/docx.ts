/**
 * Word .docx → Markdown-like text through mammoth (a well-kept converter): Title → "# ",
 * Heading 1 → "## ", lower headings → "### ", paragraphs and list items as blocks, footnotes
 * as `[^n]` markers with `[^n]: …` definitions, embedded images as `![alt](image-n.png)` lines
 * with their bytes kept aside, Caption-style paragraphs as `*…*`. Then the one text parser
 * reads it, so a .docx figure and a Markdown figure are found by the same rules.
 */
import { error, type Problem } from '../../common/deck/problems';
import { DOCX_ALL_UNPACKED_BYTES, DOCX_MAX_ENTRIES, DOCX_TEXT_UNPACKED_BYTES } from './limits';
import { checkUnpackedSize } from './zip-limits';
import { decodeEntities, XML_ENTITIES } from '../../common/xml-entities';

const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Heading 1'] => h2:fresh",
  "p[style-name='heading 1'] => h2:fresh",
  "p[style-name='Heading 2'] => h3:fresh",
  "p[style-name='Heading 3'] => h4:fresh",
  // Word's built-in caption style is named "caption" in the file and "Caption" in the UI.
  "p[style-name='Caption'] => p.caption:fresh",
  "p[style-name='caption'] => p.caption:fresh",
];

/** File extensions of the image types browsers show, by the content type Word records. */
const IMAGE_TYPES: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/svg+xml': 'svg',
  'image/avif': 'avif',
};

/** An image embedded in the document, under the name its `![…](name)` line gives it. */
export interface DocxImage {
  name: string;
  contentType: string;
  /** Absent when the image could not be read (a linked, not embedded, picture). */
  bytes?: Uint8Array;
}

export interface DocxText {
  ok: true;
  text: string;
  /** Embedded images by name, in document order. */
  images: Map<string, DocxImage>;
}

/** True when the bytes start like a zip archive (every .docx is one). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    bytes[2] === 0x03 &&
    bytes[3] === 0x04
  );
}

/** The problem of a .docx that is not a zip archive. */
export function notWord(where: string): Problem {
  return error(
    where,
    'is not a Word document: a .docx file is a zip archive and this one is not (was it renamed from another format?)',
  );
}

/** Converts a .docx to text the parser reads as Markdown; problems name the file. */
export async function docxToText(
  bytes: Uint8Array,
  where: string,
): Promise<DocxText | { ok: false; problem: Problem }> {
  if (!looksLikeZip(bytes)) return { ok: false, problem: notWord(where) };
  const unpack = checkDocxSize(bytes, where);
  if (unpack) return { ok: false, problem: unpack };
  // Loaded here, not at the top: a deck check reads sources through this module, and only a
  // .docx reading needs mammoth and its zip reader (~200 ms to load).
  const { default: mammoth } = await import('mammoth');
  let html: string;
  const images = new Map<string, DocxImage>();
  try {
    const convertImage = mammoth.images.imgElement(async (image) => {
      // Names are chosen here, never taken from the document, so no zip path reaches the disk.
      const name = `image-${images.size + 1}.${
        IMAGE_TYPES[image.contentType] ??
        (image.contentType.split('/')[1] ?? 'bin')
          .replace(/^x-/, '')
          .replace(/[^a-z0-9]/gi, '')
          .slice(0, 10)
      }`;
      const entry: DocxImage = { name, contentType: image.contentType };
      images.set(name, entry);
      try {
        entry.bytes = new Uint8Array(await image.read());
      } catch {
        // A picture linked to a file outside the document: mammoth refuses to read it, as it should.
      }
      return { src: name };
    });
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      { styleMap: STYLE_MAP, convertImage, externalFileAccess: false },
    );
    html = result.value;
  } catch (e) {
    const detail = e instanceof Error ? e.message.split('\n')[0]!.slice(0, 120) : 'unreadable';
    return {
      ok: false,
      problem: error(
        where,
        `is not a Word document Lectern can read (${detail}); save it again from Word as .docx`,
      ),
    };
  }
  return { ok: true, text: htmlToText(html), images };
}

const mb = (n: number) => `${Number((n / 1024 / 1024).toFixed(1))} MB`;
const REFUSED =
  'a Word document does not unpack like this, so it is not read (it may be damaged, or made to exhaust memory); save it again from Word, or save its text as .txt, and import that';

/**
 * Refuses, before mammoth inflates anything, a .docx whose parts would unpack past the limits
 * (read from its zip directory), or one whose parts inflate past the sizes it declares.
 * With `inflate: false`, only the first (nothing inflated: cheap enough for the host's thread).
 */
export function checkDocxSize(
  bytes: Uint8Array,
  where: string,
  options: { inflate?: boolean } = {},
): Problem | undefined {
  const checked = checkUnpackedSize(
    bytes,
    {
      total: DOCX_ALL_UNPACKED_BYTES,
      part: { bytes: DOCX_TEXT_UNPACKED_BYTES, counts: (name) => !name.startsWith('word/media/') },
      entries: DOCX_MAX_ENTRIES,
    },
    options,
  );
  if (checked.ok) return undefined;
  const r = checked.refusal;
  switch (r.kind) {
    case 'not-zip':
      return error(
        where,
        `is not a Word document Lectern can read (${r.what}); save it again from Word as .docx`,
      );
    case 'part':
      return error(
        where,
        `would unpack to ${mb(r.unpacked)} of text and markup, more than the ${mb(r.limit)} a Word reading may unpack to; ${REFUSED}`,
      );
    case 'total':
      return error(
        where,
        `would unpack to ${mb(r.unpacked)} with its pictures, more than the ${mb(r.limit)} a Word reading may unpack to; ${REFUSED}`,
      );
    case 'entries':
      return error(
        where,
        `holds more than ${r.limit.toLocaleString('en')} parts, more than a Word reading may; ${REFUSED}`,
      );
    case 'mismatch':
      return error(
        where,
        `has a part, "${r.name.slice(0, 100)}", that unpacks to more than the ${r.declared.toLocaleString('en')} bytes its zip directory declares; ${REFUSED}`,
      );
  }
}

const ENTITIES: Readonly<Record<string, string>> = { ...XML_ENTITIES, nbsp: ' ' };

const decode = (s: string): string => decodeEntities(s, ENTITIES);

/** mammoth's small, regular HTML → blocks of text. Not a general HTML converter. */
export function htmlToText(html: string): string {
  // Footnote references: <sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup>
  let s = html.replace(
    /<sup><a href="#(?:foot|end)note-(\d+)"[^>]*>\[?\d+\]?<\/a><\/sup>/g,
    '[^$1]',
  );
  // Footnote bodies: <li id="footnote-1"><p>Text <a href="#footnote-ref-1">↑</a></p></li>
  s = s.replace(
    /<li id="(?:foot|end)note-(\d+)">([\s\S]*?)<\/li>/g,
    (_m, n: string, body: string) => {
      const text = body.replace(/<a href="#(?:foot|end)note-ref-\d+">[\s\S]*?<\/a>/g, '');
      return `\n\n[^${n}]: ${inline(text)}\n\n`;
    },
  );
  // Tables: a Markdown pipe table, its first row the header, so the parser reads it as one.
  s = s.replace(/<table[^>]*>([\s\S]*?)<\/table>/g, (_m, body: string) => {
    const rows = [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((tr) =>
      [...tr[1]!.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((td) =>
        inline(td[1]!).replace(/\|/g, '/'),
      ),
    );
    if (!rows.length || !rows[0]!.length) return '\n\n';
    const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
    return `\n\n${[line(rows[0]!), line(rows[0]!.map(() => '---')), ...rows.slice(1).map(line)].join('\n')}\n\n`;
  });
  s = s.replace(
    /<h([1-6])[^>]*>([\s\S]*?)<\/h\1>/g,
    (_m, level: string, body: string) => `\n\n${'#'.repeat(Number(level))} ${inline(body)}\n\n`,
  );
  s = s.replace(/<li[^>]*>([\s\S]*?)<\/li>/g, (_m, body: string) =>
    withImages(body, (t) => `- ${t}`),
  );
  s = s.replace(/<p([^>]*)>([\s\S]*?)<\/p>/g, (_m, attrs: string, body: string) =>
    withImages(body, (t) => (/class="caption"/.test(attrs) ? `*${t.replace(/\*/g, '')}*` : t)),
  );
  s = s.replace(/<[^>]+>/g, ' ');
  return (
    decode(s)
      .replace(/[ \t]+\n/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n'
  );
}

/**
 * A paragraph's text with each image in it as a block of its own (`![alt](name)`), in order:
 * the parser only takes an image that stands alone on its line as a figure.
 */
function withImages(body: string, wrap: (text: string) => string): string {
  const out: string[] = [];
  for (const part of body.split(/(<img\b[^>]*>)/)) {
    if (part.startsWith('<img')) {
      const src = /\ssrc="([^"]*)"/.exec(part)?.[1] ?? '';
      const alt = decode(/\salt="([^"]*)"/.exec(part)?.[1] ?? '')
        .replace(/\s+/g, ' ')
        .replace(/[[\]\\]/g, (c) => `\\${c}`)
        .trim();
      if (/^image-\d+\.[a-z0-9]+$/.test(src)) out.push(`![${alt}](${src})`);
      continue;
    }
    const text = inline(part);
    if (text) out.push(wrap(text));
  }
  return out.map((t) => `\n\n${t}\n\n`).join('');
}

function inline(html: string): string {
  return decode(html.replace(/<br\s*\/?>/g, ' ').replace(/<[^>]+>/g, ''))
    .replace(/\s+/g, ' ')
    .trim();
}
