/**
 * The document Chromium prints to PDF: plain static pages (no reveal.js, no script), one
 * per slide, per slide with notes, per handout sheet, or per fragment step. Each slide's
 * title stays a heading, so the tagged PDF's structure and outline are the slide titles.
 * Pure: the same static deck and options give the same document.
 */
import { exportPolicy } from './csp';
import { escapeHtml } from './escape';
import type { PaperSize } from '../../common/deck/schema';
import { notesFontSize } from './notes-fit';
import { OUTLINE_CSS, outlineFormulas } from './pdf-outline';
import type { PdfOptions, StaticDeck, StaticSlide } from './types';

/** Portrait paper in CSS pixels (96 per inch), for the notes and handouts layouts. */
export const PAPER: Readonly<
  Record<PaperSize, { readonly width: number; readonly height: number }>
> = {
  a4: { width: 794, height: 1123 },
  letter: { width: 816, height: 1056 },
};
/** A4 portrait in CSS pixels. */
export const A4 = PAPER.a4;

export interface PrintDocument {
  html: string;
  /** Page size in CSS pixels. */
  width: number;
  height: number;
  /** Pages the PDF will have. */
  pages: number;
}

/** How many fragments a slide's markup has (elements with the class `fragment`). */
export function fragmentCount(html: string): number {
  let n = 0;
  for (const m of html.matchAll(/\bclass="([^"]*)"/g)) if (/(^|\s)fragment(\s|$)/.test(m[1]!)) n++;
  return n;
}

/** The slide's markup at fragment step `step`: fragments from index `step` on are hidden. */
export function atStep(html: string, step: number): string {
  let i = 0;
  return html.replace(/\bclass="([^"]*)"/g, (all, cls: string) => {
    if (!/(^|\s)fragment(\s|$)/.test(cls)) return all;
    return i++ >= step ? `class="${cls} lx-hidden"` : all;
  });
}

/**
 * A slide drawn whole at `scale` of its size, inside a box of the scaled size. The transform
 * only paints smaller: the slide is still laid out at full size, so the box is contained
 * (size, layout, paint) to keep Chromium's page breaking out of it. Without that, a slide
 * low on a sheet ran past the page edge in layout terms and lost its lower part (a long
 * slide's last bullets, a figure's image) to a page that was never printed.
 */
function slideBox(deck: StaticDeck, html: string, scale: number): string {
  const w = Math.floor(deck.width * scale);
  const h = Math.floor(deck.height * scale);
  return `<div class="lx-box" style="width:${w}px;height:${h}px"><div class="lx-scaled" style="width:${deck.width}px;height:${deck.height}px;transform:scale(${scale})">${html}</div></div>`;
}

/** The markup of step `k` of `steps` (the last step shows every fragment). */
const stepHtml = (html: string, k: number, steps: number) =>
  atStep(html, k + 1 === steps ? Infinity : k);

function notesText(notes: string): string {
  const paras = notes.trim() ? notes.trim().split(/\n{2,}/) : [];
  return paras.map((p) => `<p>${escapeHtml(p)}</p>`).join('');
}

function slidesPages(deck: StaticDeck, fragments: boolean): string[] {
  return deck.slides.flatMap((s) => {
    const steps = fragments ? fragmentCount(s.html) + 1 : 1;
    return Array.from(
      { length: steps },
      (_, k) =>
        `<div class="lx-page lx-full">${fragments ? stepHtml(s.html, k, steps) : s.html}</div>`,
    );
  });
}

/** Page margin of the notes layout, and the gap between slide and notes. */
const NOTES_MARGIN = 48;
const NOTES_GAP = 24;

function notesPages(deck: StaticDeck, fragments: boolean, paper: Paper): string[] {
  const inner = paper.width - 2 * NOTES_MARGIN;
  // The slide as wide as the text column, but never more than 45% of the page's height.
  const scale = Math.min((inner - 2) / deck.width, (paper.height * 0.45) / deck.height);
  const room = paper.height - 2 * NOTES_MARGIN - Math.floor(deck.height * scale) - 2 - NOTES_GAP;
  return deck.slides.flatMap((s) => {
    const steps = fragments ? fragmentCount(s.html) + 1 : 1;
    const size = notesFontSize(s.notes, inner, room);
    return Array.from(
      { length: steps },
      (_, k) =>
        `<div class="lx-page lx-notes-page">${slideBox(deck, fragments ? stepHtml(s.html, k, steps) : s.html, scale)}<div class="lx-notes" style="font-size:${size}px">${s.notesHtml ?? notesText(s.notes)}</div></div>`,
    );
  });
}

/** Handout sheet margins and gaps, in CSS px. */
const SHEET = {
  top: 40,
  side: 48,
  rowGap: 28,
  columnGap: 30,
  linesGap: 24,
  lineHeight: 33,
} as const;

/** The geometry of a handout sheet: every slide box scaled to fit its cell whole, whatever the paper and aspect. */
function handoutGeometry(
  deck: StaticDeck,
  perPage: 3 | 6,
  paper: Paper,
): { scale: number; rowHeight: number; lines: number } {
  const inner = paper.width - 2 * SHEET.side;
  const rowHeight = Math.floor((paper.height - 2 * SHEET.top - 2 * SHEET.rowGap) / 3);
  // Three a page: the slide takes a little over half the width, the lines to write on the rest.
  const cellWidth =
    perPage === 3 ? Math.floor(inner * 0.545) : Math.floor((inner - SHEET.columnGap) / 2);
  const scale = Math.min((cellWidth - 2) / deck.width, (rowHeight - 2) / deck.height);
  const lines = Math.max(0, Math.floor((rowHeight - 12) / SHEET.lineHeight));
  return { scale, rowHeight, lines };
}

function handoutPages(deck: StaticDeck, perPage: 3 | 6, paper: Paper): string[] {
  const pages: string[] = [];
  const { scale, rowHeight, lines } = handoutGeometry(deck, perPage, paper);
  for (let i = 0; i < deck.slides.length; i += perPage) {
    const group: StaticSlide[] = deck.slides.slice(i, i + perPage);
    const cells = group.map((s) =>
      perPage === 3
        ? `<div class="lx-cell">${slideBox(deck, s.html, scale)}<div class="lx-lines" aria-hidden="true">${'<div></div>'.repeat(lines)}</div></div>`
        : `<div class="lx-cell">${slideBox(deck, s.html, scale)}</div>`,
    );
    pages.push(
      `<div class="lx-page lx-handout lx-handout-${perPage}" style="grid-template-rows:repeat(3,${rowHeight}px)">${cells.join('')}</div>`,
    );
  }
  return pages;
}

type Paper = (typeof PAPER)[PaperSize];

const PRINT_CSS = (w: number, h: number) => `
@page{size:${w}px ${h}px;margin:0}
html,body{margin:0;padding:0}
body{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.lx-page{width:${w}px;height:${h}px;overflow:hidden;break-after:page;position:relative;box-sizing:border-box}
.lx-page:last-child{break-after:auto}
.lx-hidden{visibility:hidden}
.lx-box{position:relative;overflow:hidden;border:1px solid #999;box-sizing:content-box;flex:none;contain:strict;break-inside:avoid}
.lx-scaled{position:absolute;left:0;top:0;transform-origin:0 0}
.lx-notes-page{padding:${NOTES_MARGIN}px;display:flex;flex-direction:column;gap:${NOTES_GAP}px}
.lx-page.lx-notes-page{height:auto;min-height:${h}px;overflow:visible;box-decoration-break:clone;-webkit-box-decoration-break:clone}
.lx-notes-page .lx-box{align-self:center}
.lx-notes{font-family:'Source Sans 3',sans-serif;line-height:1.45;color:#111;overflow-wrap:break-word}
.lx-notes p{margin:0 0 0.65em;white-space:pre-wrap}
.lx-handout{padding:${SHEET.top}px ${SHEET.side}px;display:grid;row-gap:${SHEET.rowGap}px;align-content:start}
.lx-handout-3{grid-template-columns:1fr}
.lx-handout-3 .lx-cell{display:flex;gap:${SHEET.linesGap}px;min-height:0}
.lx-handout-6{grid-template-columns:1fr 1fr;column-gap:${SHEET.columnGap}px}
.lx-handout-6 .lx-cell{display:flex;justify-content:center;min-height:0}
.lx-lines{flex:1}
.lx-lines div{height:${SHEET.lineHeight - 1}px;border-bottom:1px solid #888}
${OUTLINE_CSS}
`;

/**
 * The print document for the PDF layout in `options`: slides pages at the deck's own size,
 * notes and handouts on `options.paper` (A4 when the caller has not resolved one).
 */
export function printDocument(
  title: string,
  language: string,
  printed: StaticDeck,
  options: PdfOptions,
): PrintDocument {
  // The bookmarks are the slide titles: a formula in one is listed as linear text.
  const deck = {
    ...printed,
    slides: printed.slides.map((s) => ({ ...s, html: outlineFormulas(s.html) })),
  };
  const full = options.layout === 'slides';
  const paper = PAPER[options.paper ?? 'a4'];
  const width = full ? deck.width : paper.width;
  const height = full ? deck.height : paper.height;
  const pages =
    options.layout === 'slides'
      ? slidesPages(deck, options.fragments)
      : options.layout === 'notes'
        ? notesPages(deck, options.fragments, paper)
        : handoutPages(deck, options.handouts, paper);
  const html = [
    '<!doctype html>',
    `<html lang="${escapeHtml(language)}">`,
    '<head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${exportPolicy([])}">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${deck.css}</style>`,
    `<style>${PRINT_CSS(width, height)}</style>`,
    '</head><body>',
    pages.join('\n'),
    '</body></html>',
    '',
  ].join('\n');
  return { html, width, height, pages: pages.length };
}
