/**
 * The slides inside reveal.js's `.slides`, with only those near the current one drawn in
 * full. reveal.js restyles every slide on every step, so 300 fully drawn slides made a step
 * cost ~200 ms at p95 (reveal.js #2530); far slides are empty `<section>`s of the same
 * count, so numbering, the progress bar and jumping are unchanged. The window is wider than
 * reveal.js's `viewDistance`, so the slides it shows are always drawn before they are shown.
 */
import { memo } from 'react';
import type { Deck } from '../../../common/deck/schema';
import type { SlideRenderContext } from '../../../common/render/context';
import { SlideView } from '../../../common/render/SlideView';
import type { ShownSlide } from './shown';

/** Slides this far from the current one are drawn; in the overview, reveal.js shows 10 each way. */
export const NEAR = 3;
export const NEAR_IN_OVERVIEW = 11;

const Slide = memo(SlideView);

export interface SlideWindowProps {
  shown: readonly ShownSlide[];
  deck: Deck;
  ctx: SlideRenderContext;
  /** Position of the current slide among the shown ones. */
  center: number;
  radius: number;
}

export const SlideWindow = memo(function SlideWindow({
  shown,
  deck,
  ctx,
  center,
  radius,
}: SlideWindowProps) {
  return shown.map(({ slide, index }, position) =>
    Math.abs(position - center) <= radius ? (
      <Slide
        key={slide.id}
        slide={slide}
        deck={deck}
        index={index}
        ctx={ctx}
        mode="present"
        notes={false}
      />
    ) : (
      <section
        key={`${slide.id}-far`}
        className="lectern-slide-far"
        data-slide-id={slide.id}
        aria-label={`Slide ${index + 1}`}
      />
    ),
  );
});
