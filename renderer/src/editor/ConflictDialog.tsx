/**
 * The deck file changed on disk while there was unsaved work here (another program, a sync
 * client, a colleague). Nothing is overwritten blindly: the dialog shows the slides that
 * differ side by side, mine and on disk, and its default (focused) answer keeps both: save
 * mine as a copy, a new deck beside this one. "Keep mine" (overwrite the file) and "Reload"
 * (drop mine) are there, below the comparison.
 *
 * With nothing unsaved there is no dialog: the deck reloads by itself and `ReloadedNotice`
 * says so, with an Undo.
 */
import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Deck } from '../../../common/deck/schema';
import { diffDecks, type SlideDifference, type SlideSide } from '../../../common/deck/slide-diff';
import { Dialog } from '../app/Dialog';
import type { Conflict, Reloaded } from './use-persistence';
import './conflict.css';

export interface ConflictDialogProps {
  conflict: NonNullable<Conflict>;
  title: string;
  /** My version: the deck in the editor now. */
  mine: Deck;
  onReload: () => void;
  onKeepMine: () => void;
  /** Writes my version as a new deck titled `title` beside this one (never over it). */
  onSaveCopy: (title: string) => void;
  onCancel: () => void;
}

/** How many differing slides are shown before "and N more". */
const MAX_ROWS = 30;

export function ConflictDialog({
  conflict,
  title,
  mine,
  onReload,
  onKeepMine,
  onSaveCopy,
  onCancel,
}: ConflictDialogProps) {
  const [asTitle, setAsTitle] = useState(`${title} (my version)`);
  const titleId = useId();
  const defaultButton = useRef<HTMLButtonElement>(null);
  // After the dialog opened (its effect runs first) and focused its first control: the safe answer.
  useEffect(() => defaultButton.current?.focus(), []);
  const diff = useMemo(
    () => (conflict.disk ? diffDecks(mine, conflict.disk) : null),
    [mine, conflict.disk],
  );
  const saveCopy = () => {
    if (asTitle.trim()) onSaveCopy(asTitle.trim());
  };

  return (
    <Dialog title="The deck changed on disk" onClose={onCancel}>
      <div className="conflict">
        <p>
          {conflict.deleted
            ? 'The deck file was deleted or moved'
            : 'Something else changed the deck file'}{' '}
          since you opened it, and you have unsaved changes
          {conflict.reason === 'save-refused' ? ' (they were not saved yet)' : ''}. Nothing has been
          overwritten.
        </p>
        <section aria-labelledby={`${titleId}-diff`} className="conflict-diff">
          <h3 id={`${titleId}-diff`}>{conflict.deleted ? 'On disk' : 'Slides that differ'}</h3>
          <Comparison conflict={conflict} diff={diff} />
        </section>
        <div className="conflict-choices">
          <div className="conflict-choice">
            <label className="conflict-title" htmlFor={`${titleId}-title`}>
              Title of the new deck
            </label>
            <input
              id={`${titleId}-title`}
              value={asTitle}
              onChange={(e) => setAsTitle(e.currentTarget.value)}
              onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), saveCopy())}
              maxLength={200}
            />
            <button
              ref={defaultButton}
              type="button"
              className="primary"
              onClick={saveCopy}
              disabled={!asTitle.trim()}
            >
              Save mine as a copy
            </button>
            <span className="muted small">
              Both versions are kept: yours as a new deck beside this one, the file on disk as it
              is.
            </span>
          </div>
          <div className="conflict-choice">
            <button
              type="button"
              onClick={onKeepMine}
              disabled={!conflict.deleted && conflict.disk === undefined}
            >
              Keep mine
            </button>
            <span className="muted small">
              {conflict.deleted
                ? 'Write your version as the deck file again.'
                : 'Save your version over the one on disk (the one on disk stays as the backup, .bak).'}
            </span>
          </div>
          <div className="conflict-choice">
            <button type="button" onClick={onReload} disabled={conflict.deleted}>
              Reload from disk
            </button>
            <span className="muted small">
              Take the version on disk; your unsaved changes are dropped.
            </span>
          </div>
        </div>
      </div>
    </Dialog>
  );
}

function Comparison({
  conflict,
  diff,
}: {
  conflict: NonNullable<Conflict>;
  diff: ReturnType<typeof diffDecks> | null;
}) {
  if (conflict.deleted)
    return (
      <p>There is no deck file any more. Save yours as a copy, or write it back with Keep mine.</p>
    );
  if (conflict.disk === undefined) return <p aria-busy="true">Reading the version on disk…</p>;
  if (!diff)
    return (
      <p>
        The version on disk cannot be read, so it cannot be shown. Saving yours as a copy keeps
        both.
      </p>
    );
  if (!diff.slides.length && !diff.other.length)
    return <p>The slides are the same in both versions.</p>;
  const rows = diff.slides.slice(0, MAX_ROWS);
  return (
    <>
      {diff.slides.length > 0 && (
        <div
          className="conflict-table-wrap"
          tabIndex={0}
          role="group"
          aria-label="Your version and the version on disk, slide by slide"
        >
          <table className="conflict-table">
            <thead>
              <tr>
                <th scope="col">Yours (not saved)</th>
                <th scope="col">On disk</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} data-kind={row.kind}>
                  <td>
                    <Side side={row.mine} other={row.disk} row={row} />
                  </td>
                  <td>
                    <Side side={row.disk} other={row.mine} row={row} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {diff.slides.length > MAX_ROWS && (
        <p className="muted small">and {diff.slides.length - MAX_ROWS} more slides that differ.</p>
      )}
      {diff.other.length > 0 && <p className="small">Also different: {diff.other.join(', ')}.</p>}
    </>
  );
}

const KIND_WORDS: Record<SlideDifference['kind'], string> = {
  changed: 'changed',
  moved: 'moved',
  'only-mine': 'only in yours',
  'only-disk': 'only on disk',
};

/** Marks what is not the same on the other side (a title, a line of text), so the difference is seen, not hunted for. */
function Differs({ differs, children }: { differs: boolean; children: ReactNode }) {
  return differs ? <mark className="conflict-mark">{children}</mark> : <>{children}</>;
}

function Side({
  side,
  other,
  row,
}: {
  side: SlideSide | undefined;
  other: SlideSide | undefined;
  row: SlideDifference;
}) {
  if (!side)
    return (
      <p className="conflict-absent">
        {row.kind === 'only-mine' ? 'Not in the version on disk' : 'Not in your version'}
      </p>
    );
  const otherText = new Set(other?.text ?? []);
  return (
    <div className="conflict-side">
      <p className="conflict-slide">
        <strong>
          Slide {side.number}:{' '}
          <Differs differs={!!other && other.title !== side.title}>
            {side.title || '(no title)'}
          </Differs>
        </strong>{' '}
        <span className="muted small">({KIND_WORDS[row.kind]})</span>
      </p>
      {side.text.length > 0 && (
        <ul>
          {side.text.slice(0, 8).map((t, i) => (
            <li key={i}>
              <Differs differs={!!other && !otherText.has(t)}>{t}</Differs>
            </li>
          ))}
          {side.text.length > 8 && <li className="muted">… {side.text.length - 8} more</li>}
        </ul>
      )}
      {side.notes && (
        <p className="muted small conflict-notes">
          Notes:{' '}
          <Differs differs={!!other && other.notes !== side.notes}>
            {side.notes.length > 160 ? `${side.notes.slice(0, 160)}…` : side.notes}
          </Differs>
        </p>
      )}
    </div>
  );
}

export interface ReloadedNoticeProps {
  reloaded: Reloaded;
  onUndo: () => void;
  onDismiss: () => void;
}

/** After the deck reloaded by itself (it changed on disk, nothing here was unsaved). */
export function ReloadedNotice({ reloaded, onUndo, onDismiss }: ReloadedNoticeProps) {
  return (
    <div className="message-bar reloaded-notice" role="status">
      <span>
        The deck changed on disk and was reloaded at {new Date(reloaded.at).toLocaleTimeString()}.
      </span>
      <button type="button" onClick={onUndo}>
        Undo reload
      </button>
      <button type="button" aria-label="Dismiss notice" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
