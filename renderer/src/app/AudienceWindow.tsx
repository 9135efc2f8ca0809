/**
 * The audience view in a window of its own (`#/audience/<deck>/<start>`), which the desktop
 * app opens full screen on the room's display (main/electron/presentation-windows.ts). It
 * presents the deck as the editor window holds it, unsaved edits included, asked for over
 * the hand-off channel; if no editor answers (it was closed or reloaded), the deck as saved.
 * Leaving (Esc) tells the editor the slide that was showing and closes the window.
 */
import { useEffect, useMemo, useRef, useState, useCallback } from 'react';
import type { Deck } from '../../../common/deck/schema';
import { slideSize, type SlideRenderContext } from '../../../common/render/context';
import { useChartSvgs } from '../editor/charts';
import { useMissingAssets } from '../editor/use-missing-assets';
import { openPresentChannel } from '../present/channel';
import { LazyPresentation as Presentation } from './lazy-present';
import { useApi } from './api-context';
import { problemText } from './format';
import { openHandoff, type Handoff } from './handoff';
import './host.css';
import { inBackground } from '../failure/background';

/** How long to wait for the editor window before presenting the saved deck instead. */
const EDITOR_WAIT_MS = 1500;

type Phase =
  | { kind: 'waiting' }
  | { kind: 'failed'; why: string }
  | { kind: 'ended' }
  | { kind: 'showing'; deck: Deck };

export function AudienceWindow({ deckRef, start }: { deckRef: string; start: number }) {
  const api = useApi();
  const [phase, setPhase] = useState<Phase>({ kind: 'waiting' });
  const handoff = useRef<Handoff | null>(null);
  const lastSlide = useRef(start);
  const ended = useRef(false);

  useEffect(() => {
    let fromEditor = false;
    const h = openHandoff(deckRef, (m) => {
      if (m.type !== 'deck' || ended.current) return;
      fromEditor = true;
      setPhase({ kind: 'showing', deck: m.deck });
    });
    handoff.current = h;
    h.send({ type: 'want' });
    const fallback = window.setTimeout(() => {
      if (fromEditor) return;
      const opening = api.deck.open({ ref: deckRef }).then((r) => {
        if (fromEditor || ended.current) return;
        setPhase(
          r.ok
            ? { kind: 'showing', deck: r.value.deck }
            : { kind: 'failed', why: r.problems.map(problemText).join('; ') },
        );
      });
      inBackground('open the deck for the audience', opening);
    }, EDITOR_WAIT_MS);
    // The presentation's own state messages say which slide is showing, should the window just close.
    const states = openPresentChannel(deckRef, (m) => {
      if (m.type === 'state') lastSlide.current = m.state.slide;
    });
    const bye = () => {
      if (!ended.current) h.send({ type: 'exit', slide: lastSlide.current });
    };
    window.addEventListener('pagehide', bye);
    return () => {
      window.clearTimeout(fallback);
      window.removeEventListener('pagehide', bye);
      states.close();
      h.close();
      handoff.current = null;
    };
  }, [api, deckRef]);

  useEffect(() => {
    document.title =
      phase.kind === 'showing' ? `${phase.deck.meta.title} — audience view` : 'Audience view';
  }, [phase]);

  const exit = useCallback((slide: number) => {
    ended.current = true;
    handoff.current?.send({ type: 'exit', slide });
    setPhase({ kind: 'ended' });
    // The desktop app closes the window (and the speaker view with it); a browser tab may refuse.
    window.close();
  }, []);

  if (phase.kind !== 'showing') {
    return (
      <main className="audience-waiting">
        <h1>Audience view</h1>
        <p role="status">
          {phase.kind === 'waiting'
            ? 'Getting the deck…'
            : phase.kind === 'ended'
              ? 'The presentation has ended. You can close this window.'
              : `This deck cannot be presented: ${phase.why}`}
        </p>
      </main>
    );
  }
  return <AudienceShow deckRef={deckRef} deck={phase.deck} start={start} onExit={exit} />;
}

/** The presentation of `deck`, with its charts drawn and missing images found as the editor does. */
function AudienceShow({
  deckRef,
  deck,
  start,
  onExit,
}: {
  deckRef: string;
  deck: Deck;
  start: number;
  onExit: (slide: number) => void;
}) {
  const api = useApi();
  const size = slideSize(deck.meta.aspectRatio);
  const charts = useChartSvgs(deck, size.width);
  const rawAssetUrl = useCallback((rel: string) => api.assetUrl(deckRef, rel), [api, deckRef]);
  const missing = useMissingAssets(deck, rawAssetUrl);
  const ctx = useMemo<SlideRenderContext>(
    () => ({ assetUrl: (rel) => (missing.has(rel) ? undefined : rawAssetUrl(rel)), charts }),
    [rawAssetUrl, missing, charts],
  );
  return (
    <Presentation
      deckRef={deckRef}
      deck={deck}
      ctx={ctx}
      start={Math.min(start, Math.max(0, deck.slides.length - 1))}
      onExit={onExit}
    />
  );
}
