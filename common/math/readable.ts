/**
 * Texts as a reader without a typesetter sees them: each formula as its linear text
 * (./linear.ts: `$E = mc^2$` reads "E = mc²"), or as its TeX with its dollar signs where it has
 * none. For plain-text outputs: PowerPoint's speaker notes and captions, a PDF's bookmarks, the
 * exports' list of slide titles.
 */
import { inlinePlainText } from '../deck/inline-markdown';
import { mathSegments } from '../deck/math';
import { linearMathText } from './linear';

/** One formula as linear text, else its TeX as written. */
export function readableFormula(tex: string, display: boolean): string {
  const delimiter = display ? '$$' : '$';
  return linearMathText(tex) ?? `${delimiter}${tex}${delimiter}`;
}

/** A plain text (notes, a caption), its formulas readable; `\$` is a dollar sign. */
export function readablePlainText(text: string): string {
  if (!text.includes('$')) return text;
  return mathSegments(text)
    .map((s) => (s.kind === 'text' ? s.text : readableFormula(s.tex, s.display)))
    .join('');
}

/**
 * Inline Markdown as the words a reader sees, as `inlinePlainText` gives them, with formulas
 * readable rather than TeX.
 */
export function readableInlineText(text: string): string {
  return inlinePlainText(text, readableFormula);
}
