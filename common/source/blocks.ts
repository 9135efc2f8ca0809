/**
 * Text → blocks: headings, paragraphs, list items, footnote definitions, each with its offset
 * in the normalised text. Plain text and Markdown share this step; only the heading rules differ.
 */
import { REFERENCE_HEADING } from './references';

export interface Block {
  kind: 'heading' | 'paragraph' | 'footnote' | 'image' | 'table';
  /** Offset of `text` in the normalised source. */
  start: number;
  text: string;
  /** Headings: Markdown level (1-6), or 2 for a numbered/unnumbered plain-text heading. */
  level?: number;
  /** Headings: the number as printed ("1", "l", "II"). */
  number?: string;
  /** Footnote definitions: the key without "^". */
  key?: string;
  /** Images (a Markdown `![alt](src "title")` on a line of its own): the path as written. */
  src?: string;
  /** Images: the title in quotes after the path, if any; `text` holds the alt text. */
  title?: string;
  /** Paragraphs: set when the block is an item of a list ("- …", "* …", "1. …"). */
  item?: true;
  /** Tables (Markdown pipe rows): the header's cells, and each body row as written between its outer pipes. */
  header?: string[];
  rows?: Array<{ start: number; text: string }>;
}

/**
 * A Markdown image alone on its line: `![alt](path)`, `![alt](path "title")`, `![alt](<a b.png>)`.
 * The path may hold one level of balanced parentheses, as CommonMark allows. An image inside
 * a sentence stays text (its alt text reads as part of the sentence).
 */
const IMAGE_LINE =
  /^!\[((?:[^\]\\]|\\.){0,2000})\]\(\s*(<[^<>\n]{1,1000}>|(?:[^\s()]|\([^\s()]{0,200}\)){1,1000})(?:\s+(?:"([^"]{0,2000})"|'([^']{0,2000})'|\(([^()]{0,2000})\)))?\s*\)$/;

/** Line endings, tabs, non-breaking spaces and stray control characters made plain. */
export function normalizeText(input: string): string {
  return input
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\t\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f\u2028\u2029]/g, ' ');
}

const NUMBERED = /^(\d{1,2}|[lI]|[IVX]{1,5}|[A-H])[.)]\s+(\S.{0,200})$/;

/** Splits normalised text into blocks. */
export function toBlocks(text: string, markdown: boolean): Block[] {
  const blocks: Block[] = [];
  let current: { start: number; lines: string[]; item?: true } | undefined;
  let inFence = false;
  const flush = () => {
    if (current)
      blocks.push({
        kind: 'paragraph',
        start: current.start,
        text: current.lines.join('\n'),
        ...(current.item ? { item: true as const } : {}),
      });
    current = undefined;
  };
  let offset = 0;
  for (const line of text.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    const trimmed = line.trim();
    if (markdown && /^(```|~~~)/.test(trimmed)) {
      flush();
      inFence = !inFence;
      continue;
    }
    if (inFence) continue;
    if (trimmed === '') {
      flush();
      continue;
    }
    const lead = line.length - line.trimStart().length;
    if (markdown) {
      const h = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(trimmed);
      if (h) {
        flush();
        const start = lineStart + lead + h[1]!.length + 1;
        // "## 2. Paying for them": the number is the section's, the title the words after it.
        const n =
          h[1]!.length > 1
            ? /^(\d{1,2}(?:\.\d{1,2})*|[IVX]{1,5})[.)]?\s+(\p{L}.*)$/u.exec(h[2]!)
            : null;
        if (n)
          blocks.push({
            kind: 'heading',
            start: start + h[2]!.indexOf(n[2]!),
            text: n[2]!,
            level: h[1]!.length,
            number: n[1]!,
          });
        else blocks.push({ kind: 'heading', start, text: h[2]!, level: h[1]!.length });
        continue;
      }
      const img = IMAGE_LINE.exec(trimmed);
      if (img) {
        flush();
        const src = img[2]!.startsWith('<') ? img[2]!.slice(1, -1) : img[2]!;
        const title = img[3] ?? img[4] ?? img[5];
        blocks.push({
          kind: 'image',
          start: lineStart + lead,
          text: img[1]!.replace(/\\(.)/g, '$1'),
          src,
          ...(title !== undefined ? { title } : {}),
        });
        continue;
      }
      const fn = /^\[\^([A-Za-z0-9_-]{1,20})\]:\s*(.*)$/.exec(trimmed);
      if (fn) {
        flush();
        blocks.push({ kind: 'footnote', start: lineStart + lead, text: fn[2]!, key: fn[1]! });
        continue;
      }
      if (/^\|.*\|$/.test(trimmed)) {
        flush();
        // A pipe table: its first row is the header, a row of dashes follows it, then the body.
        const inner = trimmed.slice(1, -1);
        const cells = inner.split('|').map((c) => c.trim());
        const last = blocks[blocks.length - 1];
        const open = last?.kind === 'table' && last.start + last.text.length === lineStart - 1;
        if (open && cells.every((c) => /^:?-{2,}:?$/.test(c))) {
          last.text += '\n' + line;
        } else if (open) {
          last.text += '\n' + line;
          last.rows!.push({
            start: lineStart + line.indexOf('|') + 1 + (inner.length - inner.trimStart().length),
            text: inner.trim(),
          });
        } else {
          blocks.push({ kind: 'table', start: lineStart, text: line, header: cells, rows: [] });
        }
        continue;
      }
      if (/^([-*_])(\s*\1){2,}$/.test(trimmed)) {
        flush();
        continue;
      }
      const item = /^(?:[-*+]|\d{1,3}[.)])\s+/.exec(trimmed);
      if (item) {
        flush();
        current = {
          start: lineStart + lead + item[0].length,
          lines: [trimmed.slice(item[0].length)],
          item: true,
        };
        continue;
      }
      const quote = /^>\s?/.exec(trimmed);
      if (quote) {
        if (!current) current = { start: lineStart + lead + quote[0].length, lines: [] };
        current.lines.push(trimmed.slice(quote[0].length));
        continue;
      }
      const last = blocks[blocks.length - 1];
      if (!current && last?.kind === 'footnote' && lead > 0) {
        last.text += ' ' + trimmed;
        continue;
      }
    }
    if (!current) current = { start: lineStart + lead, lines: [] };
    current.lines.push(trimmed);
  }
  flush();
  return markdown ? blocks : plainHeadings(blocks);
}

/**
 * "Notes" on its own line with the entries right under it, no blank line between: the heading
 * and its entries are two blocks, so the entries read as the reference list they are.
 */
function splitListHeading(b: Block): Block[] {
  const nl = b.text.indexOf('\n');
  if (b.kind !== 'paragraph' || nl < 0 || !REFERENCE_HEADING.test(b.text.slice(0, nl).trim()))
    return [b];
  return [
    { kind: 'paragraph', start: b.start, text: b.text.slice(0, nl).trim() },
    { kind: 'paragraph', start: b.start + nl + 1, text: b.text.slice(nl + 1) },
  ];
}

/** Single-line blocks that read as headings: numbered ("1.", "l.", "IV."), else short and unpunctuated (or a short question). */
function plainHeadings(input: Block[]): Block[] {
  const blocks = input.flatMap(splitListHeading);
  const single = (b: Block) =>
    b.kind === 'paragraph' &&
    !b.text.includes('\n') &&
    b.text.length <= 160 &&
    b.text.split(/\s+/).length <= 20;
  const numbered = blocks.map((b) => (single(b) ? NUMBERED.exec(b.text) : null));
  // Letters A-H are headings only when several blocks use them; "I" alone could be a sentence.
  const count = numbered.filter(Boolean).length;
  const useNumbers = count >= 2 || (count === 1 && blocks.length <= 40);
  return blocks.map((b, i) => {
    const m = numbered[i];
    if (useNumbers) {
      if (single(b) && REFERENCE_HEADING.test(b.text)) return { ...b, kind: 'heading', level: 2 };
      if (m && !(/^[A-H]$/.test(m[1]!) && count < 3)) {
        return {
          kind: 'heading',
          start: b.start + m[0].indexOf(m[2]!),
          text: m[2]!,
          level: 2,
          number: m[1]!,
        };
      }
      return b;
    }
    const next = blocks[i + 1];
    const looksLikeHeading =
      single(b) &&
      b.text.split(/\s+/).length <= 12 &&
      /^[\p{Lu}\d]/u.test(b.text) &&
      !/[.,;:!"”]$/.test(b.text) &&
      // A short question is a heading too ("Did it work?"); a long one is a sentence.
      (!b.text.endsWith('?') || b.text.split(/\s+/).length <= 8) &&
      next !== undefined &&
      next.text.length > b.text.length * 1.5;
    return looksLikeHeading ? { ...b, kind: 'heading', level: 2 } : b;
  });
}
