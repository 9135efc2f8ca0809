/**
 * Tells the host which deck this window shows and whether it has unsaved changes
 * (`app.setDocumentState`). The desktop app titles the window with it, asks before closing
 * or quitting, and starts delivering its menu commands once the UI has reported; the browser
 * edition accepts and ignores it.
 */
import { useEffect } from 'react';
import type { LecternApi } from '../../../common/api/contract';
import { inBackground } from '../failure/background';

export interface DocumentState {
  ref: string | null;
  title: string;
  dirty: boolean;
}

/** Reports `state` now and whenever it changes; `null` reports nothing (another view reports). */
export function useDocumentState(api: LecternApi, state: DocumentState | null): void {
  const ref = state?.ref ?? null;
  const title = state ? state.title.slice(0, 200) : '';
  const dirty = state?.dirty ?? false;
  const active = state !== null;
  useEffect(() => {
    if (!active) return;
    // A task later, not in the commit of the keystroke (or undo) that changed it: sending a
    // request takes a few ms the preview need not wait for. A change before then sends only
    // the newer state.
    const timer = setTimeout(() => {
      const telling = api.app.setDocumentState({ ref, title, dirty }).then((r) => {
        // Nothing for the lecturer to act on: the title and close prompt are a convenience.
        if (!r.ok) console.warn('app.setDocumentState refused:', r.problems);
      });
      inBackground('tell the window which deck is open', telling);
    }, 0);
    return () => clearTimeout(timer);
  }, [api, active, ref, title, dirty]);
}
