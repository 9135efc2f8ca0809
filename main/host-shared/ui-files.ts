/**
 * Finding a file of the built UI for a URL path, for both hosts (the browser edition's HTTP
 * host and the desktop app's protocol handler). Paths come from the raw request URL (never a
 * normalising URL parser, which would quietly turn `/a/%2e%2e/b` into `/b`) and are checked
 * before the disk is touched.
 */
import { realpath, stat } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';

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

/**
 * The file of the built UI at URL path `path` (raw, still encoded), or undefined when there is
 * none or the path tries to leave `uiDir`. Paths without an extension get the index page.
 */
export async function resolveUiFile(uiDir: string, path: string): Promise<string | undefined> {
  const parts = decodeSegments(path.replace(/^\/+/, ''));
  if (
    !parts ||
    parts.some((p) => p === '..' || p.includes('/') || p.includes('\\') || p.includes('\0'))
  )
    return undefined;
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
