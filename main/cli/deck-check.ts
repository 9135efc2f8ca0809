/**
 * The one place the command line runs the deck check (the rules a careful colleague would
 * apply: a number missing from its source sentence, a figure without alt text, a citation to
 * a reference with missing details, a slide with no source). The rules live in common/check;
 * `checkDeckFile` gives them the deck folder's view (the source copies, the assets).
 */
import type { Problem } from '../../common/deck/problems';
import type { Deck } from '../../common/deck/schema';
import { checkDeckFile } from '../import/check-context';

/** Deck-check problems for the deck stored at `deckFile`, which already passed the schema. */
export function deckCheckProblems(deckFile: string, deck: Deck): Promise<Problem[]> {
  return checkDeckFile(deckFile, deck);
}
