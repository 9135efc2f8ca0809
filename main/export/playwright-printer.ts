/**
 * The command line's PDF printer: Playwright's library driving a Chromium found on the
 * machine (never downloaded), with every request outside the document aborted.
 */
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from '../platform/chromium';
import type { PrintDocument } from './print-document';
import { NoChromiumError, type PdfPrinter } from './printer';
import { untilAborted } from './abortable';
import { inBackground } from '../platform/background';

export interface PlaywrightPrinter extends PdfPrinter {
  /** Requests the documents tried to make, all refused (0 for a well-formed export). */
  readonly refused: number;
}

/** The Playwright calls of one print, in order; see `PrinterOptions.onStep`. */
export type PrintStep = 'context' | 'page' | 'content' | 'fonts' | 'pdf';

export interface PrinterOptions {
  /**
   * Called as each step of a print starts, while its Playwright call is pending: for progress
   * output, and for tests that cancel an export at exactly that step.
   */
  onStep?: (step: PrintStep) => void;
}

/** How long Chromium may take to start before the export gives up (a healthy one takes ~1 s). */
const LAUNCH_TIMEOUT_MS = 60_000;

/**
 * Starts a Chromium for printing, found by `find` (the env variable, then the usual install
 * paths). Rejects with `NoChromiumError`, whose message says what to install, when there is none.
 */
export async function playwrightPrinter(
  find: () => string | undefined = findChromium,
  options: PrinterOptions = {},
): Promise<PlaywrightPrinter> {
  const executablePath = find();
  if (!executablePath) throw new NoChromiumError(NO_CHROMIUM_MESSAGE);
  const browser: Browser = await chromium.launch({
    executablePath,
    args: [...CHROMIUM_ARGS],
    timeout: LAUNCH_TIMEOUT_MS,
  });
  let refused = 0;
  /** Starts one step: reports it, and gives up on it the moment the export is cancelled. */
  const step = <T>(
    name: PrintStep,
    work: Promise<T>,
    signal: AbortSignal | undefined,
  ): Promise<T> => {
    options.onStep?.(name);
    return untilAborted(work, signal);
  };
  return {
    get refused() {
      return refused;
    },
    async print(doc: PrintDocument, signal?: AbortSignal): Promise<Uint8Array> {
      signal?.throwIfAborted();
      const opening = browser.newContext({
        offline: true,
        viewport: { width: Math.round(doc.width), height: Math.round(doc.height) },
      });
      // Closing the context stops Chromium's work on the page. The pending Playwright call may
      // then never settle (newPage does not), so each step is also raced against the signal.
      let closing: Promise<void> | undefined;
      const closeContext = () =>
        (closing ??= opening.then((c) => c.close()).catch(() => undefined));
      const onAbort = () => inBackground('close the page of a cancelled print', closeContext());
      signal?.addEventListener('abort', onAbort, { once: true });
      try {
        const context = await step('context', opening, signal);
        const opened = context.newPage().then(async (page) => {
          await page.route('**/*', (route) => {
            refused++;
            return route.abort('blockedbyclient');
          });
          return page;
        });
        const page = await step('page', opened, signal);
        await step('content', page.setContent(doc.html, { waitUntil: 'load' }), signal);
        // A string, because main/ has no DOM types: wait for the embedded fonts before printing.
        await step('fonts', page.evaluate('document.fonts.ready.then(() => undefined)'), signal);
        const pdf = await step(
          'pdf',
          page.pdf({
            width: `${doc.width}px`,
            height: `${doc.height}px`,
            printBackground: true,
            preferCSSPageSize: true,
            tagged: true,
            outline: true,
          }),
          signal,
        );
        signal?.throwIfAborted();
        return new Uint8Array(pdf);
      } catch (e) {
        // A call cut short by the abort rejects with Playwright's "closed" error; say why instead.
        signal?.throwIfAborted();
        throw e;
      } finally {
        signal?.removeEventListener('abort', onAbort);
        // After a cancel the context is closing already, and waiting on it could hang as well.
        if (signal?.aborted) inBackground('close the page of a cancelled print', closeContext());
        else await closeContext();
      }
    },
    async close() {
      await browser.close();
    },
  };
}
