/**
 * The speaker view's window (`#/speaker/<deck>`): joins the deck's presentation channel,
 * receives the deck and the audience view's state, and sends navigation back. It never
 * opens the deck file itself, so it shows exactly what the audience sees, unsaved edits
 * included.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Deck } from '../../../common/deck/schema';
import type { SlideRenderContext } from '../../../common/render/context';
import { useApi } from '../app/api-context';
import { openPresentChannel, type PresentChannel } from './channel';
import type { NavigateAction, PresentState } from './protocol';
import { SpeakerView } from './SpeakerView';
import './speaker.css';

interface Received {
  deck: Deck;
  charts: Record<string, string>;
  missing: ReadonlySet<string>;
}

export function SpeakerWindow({ deckRef }: { deckRef: string }) {
  const api = useApi();
  const [got, setGot] = useState<Received | null>(null);
  const [state, setState] = useState<PresentState | null>(null);
  const [ended, setEnded] = useState(false);
  const channel = useRef<PresentChannel | null>(null);

  useEffect(() => {
    const ch = openPresentChannel(deckRef, (m) => {
      if (m.type === 'deck') {
        setGot({ deck: m.deck, charts: m.charts, missing: new Set(m.missing) });
        setEnded(false);
      } else if (m.type === 'state') setState(m.state);
      else if (m.type === 'ended') {
        setEnded(true);
        window.close();
      }
    });
    channel.current = ch;
    ch.send({ type: 'connect' });
    // The audience view may start after this window opened (or be reloaded): keep asking.
    const retry = window.setInterval(() => ch.send({ type: 'connect' }), 2000);
    const bye = () => ch.send({ type: 'bye' });
    window.addEventListener('pagehide', bye);
    return () => {
      window.clearInterval(retry);
      window.removeEventListener('pagehide', bye);
      bye();
      ch.close();
      channel.current = null;
    };
  }, [deckRef]);

  useEffect(() => {
    document.title = got ? `Speaker view · ${got.deck.meta.title}` : 'Speaker view';
  }, [got]);

  const ctx = useMemo<SlideRenderContext | null>(
    () =>
      got
        ? {
            assetUrl: (rel) => (got.missing.has(rel) ? undefined : api.assetUrl(deckRef, rel)),
            charts: got.charts,
          }
        : null,
    [got, api, deckRef],
  );
  const navigate = useCallback((action: NavigateAction, position?: number) => {
    channel.current?.send({
      type: 'navigate',
      action,
      ...(position !== undefined ? { position } : {}),
    });
  }, []);

  if (ended || !got || !state || !ctx) {
    return (
      <main className="speaker-waiting">
        <h1>Speaker view</h1>
        <p>
          {ended
            ? 'The presentation has ended. You can close this window.'
            : 'Waiting for the presentation… Start presenting the deck in Lectern; this window follows it.'}
        </p>
      </main>
    );
  }
  return (
    <SpeakerView deckRef={deckRef} deck={got.deck} ctx={ctx} state={state} navigate={navigate} />
  );
}
