/**
 * Adding a figure: a chart from a small table, or an image from a file. Alt text and a
 * caption are asked for here, because a figure without alt text is what the deck check flags.
 */
import { useState } from 'react';
import type { ChartKind, DataTable } from '../../../common/ops';
import { parseCell } from '../../../common/ops';
import { Dialog } from '../app/Dialog';
import { ChartKindOptions, ChartTable } from './ChartTable';

export type NewFigure =
  | { kind: 'chart'; table: DataTable; chart: ChartKind; caption: string; alt: string }
  | { kind: 'image'; file: File; caption: string; alt: string };

const STARTER: DataTable = {
  columns: ['Year', 'Value'],
  rows: [
    [parseCell('1928'), null],
    [parseCell('1932'), null],
  ],
};

export function AddFigureDialog({
  onAdd,
  onCancel,
}: {
  onAdd: (f: NewFigure) => void;
  onCancel: () => void;
}) {
  const [kind, setKind] = useState<'chart' | 'image'>('chart');
  const [table, setTable] = useState<DataTable>(STARTER);
  const [chart, setChart] = useState<ChartKind>('bar');
  const [file, setFile] = useState<File | null>(null);
  const [caption, setCaption] = useState('');
  const [alt, setAlt] = useState('');
  const [problem, setProblem] = useState('');
  return (
    <Dialog title="Add figure" onClose={onCancel}>
      <form
        className="figure-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (!alt.trim())
            return setProblem(
              'Describe the figure in the alt text: students using a screen reader hear it instead of seeing the figure.',
            );
          if (kind === 'image') {
            if (!file) return setProblem('Choose an image file.');
            onAdd({ kind, file, caption, alt });
          } else onAdd({ kind, table, chart, caption, alt });
        }}
      >
        <fieldset>
          <legend>Kind</legend>
          <label>
            <input
              type="radio"
              name="kind"
              checked={kind === 'chart'}
              onChange={() => setKind('chart')}
            />{' '}
            Chart from a table
          </label>
          <label>
            <input
              type="radio"
              name="kind"
              checked={kind === 'image'}
              onChange={() => setKind('image')}
            />{' '}
            Image from a file
          </label>
        </fieldset>
        {kind === 'chart' ? (
          <>
            <label className="inline-field">
              <span>Chart type</span>
              <select value={chart} onChange={(e) => setChart(e.currentTarget.value as ChartKind)}>
                <ChartKindOptions />
              </select>
            </label>
            <ChartTable table={table} onChange={setTable} label="Chart data" />
          </>
        ) : (
          <label className="stack-field">
            <span>Image file</span>
            <input
              type="file"
              accept="image/png,image/jpeg,image/gif,image/webp,image/svg+xml"
              onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
            />
          </label>
        )}
        <label className="stack-field">
          <span>Caption</span>
          <input
            value={caption}
            onChange={(e) => setCaption(e.currentTarget.value)}
            maxLength={2000}
          />
        </label>
        <label className="stack-field">
          <span>Alt text</span>
          <textarea
            value={alt}
            onChange={(e) => setAlt(e.currentTarget.value)}
            rows={2}
            maxLength={5000}
          />
        </label>
        {problem && (
          <p className="error-text" role="alert">
            {problem}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="primary">
            Add
          </button>
        </div>
      </form>
    </Dialog>
  );
}
