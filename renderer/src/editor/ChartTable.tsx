/**
 * A small data table for a chart: column names in the header row, one row per bar or
 * point. Controlled: the parent owns the table and decides when it becomes an op.
 * Cells copied from a spreadsheet paste in as a block (tab-separated, with or without a
 * header row) in one step, so one undo takes the whole paste back.
 */
import { useId, useState, type ClipboardEvent } from 'react';
import {
  CHART_KINDS,
  CHART_KIND_NAMES,
  parseCell,
  pasteTable,
  type Cell,
  type DataTable,
} from '../../../common/ops';

/** The chart types, as `<option>`s for a chart type picker. */
export function ChartKindOptions() {
  return (
    <>
      {CHART_KINDS.map((k) => (
        <option key={k} value={k}>
          {CHART_KIND_NAMES[k]}
        </option>
      ))}
    </>
  );
}

export interface ChartTableProps {
  table: DataTable;
  onChange: (table: DataTable) => void;
  /** Called for a single cell edit, so an existing chart keeps its styling. */
  onCell?: (row: number, column: number, text: string) => void;
  label: string;
  /**
   * Readable headers (a chart's axis titles) shown instead of the column names, which then
   * cannot be renamed here: a drawn spec reads its columns by name.
   */
  headers?: readonly string[];
}

const show = (c: Cell | undefined) => (c === null || c === undefined ? '' : String(c));

/**
 * One cell's field. The table stores cells parsed (trimmed, "1,000" as 1000), so a field that
 * showed the stored cell would drop a space the moment it is typed and "United Kingdom" could
 * not be typed letter by letter. While the field is being edited it shows the text as typed,
 * as long as that text still means the stored cell; an undo or any other change shows the table.
 */
function CellInput({
  cell,
  label,
  onText,
}: {
  cell: Cell | undefined;
  label: string;
  onText: (text: string) => void;
}) {
  const [typed, setTyped] = useState<string | null>(null);
  const shown = typed !== null && parseCell(typed) === (cell ?? null) ? typed : show(cell);
  return (
    <input
      aria-label={label}
      value={shown}
      onChange={(e) => {
        setTyped(e.currentTarget.value);
        onText(e.currentTarget.value);
      }}
      onBlur={() => setTyped(null)}
      size={6}
    />
  );
}

export function ChartTable({ table, onChange, onCell, label, headers }: ChartTableProps) {
  const header = (c: number) => headers?.[c] ?? table.columns[c] ?? '';
  const hintId = useId();
  const [pasted, setPasted] = useState('');
  // A block of cells (a tab or a line break in the clipboard) becomes one table edit; a single
  // value pastes into its cell as usual. Header cells paste from the first row.
  const onPaste = (e: ClipboardEvent<HTMLTableElement>) => {
    const text = e.clipboardData.getData('text/plain');
    const cell = (e.target as HTMLElement).closest<HTMLElement>('[data-row]');
    const at = {
      row: Math.max(0, Number(cell?.dataset.row ?? 0)),
      column: Number(cell?.dataset.column ?? 0),
    };
    const next = pasteTable(table, text, at);
    if (!next) return;
    e.preventDefault();
    onChange(next);
    setPasted(`Pasted: the table has ${next.rows.length} rows and ${next.columns.length} columns.`);
  };
  const setColumn = (i: number, name: string) =>
    onChange({ ...table, columns: table.columns.map((c, k) => (k === i ? name : c)) });
  const setCell = (r: number, c: number, text: string) => {
    if (onCell) return onCell(r, c, text);
    onChange({
      ...table,
      rows: table.rows.map((row, k) =>
        k === r ? table.columns.map((_, j) => (j === c ? parseCell(text) : (row[j] ?? null))) : row,
      ),
    });
  };
  return (
    <div className="chart-table">
      {/* Wider tables scroll sideways inside the panel; tabbing to a cell scrolls it into view. */}
      <div className="chart-table-scroll">
        <table
          aria-label={label}
          aria-describedby={hintId}
          onPaste={onPaste}
          style={{ minWidth: `${table.columns.length * 5.5}em` }}
        >
          <thead>
            <tr>
              {table.columns.map((name, c) => (
                <th key={c} scope="col" data-row={-1} data-column={c}>
                  {headers ? (
                    <span className="chart-table-header" title={header(c)}>
                      {header(c)}
                    </span>
                  ) : (
                    <input
                      aria-label={`Column ${c + 1} name`}
                      value={name}
                      onChange={(e) => setColumn(c, e.currentTarget.value)}
                      size={6}
                    />
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={r}>
                {table.columns.map((_, c) => (
                  <td key={c} data-row={r} data-column={c}>
                    <CellInput
                      label={`Row ${r + 1} ${header(c) || `column ${c + 1}`}`}
                      cell={row[c]}
                      onText={(text) => setCell(r, c, text)}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p id={hintId} className="muted chart-table-hint">
        Paste cells from a spreadsheet, with or without a header row.
      </p>
      <p className="visually-hidden" role="status">
        {pasted}
      </p>
      <div className="row-buttons">
        <button
          type="button"
          onClick={() =>
            onChange({ ...table, rows: [...table.rows, table.columns.map(() => null)] })
          }
        >
          Add row
        </button>
        <button
          type="button"
          disabled={table.rows.length <= 1}
          onClick={() => onChange({ ...table, rows: table.rows.slice(0, -1) })}
        >
          Remove last row
        </button>
        <button
          type="button"
          onClick={() =>
            onChange({
              columns: [...table.columns, `Series ${table.columns.length}`],
              rows: table.rows.map((r) => [...r, null]),
            })
          }
        >
          Add column
        </button>
        <button
          type="button"
          disabled={table.columns.length <= 2}
          onClick={() =>
            onChange({
              columns: table.columns.slice(0, -1),
              rows: table.rows.map((r) => r.slice(0, -1)),
            })
          }
        >
          Remove last column
        </button>
      </div>
    </div>
  );
}
