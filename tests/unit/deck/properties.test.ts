/** Property tests: any valid deck survives serialize → parse, serialize is stable, v0 always migrates. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDeck } from '../../../common/deck/load';
import { serializeDeck } from '../../../common/deck/serialize';
import { deckInput, v0Deck, validDeck } from './arbitraries';
import { Deck, DECK_SCHEMA_ID } from '../../../common/deck/schema';

describe('deck properties', () => {
  it('the generator makes decks the schema accepts', () => {
    fc.assert(
      fc.property(deckInput, (input) => Deck.safeParse(input).success),
      { numRuns: 200 },
    );
  });

  it('serialize → parse gives back an equal deck, with no warnings', () => {
    fc.assert(
      fc.property(validDeck, (deck) => {
        const result = parseDeck(serializeDeck(deck));
        if (!result.ok) throw new Error(JSON.stringify(result.problems));
        // The serializer stamps the header `$schema`; everything else comes back as it was.
        const { $schema, ...rest } = result.value.deck;
        expect($schema).toBe(DECK_SCHEMA_ID);
        expect(rest).toEqual({ ...deck, $schema: undefined });
        expect(result.warnings).toEqual([]);
        expect(result.value.readOnly).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('serialize is idempotent: parsing and saving again gives the same bytes', () => {
    fc.assert(
      fc.property(validDeck, (deck) => {
        const once = serializeDeck(deck);
        const result = parseDeck(once);
        if (!result.ok) throw new Error(JSON.stringify(result.problems));
        expect(serializeDeck(result.value.deck)).toBe(once);
      }),
      { numRuns: 300 },
    );
  });

  it('every version 0 deck migrates to a valid version 1 deck with the same slides', () => {
    fc.assert(
      fc.property(v0Deck, (v0) => {
        const result = parseDeck(JSON.stringify(v0));
        if (!result.ok) throw new Error(JSON.stringify(result.problems));
        expect(result.value.migratedFrom).toBe(0);
        expect(result.value.deck.version).toBe(1);
        expect(result.value.deck.meta.title).toBe(v0.title);
        expect(result.value.deck.slides.map((s) => s.title)).toEqual(
          (v0.slides ?? []).map((s) => s.title ?? ''),
        );
        expect(Deck.safeParse(result.value.deck).success).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
