/**
 * Says at once when the page has lost its host (the browser edition's host was stopped, or
 * restarted, or the laptop slept) and that nothing typed meanwhile is lost: the editor keeps
 * unsaved work in the page and saves it when the host is back. The client reconnects by
 * itself (renderer/api/http-client.ts); this only tells the lecturer. In the desktop app the
 * host never goes away, so nothing is ever shown.
 */
import { useEffect, useState } from 'react';
import { useApi } from '../app/api-context';
import { pageCanKeepWork } from '../editor/page-journal';
import './connection.css';

type State = 'connected' | 'lost' | 'refused' | 'back';

/** How long "Connected again" stays. */
const BACK_MS = 4000;

export function ConnectionBanner() {
  const api = useApi();
  const [state, setState] = useState<State>('connected');
  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.type !== 'connection') return;
        setState(event.payload.connected ? 'back' : event.payload.refused ? 'refused' : 'lost');
      }),
    [api],
  );
  useEffect(() => {
    if (state !== 'back') return;
    const t = setTimeout(() => setState('connected'), BACK_MS);
    return () => clearTimeout(t);
  }, [state]);

  if (state === 'connected') return null;
  if (state === 'back') {
    return (
      <div className="connection-banner back" role="status">
        <strong>Connected again.</strong> <span>Your edits are being saved.</span>
      </div>
    );
  }
  // A page without storage (a locked-down browser) keeps nothing: promise only what is true.
  if (state === 'lost' && !pageCanKeepWork()) {
    return (
      <div className="connection-banner lost" role="alert">
        <strong>Disconnected — keep this window open.</strong>{' '}
        <span>
          Lectern is not answering, and this browser lets the page keep nothing. The page reconnects
          by itself; save once Lectern runs again.
        </span>
      </div>
    );
  }
  return (
    <div className="connection-banner lost" role="alert">
      <strong>Disconnected — your edits are kept</strong>{' '}
      {state === 'refused' ? (
        <span>
          This page&apos;s key is no longer accepted (Lectern was started with a new one). Open the
          address Lectern printed when it started; your edits stay in this page meanwhile.
        </span>
      ) : (
        <span>
          in this page. Lectern is not answering; the page reconnects by itself and saves them once
          Lectern runs again.
        </span>
      )}
    </div>
  );
}
