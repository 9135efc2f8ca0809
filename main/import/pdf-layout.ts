/**
 * The layout rules that turn a PDF's lines into a reading's text, page by page:
 * - running headers and footers (the same words, numbers aside, in the top or bottom margin
 *   of many pages) and page numbers go; a printed page number becomes the page's label;
 * - a page set in two columns is read left column first;
 * - a block of smaller lines at the foot of a page, each starting with a number, is footnotes;
 * - a line larger than the body (or a bold, numbered short line) is a heading; the largest on
 *   the first page is the title;
 * - lines join into paragraphs until a gap, an indent or a short line ending a sentence, and a
 *   word hyphenated across lines is joined again.
 */

export interface PdfLine {
  text: string;
  x0: number;
  x1: number;
  /** Baseline, from the bottom of the page. */
  y: number;
  size: number;
  bold: boolean;
}

export interface PdfPage {
  /** 1-based. */
  index: number;
  /** The label the document gives the page ("iv", "207"), if any. */
  label: string | undefined;
  width: number;
  height: number;
  left: number;
  bottom: number;
  lines: PdfLine[];
}

export interface PdfLayout {
  text: string;
  pages: Array<{ at: number; label: string }>;
  range: { first: string; last: string };
}

/** The share of the page's height at top and bottom where running heads and page numbers sit. */
const MARGIN = 0.1;
const PAGE_NUMBER = /^(?:page\s+)?(\d{1,4}|[ivxlc]{1,7})(?:\s+of\s+\d+)?$/i;

export function pdfLayout(pages: readonly PdfPage[]): PdfLayout {
  const body = bodySize(pages);
  const running = runningLines(pages);
  const labels = pageLabels(pages);
  const out: string[] = [];
  const starts: Array<{ at: number; label: string }> = [];
  const notes: string[] = [];
  let length = 0;
  let paragraph = '';
  let titleDone = false;
  const emit = (block: string) => {
    out.push(block, '\n\n');
    length += block.length + 2;
  };
  const flush = () => {
    if (paragraph.trim()) emit(paragraph.trim());
    paragraph = '';
  };
  let last: Last | undefined;
  const lead = lineSpacing(pages, body);
  for (const page of pages) {
    const label = labels[page.index - 1]!;
    const kept = page.lines.filter(
      (l) => !isMargin(page, l) || !(running.has(key(l.text)) || PAGE_NUMBER.test(l.text.trim())),
    );
    const { text: bodyLines, notes: pageNotes } = splitFootnotes(kept, body);
    notes.push(...pageNotes);
    // The page starts where its first words go: mid-paragraph when a sentence runs on.
    starts.push({ at: length + paragraph.length + (paragraph ? 1 : 0), label });
    for (const { line, right, left, broke } of readingOrder(page, bodyLines)) {
      const heading = isHeading(line, body);
      if (heading) {
        flush();
        const level = !titleDone && page.index === 1 ? '#' : '##';
        titleDone = true;
        // A heading set on two lines is one heading.
        const prev = out.length >= 2 ? out[out.length - 2]! : '';
        if (
          last &&
          isHeading(last.line, body) &&
          Math.abs(last.line.size - line.size) < 0.6 &&
          prev.startsWith('#') &&
          !broke
        ) {
          out[out.length - 2] = `${prev} ${line.text}`;
          length += line.text.length + 1;
        } else emit(`${level} ${line.text}`);
        last = { line, left, right };
        continue;
      }
      if (last && paragraph && startsParagraph(last, line, left, broke, body, lead)) flush();
      paragraph = join(paragraph, line.text);
      last = { line, left, right };
    }
  }
  flush();
  for (const note of notes) emit(note);
  return {
    text: out.join(''),
    pages: starts,
    range: { first: labels[0] ?? '1', last: labels[labels.length - 1] ?? String(pages.length) },
  };
}

/** The body's size: the size most characters of the document have. */
function bodySize(pages: readonly PdfPage[]): number {
  const count = new Map<number, number>();
  for (const p of pages)
    for (const l of p.lines)
      count.set(
        Math.round(l.size * 2) / 2,
        (count.get(Math.round(l.size * 2) / 2) ?? 0) + l.text.length,
      );
  return [...count].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 10;
}

const key = (text: string) => text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();

function isMargin(page: PdfPage, l: PdfLine): boolean {
  const y = l.y - page.bottom;
  return y > page.height * (1 - MARGIN) || y < page.height * MARGIN;
}

/** Lines in the margins that repeat, numbers aside, on at least two pages and 40% of them. */
function runningLines(pages: readonly PdfPage[]): Set<string> {
  const seen = new Map<string, number>();
  for (const p of pages) {
    for (const k of new Set(p.lines.filter((l) => isMargin(p, l)).map((l) => key(l.text))))
      seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  const need = Math.max(2, Math.ceil(pages.length * 0.4));
  return new Set([...seen].filter(([, n]) => n >= need).map(([k]) => k));
}

/**
 * Each page's label: the number printed in its margin when the printed numbers run in step
 * with the pages (an article's 203, 204, …), else the document's own label, else its index.
 */
function pageLabels(pages: readonly PdfPage[]): string[] {
  const printed = pages.map((p) => {
    const found = p.lines
      .filter((l) => isMargin(p, l))
      .map((l) => /^(?:page\s+)?(\d{1,4})$/i.exec(l.text.trim())?.[1])
      .find(Boolean);
    return found ? Number(found) : undefined;
  });
  const offsets = printed.map((n, i) => (n === undefined ? undefined : n - i));
  const votes = new Map<number, number>();
  for (const o of offsets) if (o !== undefined) votes.set(o, (votes.get(o) ?? 0) + 1);
  const [offset, count] = [...votes].sort((a, b) => b[1] - a[1])[0] ?? [undefined, 0];
  if (offset !== undefined && count >= Math.max(1, Math.ceil(pages.length / 2)))
    return pages.map((_, i) => String(i + offset));
  return pages.map((p, i) => p.label ?? String(i + 1));
}

/**
 * A block of lines smaller than the body at the foot of the page, the first starting with a
 * number (or a note marker): footnotes, as `[^n]: text`.
 */
function splitFootnotes(
  lines: readonly PdfLine[],
  body: number,
): { text: PdfLine[]; notes: string[] } {
  const sorted = [...lines].sort((a, b) => b.y - a.y);
  let cut = sorted.length;
  while (cut > 0 && sorted[cut - 1]!.size < body * 0.92) cut--;
  const foot = sorted.slice(cut);
  const starts = (l: PdfLine) => /^(?:\[\^\d{1,3}\]|\d{1,3}[.)]?\s)/.test(l.text);
  if (!foot.length || !starts(foot[0]!)) return { text: [...lines], notes: [] };
  const notes: string[] = [];
  for (const l of foot) {
    const m = /^(?:\[\^(\d{1,3})\]|(\d{1,3})[.)]?\s)\s*(.*)$/.exec(l.text);
    if (m) notes.push(`[^${m[1] ?? m[2]}]: ${m[3]}`);
    else if (notes.length) notes[notes.length - 1] = join(notes[notes.length - 1]!, l.text);
  }
  return { text: lines.filter((l) => !foot.includes(l)), notes };
}

interface Placed {
  line: PdfLine;
  /** The right and left edges of the column the line is in. */
  right: number;
  left: number;
  /** True for the first line after a column or page break. */
  broke: boolean;
}

/**
 * The lines in reading order. A page with two columns (most lines wholly on one side of the
 * middle, both sides well filled) is read: lines across both columns above them, the left
 * column, the right column, then lines across both below.
 */
function readingOrder(page: PdfPage, lines: readonly PdfLine[]): Placed[] {
  const mid = page.left + page.width / 2;
  const byY = [...lines].sort((a, b) => b.y - a.y || a.x0 - b.x0);
  const leftOf = byY.filter((l) => l.x1 <= mid + page.width * 0.02);
  const rightOf = byY.filter((l) => l.x0 >= mid - page.width * 0.02);
  const across = byY.filter((l) => !leftOf.includes(l) && !rightOf.includes(l));
  const twoColumns =
    leftOf.length >= 3 && rightOf.length >= 3 && leftOf.length + rightOf.length >= byY.length * 0.6;
  const edges = (ls: readonly PdfLine[]) => ({
    left: Math.min(...ls.map((l) => l.x0)),
    right: Math.max(...ls.map((l) => l.x1)),
  });
  if (!twoColumns) {
    const e = edges(byY);
    return byY.map((line, i) => ({ line, ...e, broke: i === 0 }));
  }
  const top = Math.max(...leftOf.map((l) => l.y), ...rightOf.map((l) => l.y));
  const above = across.filter((l) => l.y > top);
  const below = across.filter((l) => l.y <= top);
  const place = (ls: readonly PdfLine[]) => {
    const e = ls.length ? edges(ls) : { left: 0, right: 0 };
    return ls.map((line, i) => ({ line, ...e, broke: i === 0 }));
  };
  return [...place(above), ...place(leftOf), ...place(rightOf), ...place(below)];
}

function isHeading(l: PdfLine, body: number): boolean {
  if (l.text.length > 160 || !/\p{L}/u.test(l.text)) return false;
  if (l.size >= body * 1.15) return true;
  // A short bold line that is numbered or has no sentence end: "2 Methods", "Results".
  return (
    l.bold &&
    l.text.length <= 80 &&
    !/[.,;:]$/.test(l.text) &&
    (/^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.)\s+\p{Lu}/u.test(l.text) ||
      l.text.split(' ').length <= 6)
  );
}

interface Last {
  line: PdfLine;
  left: number;
  right: number;
}

/** The usual distance between the baselines of two body lines of one paragraph. */
function lineSpacing(pages: readonly PdfPage[], body: number): number {
  const gaps: number[] = [];
  for (const p of pages) {
    const lines = p.lines.filter((l) => Math.abs(l.size - body) < 0.6).sort((a, b) => b.y - a.y);
    for (let i = 1; i < lines.length; i++) {
      const gap = lines[i - 1]!.y - lines[i]!.y;
      if (gap > body * 0.8 && gap < body * 3) gaps.push(gap);
    }
  }
  gaps.sort((a, b) => a - b);
  return gaps[Math.floor(gaps.length / 2)] ?? body * 1.3;
}

/**
 * Whether `line` starts a new paragraph after `last`: after a gap wider than the usual line
 * spacing, at an indent after a sentence's end, or after a sentence ending well short of the
 * column's edge (a paragraph's last line). Across a column or page break, only the last.
 */
function startsParagraph(
  last: Last,
  line: PdfLine,
  left: number,
  broke: boolean,
  body: number,
  lead: number,
): boolean {
  const endsSentence = /[.!?:"”’)]$/.test(last.line.text);
  const short = last.line.x1 < last.right - Math.max(body * 3, (last.right - last.left) * 0.3);
  if (broke) return endsSentence && short;
  if (last.line.y - line.y > lead * 1.3) return true;
  if (endsSentence && line.x0 > left + body * 0.8) return true;
  return endsSentence && short;
}

/** Joins a line onto a paragraph: a word broken by a hyphen across lines is made whole. */
function join(paragraph: string, line: string): string {
  if (!paragraph) return line;
  if (/\p{Ll}[-\u00ad]$/u.test(paragraph) && /^\p{Ll}/u.test(line))
    return paragraph.slice(0, -1) + line;
  return `${paragraph} ${line}`;
}
