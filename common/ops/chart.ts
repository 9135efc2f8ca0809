/**
 * A chart's small data table ↔ its Vega-Lite spec.
 *
 * The table is the lecturer's view (columns and rows, as in a spreadsheet); the deck stores a
 * Vega-Lite spec with the data inline. The first column labels the x axis, each further
 * column is a series. Column order is kept in `usermeta` because object keys that look like
 * numbers ("1930") would otherwise be reordered by JavaScript.
 */
import type { ChartSpec } from '../deck/schema';
import { pasteLine, toLine, truncate } from './paste';

export type Cell = string | number | null;
export interface DataTable {
  columns: string[];
  rows: Cell[][];
}
/** The chart types a lecturer picks from: bars up, bars across (long names), a line over time, a timeline of dated events. */
export const CHART_KINDS = ['bar', 'horizontal-bar', 'line', 'timeline'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];
export const CHART_KIND_NAMES: Record<ChartKind, string> = {
  bar: 'Bar',
  'horizontal-bar': 'Horizontal bar',
  line: 'Line',
  timeline: 'Timeline',
};

export const TABLE_LIMITS = { columns: 20, rows: 1000, name: 200, cell: 2000 } as const;
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

// Data keys the deck schema refuses anywhere in a spec ("url", "href") or that JavaScript
// treats specially ("__proto__"); such a column is renamed rather than lost.
const RESERVED = new Set([
  'url',
  'href',
  '__proto__',
  'lectern_date',
  'lectern_series',
  'lectern_value',
  'lectern_text',
]);

/** A cell as typed: blank → empty, a number (with "," thousands or a leading "+") → number, else text. */
export function parseCell(text: string): Cell {
  const t = toLine(text, TABLE_LIMITS.cell).trim();
  if (t === '') return null;
  const n = t.replace(/^\+/, '').replace(/(\d),(?=\d{3}\b)/g, '$1');
  if (/^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(n) && Number.isFinite(Number(n)))
    return Number(n);
  return t;
}

/** Column names made unique, non-empty and acceptable to the schema; rows padded to fit. */
export function normalizeTable(table: DataTable): DataTable {
  const seen = new Set<string>();
  const columns = table.columns.slice(0, TABLE_LIMITS.columns).map((name, i) => {
    let base = pasteLine(name, { max: TABLE_LIMITS.name - 4 }) || `Column ${i + 1}`;
    if (RESERVED.has(base)) base = `${base} (column)`;
    let unique = base;
    for (let k = 2; seen.has(unique); k++) unique = `${base} ${k}`;
    seen.add(unique);
    return unique;
  });
  const rows = table.rows
    .slice(0, TABLE_LIMITS.rows)
    .map((row) => columns.map((_, i) => cleanCell(row[i])));
  return { columns, rows };
}

function cleanCell(cell: Cell | boolean | undefined): Cell {
  if (cell === undefined || cell === null) return null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  if (typeof cell === 'boolean') return String(cell);
  return truncate(toLine(cell), TABLE_LIMITS.cell);
}

/** Vega-Lite field names treat "." and "[]" as paths; a column name is one field. */
function field(name: string): string {
  return name.replace(/[.[\]\\]/g, '\\$&');
}

/**
 * What the first column holds: years or dates ("1930", 1930, "1935-10") are drawn on a
 * proportional time axis, plain numbers on a number line, anything else as categories. A
 * column of years is never drawn as evenly spaced categories: 1929, 1935, 1936 at equal steps
 * would make steady growth look like a leap.
 */
export type AxisKind = 'time' | 'number' | 'category';

const YEAR = /^\d{4}$/;
const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/;

function isTime(cell: Cell): boolean {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 1000 && cell <= 2999;
  return cell !== null && (YEAR.test(cell.trim()) || ISO_DATE.test(cell.trim()));
}

/** The kind of axis the first column of `table` makes. */
export function axisKindOf(table: DataTable): AxisKind {
  const cells = table.rows
    .map((r) => r[0] ?? null)
    .filter((c): c is string | number => c !== null && c !== '');
  if (!cells.length) return /\b(year|date)s?\b/i.test(table.columns[0] ?? '') ? 'time' : 'category';
  if (cells.every(isTime)) return 'time';
  if (cells.every((c) => typeof c === 'number')) return 'number';
  return 'category';
}

/** Computed fields the chart adds; a column may not take these names. */
const DATE = 'lectern_date';
const SERIES = 'lectern_series';
const VALUE = 'lectern_value';
const TEXT = 'lectern_text';

/** A quoted field reference for a Vega expression: `datum["Year"]`. */
const datum = (name: string) => `datum[${JSON.stringify(name)}]`;

/**
 * The transform that turns the first column into a UTC date: a year (number or text) is
 * 1 January of that year, an ISO date ("1935-10") is that day.
 */
function dateTransform(column: string) {
  const v = datum(column);
  // A blank cell is no date (the row is left out), never year 0.
  return {
    calculate: `!isValid(${v}) || ${v} === '' ? null : isNumber(${v}) ? utc(${v}, 0, 1) : length(trim(${v})) == 4 ? utc(toNumber(${v}), 0, 1) : toDate(trim(${v}))`,
    as: DATE,
  };
}

/** The years the first column spans, for the tick step. */
function yearSpan(table: DataTable): number {
  const years = table.rows
    .map((r) => Number(String(r[0] ?? '').slice(0, 4)))
    .filter((y) => Number.isFinite(y) && y > 0);
  return years.length ? Math.max(...years) - Math.min(...years) : 0;
}

/** A time channel: proportional, UTC (every machine draws the same ticks), a tick every 1, 2, 5 or 10 years. */
function timeChannel(table: DataTable, title: string): Record<string, unknown> {
  const span = yearSpan(table);
  const step = span > 60 ? 10 : span > 24 ? 5 : span > 10 ? 2 : 1;
  const months = table.rows.some((r) => typeof r[0] === 'string' && ISO_DATE.test(r[0].trim()));
  return {
    field: DATE,
    type: 'temporal',
    title,
    // A little room at each end, so the first and last bar or point are not cut by the frame.
    scale: { type: 'utc', padding: 24 },
    axis: {
      format: months ? '%b %Y' : '%Y',
      labelAngle: 0,
      grid: false,
      ...(months ? {} : { tickCount: { interval: 'year', step } }),
    },
  };
}

/** The columns after the first that hold a number somewhere: the measures drawn. */
function seriesOf(table: DataTable): string[] {
  const rest = table.columns.slice(1);
  const numeric = rest.filter((_, i) => table.rows.some((r) => typeof r[i + 1] === 'number'));
  return numeric.length ? numeric : rest.slice(0, 1);
}

/** The first text column after the first: what a timeline's events say. */
function textColumnOf(table: DataTable): string | undefined {
  return table.columns
    .slice(1)
    .find((_, i) => table.rows.some((r) => typeof r[i + 1] === 'string'));
}

/**
 * The Vega-Lite spec (inline data, nothing fetched) that draws `table` as a chart of `kind`.
 * Bars carry their value as a label; a first column of years is a time axis for every kind.
 */
export function chartSpec(
  input: DataTable,
  kind: ChartKind,
  internal: readonly string[] = [],
): ChartSpec {
  const whole = normalizeTable(input);
  const values = whole.rows.map((row) =>
    Object.fromEntries(whole.columns.map((c, i) => [c, row[i] ?? null])),
  );
  // Internal columns (a draft's data labels, layout hints and sentence ids) ride along in the
  // data, unshown and undrawn: the chart is drawn from the lecturer's columns alone.
  const hidden = whole.columns.filter((c) => internal.includes(c) && c !== whole.columns[0]);
  const keep = whole.columns.map((c, i) => (hidden.includes(c) ? -1 : i)).filter((i) => i >= 0);
  const table: DataTable = {
    columns: keep.map((i) => whole.columns[i]!),
    rows: whole.rows.map((r) => keep.map((i) => r[i] ?? null)),
  };
  const [label = 'Label'] = table.columns;
  const axisKind = axisKindOf(table);
  const time = axisKind === 'time';
  const base = {
    $schema: VEGA_LITE_SCHEMA,
    usermeta: {
      lectern: { columns: whole.columns, kind, ...(hidden.length ? { internal: hidden } : {}) },
    },
    data: { values },
  };
  if (kind === 'timeline') return { ...base, ...timelineParts(table, label, time) } as ChartSpec;

  const series = seriesOf(table);
  const many = series.length > 1;
  const horizontal = kind === 'horizontal-bar';
  const bar = kind !== 'line';
  const category: Record<string, unknown> = time
    ? horizontal
      ? {
          ...timeChannel(table, label),
          title: null,
          scale: { type: 'utc', padding: 24, reverse: true },
        } // earliest at the top, read downwards
      : timeChannel(table, label)
    : axisKind === 'number' && !bar
      ? { field: field(label), type: 'quantitative', title: label, scale: { zero: false } }
      : // Bars across name themselves: a title turned on its side beside long labels only crowds them.
        {
          field: field(label),
          type: 'nominal',
          sort: null,
          ...(horizontal
            ? { title: null, axis: { labelLimit: 420 } }
            : { title: label, axis: { labelAngle: 0 } }),
        };
  const measure = many
    ? { field: VALUE, type: 'quantitative', title: null }
    : { field: field(series[0] ?? label), type: 'quantitative', title: series[0] ?? label };
  const [along, across] = horizontal ? (['y', 'x'] as const) : (['x', 'y'] as const);
  const encoding: Record<string, unknown> = { [along]: category, [across]: measure };
  const color = many
    ? { color: { field: SERIES, type: 'nominal', title: null, sort: series } }
    : {};
  // Side by side, never stacked: a stack hides every series but the first against the axis.
  if (many && bar && !time) encoding[`${along}Offset`] = { field: SERIES, sort: series };
  const transform = [
    ...(time ? [dateTransform(label)] : []),
    ...(many ? [{ fold: series.map(field), as: [SERIES, VALUE] }] : []),
  ];
  const spec: Record<string, unknown> = {
    ...base,
    ...(transform.length ? { transform } : {}),
    encoding,
  };
  if (!bar)
    return {
      ...spec,
      encoding: { ...encoding, ...color },
      mark: { type: 'line', point: true },
    } as unknown as ChartSpec;
  // Each bar says its value at its end, so the back row need not read it off the axis; the
  // label is in the theme's text colour (the bar's own colour may be too light for text).
  const valueField = many ? VALUE : field(series[0] ?? label);
  const text = horizontal
    ? { type: 'text', align: 'left', baseline: 'middle', dx: 6 }
    : { type: 'text', align: 'center', baseline: 'bottom', dy: -4 };
  const label$ = { text: { field: valueField, type: 'quantitative', format: ',' } };
  if (!time)
    return {
      ...spec,
      layer: [
        { mark: { type: 'bar' }, encoding: color },
        { mark: text, encoding: label$ },
      ],
    } as unknown as ChartSpec;
  // Bars on a time axis: each 0.8 of its year (or month) wide, centred on its date, series side
  // by side within it. Layers move a mark by rewriting the date: one channel, one scale.
  const months = table.rows.some((r) => typeof r[0] === 'string' && ISO_DATE.test(r[0].trim()));
  const width = 0.8 * (months ? 30.44 : 365.25) * 864e5;
  const k = many ? series.length : 1;
  const index = many ? `indexof(${JSON.stringify(series)}, datum.${SERIES})` : '0';
  return {
    ...spec,
    transform: [
      ...transform,
      { calculate: `datum.${DATE} - ${width / 2} + (${index}) * ${width / k}`, as: 'lectern_from' },
      { calculate: `datum.lectern_from + ${width / k}`, as: 'lectern_to' },
    ],
    layer: [
      {
        transform: [{ calculate: 'datum.lectern_from', as: DATE }],
        mark: { type: 'bar' },
        encoding: {
          [`${along}2`]: { field: 'lectern_to' },
          [`${across}2`]: { datum: 0 },
          ...color,
        },
      },
      {
        transform: [{ calculate: '(datum.lectern_from + datum.lectern_to) / 2', as: DATE }],
        mark: text,
        encoding: label$,
      },
    ],
  } as unknown as ChartSpec;
}

/**
 * A timeline: a dot per row on a proportional time axis, labelled with its date and the
 * row's text; labels in the first 60% of the span go right of their dot, the rest left, so
 * none runs off the end. Computed from the data in the chart, so an edited date moves its label too.
 */
function timelineParts(table: DataTable, label: string, time: boolean): Record<string, unknown> {
  const what = textColumnOf(table) ?? table.columns[1];
  const x = time
    ? { ...timeChannel(table, label), title: null }
    : { field: field(label), type: 'nominal', sort: null, title: null, axis: { labelAngle: 0 } };
  const at = time ? DATE : label;
  const textExpr = what
    ? `isValid(${datum(what)}) && ${datum(what)} !== '' ? ${datum(label)} + ' · ' + ${datum(what)} : '' + ${datum(label)}`
    : `'' + ${datum(label)}`;
  const left = `datum.lectern_span > 0 && (datum.${DATE} - datum.lectern_from) > 0.6 * datum.lectern_span`;
  return {
    transform: [
      ...(time ? [dateTransform(label)] : []),
      { calculate: textExpr, as: TEXT },
      ...(time
        ? [
            {
              joinaggregate: [
                { op: 'min', field: DATE, as: 'lectern_from' },
                { op: 'max', field: DATE, as: 'lectern_to' },
              ],
            },
            { calculate: 'datum.lectern_to - datum.lectern_from', as: 'lectern_span' },
          ]
        : [{ calculate: '0', as: 'lectern_span' }]),
    ],
    encoding: {
      x: { ...x, field: time ? DATE : field(at) },
      y: { field: TEXT, type: 'nominal', sort: null, title: null, axis: null },
    },
    layer: [
      { mark: { type: 'point', filled: true, size: 90 } },
      {
        transform: [{ filter: `!(${left})` }],
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 10, lineBreak: ' · ' },
        encoding: { text: { field: TEXT } },
      },
      {
        transform: [{ filter: left }],
        mark: { type: 'text', align: 'right', baseline: 'middle', dx: -10, lineBreak: ' · ' },
        encoding: { text: { field: TEXT } },
      },
    ],
  };
}

/** The table behind a spec: ours (from `usermeta`) or, for a spec made elsewhere, its data's keys. */
export function tableOf(spec: ChartSpec): DataTable {
  const values = spec.data.values;
  let columns = storedColumns(spec);
  if (!columns) {
    const keys = new Set<string>();
    for (const v of values) for (const k of Object.keys(v)) keys.add(k);
    columns = [...keys];
  }
  const cols = columns;
  const rows = values.map((v) =>
    cols.map((c) => cleanCell(Object.prototype.hasOwnProperty.call(v, c) ? v[c] : null)),
  );
  return { columns: [...cols], rows };
}

/** True when the spec was drawn by `chartSpec` from its table (so it can be drawn again from it). */
export function isOwnChart(spec: ChartSpec): boolean {
  return storedColumns(spec) !== undefined;
}

const markOf = (m: unknown): unknown =>
  typeof m === 'object' && m !== null ? (m as { type?: unknown }).type : m;
const channel = (enc: unknown, name: string): { type?: unknown; field?: unknown } | undefined => {
  const c: unknown =
    typeof enc === 'object' && enc !== null ? (enc as Record<string, unknown>)[name] : undefined;
  return typeof c === 'object' && c !== null ? (c as { type?: unknown }) : undefined;
};

/**
 * The chart type as far as the spec says: ours from `usermeta`; for one made elsewhere (a
 * generated draft), from its marks and axes: a line, bars along a category y (horizontal),
 * dots on a time axis (a timeline); anything else counts as bar.
 */
export function chartKindOf(spec: ChartSpec): ChartKind {
  const meta: unknown = spec.usermeta;
  const stored: unknown =
    typeof meta === 'object' && meta !== null
      ? (meta as { lectern?: { kind?: unknown } }).lectern?.kind
      : undefined;
  if (typeof stored === 'string' && (CHART_KINDS as readonly string[]).includes(stored))
    return stored as ChartKind;
  const layers: unknown[] = Array.isArray(spec.layer) ? (spec.layer as unknown[]) : [];
  const marks = [
    spec.mark,
    ...layers.map((l) =>
      typeof l === 'object' && l !== null ? (l as { mark?: unknown }).mark : undefined,
    ),
  ].map(markOf);
  if (marks.includes('line')) return 'line';
  const y = channel(spec.encoding, 'y');
  const x = channel(spec.encoding, 'x');
  if (marks.includes('bar'))
    return y?.type === 'nominal' || y?.type === 'ordinal' ? 'horizontal-bar' : 'bar';
  if ((marks.includes('point') || marks.includes('circle')) && x?.type === 'temporal')
    return 'timeline';
  return 'bar';
}

/**
 * `spec` with its data replaced by `input`. A spec made elsewhere (a generated draft, with its
 * time axis, brackets and labels) keeps its drawing when the columns are the same ones (rows
 * added, removed or edited): only its data changes. Otherwise the chart is drawn again from
 * the table, as the same kind of chart.
 */
export function withTable(
  spec: ChartSpec,
  input: DataTable,
  internal: readonly string[] = [],
): ChartSpec {
  const table = normalizeTable(input);
  if (!isOwnChart(spec)) {
    const before = tableOf(spec).columns;
    const same =
      before.length === table.columns.length && table.columns.every((c) => before.includes(c));
    if (same) {
      // A key a row did not have stays absent when still empty (a draft's rows differ in keys).
      const had = (r: number, c: string) => {
        const v = spec.data.values[Math.min(r, spec.data.values.length - 1)];
        return v !== undefined && Object.prototype.hasOwnProperty.call(v, c);
      };
      const values = table.rows.map((row, r) =>
        Object.fromEntries(
          table.columns
            .map((c, i) => [c, row[i] ?? null] as const)
            .filter(([c, v]) => v !== null || had(r, c)),
        ),
      );
      return { ...spec, data: { ...spec.data, values } };
    }
  }
  return chartSpec(table, chartKindOf(spec), internal);
}

/**
 * A block of cells pasted from a spreadsheet (tab-separated lines; a cell holding a tab or a
 * line break comes "quoted", as Excel, LibreOffice and Google Sheets write it).
 */
export function parseTabular(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let i = 0;
  let quoted = false;
  const t = text.replace(/\r\n?/g, '\n');
  while (i < t.length) {
    const ch = t[i]!;
    if (quoted) {
      if (ch === '"' && t[i + 1] === '"') {
        cell += '"';
        i += 2;
        continue;
      }
      if (ch === '"') quoted = false;
      else cell += ch;
      i++;
      continue;
    }
    if (ch === '"' && cell === '') quoted = true;
    else if (ch === '\t') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
    i++;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  // Blank lines (a trailing newline, an empty row between blocks) carry nothing.
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

/** True when a pasted block's first line names its columns: no number where the lines below have numbers. */
function hasHeader(block: string[][]): boolean {
  if (block.length < 2) return false;
  const [first, ...rest] = block;
  const numeric = (s: string | undefined) => typeof parseCell(s ?? '') === 'number';
  const valueCols = first!.map((_, i) => i).filter((i) => i > 0);
  if (
    valueCols.length &&
    valueCols.every((i) => !numeric(first![i])) &&
    rest.some((r) => valueCols.some((i) => numeric(r[i])))
  )
    return true;
  // A single column, or names over a first column of years: "Year" over 1930, 1931.
  return (
    !numeric(first![0]) && rest.every((r) => numeric(r[0])) && first!.every((c) => !numeric(c))
  );
}

/**
 * `table` after pasting `text` (tab-separated, from a spreadsheet). A block with a header row
 * replaces the whole table, its first line naming the columns; a block of cells alone is
 * written from cell (`row`, `column`) on, as a spreadsheet would, adding rows and columns as
 * needed. Undefined when `text` is not a block of cells (one line, no tab), so a plain paste
 * into a cell stays a plain paste.
 */
export function pasteTable(
  table: DataTable,
  text: string,
  at: { row: number; column: number } = { row: 0, column: 0 },
): DataTable | undefined {
  if (!/[\t\n\r]/.test(text.replace(/[\r\n]+$/, ''))) return undefined;
  const block = parseTabular(text);
  if (!block.length) return undefined;
  if (hasHeader(block)) {
    const [head, ...body] = block;
    const width = Math.max(...block.map((r) => r.length));
    const columns = Array.from({ length: width }, (_, i) => pasteLine(head![i] ?? ''));
    return normalizeTable({
      columns,
      rows: body.map((r) => columns.map((_, i) => parseCell(r[i] ?? ''))),
    });
  }
  const row0 = Math.max(0, at.row);
  const col0 = Math.max(0, at.column);
  const width = Math.max(table.columns.length, col0 + Math.max(...block.map((r) => r.length)));
  const height = Math.max(table.rows.length, row0 + block.length);
  const columns = Array.from({ length: width }, (_, i) => table.columns[i] ?? `Series ${i}`);
  const rows = Array.from({ length: height }, (_, r) =>
    columns.map((_, c) => {
      const pasted = block[r - row0]?.[c - col0];
      if (r >= row0 && c >= col0 && pasted !== undefined) return parseCell(pasted);
      return table.rows[r]?.[c] ?? null;
    }),
  );
  return normalizeTable({ columns, rows });
}

/** The columns an own chart keeps in its data unshown and undrawn (a draft's labels, hints and sentence ids). */
export function internalColumns(spec: ChartSpec): string[] {
  const meta: unknown = spec.usermeta;
  const lectern: unknown =
    typeof meta === 'object' && meta !== null ? (meta as { lectern?: unknown }).lectern : undefined;
  const internal: unknown =
    typeof lectern === 'object' && lectern !== null
      ? (lectern as { internal?: unknown }).internal
      : undefined;
  return Array.isArray(internal) ? internal.filter((c): c is string => typeof c === 'string') : [];
}

function storedColumns(spec: ChartSpec): string[] | undefined {
  const meta: unknown = spec.usermeta;
  if (typeof meta !== 'object' || meta === null) return undefined;
  const lectern: unknown = (meta as { lectern?: unknown }).lectern;
  if (typeof lectern !== 'object' || lectern === null) return undefined;
  const columns: unknown = (lectern as { columns?: unknown }).columns;
  return Array.isArray(columns) && columns.every((c) => typeof c === 'string')
    ? columns
    : undefined;
}
