/**
 * Keeps Tab and Shift+Tab inside a modal dialog. A native modal <dialog> makes the page
 * behind it inert, but Tab from its last control still leaves for the browser's own toolbar;
 * this wraps focus around to the first control instead (and back, with Shift+Tab).
 */
import type { KeyboardEvent } from 'react';

const FOCUSABLE = 'button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])';

/** Tabbable controls of `root`, in order (disabled and hidden ones left out). */
function tabbable(root: Element): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => !el.matches(':disabled') && el.getClientRects().length > 0 && el.tabIndex >= 0,
  );
}

/** An onKeyDown handler for an element inside the dialog: wraps Tab at either end. */
export function trapTab(e: KeyboardEvent<HTMLElement>): void {
  if (e.key !== 'Tab') return;
  const root = e.currentTarget.closest('dialog') ?? e.currentTarget;
  const items = tabbable(root);
  if (!items.length) return;
  // Radio groups are one stop for Tab: only the checked radio (or the first) takes focus.
  const stops = items.filter(
    (el) =>
      !(el instanceof HTMLInputElement && el.type === 'radio') ||
      el.checked ||
      !items.some(
        (o) =>
          o instanceof HTMLInputElement && o.type === 'radio' && o.name === el.name && o.checked,
      ),
  );
  const first = stops[0]!;
  const last = stops[stops.length - 1]!;
  const active = document.activeElement;
  if (!e.shiftKey && active === last) {
    e.preventDefault();
    first.focus();
  } else if (e.shiftKey && active === first) {
    e.preventDefault();
    last.focus();
  }
}
