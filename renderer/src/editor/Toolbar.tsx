/** The editor's top bar: back to the library, the deck title, history, Save, Present, Export, deck settings, themes. */
import type { Theme } from '../../../common/deck/schema';
import type { ChromeTheme } from '../app/chrome-theme';
import type { DeckView } from './deck-store';
import { SETTINGS_BUTTON_ID } from './DeckSettingsDialog';
import { ThemesMenu } from './ThemesMenu';

export interface ToolbarProps {
  view: DeckView;
  readOnly: boolean;
  status: string;
  onBack: () => void;
  onUndo: () => void;
  onRedo: () => void;
  onSave: () => void;
  onPresent: () => void;
  onExport: () => void;
  onSettings: () => void;
  onDeckTheme: (t: Theme) => void;
  chromeTheme: ChromeTheme;
  setChromeTheme: (t: ChromeTheme) => void;
}

const mod = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? '⌘' : 'Ctrl+';

export function Toolbar(p: ToolbarProps) {
  const { view } = p;
  return (
    <header className="toolbar">
      <button type="button" onClick={p.onBack} aria-label="Back to the library">
        ← Library
      </button>
      <h1 className="deck-title" title={view.deck.meta.title}>
        {view.deck.meta.title}
      </h1>
      <span
        className={view.dirty ? 'dirty-flag on' : 'dirty-flag'}
        role="status"
        aria-live="polite"
      >
        {p.readOnly ? 'Read-only' : view.dirty ? 'Unsaved changes' : p.status || 'Saved'}
      </span>
      <div className="toolbar-group" role="group" aria-label="History">
        <button
          type="button"
          onClick={p.onUndo}
          disabled={!view.canUndo}
          title={`Undo ${view.undoLabel ?? ''} (${mod}Z)`}
        >
          Undo
        </button>
        <button
          type="button"
          onClick={p.onRedo}
          disabled={!view.canRedo}
          title={`Redo ${view.redoLabel ?? ''} (${mod}Shift+Z)`}
        >
          Redo
        </button>
      </div>
      <button
        type="button"
        className="primary"
        onClick={p.onSave}
        disabled={p.readOnly}
        title={`Save (${mod}S)`}
      >
        Save
      </button>
      <button
        type="button"
        onClick={p.onPresent}
        title="Present from this slide (Shift+F5 or Ctrl+Enter; F5 from the first slide)"
      >
        Present
      </button>
      <button type="button" onClick={p.onExport} title={`Export as HTML or PDF (${mod}E)`}>
        Export
      </button>
      <button
        type="button"
        id={SETTINGS_BUTTON_ID}
        onClick={p.onSettings}
        aria-haspopup="dialog"
        title={`Title, author, date, language, slide shape and paper (${mod},)`}
      >
        Deck settings…
      </button>
      <ThemesMenu
        deckTheme={view.deck.meta.theme}
        onDeckTheme={p.onDeckTheme}
        chromeTheme={p.chromeTheme}
        setChromeTheme={p.setChromeTheme}
      />
    </header>
  );
}
