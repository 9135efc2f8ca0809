/**
 * Opening and closing the speaker view's window in the browser edition: the same app at
 * `#/speaker/<deck>`, so it shares this window's origin (and so its BroadcastChannel).
 */
import { formatRoute } from '../app/route';

/** The window name, so a second "open" finds the window already there instead of another one. */
const NAME = 'lectern-speaker';

/** Opens (or focuses) the speaker window for a deck; null when the browser blocked the popup. */
export function openSpeakerWindow(deckRef: string): Window | null {
  const url = `${window.location.pathname}${window.location.search}${formatRoute({ view: 'speaker', deck: deckRef })}`;
  const w = window.open(url, NAME, 'popup,width=1200,height=760');
  w?.focus();
  return w;
}
