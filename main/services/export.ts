/**
 * `export.run` and `export.cancel`: the saved deck → HTML or PDF through main/export, with
 * `progress` events (task `export`), a real cancel (an AbortSignal through the exporter; the
 * Chromium page and browser are closed), an atomic write, and the host's delivery (a
 * download in the browser edition, a save dialog and the file manager in the desktop app).
 */
import { basename, dirname, extname } from 'node:path';
import type { ArgsOut, ResultOf } from '../../common/api/contract';
import { error, type Result } from '../../common/deck/problems';
import { exportStatic } from '../export/export-deck';
import { writeExport } from '../export/output';
import { playwrightPrinter } from '../export/playwright-printer';
import { NoChromiumError, type PdfPrinter } from '../export/printer';
import { staticDeck } from '../export/static-deck';
import type { ExportOptions } from '../export/types';
import { readDeckFile } from '../store/read';
import { fail, ok, type ServiceContext } from './context';
import { deliveryFor, type ExportDelivery } from './export-delivery';

export { setDefaultExportDelivery, setExportDelivery, type ExportDelivery, type WrittenExport } from './export-delivery';

/** The running exports of each workspace, by deck ref. */
const running = new WeakMap<ServiceContext, Map<string, AbortController>>();

function runningIn(ctx: ServiceContext): Map<string, AbortController> {
  let map = running.get(ctx);
  if (!map) running.set(ctx, (map = new Map()));
  return map;
}

/** The file name an export is offered as: the deck's name, what kind of copy, the extension. */
export function exportName(deckFile: string, options: ExportOptions): string {
  const slug = basename(deckFile, extname(deckFile));
  if (options.format === 'html') return `${slug}${options.notes ? '' : '-student'}.html`;
  const layout = options.layout === 'handouts' ? `-handouts-${options.handouts}` : options.layout === 'notes' ? '-notes' : '';
  return `${slug}${layout}${options.fragments ? '-steps' : ''}.pdf`;
}

/** Exports the saved deck `args.ref`; see the file comment. */
export async function runExport(ctx: ServiceContext, args: ArgsOut<'export.run'>): Promise<Result<ResultOf<'export.run'>>> {
  const { workspace } = ctx;
  const { ref, options } = args;
  const delivery = deliveryFor(ctx);
  if (!delivery) return fail(ref, 'cannot be exported here: this version of Lectern has no way to hand the file over');
  const jobs = runningIn(ctx);
  if (jobs.has(ref)) return fail(ref, 'is already being exported; wait for that export to finish or cancel it');
  const resolved = await workspace.resolveRef(ref);
  if (!resolved.ok) return resolved;
  const controller = new AbortController();
  jobs.set(ref, controller);
  try {
    return workspace.relativeResult(await exportOnce(ctx, resolved.value, ref, options, delivery, controller.signal));
  } catch (e) {
    if (controller.signal.aborted) return ok({ kind: 'cancelled' });
    if (e instanceof NoChromiumError) return fail(ref, `cannot be exported as PDF: ${e.message} Then export again; HTML export works without it.`);
    throw e;
  } finally {
    jobs.delete(ref);
    // Always end with a "done" step, so a progress bar never stays half full.
    workspace.emit({ type: 'progress', payload: { task: 'export', done: 1, total: 1, label: controller.signal.aborted ? 'Cancelled' : 'Finished' } });
  }
}

/** Stops the running export of `args.ref`. */
export async function cancelExport(ctx: ServiceContext, args: ArgsOut<'export.cancel'>): Promise<Result<ResultOf<'export.cancel'>>> {
  const job = runningIn(ctx).get(args.ref);
  job?.abort(new Error('the export was cancelled'));
  return ok({ cancelled: !!job });
}

async function exportOnce(
  ctx: ServiceContext,
  abs: string,
  ref: string,
  options: ExportOptions,
  delivery: ExportDelivery,
  signal: AbortSignal,
): Promise<Result<ResultOf<'export.run'>>> {
  const pdf = options.format === 'pdf';
  const total = pdf ? 5 : 3;
  const progress = (done: number, label: string) => ctx.workspace.emit({ type: 'progress', payload: { task: 'export', done, total, label } });
  const name = exportName(abs, options);

  // The desktop app asks where first, so the lecturer is not kept waiting for a dialog.
  const target = await delivery.choose(name, options.format);
  if (!target) return ok({ kind: 'cancelled' });
  signal.throwIfAborted();

  progress(0, 'Reading the deck');
  const opened = await readDeckFile(abs);
  if (!opened.ok) {
    return { ok: false, problems: [error(ref, 'cannot be exported: it does not open without errors. Open it, fix what is listed, save, and export again.'), ...opened.problems] };
  }
  const deck = opened.value.deck;

  // Chromium starts while the slides render; whatever happens next, it is closed.
  let printer: Promise<PdfPrinter> | undefined;
  if (pdf) {
    printer = (delivery.printer ?? (() => playwrightPrinter()))();
    printer.catch(() => undefined);
  }
  const closePrinter = () => void printer?.then((p) => p.close()).catch(() => undefined);
  signal.addEventListener('abort', closePrinter, { once: true });
  try {
    progress(1, `Rendering ${deck.slides.filter((s) => !s.hidden).length} slides`);
    const rendered = await staticDeck(deck, dirname(abs));
    signal.throwIfAborted();
    let started: PdfPrinter | undefined;
    if (printer) {
      progress(2, 'Starting Chromium');
      started = await printer;
    }
    const result = await exportStatic(deck, rendered, options, {
      ...(started ? { printer: started } : {}),
      signal,
      progress: (step) => progress(pdf ? 3 : 1, step.charAt(0).toUpperCase() + step.slice(1)),
    });
    if (!result.ok) return result;
    signal.throwIfAborted();
    progress(total - 1, 'Writing the file');
    const written = await writeExport(target, result.value.bytes);
    if (!written.ok) {
      return { ok: false, problems: [error(ref, 'was exported, but the file could not be written. Free some disk space or choose another folder, then export again.'), ...written.problems] };
    }
    progress(total, 'Done');
    const outcome = await delivery.deliver({ path: target, name: basename(target) || name, type: result.value.type, size: result.value.bytes.length, count: result.value.count });
    return { ok: true, value: outcome, warnings: rendered.warnings };
  } finally {
    signal.removeEventListener('abort', closePrinter);
    closePrinter();
  }
}
