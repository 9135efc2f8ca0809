/**
 * Build steps: a slide's bullets (or one block) appearing one at a time when presenting and
 * in the "one page per build step" PDF. Both follow the per-item `fragment` flag the schema
 * already has, so these ops only set or clear it on many items in one undo step.
 */
import type { Block, BulletItem, Slide } from '../deck/schema';
import { findBlock, findSlide, plain } from './find';
import { KEY_ORDER, putField } from './fields';
import { defineOp, refuse } from './types';

/** Whether every, some or none of the things a toggle covers build step by step. */
export type BuildState = 'all' | 'some' | 'none';

function countBullets(items: readonly BulletItem[], tally: { on: number; all: number }): void {
  for (const item of items) {
    tally.all++;
    if (item.fragment) tally.on++;
    countBullets(item.children, tally);
  }
}

function stateOf(tally: { on: number; all: number }): BuildState {
  return tally.on === 0 ? 'none' : tally.on === tally.all ? 'all' : 'some';
}

/** The build state of one block: its bullets, or the block itself for a quote, text or figure. */
export function blockBuildState(block: Block): BuildState {
  if (block.type === 'references') return 'none';
  if (block.type !== 'bullets') return block.fragment ? 'all' : 'none';
  const tally = { on: 0, all: 0 };
  countBullets(block.items, tally);
  return stateOf(tally);
}

/** The build state of a slide's bullets, over all its bullet lists and every nesting level. */
export function slideBuildState(slide: Slide): BuildState {
  const tally = { on: 0, all: 0 };
  for (const block of slide.blocks) if (block.type === 'bullets') countBullets(block.items, tally);
  return stateOf(tally);
}

/** True when anything on the slide appears step by step (what the sorter marks). */
export function buildsStepByStep(slide: Slide): boolean {
  return slide.blocks.some((b) => blockBuildState(b) !== 'none');
}

/**
 * Sets `fragment` on every bullet of a drafted list, at every level. Only bullets whose flag
 * changes are written, so the undo patch is as small as the edit.
 */
function setBullets(items: BulletItem[], base: readonly BulletItem[], on: boolean): void {
  base.forEach((item, i) => {
    // Children first: putField may replace the item with a plain copy, which must already hold them.
    if (item.children.length) setBullets(items[i]!.children, item.children, on);
    if (Boolean(item.fragment) !== on) {
      putField(
        items[i]!,
        'fragment',
        on ? true : undefined,
        KEY_ORDER.bullet,
        (next) => (items[i] = next),
      );
    }
  });
}

export const buildStepOps = {
  /** Every bullet of the slide appears one at a time (`on`), or all at once. */
  'slide/set-build-steps': defineOp<{ slideId: string; on: boolean }>({
    label: 'Bullets one by one',
    recipe(draft, { slideId, on }) {
      const slide = findSlide(draft, slideId);
      const blocks = plain(slide.blocks);
      if (!blocks.some((b) => b.type === 'bullets'))
        refuse(`slide "${slideId}"`, 'has no bullets to show one by one');
      blocks.forEach((block, i) => {
        if (block.type !== 'bullets') return;
        const drafted = slide.blocks[i]!;
        if (drafted.type === 'bullets') setBullets(drafted.items, block.items, on);
      });
    },
  }),

  /** One block appears step by step: each of its bullets in turn, or a quote, text or figure as one step. */
  'block/set-build-steps': defineOp<{ slideId: string; blockId: string; on: boolean }>({
    label: 'Step by step',
    recipe(draft, { slideId, blockId, on }) {
      const { slide, block, index } = findBlock(draft, slideId, blockId);
      if (block.type === 'references')
        refuse(`block "${blockId}"`, 'a reference list is always shown whole');
      if (block.type === 'bullets') {
        setBullets(block.items, plain(block).items, on);
        return;
      }
      const order =
        block.type === 'quote'
          ? KEY_ORDER.quote
          : block.type === 'figure'
            ? KEY_ORDER.figure
            : KEY_ORDER.text;
      putField(
        block,
        'fragment',
        on ? true : undefined,
        order,
        (next) => (slide.blocks[index] = next),
      );
    },
  }),
};
