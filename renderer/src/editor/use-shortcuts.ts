/**
 * The editor's keyboard shortcuts, on the whole window: undo and redo (also inside text
 * fields, where the deck's history replaces the field's own), save, and the slide commands.
 * Ctrl+N cannot be used in a browser tab (the browser keeps it), so a new slide is Ctrl+M
 * (as in Google Slides) and also Ctrl+Shift+Enter.
 */
import { useEffect, useRef } from 'react';

export interface Commands {
  undo: () => void;
  redo: () => void;
  save: () => void;
  newSlide: () => void;
  duplicate: () => void;
  nudge: (by: -1 | 1) => void;
  /** Opens the Deck settings dialog (Ctrl+, as settings are in many desktop apps). */
  settings: () => void;
}

export function useShortcuts(commands: Commands): void {
  const latest = useRef(commands);
  useEffect(() => {
    latest.current = commands;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const c = latest.current;
      const mod = e.ctrlKey || e.metaKey;
      if (!mod || e.altKey) return;
      const k = e.key.toLowerCase();
      let handled = true;
      if (k === 'z' && !e.shiftKey) c.undo();
      else if ((k === 'z' && e.shiftKey) || k === 'y') c.redo();
      else if (k === 's') c.save();
      else if (k === 'm' || (k === 'enter' && e.shiftKey)) c.newSlide();
      else if (k === 'd') c.duplicate();
      else if (e.key === ',' && !e.shiftKey) c.settings();
      else if (e.shiftKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown'))
        c.nudge(e.key === 'ArrowUp' ? -1 : 1);
      else handled = false;
      if (handled) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
