/**
 * Slide titles with formulas, as the PDF's bookmarks list them. Chromium's tagged PDF names a
 * bookmark after the text drawn inside the heading, else the alternative text of its parts
 * (Skia builds the outline so). A formula gave neither: KaTeX's visible markup is hidden from
 * assistive technology (untagged) and its MathML is clipped away, so "Energy $E = mc^2$" was
 * bookmarked "Energy ". So each formula of a title gets an image Chromium tags with alt text:
 * one transparent pixel whose alt is the formula read as linear text ("E = mc²", see
 * common/math/linear.ts), or its TeX where it has none. Nothing changes on the page, and the
 * PDF's text (copy, search) stays as it was.
 */
import { readableFormula } from '../../common/math/readable';
import { escapeHtml } from './escape';

/** A 1×1 transparent GIF: drawn (so Chromium tags it), seen by nobody. */
const PIXEL = 'data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7';

/** Out of the line's layout, so the title sets exactly as before. */
export const OUTLINE_CSS = '.lx-outline-alt{position:absolute;width:1px;height:1px}';

const TITLE = /(<h([1-6]) class="lectern-title"[^>]*>)([\s\S]*?)(<\/h\2>)/g;
/** KaTeX's MathML part, whose annotation is the TeX, then its visible part. */
const FORMULA =
  /(<annotation encoding="application\/x-tex">([^<]*)<\/annotation>[\s\S]*?)(<span class="katex-html")/g;

/** Undoes KaTeX's escaping of the TeX in its annotation. */
function unescapeKatex(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#x27|#39);/g, (_, name: string) => {
    switch (name) {
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'quot':
        return '"';
      case 'amp':
        return '&';
      default:
        return "'";
    }
  });
}

/** A slide's markup with every formula in its title given bookmark text. */
export function outlineFormulas(html: string): string {
  if (!html.includes('katex-html')) return html;
  return html.replace(
    TITLE,
    (_all, open: string, _level: string, inner: string, close: string) =>
      open +
      inner.replace(FORMULA, (_m, mathml: string, tex: string, visible: string) => {
        const alt = escapeHtml(readableFormula(unescapeKatex(tex), false));
        return `${mathml}<img class="lx-outline-alt" alt="${alt}" src="${PIXEL}">${visible}`;
      }) +
      close,
  );
}
