/**
 * Word .docx → Markdown-like text through mammoth (a well-kept converter): Title → "# ",
 * Heading 1 → "## ", lower headings → "### ", paragraphs and list items as blocks, footnotes
 * as `[^n]` markers with `[^n]: …` definitions. Then the one text parser reads it.
 */
import mammoth from 'mammoth';
import { error, type Problem } from '../../common/deck/problems';

const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Heading 1'] => h2:fresh",
  "p[style-name='heading 1'] => h2:fresh",
  "p[style-name='Heading 2'] => h3:fresh",
  "p[style-name='Heading 3'] => h4:fresh",
];

/** True when the bytes start like a zip archive (every .docx is one). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Converts a .docx to text the parser reads as Markdown; problems name the file. */
export async function docxToText(bytes: Uint8Array, where: string): Promise<{ ok: true; text: string } | { ok: false; problem: Problem }> {
  if (!looksLikeZip(bytes)) {
    return { ok: false, problem: error(where, 'is not a Word document: a .docx file is a zip archive and this one is not (was it renamed from another format?)') };
  }
  let html: string;
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: STYLE_MAP });
    html = result.value;
  } catch (e) {
    const detail = e instanceof Error ? e.message.split('\n')[0]!.slice(0, 120) : 'unreadable';
    return { ok: false, problem: error(where, `is not a Word document Lectern can read (${detail}); save it again from Word as .docx`) };
  }
  return { ok: true, text: htmlToText(html) };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decode(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** mammoth's small, regular HTML → blocks of text. Not a general HTML converter. */
export function htmlToText(html: string): string {
  // Footnote references: <sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup>
  let s = html.replace(/<sup><a href="#(?:foot|end)note-(\d+)"[^>]*>\[?\d+\]?<\/a><\/sup>/g, '[^$1]');
  // Footnote bodies: <li id="footnote-1"><p>Text <a href="#footnote-ref-1">↑</a></p></li>
  s = s.replace(/<li id="(?:foot|end)note-(\d+)">([\s\S]*?)<\/li>/g, (_m, n: string, body: string) => {
    const text = body.replace(/<a href="#(?:foot|end)note-ref-\d+">[\s\S]*?<\/a>/g, '');
    return `\n\n[^${n}]: ${inline(text)}\n\n`;
  });
  s = s.replace(/<h([1-6])[^>]*>([\s\S]*?)<\/h\1>/g, (_m, level: string, body: string) => `\n\n${'#'.repeat(Number(level))} ${inline(body)}\n\n`);
  s = s.replace(/<li[^>]*>([\s\S]*?)<\/li>/g, (_m, body: string) => `\n\n- ${inline(body)}\n\n`);
  s = s.replace(/<p[^>]*>([\s\S]*?)<\/p>/g, (_m, body: string) => `\n\n${inline(body)}\n\n`);
  s = s.replace(/<[^>]+>/g, ' ');
  return decode(s).replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim() + '\n';
}

function inline(html: string): string {
  return decode(html.replace(/<br\s*\/?>/g, ' ').replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim();
}
