/**
 * The app: the library (home) or the editor for one deck, chosen by the URL hash.
 */
import { Library } from '../library/Library';
import { Editor } from '../editor/Editor';
import { SpeakerWindow } from '../present/SpeakerWindow';
import { useChromeTheme } from './chrome-theme';
import { useRoute } from './use-route';

export function App() {
  const [route, go] = useRoute();
  const [theme, setTheme] = useChromeTheme();
  if (route.view === 'speaker') return <SpeakerWindow deckRef={route.deck} />;
  if (route.view === 'editor') {
    return <Editor key={`${route.deck} ${route.recover ? 'r' : ''}`} deckRef={route.deck} recover={!!route.recover} onClose={() => go({ view: 'library' })} onOpen={(ref) => go({ view: 'editor', deck: ref })} chromeTheme={theme} setChromeTheme={setTheme} />;
  }
  return <Library onOpen={(ref, recover) => go({ view: 'editor', deck: ref, ...(recover ? { recover } : {}) })} chromeTheme={theme} setChromeTheme={setTheme} />;
}
