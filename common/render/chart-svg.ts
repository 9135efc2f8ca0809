/**
 * Charts to SVG text with Vega-Lite and Vega, without a DOM or a canvas, so the same code
 * draws the editor preview (browser) and the export (Node), byte for byte the same.
 *
 * - Expressions run in vega-interpreter: no `eval`, so a strict Content-Security-Policy holds.
 * - Text is measured from a table of the bundled font's widths (text-width.ts), never by a
 *   canvas: measurement would differ between machines and fonts-not-yet-loaded, and the output
 *   must be deterministic.
 * - Nothing is loaded: the deck schema refuses URLs and the loader here refuses everything.
 * - Data text is escaped by Vega's SVG writer (tested with XSS payloads).
 */
import * as vega from 'vega';
import { expressionInterpreter } from 'vega-interpreter';
import { compile, type TopLevelSpec } from 'vega-lite';
import type { ChartSpec, Theme } from '../deck/schema';
import { chartConfig, readableSpec } from './chart-theme';
import { paddingToFit, useTableTextWidths, type Padding } from './chart-layout';

/** Room in px kept clear around everything a chart draws. */
const PADDING = 8;

export interface ChartOptions {
  theme: Theme;
  /** Size in CSS pixels of the whole chart, axes and legend included. */
  width: number;
  height: number;
  /**
   * Prefix for the SVG's internal ids (clip paths, gradients), so several charts can share a
   * page. Defaults to a hash of the spec and options.
   */
  idPrefix?: string;
}

/** FNV-1a, enough to tell charts apart in id prefixes. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Deep merge for config objects: the spec's own config wins over the theme's. */
function merge(base: Record<string, unknown>, over: unknown): Record<string, unknown> {
  if (!isObject(over)) return base;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const current = out[key];
    out[key] = isObject(current) && isObject(value) ? merge(current, value) : value;
  }
  return out;
}

/** Rewrites ids and references to them inside tags only; text content is left alone. */
function scopeIds(svg: string, prefix: string): string {
  return svg.replace(/<[^>]*>/g, (tag) =>
    tag
      .replace(/\sid="([^"]+)"/g, ` id="${prefix}-$1"`)
      .replace(/url\(#([^)]+)\)/g, `url(#${prefix}-$1)`)
      .replace(/href="#([^"]+)"/g, `href="#${prefix}-$1"`),
  );
}

/** A key that would make Vega fetch something; the deck schema refuses these too. */
function fetchingKey(spec: unknown): string | undefined {
  const stack: unknown[] = [spec];
  while (stack.length) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'url' || key === 'href') return key;
      stack.push(value);
    }
  }
  return undefined;
}

const offlineLoader = (): ReturnType<typeof vega.loader> => {
  const loader = vega.loader();
  const refuse = (): Promise<never> => Promise.reject(new Error('charts may not load files or URLs; put the data inline'));
  loader.load = refuse;
  loader.sanitize = refuse;
  return loader;
};

/**
 * Draws a chart spec as SVG markup sized `width`×`height`, themed for `theme`.
 * Rejects with a message a lecturer can act on when the spec cannot be drawn.
 */
export async function chartToSvg(spec: ChartSpec, options: ChartOptions): Promise<string> {
  const { theme, width, height } = options;
  const fetching = fetchingKey(spec);
  if (fetching) throw new Error(`The chart could not be drawn: charts may not load from a "${fetching}"; put the data inline`);
  // Vega tags data rows in place (a Symbol id on each row); a deck held in frozen immer state
  // would throw "object is not extensible", and the caller's deck must never change, so Vega
  // gets its own copy. A spec is plain JSON (the schema allows nothing else), so JSON copies it.
  // Drawn as the back row reads it (long bar labels → horizontal bars): chart-theme.ts.
  const copy = JSON.parse(JSON.stringify(readableSpec(spec, width))) as ChartSpec & { config?: unknown };
  const { config: ownConfig, ...rest } = copy;
  const full = {
    ...rest,
    width,
    height,
    autosize: { type: 'fit', contains: 'padding' },
    config: merge(chartConfig(theme, width), ownConfig),
  };
  let view: vega.View | undefined;
  try {
    const compiled = compile(full as unknown as TopLevelSpec).spec;
    useTableTextWidths(vega);
    // Vega's `fit` sizes the plot from the marks' bounds in one step, but marks placed by a
    // scale move as the plot shrinks, so a label at the right end of a timeline can still run
    // past the edge. Each round adds the overrun to the padding on that side; two settle it.
    let padding: Padding = { top: PADDING, bottom: PADDING, left: PADDING, right: PADDING };
    for (let round = 0; ; round++) {
      view = new vega.View(vega.parse({ ...compiled, padding }, undefined, { ast: true }), {
        renderer: 'none',
        expr: expressionInterpreter,
        loader: offlineLoader(),
      });
      await view.runAsync();
      const next = paddingToFit(view, padding, { width, height }, PADDING);
      if (!next || round === 3) break;
      view.finalize();
      padding = next;
    }
    vega.resetSVGDefIds();
    const svg = await view.toSVG();
    return scopeIds(svg, options.idPrefix ?? `lc${hash(JSON.stringify([spec, theme, width, height]))}`);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new Error(`The chart could not be drawn: ${reason.slice(0, 300)}`, { cause: e });
  } finally {
    view?.finalize();
  }
}
