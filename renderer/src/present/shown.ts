/** The slides a presentation shows: hidden slides are skipped; positions count shown slides only. */
import type { Deck, Slide } from '../../../common/deck/schema';

export interface ShownSlide {
  slide: Slide;
  /** Index in the deck (hidden slides included). */
  index: number;
}

/** The deck's slides that are not hidden, with their deck indices. */
export function shownSlides(deck: Deck): ShownSlide[] {
  return deck.slides.flatMap((slide, index) => (slide.hidden ? [] : [{ slide, index }]));
}

/** Where to start for a deck index: that slide, or the next shown one, or the last shown one. */
export function positionOf(shown: readonly ShownSlide[], deckIndex: number): number {
  const at = shown.findIndex((s) => s.index >= deckIndex);
  return at >= 0 ? at : Math.max(0, shown.length - 1);
}
