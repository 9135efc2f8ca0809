/**
 * The command line's PDF printer: Playwright's library driving a Chromium found on the
 * machine (never downloaded), with every request outside the document aborted.
 */
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from '../platform/chromium';
import type { PrintDocument } from './print-document';
import { NoChromiumError, type PdfPrinter } from './printer';

export interface PlaywrightPrinter extends PdfPrinter {
  /** Requests the documents tried to make, all refused (0 for a well-formed export). */
  readonly refused: number;
}

/**
 * Starts a Chromium for printing, found by `find` (the env variable, then the usual install
 * paths). Rejects with `NoChromiumError`, whose message says what to install, when there is none.
 */
export async function playwrightPrinter(find: () => string | undefined = findChromium): Promise<PlaywrightPrinter> {
  const executablePath = find();
  if (!executablePath) throw new NoChromiumError(NO_CHROMIUM_MESSAGE);
  const browser: Browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
  let refused = 0;
  return {
    get refused() {
      return refused;
    },
    async print(doc: PrintDocument, signal?: AbortSignal): Promise<Uint8Array> {
      signal?.throwIfAborted();
      const context = await browser.newContext({ offline: true, viewport: { width: Math.round(doc.width), height: Math.round(doc.height) } });
      // Closing the context stops Chromium's work on the page; the pending call then rejects.
      const stop = () => void context.close().catch(() => undefined);
      signal?.addEventListener('abort', stop, { once: true });
      try {
        const page = await context.newPage();
        await page.route('**/*', (route) => {
          refused++;
          return route.abort('blockedbyclient');
        });
        await page.setContent(doc.html, { waitUntil: 'load' });
        // A string, because main/ has no DOM types: wait for the embedded fonts before printing.
        await page.evaluate('document.fonts.ready.then(() => undefined)');
        const pdf = await page.pdf({
          width: `${doc.width}px`,
          height: `${doc.height}px`,
          printBackground: true,
          preferCSSPageSize: true,
          tagged: true,
          outline: true,
        });
        signal?.throwIfAborted();
        return new Uint8Array(pdf);
      } catch (e) {
        // A call cut short by the abort rejects with Playwright's "closed" error; say why instead.
        signal?.throwIfAborted();
        throw e;
      } finally {
        signal?.removeEventListener('abort', stop);
        await context.close().catch(() => undefined);
      }
    },
    async close() {
      await browser.close();
    },
  };
}
