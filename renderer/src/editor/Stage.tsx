/** The current slide, large and at its true aspect ratio, with its speaker notes below. */
import { useLayoutEffect, useRef, useState } from 'react';
import type { Deck, Slide } from '../../../common/deck/schema';
import type { SlideRenderContext } from '../../../common/render/context';
import { pasteText, type Op } from '../../../common/ops';
import { SlideFrame } from '../app/SlideFrame';
import { pastedText } from './text-input';

export function Stage({ deck, slide, index, ctx, apply }: { deck: Deck; slide: Slide | undefined; index: number; ctx: SlideRenderContext; apply: (op: Op) => boolean }) {
  const box = useRef<HTMLDivElement>(null);
  const [height, setHeight] = useState(400);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const update = () => setHeight(el.clientHeight - 8);
    update();
    const ro = new ResizeObserver(update);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);
  return (
    <main className="stage-pane">
      <div className="stage" ref={box} aria-label="Current slide" role="region">
        {slide ? <SlideFrame slide={slide} deck={deck} index={index} ctx={ctx} mode="edit" maxHeight={height} /> : <p className="muted">This deck has no slides. Add one with “New slide”.</p>}
      </div>
      {slide && (
        <label className="notes-field">
          <span>Speaker notes</span>
          <textarea
            rows={4}
            value={slide.notes}
            onChange={(e) => apply({ op: 'slide/set-notes', args: { slideId: slide.id, notes: e.currentTarget.value } })}
            onPaste={(e) => {
              e.preventDefault();
              const el = e.currentTarget;
              const start = el.selectionStart;
              const piece = pasteText(pastedText(e));
              apply({ op: 'slide/set-notes', args: { slideId: slide.id, notes: el.value.slice(0, start) + piece + el.value.slice(el.selectionEnd) } });
            }}
          />
        </label>
      )}
    </main>
  );
}
