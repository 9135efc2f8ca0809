/**
 * What a lecturer sees of a chart's data, and how their edits reach it.
 *
 * A generated draft (common/generate/chart) keeps more in its data than a lecturer edits: data
 * labels as the reading wrote them ("about 35%"), layout hints ("side", "place", "quiet") and
 * each datum's sentence id, the provenance Check reads. The table shows only the columns a
 * lecturer edits (the category or time and the values), headed by the drawing's axis titles;
 * the rest stay in the spec, kept with their rows, and a data label follows its value.
 *
 * The rule is read from the spec itself, so a spec made by hand is treated alike: `sentence`
 * is provenance in every chart (Check reads it so); a column drawn only as text is a data label;
 * a column of words read only by filters is a layout hint. Everything else is shown.
 */
import type { ChartSpec } from '../deck/schema';
import {
  internalColumns,
  isOwnChart,
  tableOf,
  type Cell,
  type ChartKind,
  type DataTable,
} from './chart';

/** The column that names each datum's sentence: provenance, never shown. */
export const SENTENCE = 'sentence';

export interface TableView {
  /** The shown columns (real column names) and their cells. */
  table: DataTable;
  /** A readable header per shown column: the axis title where the drawing gives one. */
  headers: string[];
  /** Each shown column's index in `tableOf(spec)`. */
  columns: number[];
  /** The columns kept but not shown. */
  hidden: string[];
  /** Data labels among `hidden`: text that writes a value, to follow it when it changes. */
  labels: string[];
  /** True when the headers are the column names (Lectern's own chart): renaming one renames the column. */
  renamable: boolean;
}

const obj = (v: unknown): Record<string, unknown> | undefined =>
  typeof v === 'object' && v !== null && !Array.isArray(v)
    ? (v as Record<string, unknown>)
    : undefined;

/** Field names a Vega expression reads: `datum.year`, `datum["year"]`. */
function exprFields(expr: string): string[] {
  return [
    ...expr.matchAll(/datum(?:\.([A-Za-z_$][\w$]*)|\[\s*(["'])((?:\\.|(?!\2).)*)\2\s*\])/g),
  ].map((m) => m[1] ?? m[3]!);
}

interface Reads {
  /** Fields drawn as a position, colour, size … (any channel but text and tooltip), with their titles. */
  drawn: Map<string, string | undefined>;
  text: Set<string>;
  filtered: Set<string>;
  /** Computed field → the fields its expression reads. */
  calculated: Map<string, string[]>;
}

function reads(spec: ChartSpec): Reads {
  const out: Reads = {
    drawn: new Map(),
    text: new Set(),
    filtered: new Set(),
    calculated: new Map(),
  };
  const visit = (node: Record<string, unknown>) => {
    for (const t of Array.isArray(node.transform) ? (node.transform as unknown[]) : []) {
      const tr = obj(t);
      if (typeof tr?.filter === 'string')
        for (const f of exprFields(tr.filter)) out.filtered.add(f);
      if (typeof tr?.calculate === 'string' && typeof tr.as === 'string')
        out.calculated.set(tr.as, [
          ...(out.calculated.get(tr.as) ?? []),
          ...exprFields(tr.calculate),
        ]);
    }
    for (const [name, ch] of Object.entries(obj(node.encoding) ?? {})) {
      const c = obj(ch);
      if (typeof c?.field !== 'string') continue;
      if (name === 'text' || name === 'tooltip') out.text.add(c.field);
      else {
        const title = typeof c.title === 'string' && c.title.trim() ? c.title : undefined;
        out.drawn.set(c.field, out.drawn.get(c.field) ?? title);
      }
    }
    for (const l of Array.isArray(node.layer) ? (node.layer as unknown[]) : [])
      if (obj(l)) visit(obj(l)!);
  };
  visit(spec as unknown as Record<string, unknown>);
  return out;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const HEADER: Record<string, string> = {
  high: 'High end',
  end: 'Until',
  per: 'Fraction',
  parts: 'Parts',
};

/** What the editor's table shows of `spec`. */
export function tableView(spec: ChartSpec, kind?: ChartKind): TableView {
  const full = tableOf(spec);
  const own = isOwnChart(spec);
  const r = reads(spec);
  const valuesOf = (i: number) =>
    full.rows.map((row) => row[i] ?? null).filter((c) => c !== null && c !== '');
  const hiddenOf = (c: string, i: number): boolean => {
    if (i === 0) return false; // the category or time column is always the lecturer's
    if (own) return internalColumns(spec).includes(c);
    if (c === SENTENCE) return true;
    const drawn = r.drawn.has(c);
    // A data label: drawn only as text, beside a mark placed by other columns.
    if (r.text.has(c) && !drawn) return true;
    // A layout hint: words ("start", "right", "yes") read only to pick a layer.
    const cells = valuesOf(i);
    return (
      r.filtered.has(c) &&
      !drawn &&
      !r.text.has(c) &&
      cells.length > 0 &&
      cells.every((v) => typeof v === 'string')
    );
  };
  const hidden = full.columns.filter(hiddenOf);
  const columns = full.columns.map((c, i) => (hidden.includes(c) ? -1 : i)).filter((i) => i >= 0);
  // Titles reach a column through a computed field: the share axis is titled, its value feeds it.
  const titles = new Map(r.drawn);
  for (const [as, from] of r.calculated) {
    const title = titles.get(as);
    if (!title) continue;
    for (const f of from) {
      const i = full.columns.indexOf(f);
      if (i >= 0 && !titles.get(f) && valuesOf(i).some((v) => typeof v === 'number'))
        titles.set(f, title);
    }
  }
  const headers = columns.map((i) => {
    const c = full.columns[i]!;
    if (own) return c;
    return (
      titles.get(c) ??
      (c === 'label' && kind === 'timeline' ? 'Event' : (HEADER[c] ?? capitalise(c)))
    );
  });
  const labels = hidden.filter(
    (c) =>
      c !== SENTENCE && full.rows.some((row) => typeof row[full.columns.indexOf(c)] === 'string'),
  );
  return {
    table: {
      columns: columns.map((i) => full.columns[i]!),
      rows: full.rows.map((row) => columns.map((i) => row[i] ?? null)),
    },
    headers,
    columns,
    hidden,
    labels,
    renamable: own,
  };
}

// ── Data labels that follow their values ─────────────────────────────────────────────────

/** A number as written in a label: "3,297", "4.8", "-3" (not the "-" of "15-20"). */
const NUMBER = /(?:(?<=^|[\s(])-)?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/g;
const valueOf = (token: string) => Number(token.replace(/,/g, ''));
const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));

/** `n` written as `token` was: its decimals (at least), its thousands commas. */
export function formatLike(n: number, token?: string): string {
  const decimals = token?.includes('.') ? token.split('.')[1]!.length : 0;
  const own = /e/i.test(String(n)) ? 0 : (String(n).split('.')[1] ?? '').length;
  const d = Math.min(20, Math.max(decimals, own));
  const commas = token
    ? token.includes(',') || (Math.abs(valueOf(token)) < 1000 && Math.abs(n) >= 10000)
    : Math.abs(n) >= 10000;
  return n.toLocaleString('en-US', {
    minimumFractionDigits: d,
    maximumFractionDigits: d,
    useGrouping: commas,
  });
}

type Row = Record<string, Cell | boolean | undefined>;

/** The label's number that writes `value`, if any: its place in the text. */
function findValue(text: string, value: number): { at: number; token: string } | undefined {
  for (const m of text.matchAll(NUMBER))
    if (same(valueOf(m[0]), value)) return { at: m.index, token: m[0] };
  return undefined;
}

/** True when most rows' `label` writes that row's `column` value: the label is that value's. */
function tied(rows: readonly Row[], label: string, column: string, except: number): boolean {
  let both = 0;
  let writes = 0;
  rows.forEach((row, i) => {
    const l = row[label];
    const v = row[column];
    if (i === except || typeof l !== 'string' || typeof v !== 'number') return;
    both++;
    if (findValue(l, v)) writes++;
  });
  return writes > 0 && writes * 2 > both;
}

/** A currency sign before the number stays in a rebuilt label ("$3.4 billion"); a hedge does not. */
const CURRENCY = /(?:US\$|[$£€¥])\s*$/;

/**
 * The data labels of row `index` after its `column` went from `old` to `next`: where a label
 * writes the old number it writes the new one, hedge and unit kept ("about 35%" → "about 36%",
 * "15-20%" → "16-20%"). A label of this value that no longer writes it (the cell was cleared
 * while typing, or the old number differs) has its one number rewritten; one that writes it in
 * words ("more than seventy") is rebuilt from the new number and the unit its neighbours write.
 * A cleared cell leaves the label as it is, so typing the next number puts it back.
 */
export function relabel(
  rows: Row[],
  index: number,
  column: string,
  old: Cell,
  next: Cell,
  labels: readonly string[],
): void {
  const row = rows[index];
  if (!row || old === next || typeof next !== 'number') return;
  for (const label of labels) {
    if (label === column) continue;
    const text = row[label];
    if (typeof text !== 'string') {
      if (text === null || text === undefined) {
        if (tied(rows, label, column, index))
          row[label] = rebuilt(rows, index, label, column, next);
      }
      continue;
    }
    const hit = typeof old === 'number' ? findValue(text, old) : undefined;
    if (hit) {
      row[label] =
        text.slice(0, hit.at) + formatLike(next, hit.token) + text.slice(hit.at + hit.token.length);
      continue;
    }
    const own = rows.length === 1 || tied(rows, label, column, index);
    if (!own) continue;
    const numbers = [...text.matchAll(NUMBER)];
    const only = numbers.length === 1 ? numbers[0]! : undefined;
    if (only)
      row[label] =
        text.slice(0, only.index) +
        formatLike(next, only[0]) +
        text.slice(only.index + only[0].length);
    else if (rows.length > 1) row[label] = rebuilt(rows, index, label, column, next);
  }
}

/** A label for `next` in the manner of the nearest neighbour's: its unit ("4.8 million" → " million"), its currency sign, no hedge. */
function rebuilt(
  rows: readonly Row[],
  index: number,
  label: string,
  column: string,
  next: number,
): string {
  // The nearest neighbour's, so a bracket's "before 1926: …" is not copied onto a plain point.
  let template: { before: string; token: string; after: string } | undefined;
  const near = rows
    .map((_, i) => i)
    .filter((i) => i !== index)
    .sort((a, b) => Math.abs(a - index) - Math.abs(b - index));
  near.some((i) => {
    const l = rows[i]![label];
    const v = rows[i]![column];
    const found = typeof l === 'string' && typeof v === 'number' ? findValue(l, v) : undefined;
    if (found && typeof l === 'string')
      template = {
        before: l.slice(0, found.at),
        token: found.token,
        after: l.slice(found.at + found.token.length),
      };
    return found !== undefined;
  });
  const sign = template ? (CURRENCY.exec(template.before)?.[0] ?? '') : '';
  return `${sign}${formatLike(next, template?.token)}${template?.after ?? ''}`;
}

// ── Edits of the shown table ─────────────────────────────────────────────────────────────

/**
 * The whole table after an edit of the shown one (`shown`): the hidden columns kept with their
 * rows (a removed row takes its own along), a new row given its neighbour's layout hints but no
 * sentence and no label, and every data label following an edited value. A table that already
 * holds every hidden column is taken as whole (a script's edit).
 */
export function fullTable(spec: ChartSpec, shown: DataTable): DataTable {
  const view = tableView(spec);
  if (!view.hidden.length || view.hidden.every((c) => shown.columns.includes(c))) return shown;
  const full = tableOf(spec);
  const hiddenAt = view.hidden.map((c) => full.columns.indexOf(c));
  const hints = view.hidden.filter(
    (c, k) =>
      c !== SENTENCE && full.rows.every((row) => !/\d/.test(String(row[hiddenAt[k]!] ?? ''))),
  );
  const sameColumns =
    shown.columns.length === view.table.columns.length &&
    shown.columns.every((c, i) => c === view.table.columns[i]);
  const columns = sameColumns ? full.columns : [...shown.columns, ...view.hidden];
  const rows: Row[] = shown.rows.map((cells, r) => {
    const before = full.rows[r];
    const row: Row = {};
    shown.columns.forEach(
      (c, i) => (row[sameColumns ? view.table.columns[i]! : c] = cells[i] ?? null),
    );
    view.hidden.forEach((c, k) => {
      const source = before ?? full.rows[full.rows.length - 1];
      // A new row is the lecturer's: no sentence vouches for it and no label is written yet;
      // layout hints (words with no number: "middle", "right") are its neighbour's.
      row[c] = before
        ? (before[hiddenAt[k]!] ?? null)
        : c === SENTENCE || !hints.includes(c)
          ? null
          : (source?.[hiddenAt[k]!] ?? null);
    });
    return row;
  });
  if (sameColumns) {
    full.rows.forEach((before, r) => {
      if (r >= rows.length) return;
      view.columns.forEach((i) => {
        const c = full.columns[i]!;
        relabel(
          rows,
          r,
          c,
          before[i] ?? null,
          (rows[r]![c] as Cell | undefined) ?? null,
          view.labels,
        );
      });
    });
  }
  return {
    columns,
    rows: rows.map((row) => columns.map((c) => (row[c] as Cell | undefined) ?? null)),
  };
}

// ── Alt text that follows the chart type ─────────────────────────────────────────────────

/** How Lectern's alt text opens for each chart type. */
export const KIND_PHRASE: Record<ChartKind, string> = {
  bar: 'Bar chart',
  'horizontal-bar': 'Bar chart',
  line: 'Line chart',
  timeline: 'Timeline',
};
const OPENING = /^(?:Part-of-whole bar chart|Horizontal bar chart|Bar chart|Line chart|Timeline)\b/;

/** `alt` (Lectern's) retold for a chart of `kind`: its opening names the new type, the rest stays. */
export function altFor(alt: string, kind: ChartKind): string {
  return OPENING.test(alt) ? alt.replace(OPENING, KIND_PHRASE[kind]) : alt;
}

/**
 * True when `alt` is the text Lectern wrote for `spec`: Lectern writes the alt text and the
 * spec's `description` together (the generator, and a type change), so a lecturer's edit makes
 * them differ and is never overwritten.
 */
export function isLecternAlt(spec: ChartSpec, alt: string): boolean {
  return (
    typeof spec.description === 'string' &&
    alt.trim() !== '' &&
    alt.trim() === spec.description.trim()
  );
}

// ── Alt text that follows the values ─────────────────────────────────────────────────────

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Lectern's `alt` after one datum's label went from `old` to `next`. The alt text lists each
 * datum as "<category>, <label>[ more words]" between "; " (after the opening's ": "), so the item that
 * writes `old` is rewritten; when several do, the one naming `category`. Undefined when no
 * single item can be told apart: the alt text is then left as it is.
 */
export function retellAlt(
  alt: string,
  category: string,
  old: string,
  next: string,
): string | undefined {
  if (old === next || !old.trim()) return alt;
  const item = new RegExp(`(?<=: |; )([^;:]*?), ${escape(old)}(?=;|\\.(?:\\s|$)|\\s)`, 'g');
  const hits = [...alt.matchAll(item)];
  const named =
    hits.length === 1 ? hits : hits.filter((h) => category !== '' && h[1]!.includes(category));
  if (named.length !== 1) return undefined;
  const hit = named[0]!;
  const at = hit.index + hit[1]!.length + 2;
  return alt.slice(0, at) + next + alt.slice(at + old.length);
}

/**
 * The alt text of a chart whose rows went from `before` to `after` (same rows, same columns):
 * where Lectern wrote it (`isLecternAlt`), each changed data label is retold in it, and the
 * spec's description follows so the two stay Lectern's. A lecturer's own alt text is kept.
 */
export function altAfterEdit(
  spec: ChartSpec,
  alt: string,
  before: DataTable,
  after: DataTable,
  labels: readonly string[],
): string {
  if (!isLecternAlt(spec, alt) || before.rows.length !== after.rows.length) return alt;
  let text = alt;
  for (const label of labels) {
    const i = before.columns.indexOf(label);
    const j = after.columns.indexOf(label);
    if (i < 0 || j < 0) continue;
    before.rows.forEach((row, r) => {
      const old = row[i];
      const next = after.rows[r]![j];
      if (typeof old !== 'string' || typeof next !== 'string' || old === next) return;
      text = retellAlt(text, String(after.rows[r]![0] ?? ''), old, next) ?? text;
    });
  }
  return text;
}
