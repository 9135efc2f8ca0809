/**
 * Deck → file text. Two-space JSON with a fixed key order and a final newline, so a deck
 * reads cleanly in a diff and the same deck always gives the same bytes.
 */
import { DECK_SCHEMA_ID, DECK_VERSION, DECK_FORMAT, type Deck } from './schema';

export function serializeDeck(deck: Deck): string {
  // The schema library returns keys in schema order; only the header is placed by hand.
  const { $schema: _ignored, format: _f, version: _v, ...rest } = deck;
  return (
    JSON.stringify(
      { $schema: DECK_SCHEMA_ID, format: DECK_FORMAT, version: DECK_VERSION, ...rest },
      null,
      2,
    ) + '\n'
  );
}
