/**
 * Serving files: the built UI from `out/renderer`, and deck assets through the store's
 * `resolveAsset`. Paths come from the raw request URL (never a normalising URL parser, which
 * would quietly turn `/a/%2e%2e/b` into `/b`) and are checked before the disk is touched.
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { extname, join, sep } from 'node:path';
import { assetFile, type ServiceContext } from '../services';
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
  const slash = rest.indexOf('/');
  const parts = slash < 0 ? undefined : decodeSegments(rest.slice(slash + 1));
  const ref = slash < 0 ? undefined : decodeSegments(rest.slice(0, slash))?.[0];
  if (!parts || ref === undefined) return refuse(res, 400, 'asset', 'the address is not /asset/<deck>/<path>');
  // A decoded segment holding "/" or "\" was an encoded separator: refuse rather than guess.
  if (parts.some((p) => p.includes('/') || p.includes('\\'))) return refuse(res, 400, 'asset', 'the asset path contains an encoded "/" or "\\"');
  const found = await assetFile(ctx, ref, parts.join('/'));
  if (!found.ok) {
    const missing = found.problems.some((p) => /missing|not there/.test(p.what));
    const first = found.problems[0];
    return refuse(res, missing ? 404 : 400, first?.where ?? 'asset', first?.what ?? 'cannot be served');
  }
  await sendFile(res, found.value, { 'Content-Security-Policy': ASSET_CSP, 'Cache-Control': 'no-cache' });
}

/** `GET /<file>` from the built UI; paths without an extension get the app's index page. */
export async function serveUi(res: ServerResponse, uiDir: string, path: string): Promise<void> {
  const parts = decodeSegments(path.replace(/^\/+/, ''));
  if (!parts || parts.some((p) => p === '..' || p.includes('/') || p.includes('\\') || p.includes('\0'))) {
    return refuse(res, 400, 'path', 'is not a file of the app');
  }
  const rel = parts.filter((p) => p !== '' && p !== '.').join('/');
  const wanted = rel === '' || extname(rel) === '' ? 'index.html' : rel;
  let root: string;
  let file: string;
  try {
    root = await realpath(uiDir);
    file = await realpath(join(root, wanted));
  } catch {
    return refuse(res, 404, path.slice(0, 200), 'is not a file of the app');
  }
  if (!file.startsWith(root + sep) || !(await stat(file)).isFile()) return refuse(res, 404, path.slice(0, 200), 'is not a file of the app');
  const headers: Record<string, string> = wanted === 'index.html' ? { 'Content-Security-Policy': UI_CSP } : {};
  await sendFile(res, file, headers);
}
