/**
 * The sorter's selection: which slides are selected and which one is current (shown large).
 * Selection is view state, never part of the deck or its undo history.
 */
export interface Selection {
  /** The slide shown in the stage and edited in the inspector. */
  current: string | null;
  /** Selected slide ids; always contains `current` when there is one. */
  selected: ReadonlySet<string>;
  /** Where a Shift-click range starts. */
  anchor: string | null;
}

export const emptySelection: Selection = { current: null, selected: new Set(), anchor: null };

/** Selects only `id`. */
export function selectOne(id: string): Selection {
  return { current: id, selected: new Set([id]), anchor: id };
}

/**
 * Applies a click (or arrow key) on `id` with the usual modifiers: plain = only it,
 * Ctrl/Cmd = toggle it, Shift = the range from the anchor to it.
 */
export function clickSelect(
  sel: Selection,
  order: readonly string[],
  id: string,
  mods: { shift?: boolean; toggle?: boolean },
): Selection {
  if (mods.shift && sel.anchor) {
    const a = order.indexOf(sel.anchor);
    const b = order.indexOf(id);
    if (a >= 0 && b >= 0) {
      const [lo, hi] = a < b ? [a, b] : [b, a];
      return { current: id, selected: new Set(order.slice(lo, hi + 1)), anchor: sel.anchor };
    }
  }
  if (mods.toggle) {
    const next = new Set(sel.selected);
    if (next.has(id) && next.size > 1) {
      next.delete(id);
      const current = sel.current === id ? [...next][0]! : sel.current;
      return { current, selected: next, anchor: id };
    }
    next.add(id);
    return { current: id, selected: next, anchor: id };
  }
  return selectOne(id);
}

/** Drops ids that no longer exist (after delete or undo) and keeps a current slide if any remain. */
export function reconcile(sel: Selection, order: readonly string[], fallbackIndex = 0): Selection {
  const present = new Set(order);
  const selected = new Set([...sel.selected].filter((id) => present.has(id)));
  let current = sel.current && present.has(sel.current) ? sel.current : null;
  if (!current) {
    current =
      [...selected][0] ?? order[Math.min(Math.max(0, fallbackIndex), order.length - 1)] ?? null;
    if (current) selected.add(current);
  }
  if (selected.size === sel.selected.size && current === sel.current) return sel;
  return {
    current,
    selected,
    anchor: sel.anchor && present.has(sel.anchor) ? sel.anchor : current,
  };
}

/** The selected ids in deck order. */
export function selectedInOrder(sel: Selection, order: readonly string[]): string[] {
  return order.filter((id) => sel.selected.has(id));
}

const idsBySlides = new WeakMap<readonly { id: string }[], readonly string[]>();
let lastIds: readonly string[] = [];

/**
 * The ids of `slides` in deck order, as the very same array for as long as they are the same
 * ids in the same order: typing on a slide makes a new slides array (immer), but the order is
 * unchanged, so what depends on it (the sorter's list, the selection) is not worked out again.
 */
export function slideIds(slides: readonly { id: string }[]): readonly string[] {
  const known = idsBySlides.get(slides);
  if (known) return known;
  const same = slides.length === lastIds.length && slides.every((s, i) => s.id === lastIds[i]);
  const ids = same ? lastIds : slides.map((s) => s.id);
  lastIds = ids;
  idsBySlides.set(slides, ids);
  return ids;
}
