/**
 * How a command validates decks: with zod's runtime parser, not the deck schema compiled to
 * code (`deckSchema` in common/deck/load.ts). Compiling pays off over the many loads of a
 * long-running host (the app, `lectern web`); a command reads a deck or a few and exits, and
 * compiling the schema (~20 ms) costs more than it saves on a deck of a few hundred slides.
 * The two give the same results and the same messages.
 */
import { z } from 'zod';

/** For a command that reads decks and exits: called before the first deck is read. */
export function validateWithoutCompiling(): void {
  z.config({ jitless: true });
}
