/** Figure operations: a chart from a small table, an image from the deck's assets, and their texts. */
import { assetPathProblem } from '../deck/asset-path';
import type { ChartSpec, FigureBlock } from '../deck/schema';
import { addBlock } from './blocks';
import {
  chartSpec,
  CHART_KINDS,
  parseCell,
  tableOf,
  withTable,
  type Cell,
  type ChartKind,
  type DataTable,
} from './chart';
import { redrawAs } from './chart-kinds';
import { altAfterEdit, fullTable, relabel, tableView } from './chart-view';
import { findBlock, findBlockOf, findSlide, plain } from './find';
import { KEY_ORDER, putField } from './fields';
import { idMaker } from './ids';
import { LIMITS, toLine, toText } from './paste';
import { defineOp, refuse } from './types';

export interface FigureTexts {
  caption?: string;
  alt?: string;
}

function checkKind(kind: ChartKind): void {
  if (!CHART_KINDS.includes(kind))
    refuse('chart', `"${kind}" is not a chart type; use ${CHART_KINDS.join(' or ')}`);
}

function checkAsset(asset: string): void {
  const problem = assetPathProblem(asset);
  if (problem) refuse('image', `the image path ${problem}`);
}

/** The chart spec of figure `blockId`, as a plain object; refuses when the figure is an image. */
function chartOf(figure: FigureBlock, blockId: string) {
  const f = plain(figure.figure);
  if (f.kind !== 'chart') refuse(`figure "${blockId}"`, 'is an image, not a chart');
  return f.spec;
}

/**
 * Lectern's alt text (and the spec's description beside it) after the table went from `before`
 * to `after`: the data labels that changed are retold in it; a lecturer's own alt is kept.
 */
function retell(
  block: FigureBlock,
  before: ChartSpec,
  from: DataTable,
  to: DataTable,
  labels: readonly string[],
): void {
  const alt = altAfterEdit(before, block.alt, from, to, labels);
  if (alt === block.alt || block.figure.kind !== 'chart') return;
  block.alt = alt;
  block.figure.spec.description = alt;
}

export const figureOps = {
  'figure/add-chart': defineOp<
    { slideId: string; table: DataTable; kind: ChartKind; id?: string } & FigureTexts
  >({
    label: 'Add chart',
    recipe(draft, { slideId, table, kind, id, caption, alt }) {
      checkKind(kind);
      if (!table.columns.length) refuse('chart', 'a chart needs at least one column');
      const ids = idMaker(plain(draft));
      addBlock(findSlide(draft, slideId), {
        type: 'figure',
        id: ids.claim('block', id),
        figure: { kind: 'chart', spec: chartSpec(table, kind) },
        caption: toLine(caption ?? ''),
        alt: toText(alt ?? '', LIMITS.alt),
        citations: [],
      });
    },
  }),

  /**
   * Edits one data cell in place (row and column from 0, of the whole table: `tableOf`), so a
   * hand-tuned spec keeps its styling; a data label that writes the value follows it.
   */
  'figure/set-cell': defineOp<{
    slideId: string;
    blockId: string;
    row: number;
    column: number;
    text: string;
  }>({
    label: 'Edit table',
    coalesce: (a) => `${a.blockId}:${a.row}:${a.column}`,
    recipe(draft, { slideId, blockId, row, column, text }) {
      const block = findBlockOf(draft, slideId, blockId, 'figure');
      const table = tableOf(chartOf(block, blockId));
      const name = table.columns[column];
      if (name === undefined || row < 0 || row >= table.rows.length)
        refuse(
          `figure "${blockId}"`,
          `the table has no cell at row ${row + 1}, column ${column + 1}`,
        );
      if (name === '__proto__')
        refuse(`figure "${blockId}"`, 'this column cannot be edited; rename it first');
      if (block.figure.kind !== 'chart') return;
      const spec = plain(block.figure).spec as typeof block.figure.spec;
      const { labels } = tableView(spec);
      const rows = spec.data.values.map((v) => ({ ...v }));
      const old = table.rows[row]![column] ?? null;
      const next = parseCell(text);
      rows[row]![name] = next;
      relabel(rows, row, name, old, next, labels);
      const values = block.figure.spec.data.values;
      for (const key of new Set([name, ...labels]))
        if (key in rows[row]! && values[row]![key] !== rows[row]![key])
          values[row]![key] = rows[row]![key] as typeof next;
      const after = {
        columns: table.columns,
        rows: rows.map((v) => table.columns.map((c) => (v[c] as Cell | undefined) ?? null)),
      };
      retell(block, spec, table, after, labels);
    },
  }),

  /**
   * Replaces the table (rows or columns added, removed, renamed); the chart is redrawn from it.
   * `table` may be the shown one (`tableView`): the internal columns are kept with their rows.
   */
  'figure/set-table': defineOp<{ slideId: string; blockId: string; table: DataTable }>({
    label: 'Edit table',
    recipe(draft, { slideId, blockId, table }) {
      const block = findBlockOf(draft, slideId, blockId, 'figure');
      const spec = chartOf(block, blockId);
      if (!table.columns.length) refuse('chart', 'a chart needs at least one column');
      // A generated chart keeps its time axis and labels when only rows change (common/ops/chart).
      const view = tableView(spec);
      const full = fullTable(spec, table);
      block.figure = { kind: 'chart', spec: withTable(spec, full, view.hidden) };
      retell(block, spec, tableOf(spec), full, view.labels);
    },
  }),

  'figure/set-chart-kind': defineOp<{ slideId: string; blockId: string; kind: ChartKind }>({
    label: 'Chart type',
    recipe(draft, { slideId, blockId, kind }) {
      checkKind(kind);
      redrawAs(findBlockOf(draft, slideId, blockId, 'figure'), blockId, kind);
    },
  }),

  /** `asset` is relative to the deck folder (the store copied the file there first). */
  'figure/add-image': defineOp<{ slideId: string; asset: string; id?: string } & FigureTexts>({
    label: 'Add image',
    recipe(draft, { slideId, asset, id, caption, alt }) {
      checkAsset(asset);
      const ids = idMaker(plain(draft));
      addBlock(findSlide(draft, slideId), {
        type: 'figure',
        id: ids.claim('block', id),
        figure: { kind: 'image', asset },
        caption: toLine(caption ?? ''),
        alt: toText(alt ?? '', LIMITS.alt),
        citations: [],
      });
    },
  }),

  'figure/set-image': defineOp<{ slideId: string; blockId: string; asset: string }>({
    label: 'Replace image',
    recipe(draft, { slideId, blockId, asset }) {
      checkAsset(asset);
      findBlockOf(draft, slideId, blockId, 'figure').figure = { kind: 'image', asset };
    },
  }),

  'figure/set-caption': defineOp<{ slideId: string; blockId: string; caption: string }>({
    label: 'Typing',
    coalesce: (a) => a.blockId,
    recipe(draft, { slideId, blockId, caption }) {
      findBlockOf(draft, slideId, blockId, 'figure').caption = toLine(caption);
    },
  }),

  'figure/set-alt': defineOp<{ slideId: string; blockId: string; alt: string }>({
    label: 'Typing',
    coalesce: (a) => a.blockId,
    recipe(draft, { slideId, blockId, alt }) {
      findBlockOf(draft, slideId, blockId, 'figure').alt = toText(alt, LIMITS.alt);
    },
  }),

  /** An empty credit line removes the field. */
  'figure/set-source': defineOp<{ slideId: string; blockId: string; source: string }>({
    label: 'Typing',
    coalesce: (a) => a.blockId,
    recipe(draft, { slideId, blockId, source }) {
      const block = findBlockOf(draft, slideId, blockId, 'figure');
      const { slide, index } = findBlock(draft, slideId, blockId);
      const text = toLine(source);
      putField(
        block,
        'source',
        text === '' ? undefined : text,
        KEY_ORDER.figure,
        (next) => (slide.blocks[index] = next),
      );
    },
  }),
};
