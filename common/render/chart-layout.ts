/**
 * Chart layout helpers for Vega without a canvas: text widths from the bundled font's table,
 * and the padding that keeps everything a chart draws inside its box.
 */
import type * as vega from 'vega';
import { textWidth } from './text-width';

/** The text item fields Vega hands a width function. */
interface TextItem {
  fontSize?: number | string;
  fontWeight?: number | string;
  limit?: number;
}

interface TextMetrics {
  canvas(use: boolean): void;
  width(item: TextItem, text: unknown): number;
}

/**
 * Vega calls this with whole labels (for bounds: the result must be the width drawn, so a
 * label over its `limit` counts as `limit`, about what it is cut to) and with slices while
 * cutting a label to its limit (where a slice over the limit must still compare as over:
 * clamping to `limit` keeps that).
 */
function labelWidth(item: TextItem, text: unknown): number {
  const line = text == null ? '' : String(text);
  const size = item.fontSize != null ? Number(item.fontSize) || 0 : 11;
  const width = textWidth(line, size, item.fontWeight);
  const limit = Number(item.limit) || 0;
  return limit > 0 ? Math.min(width, limit) : width;
}

/**
 * Makes Vega measure text with `textWidth` (Source Sans 3 widths) instead of a canvas or its
 * 0.8 em-per-character guess. `textMetrics.width` is Vega's documented hook for a user width
 * function (vl-convert sets it the same way); it is global, so it is set before each drawing.
 */
export function measureWithFontTable(vegaModule: typeof vega): void {
  const metrics = (vegaModule as unknown as { textMetrics: TextMetrics }).textMetrics;
  metrics.canvas(false);
  metrics.width = labelWidth;
}

export interface Padding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

interface Bounds {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * After a run: undefined when everything drawn lies at least `margin` px inside the
 * `box`, else the padding to draw with next, grown by the overrun on each side.
 */
export function paddingToFit(
  view: vega.View,
  padding: Padding,
  box: { width: number; height: number },
  margin: number,
): Padding | undefined {
  const bounds = (view.scenegraph() as unknown as { root: { bounds: Bounds } }).root.bounds;
  const [ox, oy] = view.origin();
  const x0 = padding.left + ox;
  const y0 = padding.top + oy;
  const over = {
    left: Math.ceil(margin - (x0 + bounds.x1)),
    top: Math.ceil(margin - (y0 + bounds.y1)),
    right: Math.ceil(x0 + bounds.x2 - (box.width - margin)),
    bottom: Math.ceil(y0 + bounds.y2 - (box.height - margin)),
  };
  if (over.left <= 0 && over.top <= 0 && over.right <= 0 && over.bottom <= 0) return undefined;
  return {
    top: padding.top + Math.max(0, over.top),
    bottom: padding.bottom + Math.max(0, over.bottom),
    left: padding.left + Math.max(0, over.left),
    right: padding.right + Math.max(0, over.right),
  };
}
