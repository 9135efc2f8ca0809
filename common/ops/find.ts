/**
 * Finding things in a draft by id without touching the rest of the deck.
 *
 * Searching through the draft itself would make immer wrap every slide it passes in a proxy;
 * on a 1,000-slide deck that is measurable per keystroke. So the search runs on the plain
 * base objects and only the path to the target is drafted. Recipes look things up before
 * they change anything, so the base still matches the draft's shape.
 */
import { isDraft, original } from 'immer';
import type { Block, BulletItem, BulletsBlock, Deck, Slide } from '../deck/schema';
import { refuse } from './types';

/** The plain object behind a draft (or the object itself when it is not one). */
export function plain<T>(value: T): T {
  return isDraft(value) ? (original(value as object) as T) : value;
}

/** Index of the slide with `slideId`; refuses when there is none. */
export function slideIndex(draft: Deck, slideId: string): number {
  const index = plain(draft.slides).findIndex((s) => s.id === slideId);
  if (index < 0) refuse(`slide "${slideId}"`, 'this slide no longer exists');
  return index;
}

/** The drafted slide with `slideId`. */
export function findSlide(draft: Deck, slideId: string): Slide {
  return draft.slides[slideIndex(draft, slideId)]!;
}

/** The drafted block `blockId` of slide `slideId`, with its index in the slide. */
export function findBlock(
  draft: Deck,
  slideId: string,
  blockId: string,
): { slide: Slide; block: Block; index: number } {
  const slide = findSlide(draft, slideId);
  const index = plain(slide.blocks).findIndex((b) => b.id === blockId);
  if (index < 0) refuse(`block "${blockId}"`, 'this part of the slide no longer exists');
  return { slide, block: slide.blocks[index]!, index };
}

/** The drafted block `blockId` when it has the expected type; refuses otherwise. */
export function findBlockOf<T extends Block['type']>(
  draft: Deck,
  slideId: string,
  blockId: string,
  type: T,
): Extract<Block, { type: T }> {
  const { block } = findBlock(draft, slideId, blockId);
  if (block.type !== type)
    refuse(`block "${blockId}"`, `is a ${block.type} block, not a ${type} block`);
  return block as Extract<Block, { type: T }>;
}

/** Where a bullet sits: its block, the list holding it, its index there and its nesting depth (0 = top). */
export interface BulletPlace {
  slide: Slide;
  block: BulletsBlock;
  /** The drafted array the bullet is in (the block's items or the parent's children). */
  siblings: BulletItem[];
  index: number;
  item: BulletItem;
  parent: BulletItem | undefined;
  depth: number;
}

/** Finds bullet `bulletId` on slide `slideId`; refuses when it is not there. */
export function findBullet(draft: Deck, slideId: string, bulletId: string): BulletPlace {
  const slide = findSlide(draft, slideId);
  const blocks = plain(slide.blocks);
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    if (block.type !== 'bullets') continue;
    const path = pathTo(block.items, bulletId);
    if (!path) continue;
    const drafted = slide.blocks[b] as BulletsBlock;
    let siblings = drafted.items;
    let parent: BulletItem | undefined;
    for (const step of path.slice(0, -1)) {
      parent = siblings[step]!;
      siblings = parent.children;
    }
    const index = path[path.length - 1]!;
    return {
      slide,
      block: drafted,
      siblings,
      index,
      item: siblings[index]!,
      parent,
      depth: path.length - 1,
    };
  }
  return refuse(`bullet "${bulletId}"`, 'this bullet no longer exists');
}

/** Index path (one index per level) to the item with `id`, or undefined. */
function pathTo(items: readonly BulletItem[], id: string): number[] | undefined {
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.id === id) return [i];
    const below = pathTo(item.children, id);
    if (below) return [i, ...below];
  }
  return undefined;
}

/** Depth of the deepest bullet under `item`, counting `item` as 1. */
export function subtreeHeight(item: BulletItem): number {
  let h = 0;
  for (const c of item.children) h = Math.max(h, subtreeHeight(c));
  return h + 1;
}
