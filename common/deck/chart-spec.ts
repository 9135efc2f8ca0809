/**
 * What a chart in a deck may be: the part of Vega-Lite that Lectern's charts use (the chart
 * ops in common/ops/chart*.ts, the drafts of common/generate/chart, the sample decks) and a
 * little around it for a chart written by hand: one view or one level of layers, with inline
 * data, the marks, channels, scales, axes and legends such charts need, and the transforms
 * `calculate`, `filter`, `fold`, `joinaggregate` and `aggregate`.
 *
 * Everything is bounded: numbers by what a slide can show, lists by length, expressions by an
 * allow-list (chart-spec-expression.ts), paint values by being colours (chart-spec-colour.ts).
 * So no chart a deck may hold can make drawing it run away: `sequence(0, 1e9)`, a regular
 * expression that backtracks for ever, `url(http://…)` as a fill, 10⁹ ticks.
 *
 * The shape is in chart-spec-shape.ts; this file checks what the shape cannot (expressions,
 * how many marks and categories a chart can make) and words each problem.
 *
 * The deck schema (schema.ts) keeps a chart it refuses here, so a deck never fails to open
 * because of one chart: loading reports the chart (`chartProblems`) and every renderer draws
 * its placeholder instead (`chartSpecProblems`, checked again where a spec is compiled).
 */
import type { z } from 'zod';
import { DrawableChartSpec } from './chart-spec-shape';
import { checkExpression } from './chart-spec-expression';
import { explain, type ChartSpecProblem } from './chart-spec-explain';
import { formatPath, warning, type Problem } from './problems';
import type { Deck } from './schema';

export { CHART_MARKS, DrawableChartSpec } from './chart-spec-shape';
export type { ChartSpecProblem } from './chart-spec-explain';
/**
 * The most marks a chart may draw, counted as rows × columns folded into rows × layers (a
 * line's points twice). Lectern's largest chart (1,000 rows of 19 series, bars and their
 * labels) draws 38,000; past this a slide shows a smear, and drawing takes seconds.
 */
export const MAX_MARKS = 50_000;
/**
 * The most expression work a chart may ask for: the parts of its expressions times the rows
 * each runs over (about half a second of drawing). Lectern's own charts ask for under 2,000,000.
 */
export const MAX_EXPRESSION_WORK = 5_000_000;
/**
 * The most categories an axis may have: each is a band and a label to lay out (2,000 draw in
 * about a second, 10,000 in ten). A Lectern chart's table has at most 1,000 rows.
 */
export const MAX_CATEGORIES = 2000;

type Spec = z.infer<typeof DrawableChartSpec>;
type TransformRecord = Record<string, unknown>;

/** How many rows `transforms` can make of one: each `fold` of n columns makes n. */
function foldFactor(transforms: readonly unknown[] | undefined): number {
  let factor = 1;
  for (const t of transforms ?? []) {
    const fold = (t as TransformRecord).fold;
    if (Array.isArray(fold)) factor *= Math.max(1, fold.length);
  }
  return factor;
}

/** A line or area that draws a point at each row as well. */
const pointsToo = (mark: unknown) =>
  typeof mark === 'object' &&
  mark !== null &&
  (mark as { point?: unknown }).point !== undefined &&
  (mark as { point?: unknown }).point !== false;

/** The spec's expressions with their paths, and how many rows each runs over (at most). */
function expressions(spec: Spec): Array<{ path: PropertyKey[]; text: string; rows: number }> {
  const out: Array<{ path: PropertyKey[]; text: string; rows: number }> = [];
  const rows = spec.data.values.length * foldFactor(spec.transform);
  const inTransforms = (
    transforms: readonly unknown[] | undefined,
    base: PropertyKey[],
    over: number,
  ) =>
    (transforms ?? []).forEach((t, i) => {
      const r = t as TransformRecord;
      if (typeof r.calculate === 'string')
        out.push({ path: [...base, 'transform', i, 'calculate'], text: r.calculate, rows: over });
      if (typeof r.filter === 'string')
        out.push({ path: [...base, 'transform', i, 'filter'], text: r.filter, rows: over });
    });
  (spec.params ?? []).forEach((p, i) => {
    if (p.expr !== undefined) out.push({ path: ['params', i, 'expr'], text: p.expr, rows: 1 });
  });
  inTransforms(spec.transform, [], rows);
  (spec.layer ?? []).forEach((layer, i) =>
    inTransforms(layer.transform, ['layer', i], rows * foldFactor(layer.transform)),
  );
  return out;
}

/** The marks `spec` can draw at most (see MAX_MARKS). */
function markCount(spec: Spec): number {
  const rows = spec.data.values.length * foldFactor(spec.transform);
  if (!spec.layer) return rows * (pointsToo(spec.mark) ? 2 : 1);
  return spec.layer.reduce(
    (sum, layer) => sum + rows * foldFactor(layer.transform) * (pointsToo(layer.mark) ? 2 : 1),
    0,
  );
}

/**
 * The most categories an x or y axis of `spec` can have, with its path: the distinct values of
 * a data column drawn as nominal or ordinal, or every row for a field computed on the way.
 */
function mostCategories(spec: Spec): { path: PropertyKey[]; categories: number } | undefined {
  const values = spec.data.values as Array<Record<string, unknown> | null>;
  const rows = values.length * foldFactor(spec.transform);
  const distinct = new Map<string, number>();
  const categoriesOf = (field: string): number => {
    let n = distinct.get(field);
    if (n === undefined) {
      const seen = new Set<unknown>();
      let present = false;
      for (const row of values) {
        if (row && Object.prototype.hasOwnProperty.call(row, field)) {
          present = true;
          seen.add(row[field]);
        }
      }
      distinct.set(field, (n = present ? seen.size : rows));
    }
    return n;
  };
  let most: { path: PropertyKey[]; categories: number } | undefined;
  const visit = (encoding: Spec['encoding'], base: PropertyKey[]) => {
    for (const name of ['x', 'y'] as const) {
      const c = encoding?.[name];
      if (!c || typeof c.field !== 'string' || (c.type !== 'nominal' && c.type !== 'ordinal'))
        continue;
      const categories = categoriesOf(c.field);
      if (!most || categories > most.categories)
        most = { path: [...base, 'encoding', name], categories };
    }
  };
  visit(spec.encoding, []);
  (spec.layer ?? []).forEach((layer, i) => visit(layer.encoding, ['layer', i]));
  return most;
}

const count = (n: number) => Math.round(n).toLocaleString('en');

/**
 * What stops `spec` from being drawn, first problem first (at most `max`); [] when it may be
 * drawn. Pure and quick (no Vega), so the deck loader, the editor and the exporter all ask it.
 */
export function chartSpecProblems(spec: unknown, max = 5): ChartSpecProblem[] {
  const parsed = DrawableChartSpec.safeParse(spec);
  if (!parsed.success) {
    const out: ChartSpecProblem[] = [];
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys)
          out.push({ path: [...issue.path, key], what: 'is not something a chart may use' });
      } else out.push(explain(issue));
      if (out.length >= max) break;
    }
    return out.slice(0, max);
  }
  const params = new Set((parsed.data.params ?? []).map((p) => p.name));
  const out: ChartSpecProblem[] = [];
  let work = 0;
  for (const { path, text, rows } of expressions(parsed.data)) {
    const { problem, nodes } = checkExpression(text, params);
    if (problem) out.push({ path, what: problem });
    if (out.length >= max) return out;
    work += nodes * Math.max(1, rows);
  }
  if (out.length) return out;
  const marks = markCount(parsed.data);
  if (marks > MAX_MARKS)
    return [
      {
        path: [],
        what: `has too much to draw: up to ${count(marks)} marks, more than the ${count(MAX_MARKS)} a chart may have`,
      },
    ];
  const axis = mostCategories(parsed.data);
  if (axis && axis.categories > MAX_CATEGORIES) {
    return [
      {
        path: axis.path,
        what: `has up to ${count(axis.categories)} categories along one axis, more than the ${count(MAX_CATEGORIES)} a chart may show`,
      },
    ];
  }
  if (work > MAX_EXPRESSION_WORK) {
    return [
      {
        path: [],
        what: `asks too much of its expressions: about ${count(work)} steps over its rows, more than the ${count(MAX_EXPRESSION_WORK)} a chart may take`,
      },
    ];
  }
  return out;
}

/** The first problem of `spec` as one line for a placeholder or a log: "transform[0].calculate: the expression …". */
export function chartSpecRefusal(spec: unknown): string | undefined {
  const [first] = chartSpecProblems(spec, 1);
  if (!first) return undefined;
  return first.path.length ? `${formatPath(first.path)}: ${first.what}` : first.what;
}

/**
 * A warning for each chart of `deck` that will not be drawn, naming the slide and what in the
 * spec stops it, at the path of the deck file a person can find. The deck still opens; the
 * chart shows a placeholder saying why. At most `max` warnings.
 */
export function chartProblems(deck: Deck, max = 20): Problem[] {
  const out: Problem[] = [];
  deck.slides.forEach((slide, s) => {
    slide.blocks.forEach((block, b) => {
      if (out.length >= max || block.type !== 'figure' || block.figure.kind !== 'chart') return;
      const [first] = chartSpecProblems(block.figure.spec, 1);
      if (!first) return;
      const title = slide.title.trim() ? ` ("${slide.title.trim().slice(0, 60)}")` : '';
      out.push(
        warning(
          formatPath(['slides', s, 'blocks', b, 'figure', 'spec', ...first.path]),
          `the chart on slide ${s + 1}${title} will not be drawn: ${first.what}`,
        ),
      );
    });
  });
  return out;
}
