/**
 * Text from outside (a paste, a keystroke) reduced to what the deck schema allows.
 *
 * Two strengths. `toLine`/`toText` are for typing: they only remove what the schema forbids
 * and cut to the limit, so a trailing space the lecturer just typed survives. The `paste*`
 * functions are for pasted text: they also collapse whitespace, drop invisible characters
 * and, outside bullets, Markdown markup. Plain text only: any HTML is stripped by the
 * renderer (DOMPurify) before it reaches here, and nothing here ever produces markup.
 */

/** Field limits of deck schema v1 (common/deck/schema.ts). */
export const LIMITS = {
  line: 2000,
  text: 200_000,
  pages: 100,
  referenceLabel: 200,
  referenceText: 5000,
  alt: 5000,
  bulletsPerList: 100,
  childrenPerBullet: 50,
} as const;

// Bidi overrides and isolates can make text read differently than it is stored ("Trojan
// Source"); zero-width spaces, BOMs and soft hyphens are invisible noise from web pages.
// ZWJ/ZWNJ stay: emoji and several scripts need them.
const INVISIBLE = /[\u00ad\u200b\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;

/** Cuts `text` to at most `max` UTF-16 units without splitting a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return text.slice(0, end);
}

/** One line as typed: line breaks and tabs become spaces, other control characters go. */
export function toLine(text: string, max: number = LIMITS.line): string {
  return truncate(text.replace(/[\t\n\r]/g, ' ').replace(/[\u0000-\u001f\u007f]/g, ''), max);
}

/** Multi-line text as typed (notes, alt text): keeps tabs and newlines (as \n), drops other controls. */
export function toText(text: string, max: number = LIMITS.text): string {
  return truncate(
    text.replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, ''),
    max,
  );
}

/** Removes inline Markdown markup, keeping the words: `**a** [b](c)` → `a b`. */
export function stripInlineMarkdown(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/\*(?=\S)([^*]+?)(?<=\S)\*/g, '$1')
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]+?)(?<=\S)_(?![\p{L}\p{N}_])/gu, '$1$2');
}

export interface PasteLineOptions {
  max?: number;
  /** Keep inline Markdown (bullets only); elsewhere it is reduced to its words. */
  markdown?: boolean;
}

/** Pasted text for a single-line field: one line, whitespace collapsed, trimmed, cut to size. */
export function pasteLine(text: string, options: PasteLineOptions = {}): string {
  let line = text.normalize('NFC').replace(INVISIBLE, '');
  line = line
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  if (!options.markdown) line = stripInlineMarkdown(line);
  return truncate(line, options.max ?? LIMITS.line).trimEnd();
}

/** Pasted text for a multi-line field (notes): newlines kept, runs of blank lines at most one. */
export function pasteText(text: string, max: number = LIMITS.text): string {
  const lines = toText(text.normalize('NFC').replace(INVISIBLE, ''), Number.MAX_SAFE_INTEGER)
    .split('\n')
    .map((l) => l.replace(/[^\S\n\t]+/gu, ' ').trimEnd());
  return truncate(
    lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim(),
    max,
  );
}

/** A bullet made from one pasted line; `depth` is relative (0 = the level pasted at). */
export interface PastedBullet {
  text: string;
  depth: number;
}

// "- ", "* ", "• ", "1. ", "2) " and friends at the start of a pasted line.
const LIST_MARKER = /^(?:[-*+•◦▪‣–—]|\d{1,3}[.)])\s+/u;

/**
 * A multi-line paste as bullets: one per non-blank line, list markers removed, indentation
 * read as nesting (each step in at most one level deeper than the line before), inline
 * Markdown kept. At most `max` bullets.
 */
export function pasteBullets(text: string, max: number = LIMITS.bulletsPerList): PastedBullet[] {
  const out: PastedBullet[] = [];
  const widths: number[] = [];
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.replace(INVISIBLE, '');
    if (line.trim() === '') continue;
    const indent = /^[ \t\u00a0]*/.exec(line)![0].replace(/\t/g, '    ').length;
    while (widths.length && widths[widths.length - 1]! > indent) widths.pop();
    if (!widths.length || widths[widths.length - 1]! < indent) widths.push(indent);
    const body = pasteLine(line.trim().replace(LIST_MARKER, ''), { markdown: true });
    if (body === '') continue;
    out.push({ text: body, depth: widths.length - 1 });
    if (out.length >= max) break;
  }
  return out;
}
