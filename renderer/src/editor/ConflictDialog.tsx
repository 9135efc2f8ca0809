/**
 * The deck file changed on disk while it was open (another program, a sync client, a
 * colleague): reload it, keep mine (overwrite it), or save mine as a new deck.
 */
import { useState } from 'react';
import { Dialog } from '../app/Dialog';
import type { Conflict } from './use-persistence';

export interface ConflictDialogProps {
  conflict: NonNullable<Conflict>;
  title: string;
  onReload: () => void;
  onKeepMine: () => void;
  onSaveAs: (title: string) => void;
  onCancel: () => void;
}

export function ConflictDialog({ conflict, title, onReload, onKeepMine, onSaveAs, onCancel }: ConflictDialogProps) {
  const [asTitle, setAsTitle] = useState(`${title} (my version)`);
  return (
    <Dialog title="The deck changed on disk" onClose={onCancel}>
      <p>
        {conflict.deleted ? 'The deck file was deleted or moved' : 'Something else changed the deck file'} since you opened it
        {conflict.reason === 'save-refused' ? ', so your changes were not saved yet.' : '.'}
      </p>
      <div className="conflict-actions">
        <button type="button" onClick={onReload} disabled={conflict.deleted}>
          Reload
        </button>
        <span className="muted small">Take the version on disk; your unsaved changes are dropped.</span>
        <button type="button" onClick={onKeepMine}>
          Keep mine
        </button>
        <span className="muted small">Save your version over the one on disk (it stays as the backup).</span>
        <form
          className="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (asTitle.trim()) onSaveAs(asTitle.trim());
          }}
        >
          <label className="stack-field">
            <span>Title of the new deck</span>
            <input value={asTitle} onChange={(e) => setAsTitle(e.currentTarget.value)} maxLength={200} />
          </label>
          <button type="submit">Save as</button>
        </form>
      </div>
    </Dialog>
  );
}
