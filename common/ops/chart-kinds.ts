/**
 * The chart types as named operations, one per type the editor offers: each redraws a chart
 * figure from its own table as that type, in one undoable step. A timeline needs years or
 * dates in the first column; asked of anything else it refuses and says why.
 */
import { axisKindOf, chartKindOf, chartSpec, CHART_KIND_NAMES, tableOf, type ChartKind } from './chart';
import { findBlockOf, plain } from './find';
import { defineOp, refuse } from './types';

export interface ChartTarget {
  slideId: string;
  blockId: string;
}

function toKind(kind: ChartKind) {
  return defineOp<ChartTarget>({
    label: `${CHART_KIND_NAMES[kind]} chart`,
    recipe(draft, { slideId, blockId }) {
      const block = findBlockOf(draft, slideId, blockId, 'figure');
      const figure = plain(block.figure);
      if (figure.kind !== 'chart') refuse(`figure "${blockId}"`, 'is an image, not a chart');
      if (chartKindOf(figure.spec) === kind) return;
      const table = tableOf(figure.spec);
      if (!table.columns.length) refuse('chart', 'a chart needs at least one column');
      if (kind === 'timeline' && axisKindOf(table) !== 'time') refuse('chart', 'a timeline needs years or dates (such as 1935 or 1935-10) in the first column');
      block.figure = { kind: 'chart', spec: chartSpec(table, kind) };
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
export const CHART_KIND_OPS = { bar: 'chart/bar', 'horizontal-bar': 'chart/horizontal-bar', line: 'chart/line', timeline: 'chart/timeline' } as const satisfies Record<ChartKind, keyof typeof chartKindOps>;
