/**
 * The presentation views, loaded when first needed: reveal.js and the speaker view are a large
 * part of the bundle and most editing sessions never present, so the library and editor open
 * without them (and the build stays under Vite's chunk-size warning).
 */
import { lazy, Suspense, type ComponentProps } from 'react';

const Presentation = lazy(() =>
  import('../present/Presentation').then((m) => ({ default: m.Presentation })),
);
const SpeakerWindow = lazy(() =>
  import('../present/SpeakerWindow').then((m) => ({ default: m.SpeakerWindow })),
);

/** A dark full-window layer while the presentation code loads (a few milliseconds, same origin). */
function Loading() {
  return (
    <div
      role="status"
      style={{
        position: 'fixed',
        inset: 0,
        zIndex: 100,
        background: '#000',
        color: '#ccc',
        display: 'grid',
        placeItems: 'center',
      }}
    >
      Starting the presentation…
    </div>
  );
}

/** `Presentation`, loaded on first use. */
export function LazyPresentation(props: ComponentProps<typeof Presentation>) {
  return (
    <Suspense fallback={<Loading />}>
      <Presentation {...props} />
    </Suspense>
  );
}

/** `SpeakerWindow`, loaded on first use. */
export function LazySpeakerWindow(props: ComponentProps<typeof SpeakerWindow>) {
  return (
    <Suspense fallback={<Loading />}>
      <SpeakerWindow {...props} />
    </Suspense>
  );
}
