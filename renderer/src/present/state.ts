/** Reads where reveal.js is, as the speaker view needs it. */
import type { RevealApi } from 'reveal.js';
import type { PresentState } from './protocol';
import type { ShownSlide } from './shown';

/** Number of build steps on a slide: reveal.js steps through distinct fragment indices. */
export function fragmentSteps(section: Element | undefined | null): number {
  if (!section) return 0;
  const frags = section.querySelectorAll('.fragment');
  return new Set(Array.from(frags, (f, i) => f.getAttribute('data-fragment-index') ?? `#${i}`))
    .size;
}

/** The presentation's state now. */
export function readState(reveal: RevealApi, shown: readonly ShownSlide[]): PresentState {
  const { h, f } = reveal.getIndices();
  const position = Math.min(Math.max(0, h), Math.max(0, shown.length - 1));
  return {
    slide: shown[position]?.index ?? 0,
    position,
    total: shown.length,
    fragment: typeof f === 'number' && f >= 0 ? f : -1,
    fragments: fragmentSteps(reveal.getCurrentSlide()),
    paused: reveal.isPaused(),
    overview: reveal.isOverview(),
  };
}
