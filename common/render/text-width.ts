/**
 * Text width of chart labels, estimated from a table of Source Sans 3 advance widths instead
 * of a canvas: a canvas would differ between machines and with fonts not yet loaded, and chart
 * SVG must be the same bytes everywhere. Vega's own estimate (0.8 em for every character) is
 * about 60% too wide for this font, which cut labels short and squeezed plots.
 */
import { WIDTH_RANGES } from './text-width-ranges';
import { WIDTHS } from './text-width-table';

type TableWeight = 400 | 600 | 700;

/** Code point → width in 1/1000 em, per weight; built on first use. */
let tables: Map<TableWeight, Map<number, number>> | undefined;

function table(weight: TableWeight): Map<number, number> {
  if (!tables) {
    tables = new Map();
    for (const w of [400, 600, 700] as const) {
      const map = new Map<number, number>();
      WIDTH_RANGES.forEach(([start, end], r) => {
        const row = WIDTHS[w][r] ?? [];
        for (let cp = start; cp <= end; cp++) map.set(cp, row[cp - start] ?? 0);
      });
      tables.set(w, map);
    }
  }
  return tables.get(weight)!;
}

/** Ideographs, kana, hangul and full-width forms: one em each in the fallback CJK fonts. */
function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x11ff) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    cp >= 0x20000
  );
}

/** The table weight nearest a CSS font weight (a number or a keyword). */
function tableWeight(weight: unknown): TableWeight {
  if (weight === 'bold' || weight === 'bolder') return 700;
  const n = typeof weight === 'number' ? weight : Number(weight);
  if (!Number.isFinite(n)) return 400;
  return n >= 650 ? 700 : n >= 550 ? 600 : 400;
}

/** Width of a character not in the table: wide for CJK, none for combining marks, else a wide-ish Latin letter. */
function fallbackWidth(cp: number): number {
  if (isWide(cp)) return 1000;
  if (cp >= 0x300 && cp <= 0x36f) return 0;
  return 600;
}

/**
 * Estimated width in px of `text` set in Source Sans 3 at `fontSize` px and `weight`.
 * Kerning is left out; it narrows Source Sans text by well under 2%.
 */
export function textWidth(text: string, fontSize: number, weight: unknown = 400): number {
  const widths = table(tableWeight(weight));
  let units = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    units += widths.get(cp) ?? fallbackWidth(cp);
  }
  return (units * fontSize) / 1000;
}
