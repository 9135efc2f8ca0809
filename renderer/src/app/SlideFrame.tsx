/**
 * One slide at its true aspect ratio, scaled to fit the width it is given. The slide is
 * rendered by the shared SlideView at its fixed logical size and scaled with a CSS
 * transform, so text wraps exactly as in the presentation and the exports.
 */
import { memo, useLayoutEffect, useRef, useState } from 'react';
import type { Deck, Slide } from '../../../common/deck/schema';
import {
  slideSize,
  type RenderMode,
  type SlideRenderContext,
} from '../../../common/render/context';
import type { EditSlot } from '../../../common/render/edit-slot';
import { SlideView } from '../../../common/render/SlideView';

export interface SlideFrameProps {
  slide: Slide;
  deck: Deck;
  index: number;
  ctx: SlideRenderContext;
  mode: RenderMode;
  /** A fixed width in CSS pixels; when absent the frame fills its container's width. */
  width?: number;
  /** A cap on the height, e.g. the editor's stage; the width shrinks to keep the ratio. */
  maxHeight?: number;
  /** Editing in place (the editor's stage): see `EditSlot`. */
  edit?: EditSlot;
}

function SlideFrameInner({
  slide,
  deck,
  index,
  ctx,
  mode,
  width,
  maxHeight,
  edit,
}: SlideFrameProps) {
  const size = slideSize(deck.meta.aspectRatio);
  const outer = useRef<HTMLDivElement>(null);
  const [measured, setMeasured] = useState(width ?? 0);
  useLayoutEffect(() => {
    if (width !== undefined) return;
    const el = outer.current;
    if (!el) return;
    const update = () => setMeasured(el.clientWidth);
    update();
    const ro = new ResizeObserver(update);
    ro.observe(el);
    return () => ro.disconnect();
  }, [width]);
  let w = width ?? measured;
  if (maxHeight !== undefined && (w * size.height) / size.width > maxHeight)
    w = (maxHeight * size.width) / size.height;
  const scale = w / size.width;
  return (
    <div
      ref={outer}
      className="slide-frame-outer"
      style={width !== undefined ? { width } : { width: '100%' }}
    >
      <div
        className={`slide-frame theme-${deck.meta.theme}`}
        style={{
          width: w,
          height: size.height * scale,
          overflow: 'hidden',
          position: 'relative',
          margin: '0 auto',
        }}
      >
        {w > 0 && (
          <div
            style={{
              width: size.width,
              height: size.height,
              transform: `scale(${scale})`,
              transformOrigin: '0 0',
              position: 'absolute',
              left: 0,
              top: 0,
            }}
          >
            <SlideView
              slide={slide}
              deck={deck}
              index={index}
              ctx={ctx}
              mode={mode}
              {...(edit ? { edit } : {})}
            />
          </div>
        )}
      </div>
    </div>
  );
}

/**
 * Memoised on what a slide's picture depends on: its own data, the deck's meta and reference
 * list (for citation labels), the chart pictures and the size. Immer keeps unchanged parts of
 * the deck identical, so typing on one slide re-renders that slide's thumbnail only.
 */
export const SlideFrame = memo(
  SlideFrameInner,
  (a, b) =>
    a.slide === b.slide &&
    a.index === b.index &&
    a.deck.meta === b.deck.meta &&
    a.deck.references === b.deck.references &&
    a.ctx === b.ctx &&
    a.mode === b.mode &&
    a.width === b.width &&
    a.maxHeight === b.maxHeight &&
    a.edit === b.edit,
);
