/**
 * Slides to static HTML on the Node side, for the HTML and PDF exporters and the tests:
 * the same SlideView the editor uses, rendered with react-dom/server (common/ may not
 * import react-dom). Deterministic: the same deck and context give the same bytes.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { createElement, Fragment } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { chartSpecRefusal } from '../../common/deck/chart-spec';
import { THEMES, type Deck, type Slide, type Theme } from '../../common/deck/schema';
import { chartFailureReason, chartPlaceholderSvg } from '../../common/render/chart-placeholder';
import { chartBox } from '../../common/render/chart-size';
import type { RenderMode, SlideRenderContext } from '../../common/render/context';
import { renderMathText } from '../../common/render/math';
import { SlideView } from '../../common/render/SlideView';
import { chartSandbox, type ChartSandbox } from './chart-worker-pool';
import { escapeAsReact } from './escape';

export interface StaticRenderOptions {
  /** Include speaker notes as reveal.js `<aside class="notes">` (present/export). Default true. */
  notes?: boolean;
}

/** One slide as an HTML `<section>` string. */
export function renderSlideHtml(
  deck: Deck,
  slide: Slide,
  index: number,
  ctx: SlideRenderContext,
  mode: RenderMode,
  options: StaticRenderOptions = {},
): string {
  return renderToStaticMarkup(
    createElement(SlideView, { slide, deck, index, ctx, mode, notes: options.notes ?? true }),
  );
}

/** Speaker notes as markup: a `<p>` per paragraph, the text escaped, formulas typeset by KaTeX. */
export function renderNotesHtml(notes: string): string {
  const paras = notes.trim() ? notes.trim().split(/\n{2,}/) : [];
  // Without a formula each paragraph is one text node, which React writes escaped: as here.
  if (!notes.includes('$')) return paras.map((p) => `<p>${escapeAsReact(p)}</p>`).join('');
  return renderToStaticMarkup(
    createElement(
      Fragment,
      null,
      ...paras.map((p, i) => createElement('p', { key: i }, renderMathText(p))),
    ),
  );
}

/** Every slide, one `<section>` per line; hidden slides are left out when presenting or exporting. */
export function renderDeckSlidesHtml(
  deck: Deck,
  ctx: SlideRenderContext,
  mode: RenderMode,
  options: StaticRenderOptions = {},
): string {
  const skipHidden = mode === 'present' || mode === 'export';
  return deck.slides
    .map((slide, index) =>
      skipHidden && slide.hidden ? '' : renderSlideHtml(deck, slide, index, ctx, mode, options),
    )
    .filter(Boolean)
    .join('\n');
}

export interface ChartFailure {
  figureId: string;
  slideIndex: number;
  /** Why, in words for a lecturer (without "The chart could not be drawn"). */
  what: string;
}

export interface ChartRenderOptions {
  /** Where the charts are drawn: the process's shared sandbox unless given (tests pass their own limits). */
  sandbox?: ChartSandbox;
}

/**
 * SVG for every chart figure of the deck, by figure id, drawn at its layout's size, each in
 * the chart sandbox (a worker thread with a time and a heap limit: chart-worker-pool.ts). A
 * chart that cannot be drawn (refused by the chart check, past its limits, or refused by
 * Vega) gets a placeholder saying "This chart could not be drawn" and why, and an entry in
 * `failures`; the other charts are drawn as ever.
 */
export async function renderChartsForDeck(
  deck: Deck,
  theme: Theme = deck.meta.theme,
  failures: ChartFailure[] = [],
  options: ChartRenderOptions = {},
): Promise<Record<string, string>> {
  const charts: Record<string, string> = {};
  for (const [slideIndex, slide] of deck.slides.entries()) {
    for (const block of slide.blocks) {
      if (block.type !== 'figure' || block.figure.kind !== 'chart') continue;
      const box = chartBox(slide.layout, deck.meta.aspectRatio);
      // Refused here, it never reaches a worker; the worker's chartToSvg checks it again.
      const refusal = chartSpecRefusal(block.figure.spec);
      const drawn = refusal
        ? { ok: false as const, reason: refusal }
        : await (options.sandbox ?? chartSandbox()).draw(block.figure.spec, {
            theme,
            ...box,
            idPrefix: `chart-${block.id}`,
          });
      if (drawn.ok) {
        charts[block.id] = drawn.svg;
        continue;
      }
      const what = chartFailureReason(drawn.reason);
      failures.push({ figureId: block.id, slideIndex, what });
      charts[block.id] = chartPlaceholderSvg(what, { theme, ...box });
    }
  }
  return charts;
}

/** The folder of the app's bundled assets (themes, fonts) when running from the source tree. */
export const DEFAULT_ASSETS_DIR = fileURLToPath(new URL('../../assets/', import.meta.url));

export interface StyleFiles {
  /** @font-face rules; their `url('./x.woff2')` are relative to this file's folder. */
  fonts: string;
  /** Every woff2 file fonts.css refers to. */
  fontFiles: readonly string[];
  base: string;
  themes: Readonly<Record<Theme, string>>;
}

const FONT_NAMES = [
  ...['cyrillic', 'latin-ext', 'latin'].flatMap((subset) =>
    ['400-normal', '400-italic', '600-normal', '700-normal', '700-italic'].map(
      (w) => `source-sans-3-${subset}-${w}.woff2`,
    ),
  ),
  ...['latin-ext', 'latin'].flatMap((subset) =>
    ['400-normal', '400-italic', '600-normal'].map((w) => `source-serif-4-${subset}-${w}.woff2`),
  ),
];

/** Absolute paths of the slide stylesheets and font files, for the exporters to inline. */
export function styleFiles(assetsDir: string = DEFAULT_ASSETS_DIR): StyleFiles {
  return {
    fonts: join(assetsDir, 'fonts', 'fonts.css'),
    fontFiles: FONT_NAMES.map((name) => join(assetsDir, 'fonts', name)),
    base: join(assetsDir, 'themes', 'base.css'),
    themes: Object.fromEntries(
      THEMES.map((t) => [t, join(assetsDir, 'themes', `${t}.css`)]),
    ) as Record<Theme, string>,
  };
}

/**
 * One self-contained stylesheet for slides: fonts inlined as data: URIs, the base rules and
 * the given themes. Nothing in it refers to a file or the network.
 */
export async function slideStylesheet(
  themes: readonly Theme[] = THEMES,
  assetsDir: string = DEFAULT_ASSETS_DIR,
): Promise<string> {
  const files = styleFiles(assetsDir);
  const fontsDir = join(assetsDir, 'fonts');
  let fonts = await readFile(files.fonts, 'utf8');
  const urls = [
    ...new Set([...fonts.matchAll(/url\('\.\/([A-Za-z0-9._-]+\.woff2)'\)/g)].map((m) => m[1]!)),
  ];
  for (const name of urls) {
    const data = (await readFile(join(fontsDir, name))).toString('base64');
    fonts = fonts.split(`url('./${name}')`).join(`url(data:font/woff2;base64,${data})`);
  }
  const parts = [fonts, await readFile(files.base, 'utf8')];
  for (const theme of themes) parts.push(await readFile(files.themes[theme], 'utf8'));
  return parts.join('\n');
}
