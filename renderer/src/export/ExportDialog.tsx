/**
 * The Export dialog: HTML (with speaker notes, or the student copy), PDF (slides, slides
 * with notes, handouts of 3 or 6, optionally one page per build step; notes and handouts on
 * A4 or US Letter, the deck's setting or else the browser's locale first) or PowerPoint
 * (editable, with notes), a progress bar fed by
 * the host's events, Cancel that really stops the work, and the result: a download in the
 * browser edition, the file shown in the file manager in the desktop app. A modal <dialog>:
 * focus stays inside, Escape closes (and cancels a running export).
 */
import { useState } from 'react';
import { paperForLocale } from '../../../common/deck/paper';
import type { PaperSize } from '../../../common/deck/schema';
import { Dialog } from '../app/Dialog';
import { useApi } from '../app/api-context';
import { plural, problemText } from '../app/format';
import { trapTab } from './focus-trap';
import { useExport, type ExportOptions, type ExportState } from './use-export';
import './export.css';
import { inBackground } from '../failure/background';

type Layout = 'slides' | 'notes' | 'handouts-3' | 'handouts-6';

export interface ExportDialogProps {
  deckRef: string;
  deckTitle: string;
  /** The deck's paper setting; absent: the browser's locale suggests one. */
  paperSize?: PaperSize | undefined;
  /** Saves unsaved edits first; false when the save did not happen. */
  save: () => Promise<boolean>;
  onClose: () => void;
}

const LAYOUTS: { value: Layout; label: string; hint: string }[] = [
  { value: 'slides', label: 'Slides', hint: 'one page per slide' },
  { value: 'notes', label: 'Slides with notes', hint: 'each slide with its speaker notes below' },
  { value: 'handouts-3', label: 'Handouts, 3 per page', hint: 'with lines to write on' },
  { value: 'handouts-6', label: 'Handouts, 6 per page', hint: 'compact, for revision' },
];

const PAPERS: { value: PaperSize; label: string; hint: string }[] = [
  { value: 'a4', label: 'A4', hint: '210 × 297 mm' },
  { value: 'letter', label: 'US Letter', hint: '8.5 × 11 in' },
];

type Format = ExportOptions['format'];

function optionsFor(
  format: Format,
  notes: boolean,
  layout: Layout,
  fragments: boolean,
  paper: PaperSize,
): ExportOptions {
  if (format === 'html') return { format, notes };
  if (format === 'pptx') return { format };
  const handouts = layout === 'handouts-6' ? 6 : 3;
  return {
    format,
    layout: layout.startsWith('handouts') ? 'handouts' : (layout as 'slides' | 'notes'),
    handouts,
    fragments,
    paper,
  };
}

function kb(n: number): string {
  return n >= 1024 * 1024
    ? `${(n / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(n / 1024))} KB`;
}

export function ExportDialog({ deckRef, deckTitle, paperSize, save, onClose }: ExportDialogProps) {
  const api = useApi();
  const exp = useExport(api, deckRef, save);
  const [format, setFormat] = useState<Format>('html');
  const [notes, setNotes] = useState(true);
  const [layout, setLayout] = useState<Layout>('slides');
  const [fragments, setFragments] = useState(false);
  const [paper, setPaper] = useState<PaperSize>(
    () => paperSize ?? paperForLocale(navigator.language),
  );
  const { state } = exp;
  const busy = state.phase === 'saving' || state.phase === 'running';

  const close = () => {
    if (busy) exp.cancel();
    onClose();
  };

  return (
    <Dialog title={`Export “${deckTitle}”`} onClose={close}>
      <form
        className="export-dialog"
        aria-busy={busy}
        onKeyDown={trapTab}
        onSubmit={(e) => {
          e.preventDefault();
          inBackground(
            'export the deck',
            exp.start(optionsFor(format, notes, layout, fragments, paper)),
          );
        }}
      >
        <fieldset disabled={busy}>
          <legend>Format</legend>
          <label>
            <input
              type="radio"
              name="format"
              checked={format === 'html'}
              onChange={() => setFormat('html')}
            />{' '}
            HTML <span className="muted">one file that opens offline in any browser</span>
          </label>
          <label>
            <input
              type="radio"
              name="format"
              checked={format === 'pdf'}
              onChange={() => setFormat('pdf')}
            />{' '}
            PDF <span className="muted">for printing and the course page</span>
          </label>
          <label>
            <input
              type="radio"
              name="format"
              checked={format === 'pptx'}
              onChange={() => setFormat('pptx')}
            />{' '}
            PowerPoint <span className="muted">editable slides with notes, for colleagues</span>
          </label>
        </fieldset>
        {format === 'pptx' ? null : format === 'html' ? (
          <fieldset disabled={busy}>
            <legend>HTML copy</legend>
            <label>
              <input type="radio" name="notes" checked={notes} onChange={() => setNotes(true)} />{' '}
              With speaker notes{' '}
              <span className="muted">press S in the file for the speaker view</span>
            </label>
            <label>
              <input type="radio" name="notes" checked={!notes} onChange={() => setNotes(false)} />{' '}
              Student copy <span className="muted">without notes</span>
            </label>
          </fieldset>
        ) : (
          <fieldset disabled={busy}>
            <legend>PDF layout</legend>
            {LAYOUTS.map((l) => (
              <label key={l.value}>
                <input
                  type="radio"
                  name="layout"
                  checked={layout === l.value}
                  onChange={() => setLayout(l.value)}
                />{' '}
                {l.label} <span className="muted">{l.hint}</span>
              </label>
            ))}
            <label className="export-check">
              <input
                type="checkbox"
                checked={fragments}
                onChange={(e) => setFragments(e.currentTarget.checked)}
              />{' '}
              One page per build step{' '}
              <span className="muted">for slides whose points appear one by one</span>
            </label>
          </fieldset>
        )}
        {format === 'pdf' && layout !== 'slides' ? (
          <fieldset disabled={busy}>
            <legend>Paper</legend>
            {PAPERS.map((p) => (
              <label key={p.value}>
                <input
                  type="radio"
                  name="paper"
                  checked={paper === p.value}
                  onChange={() => setPaper(p.value)}
                />{' '}
                {p.label} <span className="muted">{p.hint}</span>
              </label>
            ))}
          </fieldset>
        ) : null}
        <ExportStatus state={state} />
        <div className="dialog-actions">
          {busy ? (
            <button
              type="button"
              className="danger"
              onClick={exp.cancel}
              disabled={state.phase === 'running' && state.cancelling}
            >
              Cancel export
            </button>
          ) : (
            <>
              <button type="button" onClick={close}>
                Close
              </button>
              <button type="submit" className="primary" autoFocus>
                {state.phase === 'done' || state.phase === 'failed' ? 'Export again' : 'Export'}
              </button>
            </>
          )}
        </div>
      </form>
    </Dialog>
  );
}

function ExportStatus({ state }: { state: ExportState }) {
  if (state.phase === 'idle')
    return state.note ? (
      <p className="export-note" role="status">
        {state.note}
      </p>
    ) : null;
  if (state.phase === 'saving' || state.phase === 'running') {
    const label = state.phase === 'saving' ? 'Saving your changes' : state.label;
    const value = state.phase === 'running' ? state.done : 0;
    const max = state.phase === 'running' ? Math.max(1, state.total) : 1;
    return (
      <div className="export-progress">
        <progress value={value} max={max} aria-label="Export progress" />
        <p role="status" aria-live="polite">
          {label}…
        </p>
      </div>
    );
  }
  if (state.phase === 'done') {
    const o = state.outcome;
    const what = `${o.name} (${plural(o.count, o.name.endsWith('.pdf') ? 'page' : 'slide')}, ${kb(o.size)})`;
    return (
      <p className="export-note ok" role="status">
        {o.kind === 'download'
          ? `Exported ${what}. Your browser is downloading it.`
          : `Saved ${what} and showed it in your file manager.`}
      </p>
    );
  }
  return (
    <div className="export-note error" role="alert">
      <p>The export did not finish:</p>
      <ul>
        {state.problems.map((p, i) => (
          <li key={i}>{problemText(p)}</li>
        ))}
      </ul>
    </div>
  );
}
