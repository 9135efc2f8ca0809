/**
 * Where things go on a PowerPoint slide, in inches: a 10-inch-wide slide of the deck's aspect
 * ratio, the title band, and the body's boxes per layout, after the slide CSS (the same
 * margins and split as assets/themes/base.css, scaled from 1280 px to 10 in). Also how big a
 * text may be set to fit its box, since PowerPoint applies "shrink text on overflow" only once
 * the text is edited: the size is chosen here.
 */
import type { AspectRatio, Layout } from '../../../common/deck/schema';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export const SLIDE_WIDTH = 10;
const HEIGHTS: Record<AspectRatio, number> = { '16:9': 5.625, '4:3': 7.5, '16:10': 6.25 };

export function slideHeight(aspect: AspectRatio): number {
  return HEIGHTS[aspect];
}

const MARGIN_X = 0.55;
const TOP = 0.35;
const TITLE_H = 0.75;
const BOTTOM = 0.35;
const GAP = 0.3;

export function titleBox(aspect: AspectRatio): Box {
  void aspect;
  return { x: MARGIN_X, y: TOP, w: SLIDE_WIDTH - 2 * MARGIN_X, h: TITLE_H };
}

/** The body under the title band. */
export function bodyBox(aspect: AspectRatio): Box {
  const y = TOP + TITLE_H + 0.2;
  return { x: MARGIN_X, y, w: SLIDE_WIDTH - 2 * MARGIN_X, h: slideHeight(aspect) - y - BOTTOM };
}

/** The text column and the figure area of a layout that has both; the figure fills the body otherwise. */
export function columns(
  layout: Layout,
  aspect: AspectRatio,
  hasText: boolean,
): { text?: Box; figure: Box } {
  const body = bodyBox(aspect);
  if (layout === 'bullets-figure' && hasText) {
    const w = (body.w - GAP) / 2;
    return { text: { ...body, w }, figure: { ...body, x: body.x + w + GAP, w } };
  }
  if (layout === 'figure' && hasText) {
    const h = Math.min(1.1, body.h * 0.25);
    return { text: { ...body, h }, figure: { ...body, y: body.y + h + 0.1, h: body.h - h - 0.1 } };
  }
  return { figure: body };
}

/** Splits `box` from top to bottom into parts proportional to `weights`, with a gap between. */
export function stack(box: Box, weights: readonly number[], gap = 0.15): Box[] {
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  const room = box.h - gap * Math.max(0, weights.length - 1);
  let y = box.y;
  return weights.map((w) => {
    const h = (room * w) / total;
    const part = { x: box.x, y, w: box.w, h };
    y += h + gap;
    return part;
  });
}

/** A paragraph as the fitting sees it: its characters, its size relative to the base, its indent. */
export interface Para {
  chars: number;
  scale: number;
  indent: number;
}

/**
 * The largest font size (pt, at most `max`, at least `min`) at which `paras` fit in `box`:
 * an average character is half its size wide, a line 1.2 of its size high, and a paragraph
 * keeps a third of a line after it.
 */
export function fitSize(paras: readonly Para[], box: Box, max: number, min = 11): number {
  for (let size = max; size > min; size -= 1) {
    let height = 0;
    for (const p of paras) {
      const pt = size * p.scale;
      const width = (box.w - 0.1 - p.indent) * 72;
      const perLine = Math.max(8, Math.floor(width / (pt * 0.5)));
      const lines = Math.max(1, Math.ceil(p.chars / perLine));
      height += (lines * pt * 1.2 + pt * 0.35) / 72;
    }
    if (height <= box.h - 0.1) return size;
  }
  return min;
}
