/**
 * A chart figure as PowerPoint draws it. Bars and lines whose table is a category (or year)
 * column and number columns become native PowerPoint charts with their data, so a colleague
 * can edit them; a line over years is an XY chart, so years keep their true spacing (never
 * evenly spaced categories). Anything else (timelines, charts made elsewhere with other
 * marks, text in a value column) is drawn as the slide draws it and placed as a picture.
 */
import type PptxGenJS from 'pptxgenjs';
import type { ChartSpec } from '../../../common/deck/schema';
import { chartKindOf, type Cell } from '../../../common/ops/chart';
import { tableView } from '../../../common/ops/chart-view';
import type { Box } from './geometry';
import { FONTS, type PptxTheme } from './theme';

/** What `slide.addChart` takes for one native chart. */
export interface NativeChart {
  type: PptxGenJS.CHART_NAME;
  data: Array<{ name: string; labels?: string[]; values: Array<number | null> }>;
  options: PptxGenJS.IChartOpts;
}

const number = (c: Cell | undefined): number | null =>
  typeof c === 'number' && Number.isFinite(c) ? c : null;
/** A year or other number written as a category: "1928", 1932, "1937.5". */
const asX = (c: Cell | undefined): number | null =>
  typeof c === 'number'
    ? c
    : typeof c === 'string' && /^-?\d{1,4}(?:\.\d+)?$/.test(c.trim())
      ? Number(c)
      : null;

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
/** Whether column `i` has a title of its own: the lecturer's column name, or the drawing's axis title. */
const titled = (view: ReturnType<typeof tableView>, i: number): boolean =>
  view.renamable || view.headers[i] !== capitalise(view.table.columns[i] ?? '');

/** The native chart for `spec` in `box`, or undefined when PowerPoint cannot draw it as Lectern does. */
export function nativeChart(
  spec: ChartSpec,
  box: Box,
  alt: string,
  theme: PptxTheme,
): NativeChart | undefined {
  const kind = chartKindOf(spec);
  if (kind === 'timeline') return undefined;
  const view = tableView(spec, kind);
  const { columns, rows } = view.table;
  if (columns.length < 2 || rows.length === 0) return undefined;
  const series = columns.slice(1).map((_, j) => j + 1);
  // A draft's second value column is a range's high end or a bracket, drawn as such on the
  // slide: as a second series of bars it would mislead, so such a chart goes as a picture.
  if (!view.renamable && series.length > 1) return undefined;
  // Every value a number or empty, and at least one number per series.
  for (const j of series) {
    if (rows.some((r) => r[j] !== null && r[j] !== '' && number(r[j]) === null)) return undefined;
    if (!rows.some((r) => number(r[j]) !== null)) return undefined;
  }
  const names = series.map((j) => view.headers[j] ?? columns[j]!);
  const axisText = { color: theme.muted, fontFace: FONTS.sans, fontSize: 12 };
  const common: PptxGenJS.IChartOpts = {
    ...box,
    altText: alt,
    chartColors: theme.series.slice(0, Math.max(1, series.length)),
    showLegend: series.length > 1,
    legendPos: 'b',
    legendFontFace: FONTS.sans,
    legendFontSize: 12,
    legendColor: theme.text,
    catAxisLabelColor: axisText.color,
    catAxisLabelFontFace: axisText.fontFace,
    catAxisLabelFontSize: axisText.fontSize,
    valAxisLabelColor: axisText.color,
    valAxisLabelFontFace: axisText.fontFace,
    valAxisLabelFontSize: axisText.fontSize,
    // An axis title only where the chart has one: a draft's category column ("label") has none.
    showCatAxisTitle: titled(view, 0),
    catAxisTitle: view.headers[0] ?? columns[0]!,
    showValAxisTitle: series.length === 1 && titled(view, 1),
    valAxisTitle: series.length === 1 ? names[0]! : '',
    catAxisTitleColor: theme.muted,
    valAxisTitleColor: theme.muted,
    catAxisTitleFontSize: 12,
    valAxisTitleFontSize: 12,
    valGridLine: { color: theme.rule, size: 0.75 },
    catGridLine: { style: 'none' },
  };

  const xs = rows.map((r) => asX(r[0]));
  if (kind === 'line' && xs.every((x) => x !== null)) {
    // Years as numbers on an XY chart: 1913, 1928, 1937 sit at their true distances.
    return {
      type: 'scatter',
      data: [
        { name: columns[0]!, values: xs },
        ...series.map((j, i) => ({ name: names[i]!, values: rows.map((r) => number(r[j])) })),
      ],
      options: {
        ...common,
        lineSize: 2,
        lineDataSymbol: 'circle',
        lineDataSymbolSize: 7,
        valAxisLabelFormatCode: 'General',
      },
    };
  }
  // PowerPoint draws a horizontal bar chart's first category at the bottom: the table's
  // order is reversed so the bars read top to bottom as on the slide.
  const ordered = kind === 'horizontal-bar' ? [...rows].reverse() : rows;
  const data = series.map((j, i) => ({
    name: names[i]!,
    labels: ordered.map((r) => (r[0] === null ? '' : String(r[0]))),
    values: ordered.map((r) => number(r[j])),
  }));
  if (kind === 'line')
    return {
      type: 'line',
      data,
      options: { ...common, lineSize: 2, lineDataSymbol: 'circle', lineDataSymbolSize: 7 },
    };
  return {
    type: 'bar',
    data,
    options: {
      ...common,
      barDir: kind === 'horizontal-bar' ? 'bar' : 'col',
      showValue: true,
      dataLabelColor: theme.text,
      dataLabelFontFace: FONTS.sans,
      dataLabelFontSize: 11,
      dataLabelPosition: 'outEnd',
      barGapWidthPct: 60,
    },
  };
}
