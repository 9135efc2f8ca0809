/**
 * The host API for the whole UI. Components get it from here and never learn which host
 * (Electron preload or the browser edition's HTTP client) supplied it.
 */
import { createContext, useContext } from 'react';
import type { LecternApi } from '../../../common/api/contract';

export const ApiContext = createContext<LecternApi | null>(null);

/** The host API; throws when rendered outside the provider (a programming error). */
export function useApi(): LecternApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi() outside <ApiContext.Provider>');
  return api;
}
