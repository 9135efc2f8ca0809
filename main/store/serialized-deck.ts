/**
 * A deck as the bytes of its file. A save of a big deck has them made on a worker thread
 * (save-off-thread.ts) and hands them to `saveDeck` in place of the deck; both ways make them
 * here, so the file is the same byte for byte whichever thread did the work.
 */
import { serializeDeck } from '../../common/deck/serialize';
import type { Deck } from '../../common/deck/schema';

export class SerializedDeck {
  private constructor(readonly bytes: Uint8Array) {}

  /** `deck` as its file's bytes: serializeDeck's text in UTF-8. */
  static of(deck: Deck): SerializedDeck {
    return new SerializedDeck(Buffer.from(serializeDeck(deck), 'utf8'));
  }

  /** Bytes that `of` made (on a worker thread), received here. */
  static received(bytes: Uint8Array): SerializedDeck {
    return new SerializedDeck(bytes);
  }
}
