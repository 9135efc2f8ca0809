/**
 * "Open folder…": choose the workspace by browsing the folders the host lists (the browser
 * edition cannot show the system's folder picker, and the desktop app uses the same dialog so
 * both work alike). Folders that hold decks are marked.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ResultOf } from '../../../common/api/contract';
import { useApi } from '../app/api-context';
import { Dialog } from '../app/Dialog';
import { problemText } from '../app/format';
import { inBackground } from '../failure/background';

type Listing = ResultOf<'workspace.folders'>;

export interface FolderDialogProps {
  /** Called with the chosen folder; the dialog closes. */
  onChoose: (path: string) => void;
  onCancel: () => void;
}

export function FolderDialog({ onChoose, onCancel }: FolderDialogProps) {
  const api = useApi();
  const [listing, setListing] = useState<Listing | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const go = useCallback(
    async (path?: string) => {
      const r = await api.workspace.folders(path === undefined ? {} : { path });
      if (r.ok) {
        setListing(r.value);
        setProblem(null);
      } else setProblem(r.problems.map(problemText).join('; '));
    },
    [api],
  );

  useEffect(() => {
    // Listing the home folder is the effect's whole job; the state update lands after the await.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    inBackground('list the folders', go());
  }, [go]);

  return (
    <Dialog title="Open folder" onClose={onCancel}>
      <p className="folder-path">
        <span className="muted">Folder: </span>
        <code>{listing?.path ?? '…'}</code>
      </p>
      {problem && (
        <p className="error-text" role="alert">
          {problem}
        </p>
      )}
      <ul className="folder-list" aria-label="Folders">
        {listing?.parent && (
          <li>
            <button
              type="button"
              className="link-button"
              onClick={() => inBackground('open the parent folder', go(listing.parent!))}
            >
              ↑ Up to the parent folder
            </button>
          </li>
        )}
        {listing?.folders.map((f) => (
          <li key={f.path}>
            <button
              type="button"
              className="link-button"
              onClick={() => inBackground(`open the folder “${f.name}”`, go(f.path))}
              aria-label={`${f.name}${f.decks ? ', holds decks' : ''}`}
            >
              {f.name}
            </button>
            {f.decks && <span className="muted"> · decks</span>}
          </li>
        ))}
        {listing && !listing.folders.length && (
          <li className="muted">No folders inside this one.</li>
        )}
      </ul>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          disabled={!listing}
          onClick={() => listing && onChoose(listing.path)}
          autoFocus
        >
          Use this folder
        </button>
      </div>
    </Dialog>
  );
}
