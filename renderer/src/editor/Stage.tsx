/**
 * The current slide, large and at its true aspect ratio, with its speaker notes below. Its
 * texts are edited in place: a click on the title, subtitle, a bullet, a quote, its
 * attribution, a text block or a caption
 * (or Enter on the focused slide, for the title) opens a field there (see SlideField); Esc
 * closes it and focus is back on the slide.
 */
import {
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import type { BulletItem, Deck, Slide } from '../../../common/deck/schema';
import type { SlideRenderContext } from '../../../common/render/context';
import {
  bulletNumbers,
  editKey,
  parseEditKey,
  sourceOffset,
  targetExists,
  type EditSlot,
  type EditTarget,
} from '../../../common/render/edit-slot';
import { pasteText, type Op } from '../../../common/ops';
import { SlideFrame } from '../app/SlideFrame';
import { newId } from './new-id';
import { SlideField, type Caret } from './SlideField';
import { pastedText } from './text-input';
import './slide-editing.css';

/** The stage's element id: edits made on the slide bring focus back here after undo when their field is closed. */
export const STAGE_ID = 'lectern-stage';

interface Editing {
  slideId: string;
  target: EditTarget;
  caret: Caret;
}

export interface StageProps {
  deck: Deck;
  slide: Slide | undefined;
  index: number;
  ctx: SlideRenderContext;
  apply: (op: Op) => boolean;
  /** `apply` for edits typed on the slide (their undo comes back to the slide). */
  applyInPlace: (op: Op) => boolean;
}

function labelOf(slide: Slide, t: EditTarget): string {
  switch (t.kind) {
    case 'title':
      return 'Slide title';
    case 'subtitle':
      return 'Slide subtitle';
    case 'bullet':
      return `Bullet ${bulletNumbers(slide).get(t.id) ?? ''}`.trim();
    case 'quote':
      return 'Quote';
    case 'attribution':
      return 'Quote attribution';
    case 'text':
      return 'Text';
    case 'caption':
      return 'Figure caption';
  }
}

/** Where in the stored text a click at (x, y) on `host` (a `data-edit` element) puts the caret. */
function clickCaret(host: Element, source: string, x: number, y: number): Caret {
  const pos = document.caretPositionFromPoint?.(x, y);
  if (!pos || !host.contains(pos.offsetNode)) return 'end';
  const holder = pos.offsetNode instanceof Element ? pos.offsetNode : pos.offsetNode.parentElement;
  // A click on the citation mark or on a sub-bullet's area of a bullet: the end of its own text.
  if (
    holder &&
    holder !== host &&
    holder.closest('sup, ul, ol') &&
    host.contains(holder.closest('sup, ul, ol'))
  )
    return 'end';
  const range = document.createRange();
  range.setStart(host, 0);
  range.setEnd(pos.offsetNode, pos.offset);
  return sourceOffset(source, range.toString());
}

/** The stored text of a target, to place a click's caret in. */
function sourceOf(slide: Slide, t: EditTarget): string {
  if (t.kind === 'title') return slide.title;
  if (t.kind === 'subtitle') return slide.subtitle ?? '';
  const block = slide.blocks.find((b) => b.id === t.id);
  if (t.kind === 'quote') return block?.type === 'quote' ? block.text : '';
  if (t.kind === 'attribution') return block?.type === 'quote' ? (block.attribution ?? '') : '';
  if (t.kind === 'text') return block?.type === 'text' ? block.text : '';
  if (t.kind === 'caption') return block?.type === 'figure' ? block.caption : '';
  const find = (items: readonly BulletItem[]): string | undefined => {
    for (const i of items) {
      const found = i.id === t.id ? i.text : find(i.children);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  for (const b of slide.blocks) {
    const found = b.type === 'bullets' ? find(b.items) : undefined;
    if (found !== undefined) return found;
  }
  return '';
}

export function Stage({ deck, slide, index, ctx, apply, applyInPlace }: StageProps) {
  const box = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState(400);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const update = () => setHeight(el.clientHeight - 8);
    update();
    const ro = new ResizeObserver(update);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const [editing, setEditing] = useState<Editing | undefined>();
  // Another slide shown, or the text gone (an undo took its bullet away): nothing is being edited.
  const active =
    editing && slide && editing.slideId === slide.id && targetExists(slide, editing.target)
      ? editing
      : undefined;
  const slideRef = useRef(slide);
  useLayoutEffect(() => {
    slideRef.current = slide;
  });

  const open = useCallback((target: EditTarget, caret: Caret) => {
    const s = slideRef.current;
    if (s) setEditing({ slideId: s.id, target, caret });
  }, []);

  /** The texts of the slide as drawn, in reading order, by their `data-edit` keys. */
  const keysInOrder = (): string[] =>
    [...(box.current?.querySelectorAll('[data-edit]') ?? [])].map((el) =>
      el.getAttribute('data-edit')!,
    );

  /** Ends editing of `from` (a blur of a field already replaced by another is ignored). */
  const leaveFrom = useCallback((from: EditTarget, refocus: boolean) => {
    setEditing((e) => (e && editKey(e.target) === editKey(from) ? undefined : e));
    if (refocus) box.current?.focus({ preventScroll: true });
  }, []);

  const go = useCallback(
    (from: EditTarget, to: EditTarget | 'next' | 'previous', caret: Caret) => {
      const s = slideRef.current;
      if (!s) return;
      if (typeof to !== 'string') return open(to, caret);
      if (
        to === 'next' &&
        from.kind === 'title' &&
        (s.layout === 'title' || s.layout === 'section')
      )
        return open({ kind: 'subtitle' }, caret);
      const keys = keysInOrder();
      const i = keys.indexOf(editKey(from));
      const next = parseEditKey(keys[to === 'next' ? i + 1 : i - 1]);
      if (i >= 0 && next) open(next, caret);
      else if (to === 'previous' && from.kind === 'bullet') leaveFrom(from, true);
    },
    [open, leaveFrom],
  );

  const edit = useMemo<EditSlot>(
    () => ({
      active: active?.target,
      field: (target) =>
        slide && active ? (
          <SlideField
            key={editKey(target)}
            meta={deck.meta}
            slide={slide}
            target={target}
            label={labelOf(slide, target)}
            caret={active.caret}
            apply={applyInPlace}
            newId={newId}
            go={(to, caret) => go(target, to, caret)}
            leave={(refocus) => leaveFrom(target, refocus)}
          />
        ) : null,
    }),
    // The field reads the slide and the deck's meta only; typing elsewhere in the deck keeps this slot.
    [active, slide, deck.meta, applyInPlace, go, leaveFrom],
  );

  function onMouseDown(e: MouseEvent<HTMLDivElement>) {
    if (e.button !== 0 || !slide) return;
    const host = (e.target as Element).closest('[data-edit]');
    if (
      !host ||
      !box.current?.contains(host) ||
      (e.target as Element).closest('.lectern-edit-field')
    )
      return;
    // Keep focus from landing on the stage: the field takes it as it opens.
    e.preventDefault();
    // A click beside the open field (on its bullet's citation mark) keeps editing it.
    const field = host.querySelector<HTMLElement>(':scope > .lectern-edit-field');
    if (field) return field.focus();
    const target = parseEditKey(host.getAttribute('data-edit'));
    if (target) open(target, clickCaret(host, sourceOf(slide, target), e.clientX, e.clientY));
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.target !== e.currentTarget || !slide) return;
    if (
      (e.key === 'Enter' || e.key === 'F2') &&
      !e.ctrlKey &&
      !e.metaKey &&
      !e.altKey &&
      !e.shiftKey
    ) {
      e.preventDefault();
      open({ kind: 'title' }, 'end');
    }
  }

  return (
    <main className="stage-pane">
      {/* The slide is focusable so that Enter can start editing it; its hint says so to screen readers. */}
      <div
        className="stage"
        ref={box}
        id={STAGE_ID}
        aria-label="Current slide"
        role="region"
        tabIndex={slide ? 0 : -1}
        aria-describedby={slide ? 'stage-hint' : undefined}
        onMouseDown={onMouseDown}
        onKeyDown={onKeyDown}
      >
        {slide ? (
          <SlideFrame
            slide={slide}
            deck={deck}
            index={index}
            ctx={ctx}
            mode="edit"
            maxHeight={height}
            edit={edit}
          />
        ) : (
          <p className="muted">This deck has no slides. Add one with “New slide”.</p>
        )}
      </div>
      <p id="stage-hint" className="visually-hidden">
        Press Enter to edit the slide&apos;s text, or click a text. Esc stops editing.
      </p>
      {slide && (
        <label className="notes-field">
          <span>Speaker notes</span>
          <textarea
            rows={4}
            value={slide.notes}
            onChange={(e) =>
              apply({
                op: 'slide/set-notes',
                args: { slideId: slide.id, notes: e.currentTarget.value },
              })
            }
            onPaste={(e) => {
              e.preventDefault();
              const el = e.currentTarget;
              const start = el.selectionStart;
              const piece = pasteText(pastedText(e));
              apply({
                op: 'slide/set-notes',
                args: {
                  slideId: slide.id,
                  notes: el.value.slice(0, start) + piece + el.value.slice(el.selectionEnd),
                },
              });
            }}
          />
        </label>
      )}
    </main>
  );
}
