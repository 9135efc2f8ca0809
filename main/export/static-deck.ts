/**
 * From a deck to the static slides every exporter works from: the shared SlideView rendered
 * on the server (render-static.ts), with images and charts embedded and fonts inlined — only
 * the font faces whose characters the deck uses, to keep the file small.
 */
import { readFile } from 'node:fs/promises';
import type { Deck } from '../../common/deck/schema';
import { warning } from '../../common/deck/problems';
import { slideSize } from '../../common/render/context';
import { readableInlineText } from '../../common/math/readable';
import { notesForExport } from '../../common/render/lecturer-only';
import { codePoints, inlineFontCss } from './fonts';
import { embedImages } from './images';
import { hasMathMarkup, katexStylesheet } from './katex-css';
import {
  renderChartsForDeck,
  renderNotesHtml,
  renderSlideHtml,
  styleFiles,
  type ChartFailure,
} from './render-static';
import type { StaticDeck } from './types';

/**
 * The plain-text title of a slide as exports list it (outline, speaker view), its formulas as
 * linear text (`E = mc²`); never empty.
 */
export function slideTitle(deck: Deck, index: number): string {
  const slide = deck.slides[index]!;
  const title = slide.layout === 'title' ? slide.title || deck.meta.title : slide.title;
  return readableInlineText(title) || `Slide ${index + 1}`;
}

/** Renders the visible slides of `deck` (whose files are in `deckDir`) to static markup. */
export async function staticDeck(deck: Deck, deckDir: string): Promise<StaticDeck> {
  const failures: ChartFailure[] = [];
  const [images, charts] = await Promise.all([
    embedImages(deck, deckDir),
    renderChartsForDeck(deck, deck.meta.theme, failures),
  ]);
  const ctx = { assetUrl: (rel: string) => images.url.get(rel), charts };
  const slides = deck.slides.flatMap((slide, index) => {
    if (slide.hidden) return [];
    const notes = notesForExport(slide.notes);
    return [
      {
        id: slide.id,
        title: slideTitle(deck, index),
        html: renderSlideHtml(deck, slide, index, ctx, 'export', { notes: false }),
        notes,
        notesHtml: renderNotesHtml(notes),
      },
    ];
  });
  // KaTeX's stylesheet and fonts travel only with a deck that shows a formula.
  const math = slides.some((s) => hasMathMarkup(s.html) || hasMathMarkup(s.notesHtml))
    ? await katexStylesheet()
    : '';
  const files = styleFiles();
  const used = codePoints([
    JSON.stringify(deck.meta),
    JSON.stringify(deck.slides.filter((s) => !s.hidden)),
    JSON.stringify(deck.references),
  ]);
  const [fonts, base, theme] = await Promise.all([
    inlineFontCss(files.fonts, used),
    readFile(files.base, 'utf8'),
    readFile(files.themes[deck.meta.theme], 'utf8'),
  ]);
  return {
    slides,
    ...slideSize(deck.meta.aspectRatio),
    css: [fonts, base, theme, math].filter(Boolean).join('\n'),
    warnings: [
      ...images.warnings,
      ...failures.map((f) =>
        warning(
          `slides[${f.slideIndex}]`,
          `the chart "${f.figureId}" could not be drawn (${f.what}); a placeholder was exported`,
        ),
      ),
    ],
  };
}
