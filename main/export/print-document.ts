/**
 * The document Chromium prints to PDF: plain static pages (no reveal.js, no script), one
 * per slide, per slide with notes, per handout sheet, or per fragment step. Each slide's
 * title stays a heading, so the tagged PDF's structure and outline are the slide titles.
 * Pure: the same static deck and options give the same document.
 */
import { exportPolicy } from './csp';
import { escapeHtml } from './escape';
import type { PdfOptions, StaticDeck, StaticSlide } from './types';

/** A4 portrait in CSS pixels (96 per inch), for the notes and handouts layouts. */
export const A4 = { width: 794, height: 1123 } as const;

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

/** A slide drawn at `scale` of its size, inside a box of the scaled size. */
function slideBox(deck: StaticDeck, html: string, scale: number): string {
  const w = Math.round(deck.width * scale);
  const h = Math.round(deck.height * scale);
  return `<div class="lx-box" style="width:${w}px;height:${h}px"><div class="lx-scaled" style="width:${deck.width}px;height:${deck.height}px;transform:scale(${scale})">${html}</div></div>`;
}

function notesText(notes: string): string {
  const paras = notes.trim() ? notes.trim().split(/\n{2,}/) : [];
  return paras.map((p) => `<p>${escapeHtml(p)}</p>`).join('');
}

function slidesPages(deck: StaticDeck, fragments: boolean): string[] {
  return deck.slides.flatMap((s) => {
    const steps = fragments ? fragmentCount(s.html) + 1 : 1;
    return Array.from({ length: steps }, (_, k) => `<div class="lx-page lx-full">${fragments ? atStep(s.html, k + 1 === steps ? Infinity : k) : s.html}</div>`);
  });
}

function notesPages(deck: StaticDeck, fragments: boolean): string[] {
  const scale = (A4.width - 96) / deck.width;
  return deck.slides.flatMap((s) => {
    const steps = fragments ? fragmentCount(s.html) + 1 : 1;
    return Array.from({ length: steps }, (_, k) =>
      `<div class="lx-page lx-notes-page">${slideBox(deck, fragments ? atStep(s.html, k + 1 === steps ? Infinity : k) : s.html, scale)}<div class="lx-notes">${notesText(s.notes)}</div></div>`,
    );
  });
}

function handoutPages(deck: StaticDeck, perPage: 3 | 6): string[] {
  const pages: string[] = [];
  const scale = (perPage === 3 ? 380 : 330) / deck.width;
  for (let i = 0; i < deck.slides.length; i += perPage) {
    const group: StaticSlide[] = deck.slides.slice(i, i + perPage);
    const cells = group.map((s) =>
      perPage === 3
        ? `<div class="lx-cell">${slideBox(deck, s.html, scale)}<div class="lx-lines" aria-hidden="true">${'<div></div>'.repeat(8)}</div></div>`
        : `<div class="lx-cell">${slideBox(deck, s.html, scale)}</div>`,
    );
    pages.push(`<div class="lx-page lx-handout lx-handout-${perPage}">${cells.join('')}</div>`);
  }
  return pages;
}

const PRINT_CSS = (w: number, h: number) => `
@page{size:${w}px ${h}px;margin:0}
html,body{margin:0;padding:0}
body{-webkit-print-color-adjust:exact;print-color-adjust:exact}
.lx-page{width:${w}px;height:${h}px;overflow:hidden;break-after:page;position:relative;box-sizing:border-box}
.lx-page:last-child{break-after:auto}
.lx-hidden{visibility:hidden}
.lx-box{position:relative;overflow:hidden;border:1px solid #999;box-sizing:content-box;flex:none}
.lx-scaled{position:absolute;left:0;top:0;transform-origin:0 0}
.lx-notes-page{padding:48px;display:flex;flex-direction:column;gap:24px}
.lx-notes{font:15px/1.45 'Source Sans 3',sans-serif;color:#111}
.lx-notes p{margin:0 0 10px;white-space:pre-wrap}
.lx-handout{padding:40px 48px;display:grid;gap:28px;align-content:start}
.lx-handout-3{grid-template-columns:1fr}
.lx-handout-3 .lx-cell{display:flex;gap:24px;height:300px}
.lx-handout-6{grid-template-columns:1fr 1fr;column-gap:30px}
.lx-lines{flex:1}
.lx-lines div{height:33px;border-bottom:1px solid #888}
`;

/** The print document for the PDF layout in `options`. */
export function printDocument(title: string, language: string, deck: StaticDeck, options: PdfOptions): PrintDocument {
  const full = options.layout === 'slides';
  const width = full ? deck.width : A4.width;
  const height = full ? deck.height : A4.height;
  const pages =
    options.layout === 'slides' ? slidesPages(deck, options.fragments)
      : options.layout === 'notes' ? notesPages(deck, options.fragments)
        : handoutPages(deck, options.handouts);
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
