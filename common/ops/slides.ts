/** Slide operations: add, duplicate, delete, reorder, and the slide's own fields. */
import { Layout, type Deck, type Slide } from '../deck/schema';
import { plain, findSlide, slideIndex } from './find';
import { KEY_ORDER, putField } from './fields';
import { idMaker } from './ids';
import { copySlide, newSlide } from './make';
import { LIMITS, toLine, toText } from './paste';
import { defineOp, refuse } from './types';

const MAX_SLIDES = 5000;

function checkLayout(layout: string): void {
  if (!Layout.safeParse(layout).success)
    refuse('layout', `"${layout}" is not a layout Lectern knows`);
}

function roomFor(deck: Deck, more: number): void {
  if (deck.slides.length + more > MAX_SLIDES)
    refuse('slides', `a deck holds at most ${MAX_SLIDES} slides`);
}

/** Ids → indexes in deck order; refuses when none of them exist. Unknown ids are ignored (already gone). */
function indexesOf(deck: Deck, slideIds: readonly string[]): number[] {
  const wanted = new Set(slideIds);
  const found: number[] = [];
  plain(deck.slides).forEach((s, i) => {
    if (wanted.has(s.id)) found.push(i);
  });
  if (!found.length) refuse('slides', 'none of the selected slides exist any more');
  return found;
}

/**
 * Puts the slides in `order` (a permutation of the current ones) by writing only the places
 * that change, so the undo patch holds just those slides and not the whole deck.
 */
function reorder(draft: Deck, order: readonly Slide[]): void {
  const current = plain(draft.slides);
  order.forEach((slide, i) => {
    if (current[i] !== slide) draft.slides[i] = slide;
  });
}

export const slideOps = {
  /** Adds a slide after index `after` (-1: first), with the blocks its layout is for. */
  'slide/add': defineOp<{ after: number; layout: Layout; id?: string; title?: string }>({
    label: 'New slide',
    recipe(draft, { after, layout, id, title }) {
      checkLayout(layout);
      roomFor(draft, 1);
      const base = plain(draft);
      const ids = idMaker(base);
      const at = Math.max(0, Math.min(Math.trunc(after) + 1, base.slides.length));
      draft.slides.splice(
        at,
        0,
        newSlide(base, ids, layout, ids.claim('slide', id), toLine(title ?? '')),
      );
    },
  }),

  'slide/duplicate': defineOp<{ slideIds: string[] }>({
    label: 'Duplicate slide',
    recipe(draft, { slideIds }) {
      const indexes = indexesOf(draft, slideIds);
      roomFor(draft, indexes.length);
      const base = plain(draft);
      const ids = idMaker(base);
      const copies = indexes.map((i) => copySlide(base.slides[i]!, ids));
      // Each copy goes right after its original; from the end so earlier indexes stay valid.
      for (let k = indexes.length - 1; k >= 0; k--)
        draft.slides.splice(indexes[k]! + 1, 0, copies[k]!);
    },
  }),

  'slide/delete': defineOp<{ slideIds: string[] }>({
    label: 'Delete slide',
    recipe(draft, { slideIds }) {
      const indexes = indexesOf(draft, slideIds);
      for (let k = indexes.length - 1; k >= 0; k--) draft.slides.splice(indexes[k]!, 1);
    },
  }),

  /** Moves the slide at index `from` so it ends up at index `to` (clamped to the deck). */
  'slide/move': defineOp<{ from: number; to: number }>({
    label: 'Move slide',
    recipe(draft, { from, to }) {
      const slides = [...plain(draft.slides)];
      if (!Number.isInteger(from) || from < 0 || from >= slides.length)
        refuse('slides', `there is no slide ${from + 1}`);
      const [moving] = slides.splice(from, 1);
      slides.splice(Math.max(0, Math.min(Math.trunc(to), slides.length)), 0, moving!);
      reorder(draft, slides);
    },
  }),

  /** Moves the selected slides, in deck order, so the first of them lands at index `to` of the result. */
  'slide/move-many': defineOp<{ slideIds: string[]; to: number }>({
    label: 'Move slides',
    recipe(draft, { slideIds, to }) {
      const selected = new Set(indexesOf(draft, slideIds));
      const all = plain(draft.slides);
      const moving = all.filter((_, i) => selected.has(i));
      const rest = all.filter((_, i) => !selected.has(i));
      rest.splice(Math.max(0, Math.min(Math.trunc(to), rest.length)), 0, ...moving);
      reorder(draft, rest);
    },
  }),

  /** Moves each selected slide one place up (-1) or down (1); nothing moves if one is at the edge. */
  'slide/nudge': defineOp<{ slideIds: string[]; by: -1 | 1 }>({
    label: 'Move slides',
    recipe(draft, { slideIds, by }) {
      const indexes = indexesOf(draft, slideIds);
      const slides = [...plain(draft.slides)];
      const selected = new Set(indexes.map((i) => slides[i]!));
      if (by === -1 ? indexes[0] === 0 : indexes[indexes.length - 1] === slides.length - 1) return;
      // Walking toward the edge we move to, each selected slide swaps with an unselected
      // neighbour, so a contiguous group moves as one.
      const swap = (i: number, j: number): void => {
        [slides[i], slides[j]] = [slides[j]!, slides[i]!];
      };
      if (by === -1) {
        for (let i = 1; i < slides.length; i++)
          if (selected.has(slides[i]!) && !selected.has(slides[i - 1]!)) swap(i, i - 1);
      } else {
        for (let i = slides.length - 2; i >= 0; i--)
          if (selected.has(slides[i]!) && !selected.has(slides[i + 1]!)) swap(i, i + 1);
      }
      reorder(draft, slides);
    },
  }),

  'slide/set-layout': defineOp<{ slideId: string; layout: Layout }>({
    label: 'Change layout',
    recipe(draft, { slideId, layout }) {
      checkLayout(layout);
      findSlide(draft, slideId).layout = layout;
    },
  }),

  'slide/set-title': defineOp<{ slideId: string; title: string }>({
    label: 'Typing',
    coalesce: (a) => a.slideId,
    recipe(draft, { slideId, title }) {
      findSlide(draft, slideId).title = toLine(title);
    },
  }),

  /** An empty subtitle removes the field, so the file stays as it was before one was typed. */
  'slide/set-subtitle': defineOp<{ slideId: string; subtitle: string }>({
    label: 'Typing',
    coalesce: (a) => a.slideId,
    recipe(draft, { slideId, subtitle }) {
      const i = slideIndex(draft, slideId);
      const text = toLine(subtitle);
      putField(
        draft.slides[i]!,
        'subtitle',
        text === '' ? undefined : text,
        KEY_ORDER.slide,
        (next) => (draft.slides[i] = next),
      );
    },
  }),

  'slide/set-notes': defineOp<{ slideId: string; notes: string }>({
    label: 'Typing',
    coalesce: (a) => a.slideId,
    recipe(draft, { slideId, notes }) {
      findSlide(draft, slideId).notes = toText(notes, LIMITS.text);
    },
  }),

  'slide/set-hidden': defineOp<{ slideIds: string[]; hidden: boolean }>({
    label: 'Hide slide',
    recipe(draft, { slideIds, hidden }) {
      for (const i of indexesOf(draft, slideIds)) {
        putField(
          draft.slides[i]!,
          'hidden',
          hidden ? true : undefined,
          KEY_ORDER.slide,
          (next) => (draft.slides[i] = next),
        );
      }
    },
  }),

  /** The lecturer checked a slide against the updated reading: the "reading changed" mark goes. */
  'slide/mark-reviewed': defineOp<{ slideIds: string[] }>({
    label: 'Mark as reviewed',
    recipe(draft, { slideIds }) {
      for (const i of indexesOf(draft, slideIds)) {
        if (draft.slides[i]!.stale)
          putField(
            draft.slides[i]!,
            'stale',
            undefined,
            KEY_ORDER.slide,
            (next) => (draft.slides[i] = next),
          );
      }
    },
  }),
};
