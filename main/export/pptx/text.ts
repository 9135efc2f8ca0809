/**
 * Slide texts as PowerPoint text runs (pptxgenjs `TextProps`): inline Markdown becomes bold,
 * italic, code and hyperlink runs; a bullet keeps its nesting as the paragraph's indent
 * level; a citation mark is a superscript run at the end of what it cites, as on the slide.
 * Runs carry no size: the caller sets one size for the box, after fitting (geometry.ts).
 */
import type PptxGenJS from 'pptxgenjs';
import { inlineSpans } from '../../../common/deck/inline-markdown';
import { mathSegments } from '../../../common/deck/math';
import type { BulletItem, Citation, Reference } from '../../../common/deck/schema';
import { linearMath } from '../../../common/math/linear';
import { readableInlineText } from '../../../common/math/readable';
import { formatCitations } from '../../../common/render/citation';
import { referenceParts } from '../../../common/render/reference-parts';
import type { StyledReferences } from '../../../common/references/styled';
import type { Para } from './geometry';
import { FONTS, type PptxTheme } from './theme';

export type Run = PptxGenJS.TextProps;
type RunOptions = NonNullable<Run['options']>;

/** A paragraph's runs and what the fitting needs to know of it. */
export interface Paragraph {
  runs: Run[];
  para: Para;
}

/**
 * Inline Markdown as runs with `base` options; the last run may end the paragraph. A formula
 * is its linear text (`x² + y² = r²`, variables in italics), text a colleague can read and
 * edit, or its TeX as written when it has no faithful linear form (common/math/linear.ts).
 */
export function inlineRuns(text: string, base: RunOptions, theme: PptxTheme): Run[] {
  return inlineSpans(text).flatMap((s): Run[] => {
    if (s.lineBreak) return [{ text: '', options: { ...base, softBreakBefore: true } }];
    const options: RunOptions = { ...base };
    if (s.bold) options.bold = true;
    if (s.italic) options.italic = !base.italic;
    if (s.code) options.fontFace = FONTS.mono;
    if (s.href) {
      options.hyperlink = { url: s.href };
      options.color = theme.link;
    }
    return s.math ? formulaRuns(s.math.tex, s.text, options) : [{ text: s.text, options }];
  });
}

/** A formula as runs of its linear text, else one run of its TeX as `written`. */
function formulaRuns(tex: string, written: string, options: RunOptions): Run[] {
  const pieces = linearMath(tex);
  if (!pieces) return [{ text: written, options }];
  return pieces.map((p) => ({
    text: p.text,
    options: {
      ...options,
      ...(p.italic ? { italic: true } : {}),
      ...(p.bold ? { bold: true } : {}),
    },
  }));
}

/** A plain text (a figure caption: TeX but no Markdown) as runs, its formulas as in `inlineRuns`. */
export function plainRuns(text: string, options: RunOptions): Run[] {
  return mathSegments(text).flatMap((s) => {
    if (s.kind === 'text') return [{ text: s.text, options }];
    const delimiter = s.display ? '$$' : '$';
    return formulaRuns(s.tex, `${delimiter}${s.tex}${delimiter}`, options);
  });
}

/** The deck's works by id, and in its citation style when it has one. */
export interface Cites {
  refs: ReadonlyMap<string, Reference>;
  styled?: StyledReferences | undefined;
}

/** The citation mark as a superscript run, or nothing. */
export function citationRun(
  citations: readonly Citation[],
  cites: Cites,
  base: RunOptions,
  theme: PptxTheme,
): Run[] {
  const mark = formatCitations(citations, cites.refs, cites.styled);
  if (!mark) return [];
  return [
    {
      text: `\u00a0${mark.text}`,
      options: { ...base, superscript: true, color: theme.muted, bold: false, italic: false },
    },
  ];
}

/** Options of the paragraph, not the run: pptxgenjs starts a new paragraph at any run that has one. */
const PARAGRAPH_KEYS = [
  'bullet',
  'indentLevel',
  'paraSpaceAfter',
  'paraSpaceBefore',
  'align',
  'lineSpacing',
  'lineSpacingMultiple',
] as const;

/** Ends a paragraph after its last run; only its first run keeps the paragraph's options. */
function close(runs: Run[], options: RunOptions): Run[] {
  if (!runs.length) return [{ text: '', options: { ...options, breakLine: true } }];
  const out = runs.map((r, i) => {
    if (i === 0) return r;
    const o = { ...r.options };
    for (const key of PARAGRAPH_KEYS) delete o[key];
    return { ...r, options: o };
  });
  const last = out[out.length - 1]!;
  out[out.length - 1] = { ...last, options: { ...last.options, breakLine: true } };
  return out;
}

export interface BulletOptions {
  theme: PptxTheme;
  cites: Cites;
  /** Whether an item is shown (build steps hide later ones, keeping their room). */
  shown: (item: BulletItem) => boolean;
}

/** Every bullet of a list, nested ones after their parent, one paragraph each. */
export function bulletParagraphs(
  items: readonly BulletItem[],
  o: BulletOptions,
  depth = 0,
): Paragraph[] {
  const out: Paragraph[] = [];
  for (const item of items) {
    const hidden = !o.shown(item);
    const base: RunOptions = {
      fontFace: FONTS.sans,
      color: o.theme.text,
      bullet: { indent: 18 },
      indentLevel: depth,
      paraSpaceAfter: 6,
      ...(hidden ? { transparency: 100 } : {}),
    };
    const runs = [
      ...inlineRuns(item.text, base, o.theme),
      ...citationRun(item.citations, o.cites, base, o.theme),
    ];
    const chars =
      readableInlineText(item.text).length +
      (formatCitations(item.citations, o.cites.refs, o.cites.styled)?.text.length ?? 0) / 2;
    out.push({
      runs: close(runs, base),
      para: { chars, scale: depth ? 0.9 : 1, indent: 0.25 * (depth + 1) },
    });
    out.push(...bulletParagraphs(item.children, o, depth + 1));
  }
  return out;
}

/** A text block's paragraphs (split at blank lines), its citation after the last. */
export function textParagraphs(
  text: string,
  citations: readonly Citation[],
  cites: Cites,
  theme: PptxTheme,
  base: RunOptions = {},
): Paragraph[] {
  const paras = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const options: RunOptions = {
    fontFace: FONTS.sans,
    color: theme.text,
    paraSpaceAfter: 8,
    ...base,
  };
  return paras.map((p, i) => {
    const runs = inlineRuns(p, options, theme);
    if (i === paras.length - 1) runs.push(...citationRun(citations, cites, options, theme));
    return {
      runs: close(runs, options),
      para: { chars: readableInlineText(p).length, scale: 1, indent: 0 },
    };
  });
}

/** A quote: its paragraphs in the serif italic, then "— attribution" and the citation. */
export function quoteParagraphs(
  text: string,
  attribution: string | undefined,
  citations: readonly Citation[],
  cites: Cites,
  theme: PptxTheme,
): Paragraph[] {
  const body = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p): Paragraph => {
      const options: RunOptions = {
        fontFace: FONTS.serif,
        italic: true,
        color: theme.text,
        paraSpaceAfter: 6,
      };
      return {
        runs: close(inlineRuns(p, options, theme), options),
        para: { chars: p.length, scale: 1.05, indent: 0 },
      };
    });
  const by: RunOptions = { fontFace: FONTS.sans, color: theme.muted, bold: true };
  const tail: Run[] = [];
  if (attribution) tail.push({ text: '— ', options: by }, ...inlineRuns(attribution, by, theme));
  tail.push(...citationRun(citations, cites, by, theme));
  if (tail.length)
    body.push({
      runs: close(tail, by),
      para: { chars: (attribution?.length ?? 0) + 10, scale: 0.7, indent: 0 },
    });
  return body;
}

/**
 * One entry of a references slide: as the deck's citation style writes it, or else label,
 * author (year), the title in italics, the pages used.
 */
export function referenceParagraph(
  ref: Reference,
  pages: readonly string[],
  theme: PptxTheme,
  styled?: StyledReferences,
): Paragraph {
  const options: RunOptions = { fontFace: FONTS.sans, color: theme.text, paraSpaceAfter: 6 };
  const entry = styled?.entry(ref.id);
  if (entry) {
    const runs: Run[] = entry.map((r) => ({
      text: r.text,
      options: {
        ...options,
        ...(r.italic ? { italic: true } : {}),
        ...(r.bold ? { bold: true } : {}),
        ...(r.href ? { hyperlink: { url: r.href }, color: theme.link } : {}),
      },
    }));
    return {
      runs: close(runs, options),
      para: { chars: entry.reduce((n, r) => n + r.text.length, 0), scale: 1, indent: 0 },
    };
  }
  const p = referenceParts(ref, pages);
  const who = [p.author, p.year ? `(${p.year})` : ''].filter(Boolean).join(' ');
  const runs: Run[] = [{ text: `${p.label} `, options: { ...options, bold: true } }];
  if (who) runs.push({ text: `${who}${p.title || p.note ? ' ' : ''}`, options });
  if (p.title) runs.push({ text: p.title, options: { ...options, italic: true } });
  if (p.note) runs.push(...inlineRuns(p.note, options, theme));
  if (p.pages) runs.push({ text: `${who || p.title || p.note ? ', ' : ''}${p.pages}`, options });
  const chars = runs.reduce((n, r) => n + (r.text?.length ?? 0), 0);
  return { runs: close(runs, options), para: { chars, scale: 1, indent: 0 } };
}

/** The runs of several paragraphs with one font size, for one text box. */
export function sized(paragraphs: readonly Paragraph[], size: number): Run[] {
  return paragraphs.flatMap((p) =>
    p.runs.map((r) => ({
      ...r,
      options: { ...r.options, fontSize: Math.round(size * p.para.scale * 2) / 2 },
    })),
  );
}
