/**
 * KaTeX's stylesheet for a self-contained export: its rules as KaTeX ships them, its
 * @font-face rules with only the woff2 files, inlined as data: URLs (every browser an export
 * opens in reads woff2; the woff and ttf copies would triple the size). Only a deck with a
 * formula carries it (about 400 KB), with Lectern's few rules for formulas (assets/math).
 * Read once per process.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';
import { DEFAULT_ASSETS_DIR } from './render-static';

let cached: Promise<string> | undefined;

/** KaTeX's CSS with its fonts inside; nothing in it refers to a file or the network. */
export function katexStylesheet(): Promise<string> {
  cached ??= (async () => {
    const dist = dirname(createRequire(import.meta.url).resolve('katex'));
    const css = await readFile(join(dist, 'katex.min.css'), 'utf8');
    const faces: string[] = [];
    for (const m of css.matchAll(/@font-face\s*{[^}]*}/g)) {
      const woff2 =
        /url\(\s*['"]?([^'")]+\.woff2)['"]?\s*\)\s*format\(\s*['"]?woff2['"]?\s*\)/.exec(m[0]);
      if (!woff2) continue;
      const file = resolve(dist, woff2[1]!);
      if (!file.startsWith(dist + sep)) continue;
      const data = (await readFile(file)).toString('base64');
      faces.push(
        m[0].replace(/src:[^;}]*/, `src:url(data:font/woff2;base64,${data}) format("woff2")`),
      );
    }
    const rules = css
      .replace(/@font-face\s*{[^}]*}/g, '')
      .replace(/\/\*# sourceMappingURL=.*?\*\//g, '');
    const own = await readFile(join(DEFAULT_ASSETS_DIR, 'math', 'math.css'), 'utf8');
    return [...faces, rules, own].join('\n');
  })();
  return cached;
}

/** Whether rendered slides or their notes hold a typeset formula or a malformed one. */
export function hasMathMarkup(html: string): boolean {
  return html.includes('class="katex') || html.includes('class="lectern-math');
}
