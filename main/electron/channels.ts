/**
 * IPC channel names, shared by the preload and the main process. One channel per contract
 * method (`lectern:<method>`), plus one for host → UI events.
 */
import type { MethodName } from '../../common/api/contract';

export const CHANNEL_PREFIX = 'lectern:';
export const EVENT_CHANNEL = 'lectern-event';

/** The invoke channel of a contract method. */
export function channelOf(method: MethodName): string {
  return CHANNEL_PREFIX + method;
}

/** The app's own origin (the UI) and the scheme deck images are served under. */
export const APP_SCHEME = 'lectern-app';
export const APP_ORIGIN = `${APP_SCHEME}://app`;
export const ASSET_SCHEME = 'lectern-asset';

/** The URL of asset `rel` of the deck `ref` (the preload's `assetUrl`). */
export function assetUrlFor(ref: string, rel: string): string {
  return `${ASSET_SCHEME}://deck/${encodeURIComponent(ref)}/${rel.split('/').map(encodeURIComponent).join('/')}`;
}
