/** The size to draw a chart at for a slide layout, so the SVG scales by ~1 in place. */
import type { AspectRatio, Layout } from '../deck/schema';
import {
  CAPTION_BAND,
  COLUMN_GAP,
  SLIDE_PADDING,
  TITLE_BAND,
  slideSize,
  type SlideSize,
} from './context';

/** Width and height in CSS pixels of the figure area of a layout (caption excluded). */
export function chartBox(layout: Layout, aspect: AspectRatio): SlideSize {
  const { width: W, height: H } = slideSize(aspect);
  const inner = W - 2 * SLIDE_PADDING.x;
  const body = H - SLIDE_PADDING.top - SLIDE_PADDING.bottom - TITLE_BAND - 20;
  if (layout === 'bullets-figure')
    return { width: Math.floor((inner - COLUMN_GAP) / 2), height: body - CAPTION_BAND };
  if (layout === 'figure') return { width: inner, height: body - CAPTION_BAND };
  return { width: inner, height: Math.floor(body * 0.5) };
}
