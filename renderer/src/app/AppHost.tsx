/**
 * What the app does with the host's menu commands when no view takes them: open a deck,
 * switch the chrome theme, show the keyboard shortcuts, undo in a plain text field; and
 * File > New / Import Reading from the editor, which go to the library first. It also
 * reports the library to the host as "no deck open" (the editor reports its own deck).
 */
import { useState } from 'react';
import { useApi } from './api-context';
import { useAppCommands, useCommandBus } from './app-commands';
import type { ChromeTheme } from './chrome-theme';
import type { Route } from './route';
import { ShortcutsDialog } from './ShortcutsDialog';
import { useDocumentState } from './use-document-state';
import './host.css';

const systemTheme = (): ChromeTheme =>
  window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';

export interface AppHostProps {
  route: Route;
  go: (to: Route) => void;
  setChromeTheme: (t: ChromeTheme) => void;
}

export function AppHost({ route, go, setChromeTheme }: AppHostProps) {
  const api = useApi();
  const bus = useCommandBus();
  const [help, setHelp] = useState(false);
  useDocumentState(api, route.view === 'library' ? { ref: null, title: '', dirty: false } : null);

  useAppCommands(
    {
      'deck.open': (c) => c.ref && go({ view: 'editor', deck: c.ref }),
      'view.theme': (c) =>
        setChromeTheme(c.theme === 'dark' || c.theme === 'light' ? c.theme : systemTheme()),
      'help.shortcuts': () => setHelp(true),
      'file.new': (c) => (go({ view: 'library' }), bus.defer(c)),
      'file.importReading': (c) => (go({ view: 'library' }), bus.defer(c)),
      // Outside the editor, Edit > Undo/Redo act on the focused text field, as the roles did.
      'edit.undo': () => document.execCommand('undo'),
      'edit.redo': () => document.execCommand('redo'),
    },
    { fallback: true },
  );

  return help ? <ShortcutsDialog onClose={() => setHelp(false)} /> : null;
}
