/**
 * The shapes the exporter passes between its steps: options in, the static slides it works
 * from, and the result out (bytes plus warnings; writing them is one separate step).
 */
import type { Problem } from '../../common/deck/problems';

export { PDF_LAYOUTS, type ExportOptions } from '../../common/api/contract';
import type { ExportOptions } from '../../common/api/contract';

// The options are the API contract's (one schema for the app, the browser edition and the
// command line); these names pick its variants.
export type HtmlOptions = Extract<ExportOptions, { format: 'html' }>;
export type PdfOptions = Extract<ExportOptions, { format: 'pdf' }>;
export type PptxOptions = Extract<ExportOptions, { format: 'pptx' }>;
export type PdfLayout = PdfOptions['layout'];
export type HandoutsPerPage = PdfOptions['handouts'];

/** One visible slide, rendered to static markup whose text is already escaped. */
export interface StaticSlide {
  id: string;
  /** The slide's title as plain text (the deck title for an untitled title slide). */
  title: string;
  /** The slide's `<section>` as static markup (SlideView, rendered on the server). */
  html: string;
  /** Speaker notes, plain text, without what is the lecturer's only (`notesForExport`). */
  notes: string;
  /**
   * The same notes as markup: one `<p>` per paragraph, text escaped, formulas typeset by
   * KaTeX (`renderNotesHtml`). Without it, exporters show `notes` as text.
   */
  notesHtml?: string;
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
  type:
    | 'text/html'
    | 'application/pdf'
    | 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
  /** Pages (PDF) or slides (HTML, PowerPoint) in the output. */
  count: number;
}
