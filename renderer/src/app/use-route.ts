import { useCallback, useSyncExternalStore } from 'react';
import { formatRoute, parseRoute, type Route } from './route';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const snapshot = () => window.location.hash;

/** The current route and a function to go somewhere else (pushes a history entry). */
export function useRoute(): [Route, (to: Route) => void] {
  const hash = useSyncExternalStore(subscribe, snapshot);
  const go = useCallback((to: Route) => {
    window.location.hash = formatRoute(to);
  }, []);
  return [parseRoute(hash), go];
}
