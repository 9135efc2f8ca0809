/**
 * Keyboard and clipboard helpers for the editor's text fields, in the inspector and on the
 * slide: Ctrl/Cmd+B and +I toggle Markdown markers around the selection, and a paste is
 * reduced to plain text before any op sees it.
 */
import DOMPurify from 'dompurify';
import type { ClipboardEvent, KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { toggleEmphasis } from './emphasis';

/** Toggles `marker` (e.g. `**`) around the field's selection; an empty selection gets a pair with the caret inside. */
export function wrapSelection(
  el: HTMLInputElement | HTMLTextAreaElement,
  marker: '**' | '*',
): { text: string; start: number; end: number } {
  const start = el.selectionStart ?? el.value.length;
  return toggleEmphasis(el.value, start, el.selectionEnd ?? start, marker);
}

/** The marker Ctrl/Cmd+B or +I stands for, or null for any other key. */
export function emphasisMarker(e: KeyboardEvent): '**' | '*' | null {
  if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey) return null;
  const k = e.key.toLowerCase();
  return k === 'b' ? '**' : k === 'i' ? '*' : null;
}

/**
 * The plain text of a paste. The clipboard's text/plain wins; when a source offers only
 * HTML it is sanitized with DOMPurify and reduced to its text, never inserted as markup,
 * with its lines kept as a browser shows them (see `textOf`): each field's paste path then
 * takes it as it takes multi-line text/plain (one bullet a line, paragraphs in notes, words
 * apart in a one-line field).
 */
export function pastedText(e: ClipboardEvent): string {
  const plain = e.clipboardData.getData('text/plain');
  if (plain) return plain;
  const html = e.clipboardData.getData('text/html');
  if (!html) return '';
  const fragment = DOMPurify.sanitize(html, { RETURN_DOM_FRAGMENT: true });
  return textOf(fragment);
}

/** Elements a browser shows as blocks of their own (display: block, list-item, table…). */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'legend',
  'li',
  'listing',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'plaintext',
  'pre',
  'section',
  'summary',
  'table',
  'tr',
  'ul',
  'xmp',
]);
/** Elements whose text keeps its spaces and line breaks (white-space: pre). */
const PRE = new Set(['pre', 'listing', 'plaintext', 'xmp', 'textarea']);
/** Elements a browser never shows. */
const UNSHOWN = new Set([
  'head',
  'link',
  'meta',
  'noscript',
  'script',
  'style',
  'template',
  'title',
]);

type WhiteSpace = 'collapse' | 'pre' | 'pre-line';

/**
 * The text of sanitized HTML as a browser's innerText gives it (the fragment is not laid
 * out, so the HTML's own elements stand in for CSS): a block starts and ends a line, a
 * paragraph stands apart by a blank line, <br> breaks the line, a table's rows are lines with
 * a tab between cells, inline elements (b, i, span, a) add nothing, and runs of spaces and
 * source newlines are one space, none at the start or end of a line; <pre> (and an inline
 * `white-space: pre…`) keeps its own. Unlike innerText, and as on screen, a <br> that ends
 * a block adds no empty line of its own; no line break starts or ends the text.
 */
export function textOf(root: Node): string {
  const out: string[] = [];
  let newlines = 0; // line breaks at the end of what is written (0: the line has text)
  let tab = false; // what is written ends with a cell's tab
  let breaks = 0; // line breaks a block asks for before the next text
  let space = false; // a collapsed space owed before the next text on the line

  const put = (s: string) => {
    if (out.length) {
      if (breaks > newlines) {
        out.push('\n'.repeat(breaks - newlines));
        newlines = breaks;
      } else if (space && newlines === 0 && !tab) out.push(' ');
    }
    breaks = 0;
    space = false;
    out.push(s);
    const trailing = /\n*$/.exec(s)![0].length;
    newlines = trailing === s.length ? newlines + trailing : trailing;
    tab = s.endsWith('\t');
  };
  const lineBreak = () => {
    space = false;
    put('\n');
  };
  const block = (n: number) => {
    breaks = Math.max(breaks, n);
    space = false;
  };
  const text = (raw: string, ws: WhiteSpace) => {
    if (ws === 'pre') {
      raw
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .forEach((line, i) => {
          if (i > 0) lineBreak();
          if (line) put(line);
        });
      return;
    }
    const lines = ws === 'pre-line' ? raw.replace(/\r\n?/g, '\n').split('\n') : [raw];
    lines.forEach((line, i) => {
      if (i > 0) lineBreak();
      const s = line.replace(/[ \t\n\r\f]+/g, ' ');
      if (s.startsWith(' ')) space = true;
      const words = s.replace(/^ | $/g, '');
      if (words) put(words);
      if (s.endsWith(' ')) space = true;
    });
  };
  const walk = (node: Node, ws: WhiteSpace) => {
    if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.CDATA_SECTION_NODE) {
      text(node.nodeValue ?? '', ws);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE && node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE)
      return;
    const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : null;
    const name = el?.localName ?? '';
    if (el) {
      const style = el instanceof HTMLElement ? el.style : null;
      if (
        UNSHOWN.has(name) ||
        el.hasAttribute('hidden') ||
        style?.getPropertyValue('display') === 'none'
      )
        return;
      if (name === 'br') return lineBreak();
      const css = style?.getPropertyValue('white-space') ?? '';
      if (PRE.has(name) || css === 'pre' || css === 'pre-wrap' || css === 'break-spaces')
        ws = 'pre';
      else if (css === 'pre-line') ws = 'pre-line';
      else if (css === 'normal' || css === 'nowrap') ws = 'collapse';
    }
    const lines = name === 'p' ? 2 : BLOCKS.has(name) ? 1 : 0;
    if (lines) block(lines);
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child, ws);
    if (lines) block(lines);
    if ((name === 'td' || name === 'th') && laterCell(el!)) {
      space = false;
      put('\t');
    }
  };
  walk(root, 'collapse');
  return out.join('').replace(/^\n+|\n+$/g, '');
}

/** Whether a table cell has another cell after it in its row. */
function laterCell(cell: Element): boolean {
  for (let next = cell.nextElementSibling; next; next = next.nextElementSibling) {
    if (next.localName === 'td' || next.localName === 'th') return true;
  }
  return false;
}

/**
 * Rewrites a field's text through `write` (an op applied to the deck) and puts its caret at
 * `start`–`end`. React is made to write the new value at once (flushSync), so the caret is
 * set before the next key arrives: a fast typist's next letter lands after the caret, never
 * before a caret restored a frame later.
 */
export function rewriteField(
  el: HTMLInputElement | HTMLTextAreaElement,
  write: () => void,
  start: number,
  end: number,
): void {
  flushSync(write);
  el.setSelectionRange(start, end);
}
