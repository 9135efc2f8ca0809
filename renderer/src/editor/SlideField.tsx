/**
 * The field drawn in place of a text on the large slide while it is edited there: a textarea
 * that inherits the slide's type (font, size, weight, colour) and grows with its text, so it
 * wraps as the slide does. Every change is the same named op the inspector dispatches.
 *
 * Keys: Enter adds a bullet after this one (in a title, goes on to the next text; in a
 * subtitle, attribution or caption, ends editing; in a quote or text block, starts a new
 * paragraph); Tab and Shift+Tab nest and un-nest a bullet where they can and otherwise leave
 * the field as Tab does everywhere;
 * Ctrl/Cmd+B and +I toggle Markdown emphasis; Backspace in an empty bullet removes it;
 * ↑ at the start or ↓ at the end goes to the text above or below; Esc ends editing.
 */
import { useLayoutEffect, useRef, type ClipboardEvent, type KeyboardEvent } from 'react';
import type { BulletItem, DeckMeta, Slide } from '../../../common/deck/schema';
import { pasteLine, pasteText, type Op } from '../../../common/ops';
import type { EditTarget } from '../../../common/render/edit-slot';
import { focusNextTabbable } from '../app/focus';
import { canNest } from './BulletsEditor';
import { emphasisMarker, pastedText, rewriteField, wrapSelection } from './text-input';

/** Where the caret goes when a field opens: an offset in the stored text, or its end. */
export type Caret = number | 'end';

export interface SlideFieldProps {
  meta: DeckMeta;
  slide: Slide;
  target: EditTarget;
  /** Its accessible name: "Slide title", "Bullet 3", … */
  label: string;
  caret: Caret;
  apply: (op: Op) => boolean;
  newId: (kind: 'bullet') => string;
  /** Opens another text of this slide for editing, or the one before or after this one. */
  go: (to: EditTarget | 'next' | 'previous', caret: Caret) => void;
  /** Ends editing; focus goes back to the slide unless it already went elsewhere. */
  leave: (refocus: boolean) => void;
}

/** A bullet of the slide with its depth and its index among its siblings (what `canNest` needs). */
function findItem(
  slide: Slide,
  id: string,
): { item: BulletItem; depth: number; sibling: number } | undefined {
  const walk = (
    items: readonly BulletItem[],
    depth: number,
  ): { item: BulletItem; depth: number; sibling: number } | undefined => {
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      if (item.id === id) return { item, depth, sibling: i };
      const below = walk(item.children, depth + 1);
      if (below) return below;
    }
    return undefined;
  };
  for (const block of slide.blocks) {
    const found = block.type === 'bullets' ? walk(block.items, 0) : undefined;
    if (found) return found;
  }
  return undefined;
}

interface Text {
  value: string;
  set: (text: string) => Op;
  /** Single-line texts reduce a paste to one line. */
  line: boolean;
  placeholder?: string;
  bullet?: { item: BulletItem; depth: number; sibling: number };
}

function textOf(meta: DeckMeta, slide: Slide, t: EditTarget): Text | undefined {
  const slideId = slide.id;
  switch (t.kind) {
    case 'title':
      return {
        value: slide.title,
        set: (title) => ({ op: 'slide/set-title', args: { slideId, title } }),
        line: true,
        ...(slide.layout === 'title' ? { placeholder: meta.title } : {}),
      };
    case 'subtitle':
      return {
        value: slide.subtitle ?? '',
        set: (subtitle) => ({ op: 'slide/set-subtitle', args: { slideId, subtitle } }),
        line: true,
        ...(slide.layout === 'title' && meta.subtitle ? { placeholder: meta.subtitle } : {}),
      };
    case 'bullet': {
      const place = findItem(slide, t.id);
      if (!place) return undefined;
      return {
        value: place.item.text,
        set: (text) => ({ op: 'bullet/set-text', args: { slideId, bulletId: t.id, text } }),
        line: true,
        bullet: place,
      };
    }
    case 'quote': {
      const block = slide.blocks.find((b) => b.id === t.id);
      if (block?.type !== 'quote') return undefined;
      return {
        value: block.text,
        set: (text) => ({ op: 'quote/set-text', args: { slideId, blockId: t.id, text } }),
        line: false,
      };
    }
    case 'attribution': {
      const block = slide.blocks.find((b) => b.id === t.id);
      if (block?.type !== 'quote') return undefined;
      return {
        value: block.attribution ?? '',
        set: (attribution) => ({
          op: 'quote/set-attribution',
          args: { slideId, blockId: t.id, attribution },
        }),
        line: true,
      };
    }
    case 'text': {
      const block = slide.blocks.find((b) => b.id === t.id);
      if (block?.type !== 'text') return undefined;
      return {
        value: block.text,
        set: (text) => ({ op: 'text/set-text', args: { slideId, blockId: t.id, text } }),
        line: false,
      };
    }
    case 'caption': {
      const block = slide.blocks.find((b) => b.id === t.id);
      if (block?.type !== 'figure') return undefined;
      return {
        value: block.caption,
        set: (caption) => ({ op: 'figure/set-caption', args: { slideId, blockId: t.id, caption } }),
        line: true,
      };
    }
  }
}

export function SlideField({
  meta,
  slide,
  target,
  label,
  caret,
  apply,
  newId,
  go,
  leave,
}: SlideFieldProps) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const text = textOf(meta, slide, target);
  // Focus and caret once, when the field opens; later renders keep the caret where typing put it.
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.focus({ preventScroll: true });
    const at = caret === 'end' ? el.value.length : Math.min(caret, el.value.length);
    el.setSelectionRange(at, at);
    // Opening a field is not a change: only its mount counts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  if (!text) return null;
  const slideId = slide.id;

  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (!text) return;
    const el = e.currentTarget;
    const marker = emphasisMarker(e);
    const collapsed = el.selectionStart === el.selectionEnd;
    const bullet = text.bullet;
    const plainKey = !e.ctrlKey && !e.metaKey && !e.altKey;
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      leave(true);
    } else if (marker) {
      e.preventDefault();
      const next = wrapSelection(el, marker);
      rewriteField(el, () => apply(text.set(next.text)), next.start, next.end);
    } else if (e.key === 'Tab' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      focusNextTabbable(el, e.shiftKey);
    } else if (e.key === 'Tab' && bullet && !e.altKey && canNest(bullet, e.shiftKey)) {
      e.preventDefault();
      // Nesting moves the bullet to another list, so its field is drawn anew: keep the caret.
      if (
        apply({
          op: e.shiftKey ? 'bullet/outdent' : 'bullet/indent',
          args: { slideId, bulletId: bullet.item.id },
        })
      )
        go(target, el.selectionStart);
    } else if (e.key === 'Enter' && plainKey && !e.shiftKey && text.line) {
      e.preventDefault();
      if (bullet) {
        const id = newId('bullet');
        if (apply({ op: 'bullet/add', args: { slideId, after: bullet.item.id, id } }))
          go({ kind: 'bullet', id }, 'end');
      } else if (target.kind === 'title') go('next', 'end');
      else leave(true);
    } else if (
      e.key === 'Enter' &&
      plainKey &&
      !e.shiftKey &&
      (target.kind === 'quote' || target.kind === 'text')
    ) {
      // The slide starts a paragraph at a blank line, so Enter makes one: what the
      // field shows as a new line is a new line on the slide too.
      e.preventDefault();
      const start = el.selectionStart;
      rewriteField(
        el,
        () => apply(text.set(el.value.slice(0, start) + '\n\n' + el.value.slice(el.selectionEnd))),
        start + 2,
        start + 2,
      );
    } else if (e.key === 'Enter' && text.line && !e.ctrlKey && !e.metaKey) {
      // Shift+Enter or Alt+Enter: no line break in a one-line text.
      e.preventDefault();
    } else if (e.key === 'Backspace' && plainKey && bullet && el.value === '') {
      e.preventDefault();
      if (apply({ op: 'bullet/delete', args: { slideId, bulletId: bullet.item.id } }))
        go('previous', 'end');
    } else if (
      e.key === 'ArrowUp' &&
      plainKey &&
      !e.shiftKey &&
      collapsed &&
      el.selectionStart === 0
    ) {
      e.preventDefault();
      go('previous', 'end');
    } else if (
      e.key === 'ArrowDown' &&
      plainKey &&
      !e.shiftKey &&
      collapsed &&
      el.selectionEnd === el.value.length
    ) {
      e.preventDefault();
      go('next', 0);
    }
  }

  function onPaste(e: ClipboardEvent<HTMLTextAreaElement>) {
    if (!text) return;
    const pasted = pastedText(e);
    e.preventDefault();
    if (text.bullet && /\r|\n/.test(pasted.trim())) {
      apply({ op: 'bullet/paste', args: { slideId, after: text.bullet.item.id, text: pasted } });
      return;
    }
    const el = e.currentTarget;
    const start = el.selectionStart;
    const piece = text.line ? pasteLine(pasted, { markdown: true }) : pasteText(pasted);
    rewriteField(
      el,
      () => apply(text.set(el.value.slice(0, start) + piece + el.value.slice(el.selectionEnd))),
      start + piece.length,
      start + piece.length,
    );
  }

  return (
    <textarea
      ref={ref}
      className="lectern-edit-field"
      aria-label={label}
      rows={1}
      value={text.value}
      placeholder={text.placeholder}
      maxLength={text.line ? 2000 : undefined}
      spellCheck
      onChange={(e) =>
        apply(
          text.set(
            text.line ? e.currentTarget.value.replace(/\r?\n/g, ' ') : e.currentTarget.value,
          ),
        )
      }
      onKeyDown={onKeyDown}
      onPaste={onPaste}
      // Focus went elsewhere (Tab out, a click outside the text): editing ends. Checked a frame
      // later: a field replaced by another (Enter, ↑/↓, a bullet nested) hands focus on first.
      onBlur={() =>
        requestAnimationFrame(
          () => document.activeElement?.classList.contains('lectern-edit-field') || leave(false),
        )
      }
    />
  );
}
