/**
 * Picks font sizes so a slide's text fits its box, by estimate rather than measurement:
 * server-side export has no layout engine, and the same deck must give the same bytes.
 * The estimate errs on the large side (wide average glyphs); when even the smallest size
 * cannot hold the text, the slide is marked overfull and the CSS clips with a visible cue.
 */
import type { Block, BulletItem, Citation, Deck, Layout, Slide } from '../deck/schema';
import { formatCitations, referenceMap } from './citation';
import { pagesUsed, referenceParts, referencePlainText } from './reference-parts';
import { styledReferences } from '../references/styled';
import { CAPTION_BAND, COLUMN_GAP, SLIDE_PADDING, TITLE_BAND, slideSize } from './context';
import { inlineSetLength } from '../deck/inline-markdown';

/** Average glyph width in em for Source Sans 3 text, rounded up so estimates over-count lines. */
const GLYPH_EM = 0.5;
const BODY_SIZES = [34, 30, 27, 24, 21, 18, 16] as const;
const QUOTE_SIZES = [40, 35, 30, 26, 22, 18] as const;
const REFERENCE_SIZES = [24, 21, 19, 17, 15, 14] as const;
/** One-line titles may be large; two lines must fit the 112px title band. */
const TITLE_ONE_LINE = [44, 40] as const;
const TITLE_TWO_LINES = [38, 33, 28] as const;
/** Figures stacked under text (bullets and free layouts) take this share of the body height. */
const STACKED_FIGURE_SHARE = 0.55;

export interface Fit {
  /** Body text size in px. */
  text: number;
  /** Title size in px. */
  title: number;
  /** Index into the size ladder, 0 = largest; used as a class for styling hooks. */
  level: number;
  /** True when even the smallest size is estimated not to fit: the body is clipped. */
  overfull: boolean;
}

interface Unit {
  chars: number;
  /** Relative font size (nested bullets are smaller). */
  scale: number;
  /** Indent in em of the body size. */
  indent: number;
}

/** Lines a run of `chars` characters takes in a column `width` px wide at `size` px. */
function lines(chars: number, size: number, width: number): number {
  const perLine = Math.max(8, Math.floor(width / (size * GLYPH_EM)));
  return Math.max(1, Math.ceil(chars / perLine));
}

function bulletUnits(
  items: readonly BulletItem[],
  depth: number,
  cite: (b: { citations: Citation[] }) => number,
  out: Unit[],
): void {
  for (const item of items) {
    out.push({
      chars: inlineSetLength(item.text) + cite(item),
      scale: depth === 0 ? 1 : 0.87,
      indent: 1.3 * (depth + 1),
    });
    bulletUnits(item.children, depth + 1, cite, out);
  }
}

function textUnits(blocks: readonly Block[], deck: Deck): { units: Unit[]; figures: number } {
  const refs = referenceMap(deck.references);
  const styled = styledReferences(deck);
  const pages = pagesUsed(deck);
  const cite = (b: { citations: Citation[] }): number => {
    const c = formatCitations(b.citations, refs, styled);
    return c ? c.text.length * 0.75 + 1 : 0;
  };
  const units: Unit[] = [];
  let figures = 0;
  for (const block of blocks) {
    switch (block.type) {
      case 'bullets':
        bulletUnits(block.items, 0, cite, units);
        break;
      case 'text':
        for (const para of block.text.split(/\n\s*\n/))
          units.push({ chars: inlineSetLength(para) + cite(block), scale: 1, indent: 0 });
        break;
      case 'quote':
        units.push({ chars: inlineSetLength(block.text) + cite(block), scale: 1, indent: 1.5 });
        if (block.attribution)
          units.push({ chars: inlineSetLength(block.attribution) + 2, scale: 0.8, indent: 1.5 });
        break;
      case 'figure':
        figures++;
        break;
      case 'formula':
        // A display formula stands about two lines high; its caption is a short line.
        units.push({ chars: 1, scale: 2, indent: 0 });
        if (block.caption) units.push({ chars: block.caption.length, scale: 0.8, indent: 0 });
        break;
      case 'references':
        for (const id of block.refs) {
          const ref = refs.get(id);
          const text =
            styled?.entryText(id) ??
            (ref ? referencePlainText(referenceParts(ref, pages.get(id))) : id);
          units.push({ chars: text.length, scale: 1, indent: 2 });
        }
        break;
    }
  }
  return { units, figures };
}

function estimatedHeight(units: readonly Unit[], size: number, width: number): number {
  let h = 0;
  for (const u of units) {
    const s = size * u.scale;
    h += lines(u.chars, s, width - u.indent * size) * s * 1.25 + s * 0.4;
  }
  return h;
}

function titleSize(title: string, width: number): number {
  const chars = inlineSetLength(title);
  return (
    TITLE_ONE_LINE.find((s) => lines(chars, s, width) === 1) ??
    TITLE_TWO_LINES.find((s) => lines(chars, s, width) <= 2) ??
    28
  );
}

function ladder(layout: Layout, blocks: readonly Block[]): readonly number[] {
  if (layout === 'quote') return QUOTE_SIZES;
  if (
    layout === 'references' ||
    (blocks.length > 0 && blocks.every((b) => b.type === 'references'))
  )
    return REFERENCE_SIZES;
  return BODY_SIZES;
}

/** Blocks shown in the text column (the figure column of bullets-figure is sized separately). */
export function textColumnBlocks(slide: Slide): Block[] {
  return slide.layout === 'bullets-figure' || slide.layout === 'figure'
    ? slide.blocks.filter((b) => b.type !== 'figure')
    : slide.blocks;
}

/** Font sizes for a slide such that its text is estimated to fit. */
export function fitSlide(
  slide: Slide,
  deck: Deck,
  blocks: readonly Block[] = textColumnBlocks(slide),
): Fit {
  const { width: W, height: H } = slideSize(deck.meta.aspectRatio);
  const inner = W - 2 * SLIDE_PADDING.x;
  const title = titleSize(slide.title || deck.meta.title, inner);
  const twoColumns =
    slide.layout === 'bullets-figure' && slide.blocks.some((b) => b.type === 'figure');
  const width = twoColumns ? (inner - COLUMN_GAP) / 2 : inner;
  let height = H - SLIDE_PADDING.top - SLIDE_PADDING.bottom - TITLE_BAND;
  const { units, figures } = textUnits(blocks, deck);
  if (slide.layout === 'figure') height -= CAPTION_BAND * 2;
  else if (!twoColumns && figures > 0) height *= 1 - STACKED_FIGURE_SHARE;
  const sizes = ladder(slide.layout, blocks);
  for (let level = 0; level < sizes.length; level++) {
    const size = sizes[level]!;
    if (estimatedHeight(units, size, width) <= height)
      return { text: size, title, level, overfull: false };
  }
  return { text: sizes[sizes.length - 1]!, title, level: sizes.length - 1, overfull: true };
}
