/**
 * The deck check kept per slide, for the editor: each slide's findings are kept by slide
 * object (immer leaves a slide nobody edited the very same object), so after a keystroke
 * only the slide being typed on is checked again and a 1,000-slide deck costs what one
 * slide does. It says exactly what `checkDeck` says, placed by slide index instead of text.
 */
import type { Deck, Slide } from '../deck/schema';
import { tagDrafts } from './draft';
import {
  checkSlide,
  TAGGED_TOGETHER,
  usesReferences,
  type CheckContext,
  type SlideFinding,
} from './index';

/** A finding tied to the index of the slide it is about. */
export interface PlacedFinding extends SlideFinding {
  slide: number;
}

/** A slide's findings and what they were computed from (see `checkSlide` for what they depend on). */
interface Kept {
  context: CheckContext;
  aspectRatio: Deck['meta']['aspectRatio'];
  /** The deck title when the slide has none (fitSlide sizes the title band from it), else ''. */
  fallbackTitle: string;
  /** The reference list, when the slide's findings depend on it. */
  references: Deck['references'] | null;
  findings: readonly SlideFinding[];
  /** `findings` placed at `index`, reused while the slide stays there. */
  index: number;
  placed: readonly PlacedFinding[];
}

const kept = new WeakMap<Slide, Kept>();

/** The kept findings of `slide`, if nothing they depend on changed since. */
function keptFor(slide: Slide, deck: Deck, context: CheckContext): Kept | undefined {
  const k = kept.get(slide);
  const valid =
    k !== undefined &&
    k.context === context &&
    k.aspectRatio === deck.meta.aspectRatio &&
    k.fallbackTitle === (slide.title ? '' : deck.meta.title) &&
    (k.references === null || k.references === deck.references);
  return valid ? k : undefined;
}

/** The findings of `slide` at `index`, checked again only when something they depend on changed. */
function slideFindings(
  slide: Slide,
  index: number,
  deck: Deck,
  context: CheckContext,
): readonly PlacedFinding[] {
  let k = keptFor(slide, deck, context);
  if (!k) {
    const findings = checkSlide(slide, deck, context);
    k = {
      context,
      aspectRatio: deck.meta.aspectRatio,
      fallbackTitle: slide.title ? '' : deck.meta.title,
      references: usesReferences(slide) ? deck.references : null,
      findings,
      index: -1,
      placed: [],
    };
    kept.set(slide, k);
  }
  if (k.index !== index) {
    k.index = index;
    k.placed = k.findings.map((f) => ({ slide: index, what: f.what, severity: f.severity }));
  }
  return k.placed;
}

/**
 * `checkDeck` for a deck that changes a little at a time: reuses the findings of slides that
 * are the same objects as last time, with the same `context` object (pass a new context
 * when a reading arrives or an image goes missing, and every slide is checked again).
 */
export function checkDeckBySlide(deck: Deck, context: CheckContext): PlacedFinding[] {
  const out: PlacedFinding[] = [];
  // The slides to check again: the titles and bullets of each next few are tagged together.
  const toCheck = deck.slides.filter((slide) => !keptFor(slide, deck, context));
  let next = 0;
  deck.slides.forEach((slide, i) => {
    if (slide === toCheck[next]) {
      tagDrafts(toCheck.slice(next, next + TAGGED_TOGETHER));
      next += TAGGED_TOGETHER;
    }
    for (const p of slideFindings(slide, i, deck, context)) out.push(p);
  });
  return out;
}
