/**
 * The exporter, in marp-cli's converter shape: `exportDeck(deck, deckDir, options)` renders
 * the deck once to static slides, then to the one format asked for, and returns the bytes
 * (PowerPoint is built from the deck, see pptx/).
 * Renderers are pure; nothing here writes a file (see `output.ts`, the one writer).
 */
import type { Deck } from '../../common/deck/schema';
import type { Result } from '../../common/deck/problems';
import { htmlDocument } from './html-document';
import { printDocument } from './print-document';
import type { PdfPrinter } from './printer';
import { resolvePaper } from './paper';
import { pdfPageCount } from './pdf-pages';
import { loadRuntime } from './runtime';
import { staticDeck } from './static-deck';
import type { ExportedFile, ExportOptions, HtmlOptions, PdfOptions, StaticDeck } from './types';

export interface ExportDeps {
  /** Needed for PDF: a Playwright or Electron printer, started by the caller and reused. */
  printer?: PdfPrinter;
  /** Called with one line per step, for progress output. */
  progress?: (step: string) => void;
  /**
   * Stops the export: checked between steps and passed to the printer, which closes its page.
   * An aborted export rejects with the signal's reason and produces nothing.
   */
  signal?: AbortSignal;
}

/** Exports `deck`, whose folder is `deckDir`, to HTML, PDF or PowerPoint bytes. Never writes files. */
export async function exportDeck(
  deck: Deck,
  deckDir: string,
  options: ExportOptions,
  deps: ExportDeps = {},
): Promise<Result<ExportedFile>> {
  deps.signal?.throwIfAborted();
  // PowerPoint is built from the deck itself, not from the slides' HTML.
  if (options.format === 'pptx')
    return (await import('./pptx/pptx-export')).exportPptx(deck, deckDir, deps);
  deps.progress?.(`rendering ${deck.slides.filter((s) => !s.hidden).length} slides`);
  const rendered = await staticDeck(deck, deckDir);
  deps.signal?.throwIfAborted();
  return exportStatic(deck, rendered, options, deps);
}

/** The second half of `exportDeck`, for callers that export one rendering to several formats. */
export async function exportStatic(
  deck: Deck,
  rendered: StaticDeck,
  options: HtmlOptions | PdfOptions,
  deps: ExportDeps = {},
): Promise<Result<ExportedFile>> {
  const { title, language } = deck.meta;
  if (options.format === 'html') {
    const html = htmlDocument({
      title,
      language,
      deck: rendered,
      runtime: await loadRuntime(),
      notes: options.notes,
    });
    return {
      ok: true,
      value: {
        bytes: new TextEncoder().encode(html),
        type: 'text/html',
        count: rendered.slides.length,
      },
      warnings: rendered.warnings,
    };
  }
  if (!deps.printer) throw new Error('exportDeck: a PDF export needs a printer');
  deps.signal?.throwIfAborted();
  const doc = printDocument(title, language, rendered, {
    ...options,
    paper: resolvePaper(options.paper, deck.meta.paperSize),
  });
  deps.progress?.(`printing ${doc.pages} pages`);
  const bytes = await deps.printer.print(doc, deps.signal);
  deps.signal?.throwIfAborted();
  // Notes too long for their page continue on the next one, so the PDF may have a page more.
  return {
    ok: true,
    value: { bytes, type: 'application/pdf', count: pdfPageCount(bytes) ?? doc.pages },
    warnings: rendered.warnings,
  };
}
