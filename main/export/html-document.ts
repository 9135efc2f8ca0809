/**
 * The self-contained HTML export as one string: reveal.js, the theme, fonts, images and
 * charts all inside, a strict Content-Security-Policy pinning the two inline scripts by
 * hash, and — only when notes are exported — the notes as JSON for the speaker view.
 * Pure: the same static deck and options give the same bytes.
 */
import { exportPolicy } from './csp';
import { escapeHtml, jsonForScript, scriptBody } from './escape';
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

/** Layout of the page around the slides: toolbar, speaker view, the next-slide preview. */
const PAGE_CSS = `
html,body{margin:0;height:100%}
.lx-toolbar{position:fixed;top:8px;right:8px;z-index:40;display:flex;gap:6px}
.lx-toolbar button{font:14px/1.2 'Source Sans 3',sans-serif;padding:4px 10px;border:1px solid #555;border-radius:4px;background:#fff;color:#111;cursor:pointer;opacity:.85}
.lx-toolbar button:focus-visible{outline:3px solid #1f4e99;opacity:1}
.reveal .slides>section.lectern-slide{padding:48px 64px 40px}
body.lx-speaking .reveal{width:62vw!important}
#lx-speaker{position:fixed;top:0;right:0;bottom:0;width:38vw;box-sizing:border-box;padding:48px 16px 16px;background:#1d1f24;color:#f4f4f6;font:18px/1.4 'Source Sans 3',sans-serif;display:flex;flex-direction:column;gap:10px;z-index:30}
#lx-speaker[hidden]{display:none}
#lx-speaker h2{font-size:15px;margin:0;text-transform:uppercase;letter-spacing:.05em;color:#c9cbd3}
#lx-next{position:relative;width:100%;aspect-ratio:var(--lx-aspect);overflow:hidden;background:#fff;color:#111;flex:none}
.lx-preview{position:absolute;left:0;top:0;transform-origin:0 0;pointer-events:none}
#lx-notes{flex:1;overflow:auto;white-space:pre-wrap;font-size:22px;margin:0}
.lx-times{display:flex;gap:18px;font-variant-numeric:tabular-nums;font-size:22px}
@media print{.lx-toolbar,#lx-speaker{display:none}}
`;

function speakerView(): string {
  return [
    '<aside id="lx-speaker" aria-label="Speaker view" hidden>',
    '<div class="lx-times"><span id="lx-position"></span><span>Elapsed <span id="lx-elapsed">00:00</span></span><span>Clock <span id="lx-clock"></span></span></div>',
    '<h2>Next slide</h2><div id="lx-next" aria-hidden="true"></div>',
    '<h2>Notes</h2><div id="lx-notes"></div>',
    '</aside>',
  ].join('');
}

/** Builds the exported HTML file. */
export function htmlDocument(input: HtmlDocumentInput): string {
  const { deck, runtime } = input;
  const revealJs = scriptBody(runtime.revealJs);
  const playerJs = scriptBody(runtime.playerJs);
  const data = { width: deck.width, height: deck.height, ...(input.notes ? { notes: deck.slides.map((s) => s.notes) } : {}) };
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
    `<style>:root{--lx-aspect:${deck.width}/${deck.height}}${PAGE_CSS}</style>`,
    '</head>',
    '<body>',
    `<div class="lx-toolbar"><button type="button" id="lx-reading">Reading view</button>${input.notes ? '<button type="button" id="lx-talk">Speaker view</button>' : ''}</div>`,
    '<main class="reveal" aria-label="Slides"><div class="slides">',
    sections,
    '</div></main>',
    input.notes ? speakerView() : '',
    `<script type="application/json" id="lx-data">${jsonForScript(data)}</script>`,
    `<script>${revealJs}</script>`,
    `<script>${playerJs}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
