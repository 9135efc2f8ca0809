/**
 * A quick full-window run-through from the current slide: arrows, Space, Page keys and
 * clicks move, Escape returns to the editor on the slide shown last. Hidden slides are skipped.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Deck } from '../../../common/deck/schema';
import type { SlideRenderContext } from '../../../common/render/context';
import { SlideFrame } from '../app/SlideFrame';

export function PresentView({ deck, ctx, start, onExit }: { deck: Deck; ctx: SlideRenderContext; start: number; onExit: (index: number) => void }) {
  const shown = deck.slides.map((s, i) => ({ s, i })).filter(({ s }) => !s.hidden);
  const [pos, setPos] = useState(() => Math.max(0, shown.findIndex(({ i }) => i >= start)));
  const root = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState({ w: window.innerWidth, h: window.innerHeight });
  useLayoutEffect(() => {
    root.current?.focus();
    const update = () => setSize({ w: window.innerWidth, h: window.innerHeight });
    window.addEventListener('resize', update);
    return () => window.removeEventListener('resize', update);
  }, []);
  const current = shown[pos];
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onExit(current?.i ?? start);
      else if (['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'n'].includes(e.key)) setPos((p) => Math.min(shown.length - 1, p + 1));
      else if (['ArrowLeft', 'ArrowUp', 'PageUp', 'p', 'Backspace'].includes(e.key)) setPos((p) => Math.max(0, p - 1));
      else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [current, onExit, shown.length, start]);
  return (
    <div className="present" ref={root} tabIndex={-1} role="dialog" aria-label="Presenting" onClick={() => setPos((p) => Math.min(shown.length - 1, p + 1))}>
      {current ? <SlideFrame slide={current.s} deck={deck} index={current.i} ctx={ctx} mode="present" width={size.w} maxHeight={size.h} /> : <p>No slides to show.</p>}
      <span className="present-hint">Esc to return · {pos + 1} / {shown.length}</span>
    </div>
  );
}
