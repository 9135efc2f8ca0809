/**
 * `export.run` and `export.cancel`: the saved deck → HTML or PDF through main/export, with
 * `progress` events (task `export`), a real cancel (an AbortSignal through the exporter; the
 * Chromium page and browser are closed), an atomic write, and the host's delivery (a
 * download in the browser edition, a save dialog and the file manager in the desktop app).
 */
import { rm } from 'node:fs/promises';
import { basename, dirname, extname } from 'node:path';
import type { ArgsOut, ResultOf } from '../../common/api/contract';
import { error, type Result } from '../../common/deck/problems';
import { untilAborted } from '../export/abortable';
import { exportDeck, exportStatic } from '../export/export-deck';
import { writeExport } from '../export/output';
import { playwrightPrinter } from '../export/playwright-printer';
import { NoChromiumError, type PdfPrinter } from '../export/printer';
import { staticDeck } from '../export/static-deck';
import type { ExportedFile, ExportOptions } from '../export/types';
import { readDeckFile } from '../store/read';
import { fail, ok, type ServiceContext } from './context';
import type { ExportDelivery } from './export-delivery';
import { inBackground } from '../platform/background';

export { setExportDelivery, type ExportDelivery, type WrittenExport } from './export-delivery';

/** One running export: its cancel switch, and whether it is past the point a cancel can stop. */
interface Job {
  controller: AbortController;
  /** The file is written and being handed over: a cancel now comes too late and is refused. */
  delivering: boolean;
}

/** The running exports of each workspace, by deck ref. */
const running = new WeakMap<ServiceContext, Map<string, Job>>();

function runningIn(ctx: ServiceContext): Map<string, Job> {
  let map = running.get(ctx);
  if (!map) running.set(ctx, (map = new Map()));
  return map;
}

/**
 * How long a cancelled export may take to wind down before `export.run` answers "cancelled"
 * anyway. Every step is meant to stop at once (see main/export/abortable.ts); this is the
 * backstop that keeps the lecturer from watching "Cancelling…" forever should one not.
 */
export const CANCEL_GRACE_MS = 5_000;

/** `work`'s outcome, or `'gave-up'` when it has not settled `CANCEL_GRACE_MS` after `signal` aborted. */
function withinGrace<T>(work: Promise<T>, signal: AbortSignal): Promise<T | 'gave-up'> {
  return new Promise<T | 'gave-up'>((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    const onAbort = () => (timer = setTimeout(() => resolve('gave-up'), CANCEL_GRACE_MS));
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(resolve, reject).finally(() => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    });
  });
}

/** The file name an export is offered as: the deck's name, what kind of copy, the extension. */
export function exportName(deckFile: string, options: ExportOptions): string {
  const slug = basename(deckFile, extname(deckFile));
  if (options.format === 'html') return `${slug}${options.notes ? '' : '-student'}.html`;
  if (options.format === 'pptx') return `${slug}.pptx`;
  const layout =
    options.layout === 'handouts'
      ? `-handouts-${options.handouts}`
      : options.layout === 'notes'
        ? '-notes'
        : '';
  return `${slug}${layout}${options.fragments ? '-steps' : ''}.pdf`;
}

/** Exports the saved deck `args.ref`; see the file comment. */
export async function runExport(
  ctx: ServiceContext,
  args: ArgsOut<'export.run'>,
): Promise<Result<ResultOf<'export.run'>>> {
  const { workspace } = ctx;
  const { ref, options } = args;
  const delivery = ctx.host.exportDelivery;
  if (!delivery)
    return fail(
      ref,
      'cannot be exported here: this version of Lectern has no way to hand the file over',
    );
  const jobs = runningIn(ctx);
  if (jobs.has(ref))
    return fail(ref, 'is already being exported; wait for that export to finish or cancel it');
  const resolved = await workspace.resolveRef(ref);
  if (!resolved.ok) return resolved;
  const job: Job = { controller: new AbortController(), delivering: false };
  jobs.set(ref, job);
  const { signal } = job.controller;
  try {
    const result = await withinGrace(
      exportOnce(ctx, resolved.value, ref, options, delivery, job),
      signal,
    );
    if (result === 'gave-up') {
      process.stderr.write(
        `lectern: the cancelled export of ${ref} did not stop within ${CANCEL_GRACE_MS} ms; answered "cancelled" without waiting further\n`,
      );
      return ok({ kind: 'cancelled' });
    }
    return workspace.relativeResult(result);
  } catch (e) {
    if (signal.aborted) return ok({ kind: 'cancelled' });
    if (e instanceof NoChromiumError)
      return fail(
        ref,
        `cannot be exported as PDF: ${e.message} Then export again; HTML export works without it.`,
      );
    throw e;
  } finally {
    jobs.delete(ref);
    // Always end with a "done" step, so a progress bar never stays half full.
    workspace.emit({
      type: 'progress',
      payload: {
        task: 'export',
        done: 1,
        total: 1,
        label: signal.aborted ? 'Cancelled' : 'Finished',
      },
    });
  }
}

/** Stops the running export of `args.ref`; `cancelled: false` when none is running or it is already being handed over. */
export async function cancelExport(
  ctx: ServiceContext,
  args: ArgsOut<'export.cancel'>,
): Promise<Result<ResultOf<'export.cancel'>>> {
  const job = runningIn(ctx).get(args.ref);
  if (!job || job.delivering) return ok({ cancelled: false });
  job.controller.abort(new Error('the export was cancelled'));
  return ok({ cancelled: true });
}

/**
 * One export, step by step. Each step either stops at once when `job` is cancelled or is
 * short and followed by a check; whatever happens, the printer is closed before this returns
 * and a file written before the cancel was noticed is removed again.
 */
async function exportOnce(
  ctx: ServiceContext,
  abs: string,
  ref: string,
  options: ExportOptions,
  delivery: ExportDelivery,
  job: Job,
): Promise<Result<ResultOf<'export.run'>>> {
  const { signal } = job.controller;
  const pdf = options.format === 'pdf';
  const total = pdf ? 5 : 3;
  const progress = (done: number, label: string) =>
    ctx.workspace.emit({ type: 'progress', payload: { task: 'export', done, total, label } });
  const name = exportName(abs, options);

  // The desktop app asks where first, so the lecturer is not kept waiting for a dialog.
  const target = await untilAborted(delivery.choose(name, options.format), signal);
  if (!target) return ok({ kind: 'cancelled' });

  progress(0, 'Reading the deck');
  const opened = await readDeckFile(abs);
  signal.throwIfAborted();
  if (!opened.ok) {
    return {
      ok: false,
      problems: [
        error(
          ref,
          'cannot be exported: it does not open without errors. Open it, fix what is listed, save, and export again.',
        ),
        ...opened.problems,
      ],
    };
  }
  const deck = opened.value.deck;

  // Chromium starts while the slides render; whatever happens next, it is closed, and a cancel
  // closes it at once (or as soon as it has started, when it is still starting).
  let printer: Promise<PdfPrinter> | undefined;
  if (pdf) {
    printer = (delivery.printer ?? (() => playwrightPrinter()))();
    printer.catch(() => undefined);
  }
  let closing: Promise<void> | undefined;
  const closePrinter = () =>
    (closing ??= printer?.then((p) => p.close()).catch(() => undefined) ?? Promise.resolve());
  const onAbort = () => inBackground('close Chromium after a cancel', closePrinter());
  signal.addEventListener('abort', onAbort, { once: true });
  try {
    progress(1, `Rendering ${deck.slides.filter((s) => !s.hidden).length} slides`);
    const stepLabel = (step: string) =>
      progress(pdf ? 3 : 1, step.charAt(0).toUpperCase() + step.slice(1));
    let result: Result<ExportedFile>;
    if (options.format === 'pptx') {
      // PowerPoint is built from the deck itself: no HTML rendering, no browser.
      result = await exportDeck(deck, dirname(abs), options, { signal, progress: stepLabel });
    } else {
      const rendered = await staticDeck(deck, dirname(abs));
      signal.throwIfAborted();
      let started: PdfPrinter | undefined;
      if (printer) {
        progress(2, 'Starting Chromium');
        started = await untilAborted(printer, signal);
      }
      result = await exportStatic(deck, rendered, options, {
        ...(started ? { printer: started } : {}),
        signal,
        progress: stepLabel,
      });
    }
    if (!result.ok) return result;
    signal.throwIfAborted();
    progress(total - 1, 'Writing the file');
    const written = await writeExport(target, result.value.bytes);
    if (signal.aborted) {
      // Cancelled while writing: the lecturer was told no file is made, so none is left.
      if (written.ok) await rm(target, { force: true }).catch(() => undefined);
      signal.throwIfAborted();
    }
    if (!written.ok) {
      return {
        ok: false,
        problems: [
          error(
            ref,
            'was exported, but the file could not be written. Free some disk space or choose another folder, then export again.',
          ),
          ...written.problems,
        ],
      };
    }
    job.delivering = true;
    progress(total, 'Done');
    const outcome = await delivery.deliver({
      path: target,
      name: basename(target) || name,
      type: result.value.type,
      size: result.value.bytes.length,
      count: result.value.count,
    });
    return { ok: true, value: outcome, warnings: result.warnings };
  } finally {
    signal.removeEventListener('abort', onAbort);
    // Closed before the run answers, so no Chromium outlives an export, finished or cancelled.
    await closePrinter();
  }
}
