/**
 * Moving focus as Tab would, for keys that a field keeps for itself (Ctrl+Tab out of a bullet
 * field), and finding a control again after a re-render (focus after undo and redo).
 */

const TABBABLE = 'a[href], button, input, select, textarea, [tabindex], [contenteditable="true"]';

/** Elements Tab would visit, in order (positive tabindex is not used in this app). */
export function tabbables(root: ParentNode = document): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(TABBABLE)].filter((el) => {
    if (el.tabIndex < 0 || (el as HTMLButtonElement).disabled || el.closest('[inert]'))
      return false;
    if (el instanceof HTMLInputElement && el.type === 'hidden') return false;
    return el.getClientRects().length > 0;
  });
}

/** Focuses the element Tab (or Shift+Tab) would reach from `from`; returns it. */
export function focusNextTabbable(from: HTMLElement, backwards = false): HTMLElement | undefined {
  const list = tabbables();
  let i = list.indexOf(from);
  if (i < 0) {
    // `from` itself is not tabbable: start from its place in the document.
    i = list.findIndex((el) => from.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
    if (i < 0) i = list.length;
    if (!backwards) i -= 1;
  }
  const next = list[backwards ? i - 1 : i + 1];
  next?.focus();
  return next;
}

/** What identifies a control across re-renders: its id, else its accessible name and tag. */
export interface ControlMark {
  element: HTMLElement;
  id: string;
  name: string;
  tag: string;
}

/** The accessible name the way this app gives names: aria-label, else its <label>'s text. */
function nameOf(el: HTMLElement): string {
  const aria = el.getAttribute('aria-label');
  if (aria) return aria;
  const labels = (el as HTMLInputElement).labels;
  if (labels?.length) return [...labels].map((l) => l.textContent?.trim() ?? '').join(' ');
  return '';
}

/** A mark of the focused control, when focus is on one. */
export function markFocus(): ControlMark | undefined {
  const el = document.activeElement;
  if (!(el instanceof HTMLElement) || el === document.body) return undefined;
  return { element: el, id: el.id, name: nameOf(el), tag: el.tagName };
}

/** The control `mark` names, in the document now (the same node, or one with its id or name). */
export function findControl(mark: ControlMark): HTMLElement | undefined {
  if (mark.element.isConnected) return mark.element;
  if (mark.id) {
    const byId = document.getElementById(mark.id);
    if (byId) return byId;
  }
  if (!mark.name) return undefined;
  return [...document.querySelectorAll<HTMLElement>(mark.tag)].find(
    (el) => nameOf(el) === mark.name && el.getClientRects().length > 0,
  );
}
