/**
 * Builds a `LecternApi` from a transport. Both clients use it: the Electron preload (IPC)
 * and the browser edition's HTTP client, so the UI gets the same object shape either way
 * and the shape comes from the contract's method list, not from a second hand-written copy.
 */
import {
  METHOD_NAMES,
  bytesToBase64,
  splitMethod,
  type ApiResult,
  type LecternApi,
  type LecternCalls,
  type LecternEvent,
  type MethodName,
} from './contract';
import { errorMessage } from '../error-text';

/** How a client reaches its host. */
export interface Transport {
  /** Sends one call; resolves to the host's result. May reject when the host is unreachable. */
  call(method: MethodName, args: unknown): Promise<ApiResult<unknown>>;
  /** Subscribes to host events; returns the unsubscribe function. */
  onEvent(listener: (event: LecternEvent) => void): () => void;
  /** A URL for an asset of a deck (host-specific). */
  assetUrl(ref: string, rel: string): string;
}

type Fn = (args?: unknown) => Promise<ApiResult<unknown>>;

/** The calls object alone (no events, no asset URLs): what the preload exposes per method. */
export function createCalls(call: Transport['call']): LecternCalls {
  const areas: Record<string, Record<string, Fn>> = {};
  for (const name of METHOD_NAMES) {
    const [area, verb] = splitMethod(name);
    const group = (areas[area] ??= {});
    group[verb] = async (args?: unknown) => {
      try {
        return await call(name, args ?? {});
      } catch (e) {
        // The host is gone (closed window, stopped server): a problem the UI can show.
        return {
          ok: false,
          problems: [
            {
              where: name,
              what: `the Lectern host did not answer (${errorMessage(e)}); is it still running?`,
              severity: 'error',
            },
          ],
        };
      }
    };
  }
  // The runtime object is built from the same method list the type is derived from.
  return areas as unknown as LecternCalls;
}

/** A full `LecternApi` over `transport`. */
export function createApi(transport: Transport): LecternApi {
  return {
    ...createCalls(transport.call),
    onEvent: (listener) => transport.onEvent(listener),
    assetUrl: (ref, rel) => transport.assetUrl(ref, rel),
  };
}

/** `JSON.stringify` replacer that sends Uint8Array contents as base64 (what the contract's `Bytes` accepts). */
export function jsonReplacer(_key: string, value: unknown): unknown {
  return value instanceof Uint8Array ? bytesToBase64(value) : value;
}
