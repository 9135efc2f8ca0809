/**
 * What a slide needs from its surroundings to render, and the fixed logical slide sizes.
 *
 * Every place that shows a slide (editor preview, thumbnails, presentation, export) renders
 * the same component at the same logical size and scales the result, so text wraps the same
 * way everywhere.
 */
import type { AspectRatio, Deck, Slide } from '../deck/schema';
import type { EditSlot } from './edit-slot';

/** Where a slide is being shown; changes interaction details, never the layout. */
export type RenderMode = 'edit' | 'thumb' | 'present' | 'export';

export interface SlideRenderContext {
  /** The URL to load a deck asset from (a path relative to the deck folder); undefined when the file is missing. */
  assetUrl(rel: string): string | undefined;
  /** SVG markup from `chartToSvg`, by figure block id. A chart not in here shows a placeholder. */
  charts: Readonly<Record<string, string>>;
}

export interface SlideViewProps {
  slide: Slide;
  deck: Deck;
  /** Position in the deck, from 0; shown to screen readers as "Slide n". */
  index: number;
  ctx: SlideRenderContext;
  mode: RenderMode;
  /** Render speaker notes as reveal.js `<aside class="notes">` (present and export modes only). Default true. */
  notes?: boolean;
  /** Editing in place (the editor's large slide only): marks the editable texts and draws the active field. */
  edit?: EditSlot;
}

export interface SlideSize {
  width: number;
  height: number;
}

const SIZES: Record<AspectRatio, SlideSize> = {
  '16:9': { width: 1280, height: 720 },
  '4:3': { width: 1024, height: 768 },
  '16:10': { width: 1280, height: 800 },
};

/** The logical size in CSS pixels of a slide with this aspect ratio. */
export function slideSize(aspect: AspectRatio): SlideSize {
  return SIZES[aspect];
}

/** Padding and title band of the slide, in CSS pixels; base.css uses the same numbers. */
export const SLIDE_PADDING = { x: 64, top: 48, bottom: 40 } as const;
export const TITLE_BAND = 112;
/** Gap between the text and figure columns of the bullets-figure layout. */
export const COLUMN_GAP = 48;
/** Room kept below a figure for its caption line(s). */
export const CAPTION_BAND = 64;
