/**
 * A PDF reading → Markdown-like text the one text parser reads, through pdf.js (pdfjs-dist):
 * lines rebuilt from the text layer, read column by column; running headers, footers and page
 * numbers removed (a printed page number is kept as that page's label); words hyphenated
 * across lines joined; headings found by their size; footnotes at the foot of a page kept as
 * `[^n]: …` notes, their superscript markers as `[^n]`. Each stretch of the text remembers
 * the page it came from, so every sentence can cite its page.
 */
import { error, type Problem } from '../../common/deck/problems';
import { pdfLayout, type PdfLine, type PdfPage } from './pdf-layout';

/** Pages read at most: a reading of a few hundred pages is well under it. */
export const MAX_PDF_PAGES = 1000;

export interface PdfText {
  ok: true;
  text: string;
  /** Where each page's text starts in `text`, in order, with the page's printed label. */
  pages: Array<{ at: number; label: string }>;
  /** The document's own title and author, when its properties give them. */
  title?: string;
  author?: string;
  /** The printed page labels of the first and last page, for checking cited pages. */
  range: { first: string; last: string };
}

/** True when the bytes start as a PDF does. */
export function looksLikePdf(bytes: Uint8Array): boolean {
  return bytes.length >= 5 && String.fromCharCode(...bytes.subarray(0, 5)) === '%PDF-';
}

interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  fontName: string;
}

/** pdf.js runs its parser on this thread (the import already runs in a worker of its own). */
async function loadPdfJs(): Promise<typeof import('pdfjs-dist/legacy/build/pdf.mjs')> {
  const g = globalThis as { pdfjsWorker?: unknown };
  g.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  return import('pdfjs-dist/legacy/build/pdf.mjs');
}

/** Converts a PDF to text the parser reads as Markdown; problems name the file. */
export async function pdfToText(
  bytes: Uint8Array,
  where: string,
): Promise<PdfText | { ok: false; problem: Problem }> {
  if (!looksLikePdf(bytes))
    return {
      ok: false,
      problem: error(
        where,
        'is not a PDF: it does not start as one (was it renamed from another format?)',
      ),
    };
  const pdfjs = await loadPdfJs();
  let doc: Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;
  try {
    // No script, no fonts, no network: only the text layer is read.
    doc = await pdfjs.getDocument({
      data: bytes.slice(),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: 0,
    }).promise;
  } catch (e) {
    const name = (e as { name?: string }).name;
    if (name === 'PasswordException')
      return {
        ok: false,
        problem: error(
          where,
          'is protected by a password; open it, save a copy without protection, and import that',
        ),
      };
    return {
      ok: false,
      problem: error(
        where,
        `cannot be read as a PDF (${(e as Error).message || 'it is damaged'}); save it again from the program that made it, or export the reading as .docx`,
      ),
    };
  }
  try {
    if (doc.numPages > MAX_PDF_PAGES)
      return {
        ok: false,
        problem: error(
          where,
          `has ${doc.numPages} pages, more than the ${MAX_PDF_PAGES} a reading may have; split it into parts and import each`,
        ),
      };
    const labels = await doc.getPageLabels().catch(() => null);
    const pages: PdfPage[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      const lines = toLines(content.items.flatMap((i) => ('str' in i ? [i] : [])));
      pages.push({
        index: n,
        label: labels?.[n - 1] || undefined,
        width: x1 - x0,
        height: y1 - y0,
        left: x0,
        bottom: y0,
        lines,
      });
      page.cleanup();
    }
    const chars = pages.reduce(
      (n, p) => n + p.lines.reduce((m, l) => m + l.text.replace(/\s/g, '').length, 0),
      0,
    );
    if (chars < 20 * pages.length) {
      return {
        ok: false,
        problem: error(
          where,
          "has no text to read: it looks like a scan (pictures of pages). Run text recognition (OCR) on it, for example with your scanner's software or ocrmypdf, and import the result",
        ),
      };
    }
    const meta = await doc.getMetadata().catch(() => undefined);
    const info = (meta?.info ?? {}) as { Title?: unknown; Author?: unknown };
    const layout = pdfLayout(pages);
    const title =
      typeof info.Title === 'string' && usefulTitle(info.Title) ? info.Title.trim() : undefined;
    const byline = bylineOf(layout.text);
    const author =
      typeof info.Author === 'string' && info.Author.trim() ? info.Author.trim() : byline?.author;
    // The byline is the work's author, not a sentence of it.
    const text = byline
      ? layout.text.slice(0, byline.at) + layout.text.slice(byline.at + byline.length)
      : layout.text;
    const pageStarts = byline
      ? layout.pages.map((p) => (p.at > byline.at ? { ...p, at: p.at - byline.length } : p))
      : layout.pages;
    return {
      ok: true,
      text,
      pages: pageStarts,
      ...(title ? { title } : {}),
      ...(author ? { author } : {}),
      range: layout.range,
    };
  } finally {
    await doc.destroy();
  }
}

/** "Stephen Kotkin", "R. W. Davies and Mark Harrison": a paragraph of names under the title. */
const BYLINE =
  /^# [^\n]+\n\n((?:\p{Lu}[\p{L}.'’-]*\s?){2,4}(?:(?:,|\sand|\s&)\s(?:\p{Lu}[\p{L}.'’-]*\s?){2,4}){0,5})\n\n/u;

function bylineOf(text: string): { author: string; at: number; length: number } | undefined {
  const m = BYLINE.exec(text);
  if (!m) return undefined;
  const at = m[0].length - m[1]!.length - 2;
  return { author: m[1]!.trim(), at, length: m[1]!.length + 2 };
}

/** A Title property a program filled in by itself ("Microsoft Word - draft3.docx") is no title. */
function usefulTitle(t: string): boolean {
  return (
    t.trim().length > 2 &&
    !/^(?:microsoft word - |untitled)|\.(?:docx?|pdf|tex|indd)$/i.test(t.trim())
  );
}

/** Items → lines: items on one baseline (within half their size) in x order. */
function toLines(items: readonly TextItemLike[]): PdfLine[] {
  const glyphs = items
    .filter((i) => i.str !== '')
    .map((i) => {
      const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = i.transform;
      return {
        str: i.str,
        x: e,
        y: f,
        w: i.width,
        size: Math.hypot(c, d) || Math.hypot(a, b) || 10,
        bold: /bold|black|heavy/i.test(i.fontName),
      };
    })
    .sort((p, q) => q.y - p.y || p.x - q.x);
  const lines: Array<{ y: number; size: number; parts: typeof glyphs }> = [];
  for (const g of glyphs) {
    if (!g.str.trim() && !lines.length) continue;
    // A raised, smaller number (a footnote marker) joins the line it sits on.
    const line = lines.find((l) => Math.abs(l.y - g.y) < Math.max(l.size, g.size) * 0.5);
    if (line) {
      line.parts.push(g);
      if (g.size > line.size) line.size = g.size;
    } else lines.push({ y: g.y, size: g.size, parts: [g] });
  }
  // Two columns put lines side by side on one baseline: a gap wider than two letters parts them.
  const runs = lines.flatMap((l) => {
    const parts = l.parts.sort((p, q) => p.x - q.x);
    const out: Array<typeof l> = [];
    let end = -Infinity;
    for (const p of parts) {
      if (!out.length || p.x - end > Math.max(l.size * 1.8, 12))
        out.push({ y: l.y, size: l.size, parts: [] });
      out[out.length - 1]!.parts.push(p);
      end = Math.max(end, p.x + p.w);
    }
    return out;
  });
  return runs
    .map((l) => {
      const parts = l.parts;
      // The line's size is its body's: the size most of its characters have.
      const bySize = new Map<number, number>();
      for (const p of parts)
        bySize.set(
          Math.round(p.size * 2) / 2,
          (bySize.get(Math.round(p.size * 2) / 2) ?? 0) + p.str.length,
        );
      const size = [...bySize].sort((p, q) => q[1] - p[1])[0]![0];
      const baseline = parts
        .filter((p) => Math.abs(p.size - size) < 0.6)
        .reduce((y, p) => Math.min(y, p.y), Infinity);
      let text = '';
      let end = -Infinity;
      let boldChars = 0;
      for (const p of parts) {
        const raised =
          /^\d{1,3}$/.test(p.str.trim()) &&
          p.size < size * 0.85 &&
          p.y > baseline + size * 0.15 &&
          text.trim() !== '';
        const gap = p.x - end;
        if (text && !/\s$/.test(text) && !/^\s/.test(p.str) && gap > size * 0.15) text += ' ';
        // A superscript number after a word is a note marker; as Markdown it reads as one.
        text += raised ? `[^${p.str.trim()}]` : p.str;
        end = p.x + p.w;
        if (p.bold) boldChars += p.str.length;
      }
      const x0 = parts[0]!.x;
      const x1 = Math.max(...parts.map((p) => p.x + p.w));
      return {
        text: text.replace(/\s+/g, ' ').trim(),
        x0,
        x1,
        y: baseline === Infinity ? l.y : baseline,
        size,
        bold: boldChars > text.length / 2,
      };
    })
    .filter((l) => l.text !== '');
}
