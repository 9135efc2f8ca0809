/**
 * What the lecturer sees on the laptop: the current slide at its build step and the next
 * step, the notes as plain text in a size they can change, the elapsed time (pause, reset),
 * the clock, "slide n of N", and against an optional planned length, whether they are ahead
 * or behind.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Deck } from '../../../common/deck/schema';
import type { SlideRenderContext } from '../../../common/render/context';
import { renderMathText } from '../../../common/render/math';
import { nextStep } from './next-step';
import { formatDuration, pacing } from './pacing';
import type { NavigateAction, PresentState } from './protocol';
import { shownSlides } from './shown';
import { StepSlide } from './StepSlide';
import { useSpeakerKeys } from './use-speaker-keys';
import { useStopwatch } from './use-timer';

export interface SpeakerViewProps {
  deckRef: string;
  deck: Deck;
  ctx: SlideRenderContext;
  state: PresentState;
  navigate: (action: NavigateAction, position?: number) => void;
}

/** Buttons must not keep focus: Space and Enter belong to navigation here. */
const noFocus = (e: { preventDefault: () => void }) => e.preventDefault();

const NOTE_SIZES = { min: 14, max: 56, step: 4, initial: 24 };

/** A number kept in localStorage (the lecturer's notes size, a deck's planned length). */
function useStoredNumber(
  key: string,
  initial: number | null,
): [number | null, (v: number | null) => void] {
  const [value, setValue] = useState<number | null>(() => {
    const raw = window.localStorage.getItem(key);
    const n = raw === null ? NaN : Number(raw);
    return Number.isFinite(n) && n > 0 ? n : initial;
  });
  useEffect(() => {
    if (value === null) window.localStorage.removeItem(key);
    else window.localStorage.setItem(key, String(value));
  }, [key, value]);
  return [value, setValue];
}

export function SpeakerView({ deckRef, deck, ctx, state, navigate }: SpeakerViewProps) {
  const shown = useMemo(() => shownSlides(deck), [deck]);
  const watch = useStopwatch();
  const { startOnce } = watch;
  const [noteSize, setNoteSize] = useStoredNumber('lectern.speaker.notesSize', NOTE_SIZES.initial);
  const [planned, setPlanned] = useStoredNumber(`lectern.speaker.planned:${deckRef}`, null);
  const typed = useSpeakerKeys(navigate);
  useEffect(() => startOnce(), [startOnce]);

  const current = shown[state.position];
  const step = nextStep(state);
  const next = step ? shown[step.position] : undefined;
  const size = noteSize ?? NOTE_SIZES.initial;
  const pace = planned ? pacing(watch.elapsedMs, planned, state.position, state.total) : null;
  const clock = new Date(watch.now).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });

  return (
    <div className="speaker">
      <header className="speaker-bar">
        <span className="speaker-position" aria-live="polite">
          Slide {state.position + 1} of {state.total}
          {state.fragments > 0 ? ` · step ${state.fragment + 1} of ${state.fragments}` : ''}
        </span>
        <span className="speaker-timer">
          <span className="speaker-label">Elapsed</span>{' '}
          <time
            aria-label="Elapsed time"
            className={watch.running ? 'speaker-elapsed' : 'speaker-elapsed is-paused'}
          >
            {formatDuration(watch.elapsedMs)}
          </time>
          <button type="button" onMouseDown={noFocus} onClick={watch.toggle}>
            {watch.running ? 'Pause' : 'Resume'}
          </button>
          <button type="button" onMouseDown={noFocus} onClick={watch.reset}>
            Reset
          </button>
        </span>
        <span>
          <span className="speaker-label">Clock</span> <time aria-label="Clock">{clock}</time>
        </span>
        <label className="speaker-planned">
          <span className="speaker-label">Planned</span>
          <input
            type="number"
            min={1}
            max={600}
            value={planned ?? ''}
            placeholder="–"
            aria-label="Planned length in minutes"
            onChange={(e) =>
              setPlanned(
                e.currentTarget.value === ''
                  ? null
                  : Math.max(1, Math.min(600, Number(e.currentTarget.value) || 1)),
              )
            }
          />{' '}
          min
        </label>
        {pace ? (
          <span className={`speaker-pace pace-${pace.kind}`} role="status">
            {pace.kind === 'on-time' ? 'On time' : `${pace.minutes} min ${pace.kind}`} ·{' '}
            {pace.left >= 0 ? `${pace.left} min left` : `${-pace.left} min over`}
          </span>
        ) : null}
        {state.paused ? <span className="speaker-blackout">Screen blacked out (B)</span> : null}
        {typed ? <span className="speaker-jump">Go to slide {typed}</span> : null}
      </header>
      <main className="speaker-main">
        <section className="speaker-current" aria-label="Current slide">
          {current ? (
            <StepSlide
              slide={current.slide}
              deck={deck}
              index={current.index}
              ctx={ctx}
              fragment={state.fragment}
              label={`Current: slide ${state.position + 1}`}
            />
          ) : null}
          <div className="speaker-nav">
            <button type="button" onMouseDown={noFocus} onClick={() => navigate('prev')}>
              ← Back
            </button>
            <button type="button" onMouseDown={noFocus} onClick={() => navigate('blackout')}>
              {state.paused ? 'Show the slide' : 'Black out'}
            </button>
            <button type="button" onMouseDown={noFocus} onClick={() => navigate('next')}>
              Next →
            </button>
          </div>
        </section>
        <aside className="speaker-side">
          <section className="speaker-next" aria-label="Next">
            <h2>
              {!step
                ? 'End of the presentation'
                : step.position === state.position
                  ? 'Next: the next point on this slide'
                  : `Next: slide ${step.position + 1}`}
            </h2>
            {step && next ? (
              <StepSlide
                slide={next.slide}
                deck={deck}
                index={next.index}
                ctx={ctx}
                fragment={step.fragment}
                label={`Next: slide ${step.position + 1}`}
              />
            ) : (
              <div className="speaker-end">No more slides.</div>
            )}
          </section>
          <section className="speaker-notes" aria-label="Notes">
            <div className="speaker-notes-head">
              <h2>Notes</h2>
              <button
                type="button"
                onMouseDown={noFocus}
                aria-label="Smaller notes"
                onClick={() => setNoteSize(Math.max(NOTE_SIZES.min, size - NOTE_SIZES.step))}
                disabled={size <= NOTE_SIZES.min}
              >
                A−
              </button>
              <button
                type="button"
                onMouseDown={noFocus}
                aria-label="Larger notes"
                onClick={() => setNoteSize(Math.min(NOTE_SIZES.max, size + NOTE_SIZES.step))}
                disabled={size >= NOTE_SIZES.max}
              >
                A+
              </button>
            </div>
            {/* Plain text (React writes it as text nodes, so markup in notes stays text), formulas typeset. */}
            <div
              className="speaker-notes-text"
              data-testid="speaker-notes"
              style={{ fontSize: size }}
            >
              {current?.slide.notes.trim() ? (
                renderMathText(current.slide.notes)
              ) : (
                <span className="speaker-muted">No notes for this slide.</span>
              )}
            </div>
          </section>
        </aside>
      </main>
    </div>
  );
}
