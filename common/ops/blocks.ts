/** Operations on any block of a slide (a figure, a quote, a list): delete and reorder. */
import type { Block, Slide } from '../deck/schema';
import { findBlock } from './find';
import { defineOp, refuse } from './types';

const MAX_BLOCKS = 100;

/** Appends `block` to a drafted slide, within the schema's limit. */
export function addBlock(slide: Slide, block: Block): void {
  if (slide.blocks.length >= MAX_BLOCKS)
    refuse('blocks', `a slide holds at most ${MAX_BLOCKS} blocks`);
  slide.blocks.push(block);
}

export const blockOps = {
  'block/delete': defineOp<{ slideId: string; blockId: string }>({
    label: 'Delete',
    recipe(draft, { slideId, blockId }) {
      const { slide, index } = findBlock(draft, slideId, blockId);
      slide.blocks.splice(index, 1);
    },
  }),

  'block/move': defineOp<{ slideId: string; blockId: string; to: number }>({
    label: 'Move',
    recipe(draft, { slideId, blockId, to }) {
      const { slide, index } = findBlock(draft, slideId, blockId);
      const target = Math.max(0, Math.min(Math.trunc(to), slide.blocks.length - 1));
      if (target === index) return;
      const [moving] = slide.blocks.splice(index, 1);
      slide.blocks.splice(target, 0, moving!);
    },
  }),
};
