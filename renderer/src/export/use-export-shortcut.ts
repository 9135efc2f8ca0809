/**
 * Ctrl/Cmd+E opens the Export dialog, from anywhere in the editor (also inside text fields,
 * where the browser would otherwise take the key for its search box).
 */
import { useEffect, useRef } from 'react';

export function useExportShortcut(open: () => void): void {
  const latest = useRef(open);
  useEffect(() => {
    latest.current = open;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || e.key.toLowerCase() !== 'e') return;
      e.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
