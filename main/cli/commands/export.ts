/**
 * `lectern export <deck>... --html <file or folder> --pdf <file or folder> --pptx <…>`: the
 * exports students and colleagues get. Each deck is rendered once and written to each format
 * asked for (PowerPoint is built from the deck, without the HTML rendering); a file is only
 * ever replaced by a complete export (atomic write), never left half-written.
 */
import { dirname } from 'node:path';
import { PAPER_SIZES, type PaperSize } from '../../../common/deck/schema';
import { readDeckFile } from '../../store/read';
import { exportDeck, exportStatic } from '../../export/export-deck';
import { outputPath, writeExport } from '../../export/output';
import { NoChromiumError, type PdfPrinter } from '../../export/printer';
import { staticDeck } from '../../export/static-deck';
import { PDF_LAYOUTS, type ExportOptions, type PdfLayout } from '../../export/types';
import { readArgs, usageError } from '../args';
import { EXIT, type Command } from '../command';
import { findTargets } from '../decks';
import { displayPath, plural, printProblems } from '../display';
import { err, out } from '../io';
import { validateWithoutCompiling } from '../validation';

export const exportCommand: Command = {
  name: 'export',
  summary: 'export decks to one self-contained HTML file, a PDF and/or PowerPoint',
  usage: [
    'Usage: lectern export <deck>... [--html <file or folder>] [--pdf <file or folder>]',
    '                      [--pptx <file or folder>]',
    '                      [--layout slides|notes|handouts] [--handouts 3|6] [--fragments]',
    '                      [--paper a4|letter] [--no-notes]',
    '',
    'HTML: one file with everything inside (slides, fonts, images, charts, reveal.js); opens',
    'offline from a USB stick. Press S for the speaker view, R for the reading view.',
    '  --no-notes        the student copy: leave the speaker notes out of the file',
    'PDF (needs Chromium or Chrome; set LECTERN_CHROMIUM to its path if it is not found):',
    '  --layout slides   one page per slide (default); notes: slide and notes per page;',
    '           handouts: slides per sheet of paper (--handouts 3 with lines to write, or 6)',
    '  --fragments       one page per build step of slides with fragments',
    '  --paper a4|letter the paper of notes and handouts pages (slides pages keep the',
    "                    deck's shape); default: the deck's setting, else this machine's",
    '                    locale (LC_PAPER, LANG): Letter in the US, Canada, Mexico…, else A4',
    '',
    'PowerPoint: editable slides (text boxes, native bar and line charts, speaker notes); a',
    '           slide with build steps becomes one slide per step.',
    '',
    'A folder (existing, ending in "/", or given with several decks) gets <deck>.html / .pdf / .pptx.',
    'Exit codes: 0 every export written, 1 a deck was invalid or an export failed, 2 usage.',
    '',
    'Example: lectern export decks/western-technology --html /tmp/a.html --pdf /tmp/a.pdf',
  ].join('\n'),
  async run(argv) {
    const args = readArgs(
      exportCommand,
      argv,
      {
        html: { type: 'string' },
        pdf: { type: 'string' },
        pptx: { type: 'string' },
        layout: { type: 'string' },
        handouts: { type: 'string' },
        fragments: { type: 'boolean' },
        paper: { type: 'string' },
        'no-notes': { type: 'boolean' },
      },
      { min: 1, what: 'a deck to export' },
    );
    if (typeof args === 'number') return args;
    validateWithoutCompiling();
    const { html, pdf, pptx } = args.values;
    if (!html && !pdf && !pptx)
      return usageError(
        exportCommand,
        'say where to write: --html, --pdf and/or --pptx <file or folder>',
      );
    const layout = (args.values.layout ?? 'slides') as PdfLayout;
    if (!(PDF_LAYOUTS as readonly string[]).includes(layout))
      return usageError(exportCommand, `--layout must be one of ${PDF_LAYOUTS.join(', ')}`);
    const perPage = args.values.handouts ?? '3';
    if (perPage !== '3' && perPage !== '6')
      return usageError(exportCommand, '--handouts must be 3 or 6');
    const paper = args.values.paper?.toLowerCase();
    if (paper !== undefined && !(PAPER_SIZES as readonly string[]).includes(paper))
      return usageError(exportCommand, `--paper must be one of ${PAPER_SIZES.join(', ')}`);
    // Without --paper, each deck's own setting applies, then the locale (see export/paper.ts).
    const pdfOptions: ExportOptions = {
      format: 'pdf',
      layout,
      handouts: perPage === '3' ? 3 : 6,
      fragments: args.values.fragments ?? false,
      ...(paper ? { paper: paper as PaperSize } : {}),
    };
    const htmlOptions: ExportOptions = { format: 'html', notes: !args.values['no-notes'] };

    const targets = await findTargets(args.positionals);
    for (const miss of targets.missing) printProblems(miss.file, miss.abs, miss.problems);
    let failed = targets.missing.length;
    let written = 0;
    // Chromium starts while the first deck is read and rendered; its failure surfaces at first use.
    // Playwright is loaded here, only for a PDF: an HTML export never pays for it (~0.5 s).
    const starting: Promise<PdfPrinter> | undefined =
      pdf && targets.decks.length
        ? import('../../export/playwright-printer').then((m) => m.playwrightPrinter())
        : undefined;
    starting?.catch(() => undefined);
    let printer: PdfPrinter | undefined;

    /** Reads and renders one deck; undefined when it is invalid (said so, counted). */
    const prepare = async (abs: string) => {
      const file = displayPath(abs);
      const opened = await readDeckFile(abs);
      if (!opened.ok) {
        printProblems(file, abs, opened.problems);
        err(`${file}: not exported (the deck is invalid)`);
        failed++;
        return undefined;
      }
      const deck = opened.value.deck;
      out(`${file}: rendering ${plural(deck.slides.filter((s) => !s.hidden).length, 'slide')}`);
      // The slides' HTML is made only for HTML and PDF; PowerPoint is built from the deck.
      const rendered = html || pdf ? await staticDeck(deck, dirname(abs)) : undefined;
      if (rendered) printProblems(file, abs, rendered.warnings);
      const jobs: Array<[string, ExportOptions]> = [];
      if (html) jobs.push([await outputPath(html, targets.decks.length, abs, 'html'), htmlOptions]);
      if (pdf)
        jobs.push([await outputPath(pdf, targets.decks.length, abs, 'pdf', layout), pdfOptions]);
      if (pptx)
        jobs.push([await outputPath(pptx, targets.decks.length, abs, 'pptx'), { format: 'pptx' }]);
      return { abs, file, deck, rendered, jobs };
    };

    /** Writes one rendered deck in each format asked for, printing PDFs in the one browser. */
    const deliver = async ({
      abs,
      file,
      deck,
      rendered,
      jobs,
    }: NonNullable<Awaited<ReturnType<typeof prepare>>>) => {
      for (const [target, options] of jobs) {
        if (options.format === 'pdf' && !printer && starting) printer = await starting;
        const progress = (step: string) => out(`${file}: ${step}`);
        const result =
          options.format === 'pptx' || !rendered
            ? await exportDeck(deck, dirname(abs), options, { progress })
            : await exportStatic(deck, rendered, options, {
                ...(printer ? { printer } : {}),
                progress,
              });
        // PowerPoint's own warnings (a missing image) are said here; HTML and PDF said theirs above.
        if (result.ok && options.format === 'pptx') printProblems(file, abs, result.warnings);
        if (!result.ok) {
          printProblems(file, abs, result.problems);
          failed++;
          continue;
        }
        const saved = await writeExport(target, result.value.bytes);
        if (!saved.ok) {
          for (const p of saved.problems) err(`${displayPath(target)}: ${p.what}`);
          failed++;
          continue;
        }
        written++;
        out(
          `${file}: wrote ${displayPath(target)} (${options.format === 'pdf' ? plural(result.value.count, 'page') : plural(result.value.count, 'slide')}, ${kb(result.value.bytes.length)})`,
        );
      }
    };

    try {
      // Several decks: the next one is read and rendered (Node) while Chromium prints the last.
      let delivering: Promise<void> = Promise.resolve();
      for (const abs of targets.decks) {
        const prepared = await prepare(abs);
        await delivering;
        if (!prepared) continue;
        delivering = deliver(prepared);
        // Awaited on the next turn of the loop (or below); this only keeps Node from calling
        // it unhandled while the next deck renders.
        delivering.catch(() => undefined);
      }
      await delivering;
    } catch (e) {
      if (!(e instanceof NoChromiumError)) throw e;
      err(`lectern export: ${e.message}`);
      failed++;
    } finally {
      await (printer ?? (await starting?.catch(() => undefined)))?.close();
    }
    out(`${plural(written, 'file')} written${failed ? `, ${failed} failed` : ''}`);
    return failed ? EXIT.failure : EXIT.ok;
  },
};

function kb(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(n / 1024)} KB`;
}
