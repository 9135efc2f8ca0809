/**
 * Keyboard and clipboard helpers for the inspector's text fields: Ctrl/Cmd+B and +I wrap the
 * selection in Markdown markers, and a paste is reduced to plain text before any op sees it.
 */
import DOMPurify from 'dompurify';
import type { ClipboardEvent, KeyboardEvent } from 'react';

/** Wraps the field's selection in `marker` (e.g. `**`), or inserts a pair and puts the caret inside. */
export function wrapSelection(el: HTMLInputElement | HTMLTextAreaElement, marker: string): { text: string; start: number; end: number } {
  const start = el.selectionStart ?? el.value.length;
  const end = el.selectionEnd ?? start;
  const v = el.value;
  const text = v.slice(0, start) + marker + v.slice(start, end) + marker + v.slice(end);
  return { text, start: start + marker.length, end: end + marker.length };
}

/** The marker Ctrl/Cmd+B or +I stands for, or null for any other key. */
export function emphasisMarker(e: KeyboardEvent): string | null {
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

/** Puts the caret of a field at `start`–`end` after React has written its new value. */
export function restoreSelection(el: HTMLInputElement | HTMLTextAreaElement | null, start: number, end: number): void {
  if (!el) return;
  requestAnimationFrame(() => el.setSelectionRange(start, end));
}
