/**
 * Where the app is: the library, or one deck open in the editor. Kept in the URL hash so a
 * reload returns to the same deck and the browser's back button leaves the editor.
 */
export type Route =
  | { view: 'library' }
  | {
      view: 'editor';
      deck: string;
      /** open the recovery file (the deck file is unreadable) */ recover?: boolean;
    }
  /** The speaker view of a deck being presented in another window. */
  | { view: 'speaker'; deck: string }
  /** The audience view in a window of its own (desktop app; see main/electron/presentation-windows.ts). */
  | { view: 'audience'; deck: string; start: number };

/** Reads a route from a location hash such as `#/deck/week-1%2Fweek-1.lectern`. */
export function parseRoute(hash: string): Route {
  const audience = /^#\/audience\/([^/]+)\/(\d{1,6})$/.exec(hash);
  if (audience?.[1] && audience[2]) {
    try {
      return {
        view: 'audience',
        deck: decodeURIComponent(audience[1]),
        start: Number(audience[2]),
      };
    } catch {
      return { view: 'library' };
    }
  }
  const speaker = /^#\/speaker\/(.+)$/.exec(hash);
  if (speaker?.[1]) {
    try {
      return { view: 'speaker', deck: decodeURIComponent(speaker[1]) };
    } catch {
      return { view: 'library' };
    }
  }
  const m = /^#\/(deck|recover)\/(.+)$/.exec(hash);
  if (m?.[2]) {
    try {
      return {
        view: 'editor',
        deck: decodeURIComponent(m[2]),
        ...(m[1] === 'recover' ? { recover: true } : {}),
      };
    } catch {
      return { view: 'library' };
    }
  }
  return { view: 'library' };
}

/** The hash for a route; the inverse of `parseRoute`. */
export function formatRoute(route: Route): string {
  if (route.view === 'speaker') return `#/speaker/${encodeURIComponent(route.deck)}`;
  if (route.view === 'audience')
    return `#/audience/${encodeURIComponent(route.deck)}/${route.start}`;
  return route.view === 'editor'
    ? `#/${route.recover ? 'recover' : 'deck'}/${encodeURIComponent(route.deck)}`
    : '#/';
}
