/**
 * The editor's shortcuts to start presenting, as in PowerPoint and Keynote habits:
 * F5 from the first slide; Shift+F5 or Ctrl/⌘+Enter from the slide being edited.
 * (F5 would otherwise reload the page in the browser edition.)
 */
import { useEffect, useRef } from 'react';

export function usePresentShortcuts(
  enabled: boolean,
  fromStart: () => void,
  fromCurrent: () => void,
): void {
  const latest = useRef({ fromStart, fromCurrent });
  useEffect(() => {
    latest.current = { fromStart, fromCurrent };
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'F5' && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        if (e.shiftKey) latest.current.fromCurrent();
        else latest.current.fromStart();
      } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey) {
        e.preventDefault();
        latest.current.fromCurrent();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled]);
}
