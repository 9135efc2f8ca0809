/**
 * Editing text in place on the editor's large slide. The slide component knows nothing of
 * fields or ops: it marks each editable text with `data-edit` (only when given a slot) and,
 * for the one text being edited, renders whatever the slot's `field` returns in its place,
 * inside the same heading, list item or quote, so the field inherits the theme's type.
 */
import type { ReactNode } from 'react';
import type { Slide } from '../deck/schema';

/** A text of a slide that can be edited in place. */
export type EditTarget =
  | { kind: 'title' }
  | { kind: 'subtitle' }
  | { kind: 'bullet'; id: string }
  | { kind: 'quote'; id: string }
  | { kind: 'attribution'; id: string }
  | { kind: 'text'; id: string }
  | { kind: 'caption'; id: string };

/** What the editor hands the slide component; thumbnails, presenting and export pass none. */
export interface EditSlot {
  /** The target being edited now, if any. */
  active: EditTarget | undefined;
  /** The field drawn in place of the active target's text. */
  field: (target: EditTarget) => ReactNode;
}

/** The `data-edit` value of a target: "title", "bullet:<id>", … */
export function editKey(t: EditTarget): string {
  return t.kind === 'title' || t.kind === 'subtitle' ? t.kind : `${t.kind}:${t.id}`;
}

/** The target a `data-edit` value names, or undefined for anything else. */
export function parseEditKey(key: string | null | undefined): EditTarget | undefined {
  if (key === 'title' || key === 'subtitle') return { kind: key };
  const m = /^(bullet|quote|attribution|text|caption):(.+)$/.exec(key ?? '');
  return m
    ? { kind: m[1] as 'bullet' | 'quote' | 'attribution' | 'text' | 'caption', id: m[2]! }
    : undefined;
}

/** The field to draw for `target` when it is the one being edited, else undefined. */
export function slotField(slot: EditSlot | undefined, target: EditTarget): ReactNode | undefined {
  if (!slot?.active || editKey(slot.active) !== editKey(target)) return undefined;
  return slot.field(target);
}

/** Each bullet's 1-based place on the slide, counting every bullets block and level in reading order. */
export function bulletNumbers(slide: Slide): Map<string, number> {
  const out = new Map<string, number>();
  const walk = (
    items: readonly {
      id: string;
      children: readonly { id: string; children: readonly unknown[] }[];
    }[],
  ): void => {
    for (const item of items) {
      out.set(item.id, out.size + 1);
      walk(item.children as typeof items);
    }
  };
  for (const block of slide.blocks) if (block.type === 'bullets') walk(block.items);
  return out;
}

/** Whether `target` still names a text of `slide` (an undo may have taken its bullet or block away). */
export function targetExists(slide: Slide, target: EditTarget): boolean {
  switch (target.kind) {
    case 'title':
    case 'subtitle':
      return true;
    case 'bullet':
      return bulletNumbers(slide).has(target.id);
    case 'quote':
    case 'attribution':
      return slide.blocks.some((b) => b.id === target.id && b.type === 'quote');
    case 'text':
      return slide.blocks.some((b) => b.id === target.id && b.type === 'text');
    case 'caption':
      return slide.blocks.some((b) => b.id === target.id && b.type === 'figure');
  }
}

/**
 * Where in `source` (the stored text, inline Markdown) the caret goes when the lecturer
 * clicked after `shown` (the rendered text up to the click): the characters of `shown` are
 * found in order in `source`, skipping Markdown markers; any run of white space matches any.
 */
export function sourceOffset(source: string, shown: string): number {
  let i = 0;
  for (const ch of shown) {
    const space = /\s/.test(ch);
    while (i < source.length && (space ? !/\s/.test(source[i]!) : source[i] !== ch)) i++;
    if (i >= source.length) return source.length;
    i++;
    if (space) while (i < source.length && /\s/.test(source[i]!)) i++;
  }
  return i;
}
