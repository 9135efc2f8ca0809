/**
 * One slide at a given build step, scaled to fit its box: the speaker view's current and
 * next slide. Fragments already shown are drawn normally and the ones still to come faintly,
 * so the lecturer sees what the room sees and what is coming.
 */
import { useLayoutEffect, useRef, useState } from 'react';
import type { Deck, Slide } from '../../../common/deck/schema';
import { slideSize, type SlideRenderContext } from '../../../common/render/context';
import { SlideView } from '../../../common/render/SlideView';

export interface StepSlideProps {
  slide: Slide;
  deck: Deck;
  index: number;
  ctx: SlideRenderContext;
  /** The last fragment shown (-1: none yet). */
  fragment: number;
  label: string;
}

export function StepSlide({ slide, deck, index, ctx, fragment, label }: StepSlideProps) {
  const box = useRef<HTMLDivElement>(null);
  const inner = useRef<HTMLDivElement>(null);
  const [fit, setFit] = useState({ w: 0, h: 0 });
  const size = slideSize(deck.meta.aspectRatio);

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const update = () => setFit({ w: el.clientWidth, h: el.clientHeight });
    update();
    const ro = new ResizeObserver(update);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // Fragments are numbered in document order, as reveal.js numbers them.
  useLayoutEffect(() => {
    inner.current?.querySelectorAll('.fragment').forEach((f, i) => {
      f.classList.toggle('is-shown', i <= fragment);
      f.classList.toggle('is-pending', i > fragment);
    });
  }, [fragment, slide, deck, ctx]);

  const scale = fit.w > 0 && fit.h > 0 ? Math.min(fit.w / size.width, fit.h / size.height) : 0;
  return (
    <div ref={box} className="step-slide" role="img" aria-label={label}>
      <div
        className="step-slide-frame"
        style={{
          width: size.width * scale,
          height: size.height * scale,
          visibility: scale > 0 ? 'visible' : 'hidden',
        }}
      >
        <div
          ref={inner}
          style={{
            width: size.width,
            height: size.height,
            transform: `scale(${scale})`,
            transformOrigin: '0 0',
          }}
        >
          <SlideView
            slide={slide}
            deck={deck}
            index={index}
            ctx={ctx}
            mode="present"
            notes={false}
          />
        </div>
      </div>
    </div>
  );
}
