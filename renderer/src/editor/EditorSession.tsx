/**
 * One open deck being edited: the sorter on the left, the current slide large in the middle
 * with its speaker notes, the inspector and panels on the right. Owns the deck store, the
 * selection (never part of history), saving and the keyboard shortcuts.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ResultOf } from '../../../common/api/contract';
import type { Theme } from '../../../common/deck/schema';
import { slideSize, type SlideRenderContext } from '../../../common/render/context';
import type { Op } from '../../../common/ops';
import { useApi } from '../app/api-context';
import type { ChromeTheme } from '../app/chrome-theme';
import { problemText } from '../app/format';
import { AddFigureDialog, type NewFigure } from './AddFigureDialog';
import { useChartSvgs } from './charts';
import { ConflictDialog, ReloadedNotice } from './ConflictDialog';
import { DeckSettingsDialog } from './DeckSettingsDialog';
import { DeckStore, useDeckView } from './deck-store';
import { EditorPanels, type PanelName } from './EditorPanels';
import { newId } from './new-id';
import {
  clickSelect,
  reconcile,
  selectedInOrder,
  selectOne,
  emptySelection,
  slideIds,
  type Selection,
} from './selection';
import { itemId, Sorter } from './Sorter';
import { refusalText } from './op-messages';
import { findControl, markFocus, type ControlMark } from '../app/focus';
import { Stage, STAGE_ID } from './Stage';
import { Toolbar } from './Toolbar';
import { useMissingAssets } from './use-missing-assets';
import { usePersistence } from './use-persistence';
import { useShortcuts } from './use-shortcuts';
import { LazyPresentation as Presentation } from '../app/lazy-present';
import { usePresentShortcuts } from '../present/use-present-shortcuts';
import { ExportDialog } from '../export/ExportDialog';
import { useExportShortcut } from '../export/use-export-shortcut';
import { useAppCommands } from '../app/app-commands';
import { Prompt } from '../app/Dialog';
import { useDocumentState } from '../app/use-document-state';
import { useHelpKeys } from '../app/use-help-keys';
import { usePresentWindows } from '../app/use-present-windows';
import './editor.css';
import { inBackground } from '../failure/background';

export interface EditorSessionProps {
  deckRef: string;
  opened: ResultOf<'deck.open'>;
  /** Opened from the recovery file: the deck is not on disk yet. */
  recovered: boolean;
  onClose: () => void;
  onOpen: (ref: string) => void;
  chromeTheme: ChromeTheme;
  setChromeTheme: (t: ChromeTheme) => void;
}

/** Where an undo step happened: the slide to show (first that still exists) and the control to focus. */
interface EditMark {
  slides: (string | null)[];
  control: ControlMark | 'sorter' | undefined;
}

export function EditorSession({
  deckRef,
  opened,
  recovered,
  onClose,
  onOpen,
  chromeTheme,
  setChromeTheme,
}: EditorSessionProps) {
  const api = useApi();
  const [store] = useState(() => {
    const s = new DeckStore(opened.deck);
    if (recovered) s.reset(opened.deck, true);
    return s;
  });
  const view = useDeckView(store);
  const deck = view.deck;
  // A text field is one undo step from entering to leaving it, however long the lecturer
  // pauses: what was typed before is one step, what is typed on coming back is another.
  useEffect(() => {
    const isField = (t: EventTarget | null) =>
      t instanceof HTMLInputElement ||
      t instanceof HTMLTextAreaElement ||
      (t instanceof HTMLElement && t.isContentEditable);
    const enter = (e: FocusEvent) => {
      if (isField(e.target)) store.enterField();
    };
    const leave = (e: FocusEvent) => {
      if (isField(e.target)) store.leaveField();
    };
    document.addEventListener('focusin', enter);
    document.addEventListener('focusout', leave);
    if (isField(document.activeElement)) store.enterField();
    return () => {
      document.removeEventListener('focusin', enter);
      document.removeEventListener('focusout', leave);
    };
  }, [store]);
  // The same array while the slides keep their order (an edit on a slide keeps it).
  const order = slideIds(deck.slides);
  const [rawSel, setSel] = useState<Selection>(() =>
    deck.slides[0] ? selectOne(deck.slides[0].id) : emptySelection,
  );
  // Ids that vanished (delete, undo) drop out of the selection; view state, so computed, not stored.
  const sel = useMemo(() => reconcile(rawSel, order), [rawSel, order]);
  const currentIndex = sel.current ? order.indexOf(sel.current) : -1;
  const slide = currentIndex >= 0 ? deck.slides[currentIndex] : undefined;

  const [message, setMessage] = useState<string | null>(
    opened.warnings.length ? opened.warnings.map(problemText).join('; ') : null,
  );
  // "Open folder…" in another tab moved the host: this deck's folder is no longer the one
  // it serves, so the lecturer hears it before typing on into a deck that cannot be saved.
  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.type !== 'workspace.changed') return;
        setMessage(
          `Lectern now works in the folder “${event.payload.workspace}”, chosen in another tab. This deck is in the folder before, so it can no longer be saved from here: copy what you need, then go back to the Library.`,
        );
      }),
    [api],
  );
  const [panel, setPanel] = useState<PanelName>('slide');
  const [modal, setModal] = useState<'figure' | 'saveAs' | 'settings' | null>(null);
  const [exportOpen, setExportOpen] = useState(false);
  /** The deck index to present from; null while editing. */
  const [presenting, setPresenting] = useState<number | null>(null);
  const [recovery, setRecovery] = useState(opened.recovery);
  const persistence = usePersistence(api, deckRef, store, opened.stamp, opened.readOnly, {
    recovery: opened.recovery,
    // Work the page kept while the host was away, found at open: offered like the host's journal.
    onRecoveryFound: (found) => setRecovery((r) => (r && r.savedAt >= found.savedAt ? r : found)),
  });

  const size = slideSize(deck.meta.aspectRatio);
  const charts = useChartSvgs(deck, size.width);
  const rawAssetUrl = useCallback((rel: string) => api.assetUrl(deckRef, rel), [api, deckRef]);
  const missing = useMissingAssets(deck, rawAssetUrl);
  const ctx = useMemo<SlideRenderContext>(
    () => ({ assetUrl: (rel) => (missing.has(rel) ? undefined : rawAssetUrl(rel)), charts }),
    [rawAssetUrl, missing, charts],
  );

  // Focus follows the selection: after a slide command to the current slide in the sorter,
  // after undo and redo back to the control that made the edit. Marks are kept per revision
  // (the history's step ids), so undo and redo find the step's own mark.
  const marks = useRef(new Map<number, EditMark>());
  const pendingFocus = useRef<ControlMark | 'sorter' | null>('sorter'); // opening a deck focuses the sorter
  const currentRef = useRef(sel.current);
  useLayoutEffect(() => {
    currentRef.current = sel.current;
  });
  const [focusTick, setFocusTick] = useState(0);
  const focusSoon = (what: ControlMark | 'sorter') => {
    pendingFocus.current = what;
    setFocusTick((n) => n + 1);
  };
  useEffect(() => {
    const want = pendingFocus.current;
    if (!want) return;
    pendingFocus.current = null;
    let frame = 0;
    let tries = 0;
    const before = document.activeElement;
    // The sorter draws only the rows in view: give it a few frames to scroll the slide in.
    // Frames come late on a loaded machine: if the lecturer has put focus somewhere meanwhile
    // (a click on the slide's text opened its field), it stays there.
    const attempt = () => {
      const now = document.activeElement;
      if (now && now !== before && now !== document.body) return;
      const control = want === 'sorter' ? undefined : findControl(want);
      const target =
        control ??
        (currentRef.current ? document.getElementById(itemId(currentRef.current)) : null);
      if (target) target.focus();
      else if (tries++ < 8) frame = requestAnimationFrame(attempt);
    };
    attempt();
    return () => cancelAnimationFrame(frame);
  }, [focusTick]);

  /** Dispatches a named op; a refused op is reported in words, never thrown. */
  const apply = useCallback(
    (op: Op, mark?: EditMark): boolean => {
      const refused = store.dispatch(op);
      if (refused.length) {
        setMessage(refused.map((p) => refusalText(store.deck, p)).join(' '));
        return false;
      }
      marks.current.set(
        store.revision(),
        mark ?? { slides: [currentRef.current], control: markFocus() },
      );
      return true;
    },
    [store],
  );
  const applyOp = useCallback((op: Op) => apply(op), [apply]);
  /** Dispatches `ops` as one undo step named `label` (each refusal still said in words). */
  const applyAll = useCallback(
    (label: string, ops: readonly Op[]) =>
      store.asOneStep(label, () => {
        for (const op of ops) apply(op);
      }),
    [store, apply],
  );
  // An edit typed on the slide: undo comes back to its field while it is open, else to the slide.
  const applyInPlace = useCallback(
    (op: Op) => {
      const m = markFocus();
      return apply(op, { slides: [currentRef.current], control: m && { ...m, id: STAGE_ID } });
    },
    [apply],
  );

  /** Takes back (or does again) a step, then shows its slide and focuses the control that made it. */
  const travel = (direction: 'undo' | 'redo') => {
    const mark = direction === 'undo' ? marks.current.get(store.revision()) : undefined;
    if (direction === 'undo') store.undo();
    else store.redo();
    const m = mark ?? (direction === 'redo' ? marks.current.get(store.revision()) : undefined);
    if (!m) return;
    const ids = slideIds(store.deck.slides);
    const show = m.slides.find((id) => id && ids.includes(id));
    if (show && show !== sel.current) setSel(selectOne(show));
    if (show) currentRef.current = show;
    focusSoon(m.control ?? 'sorter');
  };

  const selectIndex = (i: number) => {
    const id = store.deck.slides[i]?.id;
    if (id) setSel(selectOne(id));
  };

  /** Makes `id` current and gives its sorter item focus (after a slide command). */
  const selectAndFocus = (id: string | undefined) => {
    setSel(id ? selectOne(id) : emptySelection);
    currentRef.current = id ?? null;
    focusSoon('sorter');
  };

  const commands = {
    newSlide() {
      const id = newId('slide');
      if (
        apply(
          { op: 'slide/add', args: { after: currentIndex, layout: 'bullets', id } },
          { slides: [id, sel.current], control: 'sorter' },
        )
      )
        selectAndFocus(id);
    },
    duplicate() {
      const ids = selectedInOrder(sel, order);
      if (!ids.length) return;
      const before = new Set(store.deck.slides.map((s) => s.id));
      const mark: EditMark = { slides: [sel.current], control: 'sorter' };
      if (apply({ op: 'slide/duplicate', args: { slideIds: ids } }, mark)) {
        const copy = store.deck.slides.find((s, i) => !before.has(s.id) && i > currentIndex);
        if (copy) {
          mark.slides.unshift(copy.id);
          selectAndFocus(copy.id);
        }
      }
    },
    remove() {
      const ids = selectedInOrder(sel, order);
      const mark: EditMark = { slides: [sel.current, ...ids], control: 'sorter' };
      if (!ids.length || !apply({ op: 'slide/delete', args: { slideIds: ids } }, mark)) return;
      // The slide that took the first deleted one's place becomes current.
      const next =
        store.deck.slides[Math.min(order.indexOf(ids[0]!), store.deck.slides.length - 1)];
      mark.slides.push(next?.id ?? null);
      selectAndFocus(next?.id);
    },
    nudge(by: -1 | 1) {
      const ids = selectedInOrder(sel, order);
      if (
        ids.length &&
        apply(
          { op: 'slide/nudge', args: { slideIds: ids, by } },
          { slides: [sel.current], control: 'sorter' },
        )
      )
        focusSoon('sorter');
    },
    undo: () => travel('undo'),
    redo: () => travel('redo'),
    save: () => inBackground('save the deck', persistence.save()),
    settings: () => presenting === null && setModal('settings'),
  };

  useShortcuts(commands);
  useExportShortcut(() => presenting === null && setExportOpen(true));
  // Host integration: windows of the host's own to present in, menu commands, the window's document state.
  const presentWindows = usePresentWindows({
    api,
    deckRef,
    deck,
    presentHere: setPresenting,
    onEnded: selectIndex,
    onProblem: setMessage,
  });
  // The tab title names the deck and the view: "Soviet industrialization — Editor — Lectern".
  useEffect(() => {
    const view = presenting !== null || presentWindows.elsewhere ? 'Presenting' : 'Editor';
    document.title = `${deck.meta.title.trim() || 'Untitled deck'} — ${view} — Lectern`;
  });
  const [hiddenPanes, setHiddenPanes] = useState({ slides: false, inspector: false });
  useDocumentState(api, { ref: deckRef, title: deck.meta.title, dirty: view.dirty });
  useHelpKeys(presenting === null);
  useAppCommands(
    presenting !== null
      ? {}
      : {
          'file.save': commands.save,
          'file.saveAs': () => setModal('saveAs'),
          'file.deckSettings': commands.settings,
          'file.close': onClose,
          'edit.undo': commands.undo,
          'edit.redo': commands.redo,
          'present.fromStart': () => presentWindows.start(0),
          'present.fromCurrent': () => presentWindows.start(currentIndex),
          'present.speakerView': () => presentWindows.start(currentIndex, true),
          'view.togglePanel': ({ panel: p }) => {
            if (p === 'slides' || p === 'inspector')
              return setHiddenPanes((h) => ({ ...h, [p]: !h[p] }));
            if (p !== 'source' && p !== 'check') return;
            const showing = !hiddenPanes.inspector && panel === p;
            setHiddenPanes((h) => ({ ...h, inspector: showing }));
            if (!showing) setPanel(p);
          },
          // file.export is handled by useExportShortcut.
        },
  );

  usePresentShortcuts(
    presenting === null,
    () => presentWindows.start(0),
    () => presentWindows.start(currentIndex),
  );

  async function addFigure(f: NewFigure) {
    if (!slide) return;
    setModal(null);
    if (f.kind === 'chart') {
      apply({
        op: 'figure/add-chart',
        args: {
          slideId: slide.id,
          table: f.table,
          kind: f.chart,
          caption: f.caption,
          alt: f.alt,
          id: newId('block'),
        },
      });
      return;
    }
    const r = await api.asset.import({
      ref: deckRef,
      name: f.file.name,
      bytes: new Uint8Array(await f.file.arrayBuffer()),
    });
    if (!r.ok)
      return setMessage(`The image was not added: ${r.problems.map(problemText).join('; ')}`);
    apply({
      op: 'figure/add-image',
      args: {
        slideId: slide.id,
        asset: r.value.path,
        caption: f.caption,
        alt: f.alt,
        id: newId('block'),
      },
    });
  }

  /** Saves the deck as a new one and opens it (a failed save says why in the status line). */
  async function saveCopy(title: string) {
    const ref = await persistence.saveAs(title);
    if (ref) onOpen(ref);
  }

  async function replaceImage(blockId: string, file: File) {
    if (!slide) return;
    const r = await api.asset.import({
      ref: deckRef,
      name: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
    });
    if (!r.ok)
      return setMessage(`The image was not replaced: ${r.problems.map(problemText).join('; ')}`);
    apply({ op: 'figure/set-image', args: { slideId: slide.id, blockId, asset: r.value.path } });
  }

  async function reloadFromDisk() {
    const r = await api.deck.open({ ref: deckRef });
    if (!r.ok) return setMessage(r.problems.map(problemText).join('; '));
    store.reset(r.value.deck);
    persistence.setStamp(r.value.stamp);
    persistence.dismissConflict();
    setMessage('Reloaded the deck from disk.');
  }

  return (
    <div className="editor">
      <Toolbar
        view={view}
        readOnly={opened.readOnly}
        status={persistence.status}
        onBack={onClose}
        onUndo={commands.undo}
        onRedo={commands.redo}
        onSave={commands.save}
        onPresent={() => presentWindows.start(currentIndex)}
        onExport={() => setExportOpen(true)}
        onSettings={commands.settings}
        onDeckTheme={(t: Theme) => apply({ op: 'meta/set', args: { field: 'theme', value: t } })}
        chromeTheme={chromeTheme}
        setChromeTheme={setChromeTheme}
      />
      {(message || persistence.error) && (
        <div className={persistence.error ? 'message-bar error' : 'message-bar'} role="status">
          <span>{persistence.error ?? message}</span>
          {persistence.error && (
            <button type="button" onClick={() => setModal('saveAs')}>
              Save as…
            </button>
          )}
          <button type="button" aria-label="Dismiss message" onClick={() => setMessage(null)}>
            ×
          </button>
        </div>
      )}
      {recovery && (
        <div className="message-bar recovery" role="alert">
          <span>
            Unsaved changes from {new Date(recovery.savedAt).toLocaleString()} were found.
          </span>
          <button
            type="button"
            className="primary"
            onClick={() => {
              store.reset(recovery.deck, true);
              setRecovery(undefined);
              setMessage('Recovered your unsaved changes. Save to keep them.');
            }}
          >
            Recover unsaved changes
          </button>
          <button
            type="button"
            onClick={() => {
              inBackground('remove the recovery copy', api.deck.discardRecovery({ ref: deckRef }));
              setRecovery(undefined);
            }}
          >
            Discard them
          </button>
        </div>
      )}
      {persistence.reloaded && (
        <ReloadedNotice
          reloaded={persistence.reloaded}
          onUndo={persistence.undoReload}
          onDismiss={persistence.dismissReloaded}
        />
      )}
      {presentWindows.elsewhere && (
        <div className="message-bar" role="status">
          <span>
            Presenting in the presentation windows. Press Esc there to come back here on the slide
            that was showing.
          </span>
        </div>
      )}
      <div
        className="editor-body"
        data-hide-slides={hiddenPanes.slides || undefined}
        data-hide-inspector={hiddenPanes.inspector || undefined}
      >
        <nav className="sorter-pane" aria-label="Slide sorter">
          <div className="sorter-buttons">
            <button type="button" onClick={commands.newSlide} title="New slide (Ctrl+M)">
              New slide
            </button>
            <button
              type="button"
              onClick={commands.duplicate}
              disabled={!slide}
              title="Duplicate slide (Ctrl+D)"
            >
              Duplicate slide
            </button>
            <button
              type="button"
              onClick={commands.remove}
              disabled={!slide}
              title="Delete slide (Delete in the sorter)"
            >
              Delete slide
            </button>
          </div>
          <Sorter
            deck={deck}
            ctx={ctx}
            selection={sel}
            onSelect={(id, mods) => setSel(clickSelect(sel, order, id, mods))}
            onMove={(ids, to) =>
              apply(
                { op: 'slide/move-many', args: { slideIds: ids, to } },
                { slides: [sel.current], control: 'sorter' },
              )
            }
            onNudge={commands.nudge}
            onDelete={commands.remove}
          />
        </nav>
        <Stage
          deck={deck}
          slide={slide}
          index={currentIndex}
          ctx={ctx}
          apply={applyOp}
          applyInPlace={applyInPlace}
        />
        <EditorPanels
          deckRef={deckRef}
          applyAll={applyAll}
          panel={panel}
          setPanel={setPanel}
          deck={deck}
          slide={slide}
          index={currentIndex}
          apply={applyOp}
          missingAssets={missing}
          onGo={selectIndex}
          onAddFigure={() => setModal('figure')}
          onReplaceImage={(b, f) =>
            inBackground(`replace the picture with ${f.name}`, replaceImage(b, f))
          }
          assetUrl={rawAssetUrl}
        />
      </div>
      {modal === 'settings' && (
        <DeckSettingsDialog deck={deck} apply={applyOp} onClose={() => setModal(null)} />
      )}
      {modal === 'figure' && (
        <AddFigureDialog
          onAdd={(f) => inBackground('add the figure', addFigure(f))}
          onCancel={() => setModal(null)}
        />
      )}
      {modal === 'saveAs' && (
        <Prompt
          title="Save as"
          label="Title of the new deck"
          initial={`${deck.meta.title} (copy)`}
          confirmLabel="Save as"
          onCancel={() => setModal(null)}
          onSubmit={(title) => {
            setModal(null);
            inBackground('save a copy', saveCopy(title));
          }}
        />
      )}
      {exportOpen && (
        <ExportDialog
          deckRef={deckRef}
          deckTitle={deck.meta.title}
          paperSize={deck.meta.paperSize}
          save={async () => !view.dirty || persistence.save()}
          onClose={() => setExportOpen(false)}
        />
      )}
      {persistence.conflict && (
        <ConflictDialog
          conflict={persistence.conflict}
          title={deck.meta.title}
          mine={deck}
          onReload={() => inBackground('reload the deck from disk', reloadFromDisk())}
          onKeepMine={() => inBackground('save your version', persistence.save(true))}
          onSaveCopy={(title) => inBackground('save a copy', saveCopy(title))}
          onCancel={persistence.dismissConflict}
        />
      )}
      {presenting !== null && (
        <Presentation
          deckRef={deckRef}
          deck={deck}
          ctx={ctx}
          start={presenting}
          onExit={(i) => (setPresenting(null), selectAndFocus(store.deck.slides[i]?.id))}
        />
      )}
    </div>
  );
}
