/**
 * The self-contained HTML export as one string: reveal.js, the theme, fonts, images and
 * charts all inside, a strict Content-Security-Policy pinning the two inline scripts by
 * hash, and — only when notes are exported — the notes as JSON for the speaker view (notes
 * with a formula also as inert `<template>` markup, typeset, which the player clones).
 * Pure: the same static deck and options give the same bytes.
 */
import { exportPolicy } from './csp';
import { escapeHtml, jsonForScript, scriptBody } from './escape';
import { hasMathMarkup } from './katex-css';
import type { Runtime } from './runtime';
import type { StaticDeck } from './types';

export interface HtmlDocumentInput {
  title: string;
  language: string;
  deck: StaticDeck;
  runtime: Runtime;
  /** Include the notes and the speaker view (false: the student copy). */
  notes: boolean;
}

/**
 * The page around the slides. The slide view letterboxes each slide, a fixed-size box that
 * reveal.js scales to fit the window, on black whatever the theme (as the app's presenter);
 * the slide number sits left of the arrows, the progress bar along the bottom edge.
 * The speaker view puts the current slide top left with the timer under it and the next
 * slide and notes on the right; its own styles are scoped to classes, never to element
 * names, so nothing of them reaches the slide preview. The reading view is reveal.js's
 * scroll view: one slide per row, as wide as the window (up to a readable column), with a
 * gap between slides and the toolbar as a bar of its own.
 */
const PAGE_CSS = `
html,body{margin:0;height:100%}
.reveal-viewport{background:#000}
.lx-toolbar{position:fixed;top:8px;right:8px;z-index:40;display:flex;gap:6px}
.lx-toolbar button{font:14px/1.2 'Source Sans 3',sans-serif;padding:4px 10px;border:1px solid #555;border-radius:4px;background:#fff;color:#111;cursor:pointer;opacity:.85}
.lx-toolbar button[aria-pressed=true]{background:#d6e2f5;border-color:#1f4e99;opacity:1}
.lx-toolbar button:focus-visible{outline:3px solid #7aa7ff;outline-offset:1px;opacity:1}
.reveal .slides>section.lectern-slide{padding:48px 64px 40px}
.reveal .slide-number{font:600 15px/1 'Source Sans 3',sans-serif;color:#fff;background:rgba(0,0,0,.75);padding:5px 8px;border-radius:4px;right:112px;bottom:28px}
.reveal .slide-number a{color:#fff;text-decoration:none}
.reveal .progress{height:4px;background:rgba(255,255,255,.18);color:#6b8fc7}
.reveal .controls{color:#fff;filter:drop-shadow(0 0 1px #000) drop-shadow(0 0 2px rgba(0,0,0,.8))}
.reveal-viewport.reveal-scroll{background:#2b2e35}
.reveal-viewport.reveal-scroll .slides{padding-top:48px}
.reveal-scroll .lx-toolbar{top:0;right:0;left:0;padding:8px;justify-content:flex-end;background:#2b2e35}
.reveal-viewport.reveal-scroll .scroll-page{height:calc(var(--page-height) + var(--page-scroll-padding) + 16px)}
.reveal-viewport.reveal-scroll .scroll-page section.lectern-slide{display:flex!important}
body.lx-speaking .reveal{position:fixed;top:0;left:0;width:62vw!important;height:auto!important;aspect-ratio:var(--lx-aspect)}
#lx-speaker{position:fixed;top:0;right:0;bottom:0;width:38vw;box-sizing:border-box;padding:48px 16px 16px;background:#1d1f24;color:#f4f4f6;font:18px/1.4 'Source Sans 3',sans-serif;display:flex;flex-direction:column;gap:10px;z-index:30}
#lx-speaker[hidden]{display:none}
.lx-label{font-size:15px;font-weight:600;margin:0;text-transform:uppercase;letter-spacing:.05em;color:#c9cbd3}
#lx-next{position:relative;width:100%;aspect-ratio:var(--lx-aspect);overflow:hidden;background:#fff;color:#111;flex:none}
.lx-preview{position:absolute;left:0;top:0;transform-origin:0 0;pointer-events:none}
#lx-notes{flex:1;overflow:auto;white-space:pre-wrap;font-size:22px;margin:0}
.lx-times{position:fixed;left:0;top:calc(62vw * var(--lx-tall));width:62vw;box-sizing:border-box;padding:12px 24px;display:flex;flex-wrap:wrap;gap:8px 32px;font-variant-numeric:tabular-nums;font-size:28px;color:#f4f4f6}
@media print{.lx-toolbar,#lx-speaker{display:none}}
`;

function speakerView(): string {
  return [
    '<aside id="lx-speaker" aria-label="Speaker view" hidden>',
    '<div class="lx-times"><span id="lx-position"></span><span>Elapsed <span id="lx-elapsed">00:00</span></span><span>Clock <span id="lx-clock"></span></span></div>',
    '<h2 class="lx-label">Next slide</h2><div id="lx-next" aria-hidden="true"></div>',
    '<h2 class="lx-label">Notes</h2><div id="lx-notes"></div>',
    '</aside>',
  ].join('');
}

/**
 * Notes that hold a formula, as markup the player puts in the speaker view: server-rendered
 * (text escaped, TeX typeset by KaTeX) and inert until cloned. Other notes stay text only.
 */
function notesTemplates(deck: HtmlDocumentInput['deck']): string {
  return deck.slides
    .map((s, i) =>
      s.notesHtml && hasMathMarkup(s.notesHtml)
        ? `<template class="lx-note" data-slide="${i}">${s.notesHtml}</template>`
        : '',
    )
    .join('');
}

/** Builds the exported HTML file. */
export function htmlDocument(input: HtmlDocumentInput): string {
  const { deck, runtime } = input;
  const revealJs = scriptBody(runtime.revealJs);
  const playerJs = scriptBody(runtime.playerJs);
  const data = {
    width: deck.width,
    height: deck.height,
    ...(input.notes ? { notes: deck.slides.map((s) => s.notes) } : {}),
  };
  const sections = deck.slides.map((s) => s.html).join('\n');
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(input.language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${exportPolicy([revealJs, playerJs])}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Lectern">',
    `<title>${escapeHtml(input.title)}</title>`,
    `<style>${runtime.revealCss}</style>`,
    `<style>${deck.css}</style>`,
    `<style>:root{--lx-aspect:${deck.width}/${deck.height};--lx-tall:${deck.height / deck.width}}${PAGE_CSS}</style>`,
    '</head>',
    '<body>',
    `<div class="lx-toolbar"><button type="button" id="lx-reading">Reading view</button>${input.notes ? '<button type="button" id="lx-talk" aria-pressed="false">Speaker view</button>' : ''}</div>`,
    '<main class="reveal" aria-label="Slides"><div class="slides">',
    sections,
    '</div></main>',
    input.notes ? speakerView() + notesTemplates(deck) : '',
    `<script type="application/json" id="lx-data">${jsonForScript(data)}</script>`,
    `<script>${revealJs}</script>`,
    `<script>${playerJs}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
