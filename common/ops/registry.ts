/**
 * Every named edit of a deck, in one typed table. The editor dispatches
 * `{ op: 'slide/add', args: { after: 2, layout: 'bullets' } }` and the compiler checks the
 * args against that op; the types below are derived from the table, so adding an op here is
 * all it takes to make it dispatchable.
 */
import { blockOps } from './blocks';
import { bulletOps } from './bullets';
import { buildStepOps } from './build-steps';
import { chartKindOps } from './chart-kinds';
import { citationOps } from './citations';
import { figureOps } from './figures';
import { formulaOps } from './formula';
import { metaOps } from './meta';
import { quoteOps } from './quote';
import { referenceOps } from './references';
import { slideOps } from './slides';
import { textOps } from './text';
import type { OpDef } from './types';

export const OPS = {
  ...slideOps,
  ...bulletOps,
  ...buildStepOps,
  ...quoteOps,
  ...textOps,
  ...blockOps,
  ...figureOps,
  ...formulaOps,
  ...chartKindOps,
  ...citationOps,
  ...referenceOps,
  ...metaOps,
};

type Registry = typeof OPS;
export type OpName = keyof Registry;
/** The arguments op `N` takes. */
export type OpArgs<N extends OpName> = Registry[N] extends OpDef<infer A> ? A : never;
/** A dispatchable edit: the discriminated union of every `{ op, args }` pair (or of those in `N`). */
export type Op<N extends OpName = OpName> = { [K in N]: { op: K; args: OpArgs<K> } }[N];

/** The registry seen through the mapped type, so `OPS_BY_NAME[op.op]` accepts `op.args` without casts. */
const OPS_BY_NAME: { [K in OpName]: OpDef<OpArgs<K>> } = OPS;

/** The definition of op `name`. */
export function opDef<N extends OpName>(name: N): OpDef<OpArgs<N>> {
  return OPS_BY_NAME[name];
}

/** True when `name` is an op this version knows (for ops arriving from outside, e.g. tests or a log). */
export function isOpName(name: string): name is OpName {
  return Object.prototype.hasOwnProperty.call(OPS, name);
}
