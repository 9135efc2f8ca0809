/**
 * Fonts for a self-contained export: the @font-face rules of a CSS file with their url()s
 * replaced by data: URLs. Only the faces whose `unicode-range` covers a character the deck
 * uses are kept (a deck in English carries no Cyrillic files), which keeps the file small.
 */
import { readFile } from 'node:fs/promises';
import { dirname, resolve, sep } from 'node:path';

const FONT_TYPES: Record<string, string> = {
  woff2: 'font/woff2',
  woff: 'font/woff',
  ttf: 'font/ttf',
  otf: 'font/otf',
};

/** Parses a `unicode-range` value into [from, to] code point pairs; undefined = all. */
export function parseUnicodeRange(value: string): Array<[number, number]> {
  return value.split(',').map((part) => {
    const p = part.trim().replace(/^U\+/i, '');
    if (p.includes('?'))
      return [parseInt(p.replace(/\?/g, '0'), 16), parseInt(p.replace(/\?/g, 'F'), 16)];
    const [a, b] = p.split('-');
    const from = parseInt(a ?? '0', 16);
    return [from, b ? parseInt(b, 16) : from];
  });
}

/**
 * The set of code points in `texts`, for choosing font faces. The texts are a whole deck as
 * JSON (200 KB for 300 slides), so repeats are skipped by a table instead of the Set.
 */
export function codePoints(texts: Iterable<string>): Set<number> {
  const set = new Set<number>();
  const seen = new Uint8Array(0x10000);
  for (const t of texts) {
    for (let i = 0; i < t.length; i++) {
      const unit = t.charCodeAt(i);
      if (unit >= 0xd800 && unit <= 0xdbff) {
        // A high surrogate: with its low one, a code point beyond the BMP; alone, itself.
        const cp = t.codePointAt(i)!;
        set.add(cp);
        if (cp > 0xffff) i++;
      } else if (!seen[unit]) {
        seen[unit] = 1;
        set.add(unit);
      }
    }
  }
  return set;
}

function covers(ranges: Array<[number, number]>, used: Set<number>): boolean {
  for (const cp of used) if (ranges.some(([a, b]) => cp >= a && cp <= b)) return true;
  return false;
}

/**
 * Reads the CSS file `cssPath`, drops @font-face rules no character in `used` needs, and
 * inlines the font files of the others (only files beside the CSS, never elsewhere).
 */
export async function inlineFontCss(cssPath: string, used: Set<number>): Promise<string> {
  const css = await readFile(cssPath, 'utf8');
  const base = dirname(cssPath);
  const parts: string[] = [];
  const cache = new Map<string, string>();
  for (const m of css.matchAll(/@font-face\s*{[^}]*}/g)) {
    const rule = m[0];
    const range = /unicode-range:\s*([^;}]+)/.exec(rule);
    if (range && !covers(parseUnicodeRange(range[1]!), used)) continue;
    let out = rule;
    for (const u of rule.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) {
      const file = resolve(base, u[1]!);
      if (!file.startsWith(base + sep)) continue;
      const ext = file.split('.').pop()!.toLowerCase();
      let data = cache.get(file);
      if (data === undefined) {
        data = `data:${FONT_TYPES[ext] ?? 'application/octet-stream'};base64,${(await readFile(file)).toString('base64')}`;
        cache.set(file, data);
      }
      out = out.replace(u[0], `url('${data}')`);
    }
    parts.push(out.replace(/\s*\n\s*/g, ' '));
  }
  return parts.join('\n');
}
