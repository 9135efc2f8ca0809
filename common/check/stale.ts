/**
 * The finding of a slide whose reading was updated under it (re-import, "Update the existing
 * decks"). On its own, without the rest of the check, so the editor's Check panel can tell it
 * apart (and offer "Mark as reviewed") without loading the check's NLP library.
 */
import type { Slide } from '../deck/schema';

/** How the finding opens. */
export const STALE_OPENING = 'rests on the reading as it was before the update';

/** The finding of a slide whose reading was updated under it: what changed, and what to do. */
export function staleText(stale: NonNullable<Slide['stale']>): string {
  const changed = stale.filter((s) => s.why === 'changed').map((s) => s.sentence);
  const gone = stale.filter((s) => s.why === 'vanished').map((s) => s.sentence);
  const parts = [
    changed.length
      ? `${changed.length === 1 ? 'sentence' : 'sentences'} ${changed.join(', ')} changed`
      : '',
    gone.length
      ? `${gone.length === 1 ? 'sentence' : 'sentences'} ${gone.join(', ')} ${gone.length === 1 ? 'is' : 'are'} no longer in it`
      : '',
  ].filter(Boolean);
  return `${STALE_OPENING}: ${parts.join(', and ')}; check the slide against the reading, then mark it as reviewed`;
}
