/**
 * Build steps for PowerPoint. pptxgenjs writes no animations, so a slide with steps becomes
 * one slide per step, each showing one more piece (a later piece keeps its room, drawn
 * invisible, so nothing jumps), with "Build step k of n" at the end of its notes. The order is
 * the slide's reading order, as reveal.js numbers fragments: the text column's blocks, bullets
 * in order (a parent before its children), then the figure column.
 */
import type { Block, BulletItem, Slide } from '../../../common/deck/schema';
import { textColumnBlocks } from '../../../common/render/fit';

/** Each stepped bullet or block id → its step (1-based), and how many steps the slide has. */
export function buildOrder(slide: Slide): { step: Map<string, number>; steps: number } {
  const step = new Map<string, number>();
  const items = (list: readonly BulletItem[]) => {
    for (const item of list) {
      if (item.fragment) step.set(item.id, step.size + 1);
      items(item.children);
    }
  };
  const blocks = (list: readonly Block[]) => {
    for (const block of list) {
      if (block.type === 'bullets') items(block.items);
      else if (block.type !== 'references' && block.fragment) step.set(block.id, step.size + 1);
    }
  };
  const text = textColumnBlocks(slide);
  blocks(text);
  blocks(slide.blocks.filter((b) => !text.includes(b)));
  return { step, steps: step.size };
}

/** Whether the piece `id` is shown at step `k` (0: before any step). */
export function shownAt(order: { step: Map<string, number> }, id: string, k: number): boolean {
  const at = order.step.get(id);
  return at === undefined || at <= k;
}
