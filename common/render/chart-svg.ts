/**
 * Charts to SVG text with Vega-Lite and Vega, without a DOM or a canvas, so the same code
 * draws the editor preview (browser) and the export (Node), byte for byte the same.
 *
 * - Expressions run in vega-interpreter: no `eval`, so a strict Content-Security-Policy holds.
 * - Nothing a deck holds can make drawing run away: a spec is checked against what a chart
 *   may be (common/deck/chart-spec.ts: expressions from an allow-list, colours only, bounded
 *   sizes) right before it is compiled, the interpreter refuses regular expressions and long
 *   `sequence`s whatever asks for them, and ticks at a time interval are thinned to at most
 *   1,000 however far apart the dates are. (The export also draws in a worker with a time and
 *   heap limit: main/export/chart-worker.ts.)
 * - Text is measured from a table of the bundled font's widths (text-width.ts), never by a
 *   canvas: measurement would differ between machines and fonts-not-yet-loaded, and the output
 *   must be deterministic.
 * - Nothing is loaded: the deck schema refuses URLs and the loader here refuses everything.
 * - Data text is escaped by Vega's SVG writer (tested with XSS payloads).
 */
import * as vega from 'vega';
import { expressionInterpreter } from 'vega-interpreter';
import { compile, type TopLevelSpec } from 'vega-lite';
import { chartSpecRefusal } from '../deck/chart-spec';
import type { ChartSpec, Theme } from '../deck/schema';
import { chartConfig, readableSpec } from './chart-theme';
import { paddingToFit, measureWithFontTable, type Padding } from './chart-layout';
import { errorMessage } from '../error-text';

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
  const refuse = (): Promise<never> =>
    Promise.reject(new Error('charts may not load files or URLs; put the data inline'));
  loader.load = refuse;
  loader.sanitize = refuse;
  return loader;
};

/** The most numbers a `sequence(…)` may make while a chart is drawn (Vega-Lite's own use it for band steps). */
const MAX_ENGINE_SEQUENCE = 100_000;

/** Expression functions replaced while drawing, whoever calls them (the spec, or Vega-Lite's output). */
const GUARDED_FUNCTIONS: Record<string, (...args: unknown[]) => unknown> = {
  regexp: () => {
    throw new Error('charts may not use regular expressions');
  },
  test: () => {
    throw new Error('charts may not use regular expressions');
  },
  sequence: (...args: unknown[]) => {
    const [a, b, c] = args.map(Number);
    const [start, stop, step] = args.length === 1 ? [0, a!, 1] : [a!, b!, args.length > 2 ? c! : 1];
    const n =
      step === 0 || !Number.isFinite(start) || !Number.isFinite(stop)
        ? 0
        : Math.ceil((stop - start) / step);
    if (n > MAX_ENGINE_SEQUENCE)
      throw new Error(
        `a sequence of more than ${MAX_ENGINE_SEQUENCE.toLocaleString('en')} numbers was asked for`,
      );
    const out: number[] = [];
    for (let i = 0; i < n; i++) out.push(start + i * step);
    return out;
  },
};

type Interpreter = typeof expressionInterpreter;
type InterpreterContext = Parameters<Interpreter['operator']>[0];
const guardedContexts = new WeakMap<object, InterpreterContext>();

/** The runtime context with the guarded functions in front of Vega's own. */
function guarded(ctx: InterpreterContext): InterpreterContext {
  let out = guardedContexts.get(ctx);
  if (!out) {
    const functions = Object.assign(
      Object.create((ctx as { functions: object }).functions) as object,
      GUARDED_FUNCTIONS,
    );
    out = { ...(ctx as object), functions } as InterpreterContext;
    guardedContexts.set(ctx, out);
  }
  return out;
}

/** vega-interpreter, evaluating with the guarded functions. */
const guardedInterpreter: Interpreter = {
  operator: (ctx, expr) => expressionInterpreter.operator(guarded(ctx), expr),
  parameter: (ctx, expr) => expressionInterpreter.parameter(guarded(ctx), expr),
  event: (ctx, expr) => expressionInterpreter.event(guarded(ctx), expr),
  handler: (ctx, expr) => expressionInterpreter.handler(guarded(ctx), expr),
  encode: (ctx, encode) => expressionInterpreter.encode(guarded(ctx), encode),
};

/** Milliseconds in a time interval, rounded down (a month as 28 days), so counts err high. */
const INTERVAL_MS: Record<string, number> = {
  millisecond: 1,
  second: 1e3,
  minute: 6e4,
  hour: 36e5,
  day: 864e5,
  week: 6048e5,
  month: 28 * 864e5,
  year: 365 * 864e5,
};
/** The most ticks an axis at a time interval may have. */
const MAX_INTERVAL_TICKS = 1000;

/**
 * Axes whose ticks fall at a time interval ("every 5 years") get a step that grows with the
 * scale's domain so there are at most MAX_INTERVAL_TICKS of them: dates 500,000 years apart
 * would otherwise make 100,000 ticks and labels (tens of seconds). An axis within the bound
 * keeps its own step, so a chart that was fine draws the same.
 */
function boundIntervalTicks(node: unknown): void {
  const stack: unknown[] = [node];
  while (stack.length) {
    const n = stack.pop();
    if (typeof n !== 'object' || n === null) continue;
    if (Array.isArray(n)) {
      stack.push(...n);
      continue;
    }
    const rec = n as Record<string, unknown>;
    if (Array.isArray(rec.axes)) {
      for (const axis of rec.axes as Array<Record<string, unknown>>) {
        const count = axis.tickCount;
        const interval =
          typeof count === 'string'
            ? count
            : typeof count === 'object' && count !== null
              ? (count as { interval?: unknown }).interval
              : undefined;
        if (
          typeof interval !== 'string' ||
          !Object.hasOwn(INTERVAL_MS, interval) ||
          typeof axis.scale !== 'string'
        )
          continue;
        const raw =
          typeof count === 'object' && count !== null
            ? Number((count as { step?: unknown }).step ?? 1)
            : 1;
        const step = Number.isFinite(raw) && raw >= 1 ? Math.floor(raw) : 1;
        const per = INTERVAL_MS[interval]! * step * MAX_INTERVAL_TICKS;
        axis.tickCount = {
          signal: `{interval: ${JSON.stringify(interval)}, step: ${step} * max(1, ceil(span(domain(${JSON.stringify(axis.scale)})) / ${per}) || 1)}`,
        };
      }
    }
    if (Array.isArray(rec.marks)) stack.push(rec.marks);
  }
}

/**
 * Draws a chart spec as SVG markup sized `width`×`height`, themed for `theme`.
 * Rejects with a message a lecturer can act on when the spec cannot be drawn.
 */
export async function chartToSvg(spec: ChartSpec, options: ChartOptions): Promise<string> {
  const { theme, width, height } = options;
  const fetching = fetchingKey(spec);
  if (fetching)
    throw new Error(
      `The chart could not be drawn: charts may not load from a "${fetching}"; put the data inline`,
    );
  // The deck loader reported this chart already; nothing it holds reaches Vega.
  const refusal = chartSpecRefusal(spec);
  if (refusal) throw new Error(`The chart could not be drawn: ${refusal}`);
  // Vega tags data rows in place (a Symbol id on each row); a deck held in frozen immer state
  // would throw "object is not extensible", and the caller's deck must never change, so Vega
  // gets its own copy. A spec is plain JSON (the schema allows nothing else), so JSON copies it.
  // Drawn as the back row reads it (long bar labels → horizontal bars): chart-theme.ts.
  const copy = JSON.parse(JSON.stringify(readableSpec(spec, width))) as ChartSpec & {
    config?: unknown;
  };
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
    boundIntervalTicks(compiled);
    measureWithFontTable(vega);
    // Vega's `fit` sizes the plot from the marks' bounds in one step, but marks placed by a
    // scale move as the plot shrinks, so a label at the right end of a timeline can still run
    // past the edge. Each round adds the overrun to the padding on that side; two settle it.
    let padding: Padding = { top: PADDING, bottom: PADDING, left: PADDING, right: PADDING };
    for (let round = 0; ; round++) {
      view = new vega.View(vega.parse({ ...compiled, padding }, undefined, { ast: true }), {
        renderer: 'none',
        expr: guardedInterpreter,
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
    return scopeIds(
      svg,
      options.idPrefix ?? `lc${hash(JSON.stringify([spec, theme, width, height]))}`,
    );
  } catch (e) {
    const reason = errorMessage(e);
    throw new Error(`The chart could not be drawn: ${reason.slice(0, 300)}`, { cause: e });
  } finally {
    view?.finalize();
  }
}
