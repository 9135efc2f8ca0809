/**
 * The sorter's drag and drop in words and numbers: where a dropped slide (or the selected
 * group it belongs to) lands, and what a screen reader hears while it moves ("Slide 3, Large
 * enterprises, moved to position 5"): slide numbers and titles, never internal ids. Pure, so
 * the wording is unit-tested.
 */

export interface SlideName {
  id: string;
  title: string;
}

export interface DropPlan {
  /** The slides that move, in deck order. */
  moving: string[];
  /** Index, in the deck without the moving slides, where the first of them lands. */
  to: number;
  /** 1-based position of the dragged slide once dropped. */
  position: number;
}

/**
 * Where dropping `activeId` over `overId` puts it: the whole selection moves when the dragged
 * slide is part of it, else only that slide. Null when either id is unknown.
 */
export function dropPlan(
  ids: readonly string[],
  activeId: string,
  overId: string,
  selected: ReadonlySet<string>,
): DropPlan | null {
  const from = ids.indexOf(activeId);
  const over = ids.indexOf(overId);
  if (from < 0 || over < 0) return null;
  const moving =
    selected.has(activeId) && selected.size > 1 ? ids.filter((x) => selected.has(x)) : [activeId];
  const rest = ids.filter((x) => !moving.includes(x));
  let to = rest.indexOf(overId);
  if (to < 0) to = Math.min(over, rest.length);
  else if (over > from) to += 1;
  return { moving, to, position: to + moving.indexOf(activeId) + 1 };
}

/** "Slide 3, Large enterprises" (or "Slide 3, untitled"). */
export function slideWords(
  ids: readonly string[],
  slides: ReadonlyMap<string, SlideName>,
  id: string,
): string {
  const n = ids.indexOf(id) + 1;
  const title = slides.get(id)?.title.trim();
  return `Slide ${n}, ${title || 'untitled'}`;
}

function subject(
  ids: readonly string[],
  slides: ReadonlyMap<string, SlideName>,
  id: string,
  selected: ReadonlySet<string>,
): string {
  const words = slideWords(ids, slides, id);
  const group = selected.has(id) ? selected.size : 1;
  return group > 1
    ? `${words}, with ${group - 1} more selected ${group === 2 ? 'slide' : 'slides'},`
    : `${words},`;
}

export const SORTER_INSTRUCTIONS =
  'To move this slide, press Space, then the up and down arrow keys; Space drops it, Escape cancels. Alt with the up and down arrow keys moves the selected slides one place.';

export interface SorterAnnouncer {
  start: (activeId: string) => string;
  over: (activeId: string, overId: string | undefined) => string | undefined;
  end: (activeId: string, overId: string | undefined) => string;
  cancel: (activeId: string) => string;
}

/** What the live region says at each step of a drag, for a deck whose order is `ids`. */
export function sorterAnnouncer(
  ids: readonly string[],
  slides: ReadonlyMap<string, SlideName>,
  selected: ReadonlySet<string>,
): SorterAnnouncer {
  const from = (id: string) => ids.indexOf(id) + 1;
  // dnd-kit reports the picked-up slide as over itself at once; say nothing until it moves.
  let moved = false;
  return {
    start: (a) => {
      moved = false;
      return `Picked up ${subject(ids, slides, a, selected)
        .replace(/^Slide/, 'slide')
        .replace(
          /,$/,
          '',
        )}. Use the up and down arrow keys to move it, Space to drop it, Escape to cancel.`;
    },
    over(a, o) {
      if (o === a && !moved) return undefined;
      moved = true;
      if (!o) return `${subject(ids, slides, a, selected)} is not over a place in the list.`;
      const plan = dropPlan(ids, a, o, selected);
      if (!plan) return undefined;
      return plan.position === from(a)
        ? `${subject(ids, slides, a, selected)} is back at position ${from(a)}.`
        : `${subject(ids, slides, a, selected)} is over position ${plan.position}.`;
    },
    end(a, o) {
      const plan = o ? dropPlan(ids, a, o, selected) : null;
      if (!plan || plan.position === from(a))
        return `${subject(ids, slides, a, selected)} stays at position ${from(a)}.`;
      return `${subject(ids, slides, a, selected)} moved to position ${plan.position}.`;
    },
    cancel: (a) =>
      `Moving cancelled. ${subject(ids, slides, a, selected)} stays at position ${from(a)}.`,
  };
}
