/**
 * Deterministic ids for new slides, blocks, bullets and references.
 *
 * A new id depends only on the deck (the highest numeric suffix already used with the same
 * prefix, plus one), so the same edit on the same deck always gives the same id: tests are
 * repeatable and redo (which replays patches) agrees with the first run. Ids are unique
 * across the whole deck, not just among siblings, so one id finds one thing.
 */
import { Id, type BulletItem, type Deck } from '../deck/schema';

/** Prefixes by kind, kept short so ids stay readable in a diff. */
export const ID_PREFIX = { slide: 's', block: 'b', bullet: 'i', reference: 'r' } as const;
export type IdKind = keyof typeof ID_PREFIX;

/** Every id in the deck: slides, blocks, bullets (at any depth), references and sources. */
export function collectIds(deck: Deck): Set<string> {
  const ids = new Set<string>();
  const addItems = (items: readonly BulletItem[]): void => {
    for (const item of items) {
      ids.add(item.id);
      addItems(item.children);
    }
  };
  for (const slide of deck.slides) {
    ids.add(slide.id);
    for (const block of slide.blocks) {
      ids.add(block.id);
      if (block.type === 'bullets') addItems(block.items);
    }
  }
  for (const ref of deck.references) ids.add(ref.id);
  for (const source of deck.sources) ids.add(source.id);
  return ids;
}

/** Hands out fresh ids for one edit; remembers what it gave so one edit never repeats itself. */
export interface IdMaker {
  (kind: IdKind): string;
  /** Takes `wanted` when it is a valid id not yet used; otherwise a fresh id of `kind`. */
  claim(kind: IdKind, wanted: string | undefined): string;
}

/** An id maker for `deck`. Read the deck before the edit (a plain object, not a draft). */
export function idMaker(deck: Deck): IdMaker {
  const used = collectIds(deck);
  const next = new Map<string, number>();
  const fresh = (kind: IdKind): string => {
    const prefix = ID_PREFIX[kind];
    let n = next.get(prefix) ?? highestSuffix(used, prefix) + 1;
    while (used.has(prefix + n)) n++;
    next.set(prefix, n + 1);
    used.add(prefix + n);
    return prefix + n;
  };
  const claim = (kind: IdKind, wanted: string | undefined): string => {
    if (wanted !== undefined && !used.has(wanted) && Id.safeParse(wanted).success) {
      used.add(wanted);
      return wanted;
    }
    return fresh(kind);
  };
  return Object.assign(fresh, { claim });
}

/** The id the next `kind` will get on `deck`, so the editor can select what it is adding. */
export function nextId(deck: Deck, kind: IdKind): string {
  return idMaker(deck)(kind);
}

function highestSuffix(ids: Set<string>, prefix: string): number {
  const pattern = new RegExp(`^${prefix}(\\d{1,9})$`);
  let max = 0;
  for (const id of ids) {
    const m = pattern.exec(id);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return max;
}
