/**
 * The audience view: the deck in reveal.js, filling the window (F for full screen), with the
 * deck's theme, fragments, a short fade and the slide number. This is the one component
 * that touches the reveal.js API, in the shape of reveal.js's own React example: the
 * instance is created once, `sync()`ed after the slides render, and destroyed on unmount.
 *
 * It also answers the speaker view over the deck's channel: it sends the deck and its state,
 * and follows the speaker's navigation, so either window moves both.
 */
import {
  startTransition,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { createPortal } from 'react-dom';
import Reveal, { type RevealApi } from 'reveal.js';
import 'reveal.js/reveal.css';
import type { Deck } from '../../../common/deck/schema';
import type { SlideRenderContext } from '../../../common/render/context';
import { openPresentChannel, type PresentChannel } from './channel';
import { missingAssets } from './assets';
import type { PresentMessage } from './protocol';
import { revealConfig } from './reveal-config';
import { positionOf, shownSlides } from './shown';
import { openSpeakerWindow } from './speaker-window';
import { NEAR, NEAR_IN_OVERVIEW, SlideWindow } from './SlideWindow';
import { readState } from './state';
import { usePresentKeys } from './use-present-keys';
import './present.css';
import { inBackground } from '../failure/background';

export interface PresentationProps {
  deckRef: string;
  deck: Deck;
  ctx: SlideRenderContext;
  /** Deck index of the slide to start on (a hidden one starts on the next shown slide). */
  start: number;
  /** Leaves the presentation; receives the deck index of the slide that was showing. */
  onExit: (slideIndex: number) => void;
}

/** reveal.js events after which the speaker view needs the new state. */
const STATE_EVENTS = [
  'slidechanged',
  'fragmentshown',
  'fragmenthidden',
  'paused',
  'resumed',
  'overviewshown',
  'overviewhidden',
] as const;

export function Presentation({ deckRef, deck, ctx, start, onExit }: PresentationProps) {
  const root = useRef<HTMLDivElement>(null);
  const revealEl = useRef<HTMLDivElement>(null);
  const revealRef = useRef<RevealApi | null>(null);
  const channel = useRef<PresentChannel | null>(null);
  const speaker = useRef<Window | null>(null);
  const [ready, setReady] = useState(false);
  const shown = useMemo(() => shownSlides(deck), [deck]);
  const lastSlide = useRef(shown[positionOf(shown, start)]?.index ?? 0);
  // Which slides are drawn in full: those near the current one (see SlideWindow).
  const [near, setNear] = useState(() => ({ center: positionOf(shown, start), overview: false }));

  // Everything the channel and key handlers read, kept current without re-subscribing.
  const latest = useRef({ deck, ctx, shown, onExit });
  useEffect(() => {
    latest.current = { deck, ctx, shown, onExit };
  });

  const publish = useCallback(() => {
    const reveal = revealRef.current;
    if (!reveal?.isReady()) return;
    const state = readState(reveal, latest.current.shown);
    lastSlide.current = state.slide;
    root.current?.setAttribute('data-slide', String(state.slide));
    channel.current?.send({ type: 'state', state });
    // Moving the window of drawn slides can wait until the new slide is on screen.
    startTransition(() =>
      setNear((n) =>
        n.center === state.position && n.overview === state.overview
          ? n
          : { center: state.position, overview: state.overview },
      ),
    );
  }, []);

  const sendDeck = useCallback(() => {
    const { deck: d, ctx: c } = latest.current;
    channel.current?.send({
      type: 'deck',
      deck: d,
      charts: { ...c.charts },
      missing: missingAssets(d, c),
    });
  }, []);

  // The reveal.js instance: created once, destroyed on unmount.
  useEffect(() => {
    const el = revealEl.current;
    if (!el) return;
    const reveal = new Reveal(el, revealConfig(latest.current.deck.meta.aspectRatio));
    revealRef.current = reveal;
    let alive = true;
    const onEvent = () => publish();
    const starting = reveal.initialize().then(() => {
      if (!alive) return;
      reveal.slide(positionOf(latest.current.shown, start));
      for (const type of STATE_EVENTS) reveal.on(type, onEvent);
      setReady(true);
      publish();
    });
    inBackground('start the presentation', starting);
    return () => {
      alive = false;
      for (const type of STATE_EVENTS) reveal.off(type, onEvent);
      try {
        reveal.destroy();
      } catch {
        // destroy() before initialize() finished: nothing was set up to undo.
      }
      revealRef.current = null;
    };
    // `start` only matters when the presentation begins.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [publish]);

  // The speaker channel: open for the whole presentation; "ended" tells the speaker window to close.
  useEffect(() => {
    const onMessage = (m: PresentMessage) => {
      const reveal = revealRef.current;
      if (m.type === 'connect') {
        sendDeck();
        publish();
      } else if (m.type === 'navigate' && reveal?.isReady()) {
        if (m.action === 'next') reveal.next();
        else if (m.action === 'prev') reveal.prev();
        else if (m.action === 'first') reveal.slide(0);
        else if (m.action === 'last') reveal.slide(latest.current.shown.length - 1);
        else if (m.action === 'goto' && m.position !== undefined)
          reveal.slide(Math.min(m.position, latest.current.shown.length - 1));
        else if (m.action === 'blackout') reveal.togglePause();
      } else if (m.type === 'bye') {
        speaker.current = null;
      }
    };
    const ch = openPresentChannel(deckRef, onMessage);
    channel.current = ch;
    // A speaker window left open from before hears the deck straight away.
    sendDeck();
    return () => {
      ch.send({ type: 'ended' });
      ch.close();
      channel.current = null;
      speaker.current?.close();
      speaker.current = null;
    };
  }, [deckRef, publish, sendDeck]);

  // A deck changed under the running instance (an edit from elsewhere): re-read it, tell the speaker.
  useEffect(() => {
    if (!ready) return;
    revealRef.current?.sync();
    sendDeck();
    publish();
  }, [deck, ctx, ready, publish, sendDeck]);

  // After the window of drawn slides moved: a jump may have replaced the very slide reveal.js
  // is showing (it was far a moment ago), and the overview lays out slides it has not seen.
  useLayoutEffect(() => {
    const reveal = revealRef.current;
    if (!ready || !reveal) return;
    if (!reveal.getCurrentSlide()?.isConnected) {
      const { h } = reveal.getIndices();
      reveal.sync();
      reveal.slide(h);
    } else if (reveal.isOverview()) reveal.sync();
  }, [near, ready]);

  const toggleSpeaker = useCallback(() => {
    if (speaker.current && !speaker.current.closed) {
      speaker.current.close();
      speaker.current = null;
    } else {
      speaker.current = openSpeakerWindow(deckRef);
    }
  }, [deckRef]);

  const toggleFullscreen = useCallback(() => {
    // Refused (no user gesture, a kiosk policy): the slides stay as they are, which is the answer.
    if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    else root.current?.requestFullscreen().catch(() => undefined);
  }, []);

  const leave = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    latest.current.onExit(lastSlide.current);
  }, []);

  const jump = usePresentKeys({ reveal: revealRef, leave, toggleSpeaker, toggleFullscreen });

  // Everything behind the presentation is inert (no focus, no clicks, out of the accessibility
  // tree), so Tab cannot wander onto the editor's hidden controls.
  useEffect(() => inertBehind(root.current), []);

  // Keys go to the presentation, not to whatever field of the editor had focus.
  useEffect(() => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
    root.current?.focus();
  }, []);

  // A child of <body> of its own, so that what is behind it can be made inert as a whole.
  return createPortal(
    <div
      ref={root}
      className="lectern-present reveal-viewport"
      role="dialog"
      aria-modal="true"
      aria-label={`Presenting ${deck.meta.title}`}
      tabIndex={-1}
      data-ready={ready ? 'true' : 'false'}
    >
      <div ref={revealEl} className="reveal">
        <div className="slides">
          <SlideWindow
            shown={shown}
            deck={deck}
            ctx={ctx}
            center={near.center}
            radius={near.overview ? NEAR_IN_OVERVIEW : NEAR}
          />
        </div>
      </div>
      {jump ? (
        <div className="lectern-present-jump" role="status">
          Go to slide {jump}
        </div>
      ) : null}
      <PresentCues onSpeaker={toggleSpeaker} onFullscreen={toggleFullscreen} onLeave={leave} />
    </div>,
    document.body,
  );
}

/** Makes every other child of <body> inert while `layer` shows; returns the undo. */
export function inertBehind(layer: HTMLElement | null): () => void {
  const changed: HTMLElement[] = [];
  if (layer) {
    for (const el of Array.from(document.body.children)) {
      if (
        el instanceof HTMLElement &&
        !el.contains(layer) &&
        !el.inert &&
        el.tagName !== 'SCRIPT'
      ) {
        el.inert = true;
        changed.push(el);
      }
    }
  }
  return () => {
    for (const el of changed) el.inert = false;
  };
}

/** Clicking a cue must not move focus onto it (Space would then press it again). */
const keepFocus = (e: { preventDefault: () => void }) => e.preventDefault();

/** A strip of cues that shows when the presentation starts and when the mouse moves, then fades. */
function PresentCues({
  onSpeaker,
  onFullscreen,
  onLeave,
}: {
  onSpeaker: () => void;
  onFullscreen: () => void;
  onLeave: () => void;
}) {
  const [visible, setVisible] = useState(true);
  useEffect(() => {
    let timer = window.setTimeout(() => setVisible(false), 3500);
    const onMove = () => {
      setVisible(true);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setVisible(false), 2500);
    };
    window.addEventListener('mousemove', onMove);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('mousemove', onMove);
    };
  }, []);
  return (
    <div className={visible ? 'lectern-present-cues is-visible' : 'lectern-present-cues'}>
      <button type="button" tabIndex={-1} onMouseDown={keepFocus} onClick={onSpeaker}>
        Speaker view <kbd>S</kbd>
      </button>
      <button type="button" tabIndex={-1} onMouseDown={keepFocus} onClick={onFullscreen}>
        Full screen <kbd>F</kbd>
      </button>
      <button type="button" tabIndex={-1} onMouseDown={keepFocus} onClick={onLeave}>
        Leave <kbd>Esc</kbd>
      </button>
    </div>
  );
}
