/**
 * Starting a presentation from the editor. The host is asked first (`present.openWindows`):
 * the desktop app answers `handled: true` and shows the audience and speaker views in windows
 * it places on the right screens; the browser edition answers `handled: false`, and the
 * editor presents in its own window as before (the speaker view then opens with
 * `window.open`). The UI never asks which host it runs on, only what the host did.
 *
 * While the editor window is open on a deck it answers audience windows asking for it over
 * the hand-off channel (handoff.ts), with the deck as edited, and lands on the slide an
 * audience window reports when it ends.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { LecternApi } from '../../../common/api/contract';
import type { Deck } from '../../../common/deck/schema';
import { problemText } from './format';
import { openHandoff, type Handoff } from './handoff';
import { inBackground } from '../failure/background';

export interface PresentWindowsOptions {
  api: LecternApi;
  deckRef: string;
  deck: Deck;
  /** Present inside this window (the host has no windows of its own). */
  presentHere: (index: number) => void;
  /** An audience window ended on deck index `slide`. */
  onEnded: (slide: number) => void;
  /** A problem the lecturer should read (no display reported, …). */
  onProblem: (text: string) => void;
}

export interface PresentWindows {
  /** Presents from deck index `index`; `speaker` asks for the speaker view at once. */
  start: (index: number, speaker?: boolean) => void;
  /** The host's windows are presenting this deck. */
  elsewhere: boolean;
}

export function usePresentWindows({
  api,
  deckRef,
  deck,
  presentHere,
  onEnded,
  onProblem,
}: PresentWindowsOptions): PresentWindows {
  const [elsewhere, setElsewhere] = useState(false);
  const handoff = useRef<Handoff | null>(null);
  const latest = useRef({ deck, presentHere, onEnded, onProblem });
  useEffect(() => {
    latest.current = { deck, presentHere, onEnded, onProblem };
  });

  useEffect(() => {
    const h = openHandoff(deckRef, (m) => {
      if (m.type === 'want') h.send({ type: 'deck', deck: latest.current.deck });
      else if (m.type === 'exit') {
        setElsewhere(false);
        latest.current.onEnded(m.slide);
      }
    });
    handoff.current = h;
    return () => {
      h.close();
      handoff.current = null;
    };
  }, [deckRef]);

  // An edit made while the audience window shows the deck reaches it too.
  useEffect(() => {
    if (elsewhere) handoff.current?.send({ type: 'deck', deck });
  }, [deck, elsewhere]);

  const starting = useRef(false);
  const start = useCallback(
    (index: number, speaker?: boolean) => {
      if (starting.current) return;
      starting.current = true;
      const opening = api.present
        .openWindows({ ref: deckRef, start: Math.max(0, index), ...(speaker ? { speaker } : {}) })
        .then((r) => {
          if (r.ok && r.value.handled) setElsewhere(true);
          else {
            if (!r.ok)
              latest.current.onProblem(
                `The presentation windows could not open (${r.problems.map(problemText).join('; ')}); presenting here instead.`,
              );
            latest.current.presentHere(Math.max(0, index));
          }
        })
        .finally(() => {
          starting.current = false;
        });
      inBackground('open the presentation windows', opening);
    },
    [api, deckRef],
  );

  return { start, elsewhere };
}
