/**
 * A `deck.save` request's JSON text → its checked arguments and the deck file's bytes: what
 * the store's worker does for a big save (save-off-thread.ts). Parsing, validating and
 * serializing a 30 MB deck keeps a thread busy for most of a second.
 */
import type { ArgsOut } from '../../common/api/contract';
import { contract } from '../../common/api/contract';
import { argProblems } from '../../common/api/arg-problems';
import { error, type Problem } from '../../common/deck/problems';
import { SerializedDeck } from './serialized-deck';

/** The arguments of `deck.save` but the deck, which travels as its file's bytes. */
export type SaveRequestArgs = Omit<ArgsOut<'deck.save'>, 'deck'>;

/** What the worker answers: the arguments and bytes, or why the request is invalid. */
export type PreparedSave =
  { ok: true; args: SaveRequestArgs; bytes: Uint8Array } | { ok: false; problems: Problem[] };

/** Parses and validates `text` as `deck.save`'s arguments, as `dispatch` does, and serializes the deck. */
export function prepareSave(text: string): PreparedSave {
  let raw: unknown;
  try {
    raw = text.length ? JSON.parse(text) : {};
  } catch {
    return { ok: false, problems: [error('body', 'is not valid JSON')] };
  }
  const parsed = contract['deck.save'].args.safeParse(raw);
  if (!parsed.success) return { ok: false, problems: argProblems(parsed.error.issues) };
  const { deck, ...args } = parsed.data;
  return { ok: true, args, bytes: SerializedDeck.of(deck).bytes };
}
