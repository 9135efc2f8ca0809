/**
 * One op applied to one deck, with the patches that redo and undo it.
 *
 * Pure: the deck passed in is never changed (immer structurally shares what the op did
 * not touch). A refused op is a value (`ok: false`) with a problem a lecturer can read.
 */
import { enablePatches, produceWithPatches, type Patch } from 'immer';
import type { Deck } from '../deck/schema';
import { error, type Problem } from '../deck/problems';
import { opDef, type Op, type OpName } from './registry';
import { OpRefused } from './types';

enablePatches();

/** One undoable change: the op (or gesture) name and the patches both ways. */
export interface Change {
  name: string;
  patches: Patch[];
  inversePatches: Patch[];
}

export type Applied = { ok: true; deck: Deck; change: Change } | { ok: false; problems: Problem[] };

/** Runs `op` on `deck`. An op that changes nothing gives a change with no patches. */
export function applyOp<N extends OpName>(deck: Deck, op: Op<N>): Applied {
  const def = opDef<N>(op.op);
  try {
    const [next, patches, inversePatches] = produceWithPatches(deck, (draft: Deck) => {
      def.recipe(draft, op.args);
    });
    return { ok: true, deck: next, change: { name: op.op, patches, inversePatches } };
  } catch (e) {
    if (e instanceof OpRefused) return { ok: false, problems: [error(e.where, e.what)] };
    throw e;
  }
}

/** The coalescing key of `op` (its op name and target), or undefined when it never merges. */
export function coalesceKey<N extends OpName>(op: Op<N>): string | undefined {
  const key = opDef<N>(op.op).coalesce?.(op.args);
  return key === undefined ? undefined : `${op.op} ${key}`;
}

/** The Undo-menu label of op `name`. */
export function opLabel(name: OpName): string {
  return opDef(name).label;
}
