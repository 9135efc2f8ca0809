/**
 * Serving files: the built UI from `out/renderer`, and deck assets through the store's
 * `resolveAsset`. Paths come from the raw request URL (never a normalising URL parser, which
 * would quietly turn `/a/%2e%2e/b` into `/b`) and are checked before the disk is touched.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { ServerResponse } from 'node:http';
import { assetFile, assetMissing, parseAssetAddress, type ServiceContext } from '../services';
import { ASSET_CSP, UI_CSP } from '../host-shared/csp';
import { contentType } from '../host-shared/mime';
import { resolveUiFile } from '../host-shared/ui-files';
import { refuse } from './respond';

/** Streams `file` with its content type and length. */
async function sendFile(
  res: ServerResponse,
  file: string,
  extra: Record<string, string> = {},
): Promise<void> {
  const st = await stat(file);
  res.writeHead(200, { 'Content-Type': contentType(file), 'Content-Length': st.size, ...extra });
  createReadStream(file).pipe(res);
}

/** `GET /asset/<ref>/<rel…>`: one asset of one deck, or a refusal naming why. */
export async function serveAsset(
  res: ServerResponse,
  ctx: ServiceContext,
  rest: string,
): Promise<void> {
  const address = parseAssetAddress(rest);
  if (!address)
    return refuse(
      res,
      400,
      'asset',
      'the address is not /asset/<deck>/<path>, or hides an encoded "/" or "\\"',
    );
  const found = await assetFile(ctx, address.ref, address.rel);
  if (!found.ok) {
    const first = found.problems[0];
    return refuse(
      res,
      assetMissing(found.problems) ? 404 : 400,
      first?.where ?? 'asset',
      first?.what ?? 'cannot be served',
    );
  }
  await sendFile(res, found.value, {
    'Content-Security-Policy': ASSET_CSP,
    'Cache-Control': 'no-cache',
  });
}

/** `GET /<file>` from the built UI, the index page with the UI's CSP. */
export async function serveUi(res: ServerResponse, uiDir: string, path: string): Promise<void> {
  const file = await resolveUiFile(uiDir, path);
  if (!file) return refuse(res, 404, path.slice(0, 200), 'is not a file of the app');
  await sendFile(res, file, extname(file) === '.html' ? { 'Content-Security-Policy': UI_CSP } : {});
}
