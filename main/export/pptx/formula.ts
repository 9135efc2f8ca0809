/**
 * A formula as a picture for PowerPoint, whose text runs cannot hold mathematics. KaTeX makes
 * HTML only, so MathJax (pure JavaScript, no browser, no network) typesets the TeX as SVG and
 * resvg draws it as a PNG: in the theme's text colour (MathJax draws in `currentColor`), and
 * sized from the formula's own em box (MathJax's viewBox is in thousandths of an em), so a
 * formula stands as high as text of the size asked for would. Loaded only for a deck with a
 * formula: MathJax takes about a third of a second to load.
 */
import { svgToPng, type Png } from '../raster';

/** A formula drawn: the PNG, and its size in points at the font size it was drawn for. */
export interface FormulaPicture extends Png {
  widthPt: number;
  heightPt: number;
}

/** Pixels per point of the PNG: 300 dpi, sharp on a projector and in print. */
const PX_PER_PT = 300 / 72;

export interface Typesetter {
  /** `tex` as a PNG at `sizePt` (the em of the formula) in `color` (hex, no "#"); throws TeX's message when it cannot read it. */
  draw(tex: string, o: { display: boolean; sizePt: number; color: string }): FormulaPicture;
}

let loading: Promise<Typesetter> | undefined;

/** The typesetter, loaded once per process. */
export function loadTypesetter(): Promise<Typesetter> {
  return (loading ??= load());
}

/**
 * A CommonJS module's exports, however it was imported: Node gives them as named exports and
 * as `default`; the command's bundle (esbuild, split) as `default` only.
 */
function cjs<T extends object>(m: T): T {
  const exports = (m as { default?: unknown }).default;
  return (exports && typeof exports === 'object' ? exports : m) as T;
}

async function load(): Promise<Typesetter> {
  const [{ mathjax }, { TeX }, { SVG }, { liteAdaptor }, { RegisterHTMLHandler }, { AllPackages }] =
    await Promise.all([
      import('mathjax-full/js/mathjax.js').then(cjs),
      import('mathjax-full/js/input/tex.js').then(cjs),
      import('mathjax-full/js/output/svg.js').then(cjs),
      import('mathjax-full/js/adaptors/liteAdaptor.js').then(cjs),
      import('mathjax-full/js/handlers/html.js').then(cjs),
      import('mathjax-full/js/input/tex/AllPackages.js').then(cjs),
    ]);
  const adaptor = liteAdaptor();
  RegisterHTMLHandler(adaptor);
  // Without `noerrors` and `noundefined`, and with errors thrown rather than drawn in red: a
  // malformed formula is the export's to report, and its TeX stays as text on the slide.
  const input = new TeX({
    packages: AllPackages.filter((p) => p !== 'noerrors' && p !== 'noundefined'),
    formatError: (_jax: unknown, err: Error) => {
      throw err;
    },
  });
  const doc = mathjax.document('', { InputJax: input, OutputJax: new SVG({ fontCache: 'none' }) });
  return {
    draw(tex, o) {
      const container = doc.convert(tex, { display: o.display });
      const svg = adaptor.innerHTML(container);
      return drawSvg(svg, o.sizePt, o.color);
    },
  };
}

/** MathJax's SVG with pixel sizes for `sizePt` and the colour set, drawn as a PNG. */
export function drawSvg(svg: string, sizePt: number, color: string): FormulaPicture {
  const box = /viewBox="([-\d.]+) ([-\d.]+) ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!box) throw new Error('the typeset formula has no size');
  const widthPt = (Number(box[3]) / 1000) * sizePt;
  const heightPt = (Number(box[4]) / 1000) * sizePt;
  const sized = svg
    .replace(/^<svg\b[^>]*?>/, (open) =>
      open
        .replace(/\s(?:width|height|style)="[^"]*"/g, '')
        .replace(
          '<svg',
          `<svg width="${Math.max(1, Math.round(widthPt * PX_PER_PT))}" height="${Math.max(1, Math.round(heightPt * PX_PER_PT))}"`,
        ),
    )
    .replace(/currentColor/g, `#${color}`);
  return { ...svgToPng(sized, 1), widthPt, heightPt };
}
