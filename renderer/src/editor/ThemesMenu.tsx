/**
 * The toolbar's "Themes" button: a small panel holding the deck theme (how the slides look,
 * saved in the deck) and the app theme (this window's colours). Two labelled selects side by
 * side in the toolbar made it wrap at 1280 px; one button keeps it on one line.
 */
import { useEffect, useId, useRef, useState } from 'react';
import type { Theme } from '../../../common/deck/schema';
import { THEMES } from '../../../common/deck/schema';
import type { ChromeTheme } from '../app/chrome-theme';
import { ThemePicker } from '../app/ThemePicker';

const DECK_THEME_LABELS: Record<Theme, string> = {
  light: 'Light',
  dark: 'Dark',
  'high-contrast': 'High contrast',
};

export interface ThemesMenuProps {
  deckTheme: Theme;
  onDeckTheme: (t: Theme) => void;
  chromeTheme: ChromeTheme;
  setChromeTheme: (t: ChromeTheme) => void;
}

/** A disclosure button and its panel; Escape (focus back to the button) or a click elsewhere closes it. */
export function ThemesMenu(p: ThemesMenuProps) {
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false);
    };
    // Escape closes the panel wherever the focus is (a select may have handed it back to the page).
    const escape = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', away);
    document.addEventListener('keydown', escape, true);
    return () => {
      document.removeEventListener('pointerdown', away);
      document.removeEventListener('keydown', escape, true);
    };
  }, [open]);

  return (
    <div className="themes-menu" ref={root}>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        title="Deck theme and app theme"
      >
        Themes <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div className="themes-panel" id={panelId} role="group" aria-label="Themes">
          <label className="stack-field">
            <span>Deck theme</span>
            <select
              value={p.deckTheme}
              onChange={(e) => p.onDeckTheme(e.currentTarget.value as Theme)}
            >
              {THEMES.map((t) => (
                <option key={t} value={t}>
                  {DECK_THEME_LABELS[t]}
                </option>
              ))}
            </select>
            <small className="muted">
              The slides, the presentation and exports; saved in the deck.
            </small>
          </label>
          <div className="stack-field">
            <ThemePicker value={p.chromeTheme} onChange={p.setChromeTheme} stacked />
            <small className="muted">This window only.</small>
          </div>
        </div>
      )}
    </div>
  );
}
