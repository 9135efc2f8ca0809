/**
 * The slide sorter: a list named "Slides" with one list item per slide (rendered as the
 * list scrolls, so a 1,000-slide deck costs what a screenful does), drag reordering with
 * @dnd-kit, and the keyboard: arrows move the selection (Shift extends it), Alt+arrows move
 * the selected slides, Delete removes them, Home and End jump; Space picks a slide up to move
 * it with the arrows (dnd-kit's keyboard drag), and every step is announced in words.
 */
import {
  memo,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import type { Deck, Slide } from '../../../common/deck/schema';
import { slideSize, type SlideRenderContext } from '../../../common/render/context';
import { buildsStepByStep } from '../../../common/ops';
import { SlideFrame } from '../app/SlideFrame';
import { slideIds, type Selection } from './selection';
import {
  dropPlan,
  SORTER_INSTRUCTIONS,
  sorterAnnouncer,
  type SorterAnnouncer,
} from './sorter-moves';
import './build-steps.css';

const THUMB_WIDTH = 176;
const ROW_PAD = 14;
const OVERSCAN = 6;

// The sensors' options are constants: new objects each render would give dnd-kit new sensors,
// and every row new listeners, so every row would be drawn again on each edit.
const POINTER_OPTIONS = { activationConstraint: { distance: 6 } };
// Space picks up and drops (Enter is left for the slide itself); Escape cancels.
const KEYBOARD_OPTIONS = {
  coordinateGetter: sortableKeyboardCoordinates,
  keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space'] },
};

export interface SorterProps {
  deck: Deck;
  ctx: SlideRenderContext;
  selection: Selection;
  onSelect: (id: string, mods: { shift?: boolean; toggle?: boolean }) => void;
  /** Move the slides `ids` so the first lands at index `to` of the result. */
  onMove: (ids: string[], to: number) => void;
  onNudge: (by: -1 | 1) => void;
  onDelete: () => void;
}

/** The row height for thumbnails of this aspect ratio. */
function rowHeight(deck: Deck): number {
  const size = slideSize(deck.meta.aspectRatio);
  return Math.round((THUMB_WIDTH * size.height) / size.width) + ROW_PAD;
}

export function Sorter({ deck, ctx, selection, onSelect, onMove, onNudge, onDelete }: SorterProps) {
  const slides = deck.slides;
  // The same array while the order stays, so dnd-kit's list (and every row) is left alone by an edit.
  const ids = slideIds(slides) as string[];
  const rowH = rowHeight(deck);
  const scroller = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 800 });
  const focusAfter = useRef<string | null>(null);
  const dragging = useRef(false);
  const sensors = useSensors(
    useSensor(PointerSensor, POINTER_OPTIONS),
    useSensor(KeyboardSensor, KEYBOARD_OPTIONS),
  );
  // What a drag says names slides by their titles: read when a drag starts, not on every edit.
  const slidesNow = useRef(slides);
  useLayoutEffect(() => {
    slidesNow.current = slides;
  });
  const saying = useRef<SorterAnnouncer | null>(null);
  const announcements = useMemo<Announcements>(() => {
    const say = (fresh = false) =>
      fresh || !saying.current
        ? (saying.current = sorterAnnouncer(
            ids,
            new Map(slidesNow.current.map((s) => [s.id, { id: s.id, title: s.title }])),
            selection.selected,
          ))
        : saying.current;
    return {
      onDragStart: ({ active }) => say(true).start(String(active.id)),
      onDragOver: ({ active, over }) =>
        say().over(String(active.id), over ? String(over.id) : undefined),
      onDragEnd: ({ active, over }) =>
        say().end(String(active.id), over ? String(over.id) : undefined),
      onDragCancel: ({ active }) => say().cancel(String(active.id)),
    };
  }, [ids, selection.selected]);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const update = () => setView({ top: el.scrollTop, height: el.clientHeight });
    update();
    const ro = new ResizeObserver(update);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // Keep the current slide in view (after keyboard moves, a new slide, undo) and give it
  // focus when the keyboard put it there.
  const currentIndex = selection.current ? ids.indexOf(selection.current) : -1;
  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el || currentIndex < 0) return;
    const top = currentIndex * rowH;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + rowH > el.scrollTop + el.clientHeight)
      el.scrollTop = top + rowH - el.clientHeight;
  }, [currentIndex, rowH]);
  useEffect(() => {
    if (focusAfter.current && focusAfter.current === selection.current) {
      document.getElementById(itemId(focusAfter.current))?.focus();
      focusAfter.current = null;
    }
  });

  const first = Math.max(0, Math.floor(view.top / rowH) - OVERSCAN);
  const last = Math.min(slides.length, Math.ceil((view.top + view.height) / rowH) + OVERSCAN);

  function onKeyDown(
    e: KeyboardEvent,
    index: number,
    startDrag: ((e: KeyboardEvent) => void) | undefined,
  ) {
    // While a slide is picked up, the keys belong to dnd-kit's keyboard drag.
    if (dragging.current) return;
    const id = ids[index]!;
    const go = (to: number, shift: boolean) => {
      const target = ids[Math.max(0, Math.min(ids.length - 1, to))];
      if (!target) return;
      focusAfter.current = target;
      onSelect(target, { shift });
    };
    if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
      e.preventDefault();
      focusAfter.current = id;
      onNudge(e.key === 'ArrowUp' ? -1 : 1);
    } else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      e.preventDefault();
      go(index + (e.key === 'ArrowUp' ? -1 : 1), e.shiftKey);
    } else if (e.key === 'Home' || e.key === 'End') {
      e.preventDefault();
      go(e.key === 'Home' ? 0 : ids.length - 1, e.shiftKey);
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      onDelete();
    } else if (e.key === ' ' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      onSelect(id, { toggle: true });
    } else if (e.key === ' ' && !e.altKey && !e.shiftKey) {
      startDrag?.(e);
    }
  }

  // Each row's handlers are the same functions from render to render (so a row whose slide is
  // unchanged is not drawn again); they call the sorter's latest ones.
  const latest = useRef({ onKeyDown, onSelect });
  useLayoutEffect(() => {
    latest.current = { onKeyDown, onSelect };
  });
  const itemClick = useCallback(
    (id: string, ev: MouseEvent) =>
      latest.current.onSelect(id, { shift: ev.shiftKey, toggle: ev.ctrlKey || ev.metaKey }),
    [],
  );
  const itemKeyDown = useCallback(
    (index: number, ev: KeyboardEvent, startDrag: ((e: KeyboardEvent) => void) | undefined) =>
      latest.current.onKeyDown(ev, index, startDrag),
    [],
  );

  function onDragEnd(e: DragEndEvent) {
    dragging.current = false;
    if (!e.over || e.over.id === e.active.id) return;
    const plan = dropPlan(ids, String(e.active.id), String(e.over.id), selection.selected);
    if (plan) onMove(plan.moving, plan.to);
  }

  return (
    <div
      className="sorter"
      ref={scroller}
      onScroll={(e) =>
        setView({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight })
      }
    >
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        accessibility={{
          announcements,
          screenReaderInstructions: { draggable: SORTER_INSTRUCTIONS },
        }}
        onDragStart={() => (dragging.current = true)}
        onDragCancel={() => (dragging.current = false)}
        onDragEnd={onDragEnd}
      >
        <SortableContext items={ids} strategy={verticalListSortingStrategy}>
          <ol
            role="list"
            aria-label="Slides"
            className="sorter-list"
            style={{ height: slides.length * rowH }}
          >
            {slides.slice(first, last).map((slide, k) => {
              const index = first + k;
              return (
                <SorterItem
                  key={slide.id}
                  slide={slide}
                  deck={deck}
                  ctx={ctx}
                  index={index}
                  total={slides.length}
                  top={index * rowH}
                  height={rowH}
                  selected={selection.selected.has(slide.id)}
                  current={selection.current === slide.id}
                  onClick={itemClick}
                  onKeyDown={itemKeyDown}
                />
              );
            })}
          </ol>
        </SortableContext>
      </DndContext>
    </div>
  );
}

const BUILDS_NAME = 'Builds step by step';

/** The thumbnail's corner mark for a slide whose bullets (or blocks) appear one at a time. */
function BuildsBadge() {
  return (
    <span className="builds-badge" role="img" aria-label={BUILDS_NAME} title={BUILDS_NAME}>
      <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
        <rect x="2" y="2.5" width="12" height="2.6" rx="1" />
        <rect x="2" y="6.7" width="9" height="2.6" rx="1" opacity="0.7" />
        <rect x="2" y="10.9" width="6" height="2.6" rx="1" opacity="0.4" />
      </svg>
    </span>
  );
}

/** The DOM id of a slide's sorter item. */
export function itemId(slideId: string): string {
  return `sorter-${slideId}`;
}

interface SorterItemProps {
  slide: Slide;
  deck: Deck;
  ctx: SlideRenderContext;
  index: number;
  total: number;
  top: number;
  height: number;
  selected: boolean;
  current: boolean;
  onClick: (id: string, e: MouseEvent) => void;
  /** `startDrag` hands the key to dnd-kit's keyboard sensor (Space picks the slide up). */
  onKeyDown: (
    index: number,
    e: KeyboardEvent,
    startDrag: ((e: KeyboardEvent) => void) | undefined,
  ) => void;
}

function SorterItemInner({
  slide,
  deck,
  ctx,
  index,
  total,
  top,
  height,
  selected,
  current,
  onClick,
  onKeyDown,
}: SorterItemProps) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({
    id: slide.id,
  });
  const builds = buildsStepByStep(slide);
  const label = `Slide ${index + 1}${slide.title ? `: ${slide.title}` : ''}${slide.hidden ? ' (hidden)' : ''}${builds ? `, ${BUILDS_NAME.toLowerCase()}` : ''}`;
  return (
    <li
      ref={setNodeRef}
      id={itemId(slide.id)}
      role="listitem"
      aria-label={selected && !current ? `${label}, selected` : label}
      aria-current={current ? 'true' : undefined}
      aria-posinset={index + 1}
      aria-setsize={total}
      tabIndex={current ? 0 : -1}
      className={`sorter-item${selected ? ' selected' : ''}${current ? ' current' : ''}${slide.hidden ? ' hidden-slide' : ''}`}
      style={{
        top,
        height,
        transform: transform ? `translate3d(0, ${Math.round(transform.y)}px, 0)` : undefined,
        transition,
        zIndex: isDragging ? 2 : undefined,
        opacity: isDragging ? 0.85 : undefined,
      }}
      {...listeners}
      // Our keys first (arrows select, Alt+arrows move); Space goes on to dnd-kit's keyboard drag.
      onKeyDown={(e) =>
        onKeyDown(index, e, listeners?.onKeyDown as ((e: KeyboardEvent) => void) | undefined)
      }
      onClick={(e) => onClick(slide.id, e)}
      aria-roledescription="movable slide"
      aria-describedby={attributes['aria-describedby']}
    >
      <span className="sorter-number" aria-hidden="true">
        {index + 1}
      </span>
      <div className="sorter-thumb">
        {/* The item's name says which slide it is; the miniature's own text would be read twice. */}
        <div aria-hidden="true">
          <SlideFrame
            slide={slide}
            deck={deck}
            index={index}
            ctx={ctx}
            mode="thumb"
            width={THUMB_WIDTH}
          />
        </div>
        {builds && <BuildsBadge />}
      </div>
    </li>
  );
}

/**
 * A row is drawn again only when what it shows changed: its slide (immer keeps an unedited
 * slide the same object), its place, its selection, or what every thumbnail depends on (the
 * deck's meta and references, the chart pictures; see `SlideFrame`). Typing on one slide
 * draws that slide's row only. dnd-kit's own state during a drag reaches rows through its
 * contexts, which this does not stop.
 */
export const SorterItem = memo(
  SorterItemInner,
  (a, b) =>
    a.slide === b.slide &&
    a.deck.meta === b.deck.meta &&
    a.deck.references === b.deck.references &&
    a.ctx === b.ctx &&
    a.index === b.index &&
    a.total === b.total &&
    a.top === b.top &&
    a.height === b.height &&
    a.selected === b.selected &&
    a.current === b.current &&
    a.onClick === b.onClick &&
    a.onKeyDown === b.onKeyDown,
);
