/**
 * The app: the library (home) or the editor for one deck, chosen by the URL hash; or, in a
 * presentation window, the audience or speaker view. Menu commands from the host reach the
 * views through the command bus (app-commands.tsx).
 */
import { ConnectionBanner } from '../connection/ConnectionBanner';
import { FailureBanner } from '../failure/FailureBanner';
import { Library } from '../library/Library';
import { Editor } from '../editor/Editor';
import { LazySpeakerWindow as SpeakerWindow } from './lazy-present';
import { useApi } from './api-context';
import { AppCommandsProvider } from './app-commands';
import { AppHost } from './AppHost';
import { AudienceWindow } from './AudienceWindow';
import { useChromeTheme } from './chrome-theme';
import { useRoute } from './use-route';

export function App() {
  const api = useApi();
  return (
    <AppCommandsProvider api={api}>
      <ConnectionBanner />
      <Routes />
    </AppCommandsProvider>
  );
}

function Routes() {
  const [route, go] = useRoute();
  const [theme, setTheme] = useChromeTheme();
  // The failure banner is for the lecturer at the desk: never over what the audience sees.
  const host = (
    <>
      <AppHost route={route} go={go} setChromeTheme={setTheme} />
      <FailureBanner />
    </>
  );
  if (route.view === 'speaker') return <SpeakerWindow deckRef={route.deck} />;
  if (route.view === 'audience')
    return (
      <AudienceWindow
        key={`${route.deck} ${route.start}`}
        deckRef={route.deck}
        start={route.start}
      />
    );
  if (route.view === 'editor') {
    return (
      <>
        <Editor
          key={`${route.deck} ${route.recover ? 'r' : ''}`}
          deckRef={route.deck}
          recover={!!route.recover}
          onClose={() => go({ view: 'library' })}
          onOpen={(ref) => go({ view: 'editor', deck: ref })}
          chromeTheme={theme}
          setChromeTheme={setTheme}
        />
        {host}
      </>
    );
  }
  return (
    <>
      <Library
        onOpen={(ref, recover) =>
          go({ view: 'editor', deck: ref, ...(recover ? { recover } : {}) })
        }
        chromeTheme={theme}
        setChromeTheme={setTheme}
      />
      {host}
    </>
  );
}
