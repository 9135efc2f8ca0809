/**
 * Who may call the API: only the main frame of a window this app created, showing the app's
 * own origin. A page that got in some other way (a navigation that slipped through, an
 * iframe, a second renderer) is refused before its arguments are even looked at.
 */
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { APP_ORIGIN } from './channels';

/** True when `event` comes from the main frame of one of `ours`, at the app's origin. */
export function isTrustedSender(
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  ours: ReadonlySet<WebContents>,
): boolean {
  const frame = event.senderFrame;
  if (!frame || !ours.has(event.sender)) return false;
  if (frame !== event.sender.mainFrame) return false;
  let origin: string;
  try {
    origin = new URL(frame.url).origin;
  } catch {
    return false;
  }
  // Custom schemes report origin "null" in some versions; compare the URL prefix as well.
  return origin === APP_ORIGIN || frame.url.startsWith(`${APP_ORIGIN}/`);
}
