/**
 * One deck in the library: its first slide, title, slide count and date, and what can be
 * done with it. A deck that fails validation shows its problems and offers the backup.
 */
import { useMemo } from 'react';
import type { z } from 'zod';
import type { DeckEntry } from '../../../common/api/contract';
import { DECK_FORMAT, DECK_VERSION, type Deck } from '../../../common/deck/schema';
import type { SlideRenderContext } from '../../../common/render/context';
import { SlideFrame } from '../app/SlideFrame';
import { formatWhen, plural, problemText } from '../app/format';
import { useApi } from '../app/api-context';

export type Entry = z.output<typeof DeckEntry>;

export interface DeckCardProps {
  entry: Entry;
  onOpen: () => void;
  onDuplicate: () => void;
  onRename: () => void;
  onDelete: () => void;
  onRestoreBackup: () => void;
  onOpenRecovery: () => void;
}

/** A card; every action is a real button so the library works from the keyboard alone. */
export function DeckCard({
  entry,
  onOpen,
  onDuplicate,
  onRename,
  onDelete,
  onRestoreBackup,
  onOpenRecovery,
}: DeckCardProps) {
  const api = useApi();
  const deck = useMemo<Deck | null>(
    () =>
      entry.meta && entry.firstSlide
        ? {
            format: DECK_FORMAT,
            version: DECK_VERSION,
            meta: entry.meta,
            slides: [entry.firstSlide],
            references: [],
            sources: [],
          }
        : null,
    [entry.meta, entry.firstSlide],
  );
  const ctx = useMemo<SlideRenderContext>(
    () => ({ assetUrl: (rel) => api.assetUrl(entry.ref, rel), charts: {} }),
    [api, entry.ref],
  );
  const invalid = !!entry.error?.length;
  const titleId = `deck-title-${entry.ref.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  return (
    <li className={invalid ? 'deck-card invalid' : 'deck-card'} aria-labelledby={titleId}>
      {invalid ? (
        <div className="broken-thumb" aria-hidden="true">
          Cannot be opened
        </div>
      ) : (
        <button
          type="button"
          className="thumb-button"
          onClick={onOpen}
          tabIndex={-1}
          aria-hidden="true"
        >
          {deck && entry.firstSlide ? (
            <SlideFrame slide={entry.firstSlide} deck={deck} index={0} ctx={ctx} mode="thumb" />
          ) : (
            <div className="broken-thumb" style={{ color: 'var(--muted)' }}>
              No slides yet
            </div>
          )}
        </button>
      )}
      <div className="card-body">
        <h2 id={titleId} title={entry.title}>
          {entry.title}
        </h2>
        <div className="facts">
          {invalid ? 'Cannot be opened' : plural(entry.slideCount, 'slide')} ·{' '}
          {formatWhen(entry.modified)}
        </div>
        {entry.hasRecovery && (
          <div className="recovery-note">
            Unsaved changes from an earlier session can be recovered
          </div>
        )}
        {invalid && (
          <ul className="problems" aria-label={`Problems in ${entry.title}`}>
            {entry.error!.slice(0, 4).map((p, i) => (
              <li key={i}>{problemText(p)}</li>
            ))}
          </ul>
        )}
        <div className="actions">
          {!invalid && (
            <button
              type="button"
              className="primary"
              onClick={onOpen}
              aria-label={`Open ${entry.title}`}
            >
              {entry.hasRecovery ? 'Open and recover' : 'Open'}
            </button>
          )}
          {invalid && entry.hasBackup && (
            <button
              type="button"
              className="primary"
              onClick={onRestoreBackup}
              aria-label={`Restore the backup of ${entry.title}`}
            >
              Restore backup
            </button>
          )}
          {invalid && entry.hasRecovery && (
            <button
              type="button"
              onClick={onOpenRecovery}
              aria-label={`Open the recovered copy of ${entry.title}`}
            >
              Open recovery
            </button>
          )}
          {!invalid && (
            <>
              <button type="button" onClick={onDuplicate} aria-label={`Duplicate ${entry.title}`}>
                Duplicate
              </button>
              <button type="button" onClick={onRename} aria-label={`Rename ${entry.title}`}>
                Rename
              </button>
            </>
          )}
          <button
            type="button"
            className="danger"
            onClick={onDelete}
            aria-label={`Delete ${entry.title}`}
          >
            Delete
          </button>
        </div>
      </div>
    </li>
  );
}
