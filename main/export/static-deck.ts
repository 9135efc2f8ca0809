/**
 * From a deck to the static slides every exporter works from: images and charts embedded,
 * fonts inlined (only the faces the text needs), one `StaticSlide` per visible slide.
 *
 * The slide markup comes from the stand-in renderer in `fallback-render.ts` until the shared
 * slide component's server-side render (`render-static.ts`, the render engineer's) lands;
 * this file is the one place to switch over.
 */
import { join } from 'node:path';
import type { Deck, AspectRatio } from '../../common/deck/schema';
import { renderCharts } from './charts';
import { fallbackThemeCss } from './fallback-theme';
import { renderSlideContent, slideTitle } from './fallback-render';
import { codePoints, inlineFontCss } from './fonts';
import { embedImages } from './images';
import type { StaticDeck } from './types';

/** The repository's shared assets (fonts, themes), found from this file. */
export const ASSETS_ROOT = join(import.meta.dirname, '..', '..', 'assets');
export const FONT_CSS = join(ASSETS_ROOT, 'fonts', 'fonts.css');

const SIZES: Record<AspectRatio, [number, number]> = { '16:9': [1280, 720], '4:3': [1024, 768], '16:10': [1280, 800] };

/** Slide width and height in CSS pixels for an aspect ratio. */
export function slideSize(aspect: AspectRatio): { width: number; height: number } {
  const [width, height] = SIZES[aspect];
  return { width, height };
}

/** Renders the visible slides of `deck` (whose files are in `deckDir`) to static markup. */
export async function staticDeck(deck: Deck, deckDir: string): Promise<StaticDeck> {
  const visible = deck.slides.map((slide, index) => ({ slide, index })).filter(({ slide }) => !slide.hidden);
  const [images, charts] = await Promise.all([embedImages(deck, deckDir), renderCharts(deck)]);
  const x = { deck, images: images.url, charts: charts.svg };
  const slides = visible.map(({ slide, index }) => ({
    id: slide.id,
    title: slideTitle(deck, slide, index),
    html: renderSlideContent(x, slide, index),
    notes: slide.notes,
  }));
  const used = codePoints([deck.meta.title, JSON.stringify(visible.map((v) => v.slide)), JSON.stringify(deck.references)]);
  const fonts = await inlineFontCss(FONT_CSS, used);
  return {
    slides,
    ...slideSize(deck.meta.aspectRatio),
    css: `${fonts}\n${fallbackThemeCss(deck.meta.theme)}`,
    warnings: [...images.warnings, ...charts.warnings],
  };
}
