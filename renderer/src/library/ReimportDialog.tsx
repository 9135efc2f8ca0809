/**
 * Asked when a reading is imported again and decks drafted from it are already in the
 * workspace: update those decks (their slides stay as the lecturer left them; the ones the
 * changed reading no longer supports are marked for review) or draft new copies beside them.
 */
import { Dialog } from '../app/Dialog';

export interface ReimportDialogProps {
  fileName: string;
  existing: ReadonlyArray<{ ref: string; title: string }>;
  onUpdate: () => void;
  onCopies: () => void;
  onCancel: () => void;
}

export function ReimportDialog({
  fileName,
  existing,
  onUpdate,
  onCopies,
  onCancel,
}: ReimportDialogProps) {
  const n = existing.length;
  return (
    <Dialog title={`“${fileName}” was imported before`} onClose={onCancel}>
      <p>{n === 1 ? 'One deck was' : `${n} decks were`} drafted from a reading of this name:</p>
      <ul className="reimport-list">
        {existing.map((d) => (
          <li key={d.ref}>{d.title}</li>
        ))}
      </ul>
      <p className="muted">
        Updating keeps every slide as you left it and gives {n === 1 ? 'the deck' : 'the decks'} the
        new reading; slides whose sentences changed or are gone are marked for review in Check. New
        copies are drafted from scratch beside {n === 1 ? 'it' : 'them'}.
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button type="button" onClick={onCopies}>
          Make new copies
        </button>
        <button type="button" className="primary" onClick={onUpdate} autoFocus>
          Update the existing decks
        </button>
      </div>
    </Dialog>
  );
}
