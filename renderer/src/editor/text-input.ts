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
export function wrapSelection(el: HTMLInputElement | HTMLTextAreaElement, marker: '**' | '*'): { text: string; start: number; end: number } {
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
 * HTML it is sanitized with DOMPurify and reduced to its text, never inserted as markup.
 */
export function pastedText(e: ClipboardEvent): string {
  const plain = e.clipboardData.getData('text/plain');
  if (plain) return plain;
  const html = e.clipboardData.getData('text/html');
  if (!html) return '';
  const fragment = DOMPurify.sanitize(html, { RETURN_DOM_FRAGMENT: true });
  return fragment.textContent ?? '';
}

/**
 * Rewrites a field's text through `write` (an op applied to the deck) and puts its caret at
 * `start`–`end`. React is made to write the new value at once (flushSync), so the caret is
 * set before the next key arrives: a fast typist's next letter lands after the caret, never
 * before a caret restored a frame later.
 */
export function rewriteField(el: HTMLInputElement | HTMLTextAreaElement, write: () => void, start: number, end: number): void {
  flushSync(write);
  el.setSelectionRange(start, end);
}
