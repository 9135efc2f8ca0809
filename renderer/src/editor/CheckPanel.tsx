/** The deck-check panel: each problem, and a link that takes you to its slide. */
import type { SlideProblem } from './deck-check';

export function CheckPanel({ problems, onGo, onReferences }: { problems: readonly SlideProblem[]; onGo: (index: number) => void; onReferences: () => void }) {
  return (
    <section className="check-panel" aria-label="Deck check">
      {problems.length === 0 ? (
        <p>No problems found.</p>
      ) : (
        <ul>
          {problems.map((p, i) => (
            <li key={i} className={p.severity}>
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
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
