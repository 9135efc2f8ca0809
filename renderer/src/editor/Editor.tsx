/**
 * The editor route: opens the deck through the host, then hands it to an editing session.
 * A deck that cannot be opened shows why, with the way back to the library.
 */
import { useEffect, useState } from 'react';
import type { ResultOf } from '../../../common/api/contract';
import { useApi } from '../app/api-context';
import { problemText } from '../app/format';
import type { ChromeTheme } from '../app/chrome-theme';
import { EditorSession } from './EditorSession';
import { errorMessage } from '../../../common/error-text';

export interface EditorProps {
  deckRef: string;
  /** Open the recovery file instead of the deck file (which cannot be read). */
  recover: boolean;
  onClose: () => void;
  /** Switch to another deck (after Save as). */
  onOpen: (ref: string) => void;
  chromeTheme: ChromeTheme;
  setChromeTheme: (t: ChromeTheme) => void;
}

type Load =
  | { state: 'loading' }
  | { state: 'failed'; problems: { where: string; what: string }[] }
  | { state: 'ready'; opened: ResultOf<'deck.open'> };

export function Editor(props: EditorProps) {
  const api = useApi();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  useEffect(() => {
    let live = true;
    const opening = props.recover
      ? api.deck.openRecovery({ ref: props.deckRef })
      : api.deck.open({ ref: props.deckRef });
    opening
      .then((r) => {
        if (live)
          setLoad(
            r.ok ? { state: 'ready', opened: r.value } : { state: 'failed', problems: r.problems },
          );
      })
      .catch((e: unknown) => {
        // Not an answer of the host (those are problems): the editor still says it did not open.
        if (live)
          setLoad({
            state: 'failed',
            problems: [{ where: props.deckRef, what: errorMessage(e) }],
          });
      });
    return () => {
      live = false;
    };
  }, [api, props.deckRef, props.recover]);

  if (load.state === 'loading') {
    return (
      <main className="editor-message" aria-busy="true">
        <p>Opening {props.deckRef}…</p>
      </main>
    );
  }
  if (load.state === 'failed') {
    return (
      <main className="editor-message">
        <h1>This deck cannot be opened</h1>
        <ul className="error-text">
          {load.problems.map((p, i) => (
            <li key={i}>{problemText(p)}</li>
          ))}
        </ul>
        <button type="button" className="primary" onClick={props.onClose}>
          Back to the library
        </button>
      </main>
    );
  }
  return <EditorSession {...props} opened={load.opened} recovered={props.recover} />;
}
