/**
 * What a named operation is: a pure immer recipe over the deck, a label for the Undo menu,
 * and, for edits made keystroke by keystroke, the target that lets a typing burst become one
 * undo step.
 */
import type { Deck } from '../deck/schema';

export interface OpDef<A> {
  /** Shown as "Undo <label>". */
  label: string;
  /** Mutates the draft; must leave a deck that `Deck.parse` accepts. Throws `OpRefused` to refuse. */
  recipe: (draft: Deck, args: A) => void;
  /**
   * The field this edit writes (e.g. a bullet's id). Consecutive edits by the same op with the
   * same key, close together in time, merge into one undo step. Absent: never merged.
   */
  coalesce?: (args: A) => string;
}

/** Declares an op; exists only so `A` is inferred once and checked at the definition. */
export function defineOp<A>(def: OpDef<A>): OpDef<A> {
  return def;
}

/** Thrown by a recipe that cannot do what it was asked; becomes a Problem, never a crash. */
export class OpRefused extends Error {
  constructor(
    readonly where: string,
    readonly what: string,
  ) {
    super(`${where}: ${what}`);
    this.name = 'OpRefused';
  }
}

/** Refuses the edit with a reason a lecturer can act on. */
export function refuse(where: string, what: string): never {
  throw new OpRefused(where, what);
}
