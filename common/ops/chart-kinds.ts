/**
 * The chart types as named operations, one per type the editor offers: each redraws a chart
 * figure from its own table as that type, in one undoable step. A timeline needs years or
 * dates in the first column; asked of anything else it refuses and says why.
 */
import type { FigureBlock } from '../deck/schema';
import {
  axisKindOf,
  chartKindOf,
  chartSpec,
  CHART_KIND_NAMES,
  tableOf,
  type ChartKind,
  type DataTable,
} from './chart';
import { altFor, isLecternAlt, tableView } from './chart-view';
import { findBlockOf, plain } from './find';
import { defineOp, refuse } from './types';

export interface ChartTarget {
  slideId: string;
  blockId: string;
}

/**
 * Redraws chart figure `block` (a draft) as a chart of `kind`. The lecturer's columns come first,
 * named by their readable headers (a draft's "value" becomes its axis title); a draft's internal
 * columns ride along unshown. Alt text Lectern wrote follows the type; a lecturer's own is kept.
 */
export function redrawAs(block: FigureBlock, blockId: string, kind: ChartKind): void {
  const figure = plain(block.figure);
  if (figure.kind !== 'chart') refuse(`figure "${blockId}"`, 'is an image, not a chart');
  const spec = figure.spec;
  const old = chartKindOf(spec);
  if (old === kind) return;
  const full = tableOf(spec);
  if (!full.columns.length) refuse('chart', 'a chart needs at least one column');
  const view = tableView(spec, old);
  // A header becomes the column's name unless it would clash with another column.
  const names = view.headers.map((h, k) =>
    h !== view.table.columns[k] && !full.columns.includes(h) && view.headers.indexOf(h) === k
      ? h
      : view.table.columns[k]!,
  );
  const hiddenAt = view.hidden.map((c) => full.columns.indexOf(c));
  const table: DataTable = {
    columns: [...names, ...view.hidden],
    rows: full.rows.map((row) => [
      ...view.columns.map((i) => row[i] ?? null),
      ...hiddenAt.map((i) => row[i] ?? null),
    ]),
  };
  if (kind === 'timeline' && axisKindOf(table) !== 'time')
    refuse(
      'chart',
      'a timeline needs years or dates (such as 1935 or 1935-10) in the first column',
    );
  const next = chartSpec(table, kind, view.hidden);
  const alt = plain(block).alt;
  if (isLecternAlt(spec, alt)) {
    block.alt = altFor(alt, kind);
    next.description = block.alt;
  }
  block.figure = { kind: 'chart', spec: next };
}

function toKind(kind: ChartKind) {
  return defineOp<ChartTarget>({
    label: `${CHART_KIND_NAMES[kind]} chart`,
    recipe(draft, { slideId, blockId }) {
      redrawAs(findBlockOf(draft, slideId, blockId, 'figure'), blockId, kind);
    },
  });
}

export const chartKindOps = {
  'chart/bar': toKind('bar'),
  'chart/horizontal-bar': toKind('horizontal-bar'),
  'chart/line': toKind('line'),
  'chart/timeline': toKind('timeline'),
};

/** The op that makes a chart of `kind`. */
export const CHART_KIND_OPS = {
  bar: 'chart/bar',
  'horizontal-bar': 'chart/horizontal-bar',
  line: 'chart/line',
  timeline: 'chart/timeline',
} as const satisfies Record<ChartKind, keyof typeof chartKindOps>;
