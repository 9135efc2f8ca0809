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
export const CHART_KINDS = ['bar', 'line'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

export const TABLE_LIMITS = { columns: 20, rows: 1000, name: 200, cell: 2000 } as const;
export const VEGA_LITE_SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

// Data keys the deck schema refuses anywhere in a spec ("url", "href") or that JavaScript
// treats specially ("__proto__"); such a column is renamed rather than lost.
const RESERVED = new Set(['url', 'href', '__proto__']);

/** A cell as typed: blank → empty, a number (with "," thousands or a leading "+") → number, else text. */
export function parseCell(text: string): Cell {
  const t = toLine(text, TABLE_LIMITS.cell).trim();
  if (t === '') return null;
  const n = t.replace(/^\+/, '').replace(/(\d),(?=\d{3}\b)/g, '$1');
  if (/^-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(n) && Number.isFinite(Number(n))) return Number(n);
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
  const rows = table.rows.slice(0, TABLE_LIMITS.rows).map((row) => columns.map((_, i) => cleanCell(row[i])));
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

/** The Vega-Lite spec (inline data, nothing fetched) that draws `table` as a bar or line chart. */
export function chartSpec(input: DataTable, kind: ChartKind): ChartSpec {
  const table = normalizeTable(input);
  const [label = 'Label', ...series] = table.columns;
  const values = table.rows.map((row) => Object.fromEntries(table.columns.map((c, i) => [c, row[i] ?? null])));
  const x = { field: field(label), type: kind === 'line' ? 'ordinal' : 'nominal', sort: null, title: label };
  const encoding =
    series.length <= 1
      ? { x, y: { field: field(series[0] ?? label), type: 'quantitative', title: series[0] ?? label } }
      : {
          x,
          y: { field: 'lectern_value', type: 'quantitative', title: null },
          color: { field: 'lectern_series', type: 'nominal', title: null, sort: series },
        };
  return {
    $schema: VEGA_LITE_SCHEMA,
    usermeta: { lectern: { columns: table.columns, kind } },
    data: { values },
    ...(series.length > 1 ? { transform: [{ fold: series.map(field), as: ['lectern_series', 'lectern_value'] }] } : {}),
    mark: { type: kind },
    encoding,
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
  const rows = values.map((v) => cols.map((c) => cleanCell(Object.prototype.hasOwnProperty.call(v, c) ? v[c] : null)));
  return { columns: [...cols], rows };
}

/** Bar or line, as far as the spec says; anything else counts as bar. */
export function chartKindOf(spec: ChartSpec): ChartKind {
  const mark: unknown = spec.mark;
  const type = typeof mark === 'object' && mark !== null ? (mark as { type?: unknown }).type : mark;
  return type === 'line' ? 'line' : 'bar';
}

function storedColumns(spec: ChartSpec): string[] | undefined {
  const meta: unknown = spec.usermeta;
  if (typeof meta !== 'object' || meta === null) return undefined;
  const lectern: unknown = (meta as { lectern?: unknown }).lectern;
  if (typeof lectern !== 'object' || lectern === null) return undefined;
  const columns: unknown = (lectern as { columns?: unknown }).columns;
  return Array.isArray(columns) && columns.every((c) => typeof c === 'string') ? columns : undefined;
}
