/**
 * SVG to PNG, for outputs that cannot hold SVG everywhere (PowerPoint shows SVG only from
 * 2016 on and needs a PNG beside it; LibreOffice reads the PNG). resvg draws it natively.
 * Charts are laid out for the deck's face, Source Sans 3, so its OpenType files (OFL, in
 * assets/fonts/otf; the web fonts are WOFF2, which resvg cannot read) are given to resvg: a
 * wider stand-in would push labels past the edge. The machine's own fonts are loaded too only
 * when the SVG has text beyond Latin (CJK, Greek…): reading them all costs about a second.
 */
import { Resvg } from '@resvg/resvg-js';
import { join } from 'node:path';
import { DEFAULT_ASSETS_DIR } from './render-static';

/** A sans and a serif face every machine of the platform has, for the SVG's generic families. */
const FACES: Record<string, { sans: string; serif: string }> = {
  win32: { sans: 'Arial', serif: 'Times New Roman' },
  darwin: { sans: 'Helvetica', serif: 'Times' },
};
const faces = FACES[process.platform] ?? { sans: 'DejaVu Sans', serif: 'DejaVu Serif' };

export interface Png {
  bytes: Buffer;
  width: number;
  height: number;
}

const DECK_FACES = ['SourceSans3-Regular.otf', 'SourceSans3-Semibold.otf'];
/** Letters, digits and punctuation the deck's face has (Latin, general punctuation, currency). */
const IN_DECK_FACE = /^[\u0000-\u024f\u2000-\u206f\u20a0-\u20bf\u2190-\u21ff\u2212]*$/;

/** `svg` drawn at `scale` times its own size, so it stays sharp on a projector. */
export function svgToPng(svg: string, scale = 2, assetsDir: string = DEFAULT_ASSETS_DIR): Png {
  const beyondLatin = !IN_DECK_FACE.test(svg);
  const image = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: scale },
    font: {
      fontFiles: DECK_FACES.map((f) => join(assetsDir, 'fonts', 'otf', f)),
      loadSystemFonts: beyondLatin,
      defaultFontFamily: 'Source Sans 3',
      sansSerifFamily: beyondLatin ? faces.sans : 'Source Sans 3',
      serifFamily: faces.serif,
    },
  }).render();
  return { bytes: image.asPng(), width: image.width, height: image.height };
}
