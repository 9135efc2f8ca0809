/** The distinct valid decks the kill-during-save child alternates between (sizes vary: 40-320 slides). */
import type { Deck } from '../../../common/deck/schema';
import { generateDeck } from '../../fixtures/decks/generate';

export function killPool(): Deck[] {
  return [40, 320, 90, 250, 160].map((slides, i) => generateDeck(slides, 100 + i));
}
