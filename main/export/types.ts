/**
 * The shapes the exporter passes between its steps: options in, the static slides it works
 * from, and the result out (bytes plus warnings; writing them is one separate step).
 */
import type { Problem } from '../../common/deck/problems';
import type { PaperSize } from '../../common/deck/schema';

export const PDF_LAYOUTS = ['slides', 'notes', 'handouts'] as const;
export type PdfLayout = (typeof PDF_LAYOUTS)[number];
export type HandoutsPerPage = 3 | 6;

export interface HtmlOptions {
  format: 'html';
  /** Include speaker notes and the speaker view; false gives the student copy. */
  notes: boolean;
}

export interface PdfOptions {
  format: 'pdf';
  layout: PdfLayout;
  /** Slides per page for the handouts layout. */
  handouts: HandoutsPerPage;
  /** One page per fragment step instead of one per slide. */
  fragments: boolean;
  /**
   * Paper of the notes and handouts pages (slides pages keep the deck's shape). Absent: the
   * deck's setting, then this machine's locale (see `paper.ts`).
   */
  paper?: PaperSize;
}

export type ExportOptions = HtmlOptions | PdfOptions;

/** One visible slide, rendered to static markup whose text is already escaped. */
export interface StaticSlide {
  id: string;
  /** The slide's title as plain text (the deck title for an untitled title slide). */
  title: string;
  /** The slide's `<section>` as static markup (SlideView, rendered on the server). */
  html: string;
  /** Speaker notes, plain text, without what is the lecturer's only (`notesForExport`). */
  notes: string;
}

/** What the exporters need from the slide renderer. */
export interface StaticDeck {
  slides: StaticSlide[];
  /** Slide size in CSS pixels, from the deck's aspect ratio. */
  width: number;
  height: number;
  /** The theme and font CSS, self-contained (fonts and images as data: URLs). */
  css: string;
  warnings: Problem[];
}

/** An export that produced its bytes; where they go is decided by the writer. */
export interface ExportedFile {
  bytes: Uint8Array;
  /** Media type, for the browser edition's download. */
  type: 'text/html' | 'application/pdf';
  /** Pages (PDF) or slides (HTML) in the output. */
  count: number;
}
