/**
 * The library (home): the decks of the workspace as cards, and New, Import reading,
 * Duplicate, Rename and Delete (to the workspace's trash, after asking).
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '../app/api-context';
import { useAppCommands } from '../app/app-commands';
import { Confirm, Prompt } from '../app/Dialog';
import { problemText } from '../app/format';
import { ThemePicker } from '../app/ThemePicker';
import type { ChromeTheme } from '../app/chrome-theme';
import { DeckCard, type Entry } from './DeckCard';
import { FolderDialog } from './FolderDialog';
import { groupByReading } from './groups';
import { ReimportDialog } from './ReimportDialog';
import { updateSummary } from './reimport-summary';
import './library.css';
import { errorMessage } from '../../../common/error-text';

export interface LibraryProps {
  /** Opens a deck; `recover` opens its recovery file instead of the (unreadable) deck file. */
  onOpen: (ref: string, recover?: boolean) => void;
  chromeTheme: ChromeTheme;
  setChromeTheme: (t: ChromeTheme) => void;
}

type Modal =
  | { kind: 'new' }
  | { kind: 'rename'; entry: Entry }
  | { kind: 'duplicate'; entry: Entry }
  | { kind: 'delete'; entry: Entry }
  | { kind: 'reimport'; file: File; existing: ReadonlyArray<{ ref: string; title: string }> }
  | { kind: 'folder' }
  | null;

/** The home screen. */
export function Library({ onOpen, chromeTheme, setChromeTheme }: LibraryProps) {
  const api = useApi();
  const [decks, setDecks] = useState<Entry[] | null>(null);
  const [workspace, setWorkspace] = useState('');
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  const [modal, setModal] = useState<Modal>(null);
  const [busy, setBusy] = useState(false);
  const importInput = useRef<HTMLInputElement>(null);

  // The desktop app's File > New Deck and Import Reading… (app-commands.tsx).
  useAppCommands({
    'file.new': () => setModal({ kind: 'new' }),
    'file.importReading': () => {
      // A picker opened without a click in the page may be refused; the focus and the line say where to click.
      importInput.current?.focus();
      importInput.current?.click();
      setStatus({ text: 'Choose the reading to import (.txt, .md, .docx or .pdf).', error: false });
    },
  });

  const refresh = useCallback(async () => {
    const r = await api.library.list();
    if (r.ok) {
      setDecks(r.value.decks);
      setWorkspace(r.value.workspace);
    } else {
      setDecks([]);
      setStatus({ text: r.problems.map(problemText).join('; '), error: true });
    }
  }, [api]);

  /**
   * Starts a library task from a click. API calls answer with problems rather than failing, so
   * what lands here is the browser refusing (a file pulled out with its USB stick while read):
   * it ends the busy state and says what did not happen, in the status line.
   */
  const start = useCallback((doing: string, task: Promise<unknown>) => {
    task.catch((e: unknown) => {
      setBusy(false);
      setStatus({
        text: `Could not ${doing}: ${errorMessage(e)}`,
        error: true,
      });
    });
  }, []);

  // "Open folder…" in another tab (or this one) moved the host: list the new folder.
  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.type !== 'workspace.changed') return;
        start('list the decks', refresh());
      }),
    [api, refresh, start],
  );

  useEffect(() => {
    document.title = 'Library — Lectern';
    // Loading the list is the effect's whole job; the state update lands after the await.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    start('list the decks', refresh());
  }, [refresh, start]);

  /** Runs one library call, reports its problems, and refreshes the list. */
  async function act<T>(
    call: () => Promise<
      { ok: true; value: T } | { ok: false; problems: { where: string; what: string }[] }
    >,
    done: (v: T) => string | void,
  ) {
    setModal(null);
    setBusy(true);
    const r = await call();
    setBusy(false);
    if (r.ok) {
      const text = done(r.value);
      setStatus(text ? { text, error: false } : null);
    } else setStatus({ text: r.problems.map(problemText).join('; '), error: true });
    await refresh();
  }

  /**
   * Imports a reading. Imported before (decks of a reading of that name exist), the first call
   * writes nothing and the lecturer chooses: update those decks, or draft new copies.
   */
  async function importReading(file: File, existing: 'ask' | 'update' | 'copies' = 'ask') {
    setModal(null);
    setBusy(true);
    setStatus({
      text:
        existing === 'update'
          ? `Updating the decks of “${file.name}”…`
          : `Reading “${file.name}” and drafting decks…`,
      error: false,
    });
    const bytes = new Uint8Array(await file.arrayBuffer());
    const r = await api.source.import({ name: file.name, bytes, existing });
    setBusy(false);
    if (!r.ok) setStatus({ text: r.problems.map(problemText).join('; '), error: true });
    else if (r.value.existing?.length) {
      setStatus(null);
      setModal({ kind: 'reimport', file, existing: r.value.existing });
    } else if (r.value.updated) {
      const notes = r.warnings.length
        ? ` Not updated: ${r.warnings.map(problemText).join('; ')}.`
        : '';
      setStatus({
        text: `${updateSummary(r.value.updated, file.name)}${notes}`,
        error: r.warnings.length > 0,
      });
    } else
      setStatus({
        text: `Drafted ${r.value.refs.length} deck${r.value.refs.length === 1 ? '' : 's'} from “${file.name}”.`,
        error: false,
      });
    await refresh();
  }

  return (
    <main className="library" aria-busy={busy}>
      <header className="library-header">
        <h1>Lectern</h1>
        <button type="button" className="primary" onClick={() => setModal({ kind: 'new' })}>
          New deck
        </button>
        <label className="file-button">
          <span>Import reading…</span>
          <input
            ref={importInput}
            type="file"
            aria-label="Import reading"
            accept=".txt,.md,.markdown,.docx,.pdf,text/plain,text/markdown,application/pdf"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) start(`import “${file.name}”`, importReading(file));
            }}
          />
        </label>
        <button type="button" onClick={() => setModal({ kind: 'folder' })} aria-haspopup="dialog">
          Open folder…
        </button>
        <ThemePicker value={chromeTheme} onChange={setChromeTheme} />
        <div className="workspace">Workspace: {workspace || '…'}</div>
      </header>
      <p className={status?.error ? 'status-line error-text' : 'status-line'} role="status">
        {status?.text}
      </p>
      {decks === null ? (
        <p className="muted">Loading decks…</p>
      ) : decks.length === 0 ? (
        <section className="empty-library" aria-labelledby="empty-library-title">
          <h2 id="empty-library-title">No decks in this workspace yet</h2>
          <p>
            Choose <strong>New deck</strong> to start from a blank title slide, or{' '}
            <strong>Import reading…</strong> to draft lecture decks from a reading (.txt, .md, .docx
            or .pdf).
          </p>
          <p className="muted">
            Decks you already have appear here when their folders (each holding a{' '}
            <code>.lectern</code> file) are copied into the workspace folder
            {workspace ? (
              <>
                {' '}
                <code>{workspace}</code>
              </>
            ) : (
              ''
            )}
            .
          </p>
        </section>
      ) : (
        <ul className="deck-grid" aria-label="Decks">
          {groupByReading(decks, (e) => e.firstSlide).map((group, gi) => {
            const cards = group.items.map((entry) => (
              <DeckCard
                key={entry.ref}
                entry={entry}
                onOpen={() => onOpen(entry.ref)}
                onOpenRecovery={() => onOpen(entry.ref, true)}
                onDuplicate={() => setModal({ kind: 'duplicate', entry })}
                onRename={() => setModal({ kind: 'rename', entry })}
                onDelete={() => setModal({ kind: 'delete', entry })}
                onRestoreBackup={() =>
                  start(
                    `restore the previous version of “${entry.title}”`,
                    act(
                      () => api.deck.restoreBackup({ ref: entry.ref }),
                      () => `Restored the previous version of “${entry.title}”.`,
                    ),
                  )
                }
              />
            ));
            if (!group.reading) return cards;
            // The decks drafted from one reading, under its title, in part order.
            const id = `reading-group-${gi}`;
            return (
              <li key={group.items[0]!.ref} className="reading-group" aria-labelledby={id}>
                <h2 id={id}>{group.reading}</h2>
                <ul className="deck-grid" aria-label={`Parts of ${group.reading}`}>
                  {cards}
                </ul>
              </li>
            );
          })}
        </ul>
      )}
      {modal?.kind === 'new' && (
        <Prompt
          title="New deck"
          label="Title"
          initial="Untitled lecture"
          confirmLabel="Create"
          onCancel={() => setModal(null)}
          onSubmit={(title) =>
            start(
              `make “${title}”`,
              act(
                () => api.library.create({ title }),
                (v) => onOpen(v.ref),
              ),
            )
          }
        />
      )}
      {modal?.kind === 'rename' && (
        <Prompt
          title={`Rename “${modal.entry.title}”`}
          label="New title"
          initial={modal.entry.title}
          confirmLabel="Rename"
          onCancel={() => setModal(null)}
          onSubmit={(title) =>
            start(
              `rename “${modal.entry.title}”`,
              act(
                () => api.library.rename({ ref: modal.entry.ref, title }),
                () => `Renamed to “${title}”.`,
              ),
            )
          }
        />
      )}
      {modal?.kind === 'duplicate' && (
        <Prompt
          title={`Duplicate “${modal.entry.title}”`}
          label="Title of the copy"
          initial={`${modal.entry.title} (copy)`}
          confirmLabel="Duplicate"
          onCancel={() => setModal(null)}
          onSubmit={(title) =>
            start(
              `duplicate “${modal.entry.title}”`,
              act(
                () => api.library.duplicate({ ref: modal.entry.ref, title }),
                () => `Made “${title}”.`,
              ),
            )
          }
        />
      )}
      {modal?.kind === 'folder' && (
        <FolderDialog
          onCancel={() => setModal(null)}
          onChoose={(path) =>
            start(
              `open the folder “${path}”`,
              act(
                () => api.workspace.open({ path }),
                (v) => `Now working in “${v.workspace}”; Lectern opens it next time too.`,
              ),
            )
          }
        />
      )}
      {modal?.kind === 'reimport' && (
        <ReimportDialog
          fileName={modal.file.name}
          existing={modal.existing}
          onCancel={() => {
            setModal(null);
            setStatus({
              text: `Nothing was imported; the decks of “${modal.file.name}” are as they were.`,
              error: false,
            });
          }}
          onUpdate={() =>
            start(`update the decks of “${modal.file.name}”`, importReading(modal.file, 'update'))
          }
          onCopies={() => start(`import “${modal.file.name}”`, importReading(modal.file, 'copies'))}
        />
      )}
      {modal?.kind === 'delete' && (
        <Confirm
          title={`Delete “${modal.entry.title}”?`}
          message={
            <p>
              The deck folder moves to the workspace’s trash folder (.trash); you can take it back
              from there.
            </p>
          }
          confirmLabel="Delete"
          danger
          onCancel={() => setModal(null)}
          onConfirm={() =>
            start(
              `move “${modal.entry.title}” to the trash`,
              act(
                () => api.library.trash({ ref: modal.entry.ref }),
                () => `Moved “${modal.entry.title}” to the trash.`,
              ),
            )
          }
        />
      )}
    </main>
  );
}
