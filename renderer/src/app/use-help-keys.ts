/**
 * `?` (outside text fields, where it is a character) and F1 open the keyboard shortcuts
 * dialog, through the same command as the desktop app's Help > Keyboard Shortcuts.
 */
import { useEffect } from 'react';
import { useCommandBus } from './app-commands';

function typingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement
  );
}

/** Installs the keys while `enabled` (not while presenting: there `?` is nobody's business). */
export function useHelpKeys(enabled: boolean): void {
  const bus = useCommandBus();
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      const help = e.key === 'F1' || (e.key === '?' && !typingInto(e.target));
      if (!help || document.querySelector('dialog[open]')) return;
      e.preventDefault();
      bus.dispatch({ command: 'help.shortcuts' });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [bus, enabled]);
}
