/**
 * What opens the Export dialog besides its button: Ctrl/Cmd+E from anywhere in the editor
 * (also inside text fields, where the browser would otherwise take the key for its search
 * box), and the desktop app's File > Export… menu (the host's `app.command` `file.export`).
 */
import { useEffect, useRef } from 'react';
import { useApi } from '../app/api-context';

export function useExportShortcut(open: () => void): void {
  const api = useApi();
  const latest = useRef(open);
  useEffect(() => {
    latest.current = open;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.shiftKey || e.key.toLowerCase() !== 'e')
        return;
      e.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKey);
    const unsubscribe = api.onEvent((event) => {
      if (event.type === 'app.command' && event.payload.command === 'file.export') latest.current();
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      unsubscribe();
    };
  }, [api]);
}
