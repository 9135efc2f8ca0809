/**
 * Serving files: the built UI from `out/renderer`, and deck assets through the store's
 * `resolveAsset`. Paths come from the raw request URL (never a normalising URL parser, which
 * would quietly turn `/a/%2e%2e/b` into `/b`) and are checked before the disk is touched.
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, sep } from 'node:path';
import { assetFile, assetMissing, parseAssetAddress, type ServiceContext } from '../services';
import { contentType } from './mime';
import { refuse } from './respond';
import { ASSET_CSP, UI_CSP } from './security';

/** Decodes each `/`-separated segment; undefined when one is malformed or hides a separator. */
export function decodeSegments(path: string): string[] | undefined {
  const out: string[] = [];
  for (const raw of path.split('/')) {
    let seg: string;
    try {
      seg = decodeURIComponent(raw);
    } catch {
      return undefined;
    }
    out.push(seg);
  }
  return out;
}

/** Streams `file` with its content type and length. */
async function sendFile(res: ServerResponse, file: string, extra: Record<string, string> = {}): Promise<void> {
  const st = await stat(file);
  res.writeHead(200, { 'Content-Type': contentType(file), 'Content-Length': st.size, ...extra });
  createReadStream(file).pipe(res);
}

/** `GET /asset/<ref>/<rel…>`: one asset of one deck, or a refusal naming why. */
export async function serveAsset(res: ServerResponse, ctx: ServiceContext, rest: string): Promise<void> {
  const address = parseAssetAddress(rest);
  if (!address) return refuse(res, 400, 'asset', 'the address is not /asset/<deck>/<path>, or hides an encoded "/" or "\\"');
  const found = await assetFile(ctx, address.ref, address.rel);
  if (!found.ok) {
    const first = found.problems[0];
    return refuse(res, assetMissing(found.problems) ? 404 : 400, first?.where ?? 'asset', first?.what ?? 'cannot be served');
  }
  await sendFile(res, found.value, { 'Content-Security-Policy': ASSET_CSP, 'Cache-Control': 'no-cache' });
}

/**
 * The file of the built UI at URL path `path` (raw, still encoded), or undefined when there is
 * none or the path tries to leave `uiDir`. Paths without an extension get the index page.
 */
export async function resolveUiFile(uiDir: string, path: string): Promise<string | undefined> {
  const parts = decodeSegments(path.replace(/^\/+/, ''));
  if (!parts || parts.some((p) => p === '..' || p.includes('/') || p.includes('\\') || p.includes('\0'))) return undefined;
  const rel = parts.filter((p) => p !== '' && p !== '.').join('/');
  const wanted = rel === '' || extname(rel) === '' ? 'index.html' : rel;
  try {
    const root = await realpath(uiDir);
    const file = await realpath(join(root, wanted));
    return file.startsWith(root + sep) && (await stat(file)).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

/** `GET /<file>` from the built UI, the index page with the UI's CSP. */
export async function serveUi(res: ServerResponse, uiDir: string, path: string): Promise<void> {
  const file = await resolveUiFile(uiDir, path);
  if (!file) return refuse(res, 404, path.slice(0, 200), 'is not a file of the app');
  await sendFile(res, file, extname(file) === '.html' ? { 'Content-Security-Policy': UI_CSP } : {});
}
