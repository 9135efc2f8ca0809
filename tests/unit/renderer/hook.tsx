/**
 * Renders a hook in a real React root inside jsdom and keeps its latest result, so a test
 * can drive it (keys on the window, a fake clock) the way a page would. Plain react-dom and
 * React's `act`: no testing library needed for hooks this small.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach } from 'vitest';

export interface RenderedHook<R, P> {
  /** What the hook returned on its latest render. */
  readonly current: R;
  /** Renders again with new props. */
  rerender(props: P): void;
  /** Unmounts, running the hook's clean-ups. */
  unmount(): void;
}

const mounted = new Set<Root>();

afterEach(() => {
  for (const root of mounted) act(() => root.unmount());
  mounted.clear();
  document.body.innerHTML = '';
});

export function renderHook<R, P>(hook: (props: P) => R, props: P): RenderedHook<R, P> {
  let latest: { value: R } | undefined;
  function Probe({ p }: { p: P }) {
    latest = { value: hook(p) };
    return null;
  }
  const root = createRoot(document.body.appendChild(document.createElement('div')));
  mounted.add(root);
  act(() => root.render(<Probe p={props} />));
  return {
    get current() {
      if (!latest) throw new Error('the hook has not rendered');
      return latest.value;
    },
    rerender(next: P) {
      act(() => root.render(<Probe p={next} />));
    },
    unmount() {
      act(() => root.unmount());
      mounted.delete(root);
    },
  };
}

/** Presses `key` on the window (as a keyboard would, with bubbling) inside `act`; returns the event. */
export function press(
  key: string,
  mods: Partial<Pick<KeyboardEventInit, 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>> = {},
  target: EventTarget = window,
): KeyboardEvent {
  const e = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...mods });
  act(() => {
    target.dispatchEvent(e);
  });
  return e;
}
