/**
 * The UI and deck images reach the window through two custom protocols, never `file://`:
 * `lectern-app://app/…` serves the built UI (with its CSP), `lectern-asset://deck/<ref>/<path>`
 * serves a deck's image through the store's `resolveAsset`, which refuses `..`, absolute,
 * encoded and symlinked escapes. Both read the raw URL, never a normalised one.
 */
import type { CustomScheme, Protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { resolveUiFile } from '../host-shared/ui-files';
import { contentType } from '../host-shared/mime';
import { ASSET_CSP, UI_CSP } from '../host-shared/csp';
import { assetFile, assetMissing, parseAssetAddress, type ServiceContext } from '../services';
import { APP_ORIGIN, APP_SCHEME, ASSET_SCHEME } from './channels';

/** Registered before the app is ready: both behave like https (secure, standard URLs). */
export const PRIVILEGED_SCHEMES: CustomScheme[] = [
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  { scheme: ASSET_SCHEME, privileges: { standard: true, secure: true } },
];

/** The UI's policy, plus the asset scheme for deck images. */
export const ELECTRON_UI_CSP = UI_CSP.replace(
  "img-src 'self' data: blob:",
  `img-src 'self' data: blob: ${ASSET_SCHEME}:`,
);

const SECURITY_HEADERS = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' };

function refusal(status: number, what: string): Response {
  return new Response(what, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS },
  });
}

/** The path part of `url` after `prefix`, without query or fragment; undefined if it does not start so. */
function rawPath(url: string, prefix: string): string | undefined {
  if (!url.startsWith(prefix)) return undefined;
  const rest = url.slice(prefix.length);
  const end = rest.search(/[?#]/);
  return end < 0 ? rest : rest.slice(0, end);
}

/** Answers a `lectern-app://app/…` request from the built UI in `uiDir`. */
export async function serveAppRequest(uiDir: string, url: string): Promise<Response> {
  const path = rawPath(url, `${APP_ORIGIN}/`);
  if (path === undefined) return refusal(404, 'not part of the app');
  const file = await resolveUiFile(uiDir, path);
  if (!file) return refusal(404, 'not part of the app');
  const headers: Record<string, string> = {
    'Content-Type': contentType(file),
    ...SECURITY_HEADERS,
  };
  if (extname(file) === '.html') headers['Content-Security-Policy'] = ELECTRON_UI_CSP;
  return new Response(new Uint8Array(await readFile(file)), { status: 200, headers });
}

/** Answers a `lectern-asset://deck/<ref>/<path>` request with the deck's file, or refuses. */
export async function serveAssetRequest(ctx: ServiceContext, url: string): Promise<Response> {
  const path = rawPath(url, `${ASSET_SCHEME}://deck/`);
  const address = path === undefined ? undefined : parseAssetAddress(path);
  if (!address) return refusal(400, 'not an asset address');
  const found = await assetFile(ctx, address.ref, address.rel);
  if (!found.ok)
    return refusal(
      assetMissing(found.problems) ? 404 : 400,
      found.problems.map((p) => `${p.where}: ${p.what}`).join('\n'),
    );
  const headers = {
    'Content-Type': contentType(found.value),
    'Content-Security-Policy': ASSET_CSP,
    ...SECURITY_HEADERS,
  };
  return new Response(new Uint8Array(await readFile(found.value)), { status: 200, headers });
}

/**
 * Installs both handlers (after the app is ready). `ctx` may be a getter, for a workspace
 * that can change while the app runs (see backend.ts).
 */
export function installProtocols(
  protocol: Pick<Protocol, 'handle'>,
  uiDir: string,
  ctx: ServiceContext | (() => ServiceContext),
): void {
  const current = typeof ctx === 'function' ? ctx : () => ctx;
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(uiDir, request.url));
  protocol.handle(ASSET_SCHEME, (request) => serveAssetRequest(current(), request.url));
}
