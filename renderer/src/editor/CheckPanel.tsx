/**
 * The deck-check panel: what a careful colleague would flag, errors first, each with a link
 * that takes you to its slide (or to the reference list for problems about the whole deck).
 */
import { STALE_OPENING } from '../../../common/check/stale';
import { plural } from '../app/format';
import type { SlideProblem } from './deck-check';
import './check-panel.css';

/** Errors before warnings; within each, in slide order (the sort is stable). */
function ordered(problems: readonly SlideProblem[]): SlideProblem[] {
  return [...problems].sort((a, b) =>
    a.severity === b.severity ? a.slide - b.slide : a.severity === 'error' ? -1 : 1,
  );
}

export interface CheckPanelProps {
  problems: readonly SlideProblem[];
  onGo: (index: number) => void;
  onReferences: () => void;
  /** Clears the "reading changed" mark of slide `index` once the lecturer has checked it. */
  onReviewed: (index: number) => void;
}

export function CheckPanel({ problems, onGo, onReferences, onReviewed }: CheckPanelProps) {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  return (
    <section className="check-panel" aria-label="Deck check">
      {problems.length === 0 ? (
        <p>No problems found.</p>
      ) : (
        <>
          <p className="check-summary">
            {[errors ? plural(errors, 'error') : '', warnings ? plural(warnings, 'warning') : '']
              .filter(Boolean)
              .join(', ')}
          </p>
          <ul>
            {ordered(problems).map((p, i) => (
              <li key={i} className={p.severity}>
                <span className="check-severity">
                  {p.severity === 'error' ? 'Error' : 'Warning'}
                </span>{' '}
                {p.slide >= 0 ? (
                  <button type="button" className="link-button" onClick={() => onGo(p.slide)}>
                    Slide {p.slide + 1}
                  </button>
                ) : (
                  <button type="button" className="link-button" onClick={onReferences}>
                    References
                  </button>
                )}{' '}
                {p.what}
                {p.slide >= 0 && p.what.startsWith(STALE_OPENING) && (
                  <>
                    {' '}
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => onReviewed(p.slide)}
                    >
                      Mark slide {p.slide + 1} as reviewed
                    </button>
                  </>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
