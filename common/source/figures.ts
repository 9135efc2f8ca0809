/**
 * Figures of a reading: which paragraph next to an image is its caption, and what the caption
 * says (label, text, citations). Readings caption images in two ways that this accepts: a
 * labelled paragraph ("Figure 1: …", "Fig. 2. …", "Map 3 — …") just after or just before the
 * image, or an emphasised paragraph just after it (Markdown `*…*`; Word's Caption style, which
 * the .docx importer writes the same way). Pure: no Node, no DOM.
 */
import type { Sentence, SourceCitation } from './model';

/** The words readings put before a figure's number. */
const WORDS = String.raw`(?:Figure|Fig\.|Chart|Graph|Map|Plate|Illustration|Diagram|Exhibit|Photo(?:graph)?|Image)`;
/**
 * A caption's label: the word and its number, then punctuation or the end ("Figure 1:", "Fig. 2.",
 * "Map IV —"); or the word alone before punctuation ("Figure: …"), which is what is left of a
 * Word caption whose number was a simple field (mammoth drops `w:fldSimple`).
 */
const LABEL = new RegExp(
  String.raw`^\s*(?:(${WORDS}\s+(?:\d{1,3}(?:\.\d{1,3})?[a-z]?|[IVXLC]{1,6}))\s*(?:[.:–—|]\s*|-\s+|$)|(${WORDS})\s*[.:–—|]\s*)`,
  'i',
);

/** A caption longer than this is body text that happens to follow an image. */
const MAX_CAPTION_WORDS = 80;

/** The whole paragraph in one emphasis (`*…*`, `_…_`, `**…**`), as a caption is set. */
function emphasised(raw: string): boolean {
  const t = raw.trim();
  return /^(\*{1,2}|_{1,2})\S[\s\S]*\S\1$/.test(t) || /^(\*|_)\S\1$/.test(t);
}

/**
 * A caption set in one emphasis, without it: `*Figure 1. A. B.*` → `Figure 1. A. B.`, so
 * emphasis that spans the caption's sentences does not stay on the first and last of them.
 * `start` moves with the text, keeping offsets into the source exact.
 */
export function unwrapEmphasis(text: string, start: number): { text: string; start: number } {
  const m = /^(\s*)(\*{1,2}|_{1,2})(\S[\s\S]*\S|\S)\2\s*$/.exec(text);
  if (!m || /[*_]/.test(m[3]!.replace(/\\[*_]/g, ''))) return { text, start };
  return { text: m[3]!, start: start + m[1]!.length + m[2]!.length };
}

/** The label a caption starts with ("Figure 1"), read after inline Markdown is removed. */
export function captionLabel(plain: string): string | undefined {
  const m = LABEL.exec(plain);
  return (m?.[1] ?? m?.[2])?.replace(/\s+/g, ' ');
}

/**
 * Whether the paragraph `raw` (its Markdown as written; `plain` without inline marks) captions
 * an image it stands next to. `after` says it follows the image: only a following paragraph may
 * be a caption by emphasis alone, since an italic paragraph before an image is usually prose.
 */
export function isCaption(raw: string, plain: string, after: boolean): boolean {
  if (plain.split(/\s+/).filter(Boolean).length > MAX_CAPTION_WORDS) return false;
  if (captionLabel(plain)) return true;
  return after && emphasised(raw);
}

export interface CaptionText {
  label?: string;
  caption: string;
  citations: SourceCitation[];
}

/**
 * What a caption paragraph says, from its sentences (citation markers already removed): its
 * label, its text without the label, and its citations. A caption that is one phrase loses
 * its closing full stop, as captions on slides are set.
 */
export function captionText(sentences: readonly Sentence[]): CaptionText {
  const whole = sentences
    .map((s) => s.text)
    .join(' ')
    .trim();
  const label = captionLabel(whole);
  let caption = label ? whole.replace(LABEL, '').trim() : whole;
  if (!/[.!?]\s/.test(caption)) caption = caption.replace(/(?<!\.)\.$/, '');
  const citations: SourceCitation[] = [];
  const seen = new Set<string>();
  for (const s of sentences) {
    for (const c of s.citations) {
      const key = `${c.key}|${c.pages ?? ''}`;
      if (!seen.has(key)) citations.push(c);
      seen.add(key);
    }
  }
  return { ...(label ? { label } : {}), caption, citations };
}

/**
 * Alt text that is only a file name or a placeholder says nothing about the image; nor does
 * the guess Word writes by itself ("Chart, line chart Description automatically generated"),
 * for which the reading's caption is the better description.
 */
export function meaningfulAlt(alt: string): string {
  const t = alt.replace(/\s+/g, ' ').trim();
  if (/Description automatically generated(?: with (?:low|medium|high) confidence)?\.?$/i.test(t))
    return '';
  if (!t || /^[\w.-]+\.(?:png|jpe?g|gif|webp|svg|avif|bmp|tiff?|emf|wmf)$/i.test(t)) return '';
  if (/^(?:image|picture|figure|graphic|img|photo)\s*\d*$/i.test(t)) return '';
  return t;
}
