/**
 * Ids for things the editor creates and wants to focus right away (a new slide, a bullet).
 * Time plus a counter: unique within a session and across sessions on one deck, and within
 * the schema's id rules.
 */
import type { IdKind } from '../../../common/ops';

const PREFIX: Record<IdKind, string> = { slide: 's', block: 'b', bullet: 'i', reference: 'r' };
let counter = 0;

/** A fresh id such as `s-lq3k2f-7`. */
export function newId(kind: IdKind): string {
  counter = (counter + 1) % 1_000_000;
  return `${PREFIX[kind]}-${Date.now().toString(36)}-${counter.toString(36)}`;
}
