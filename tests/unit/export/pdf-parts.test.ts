/**
 * The PDF side without a browser: pages per layout from the print document, the Electron
 * printer against a stand-in for Electron (network refused, page size in inches, tagged),
 * and the clear error when no Chromium is found.
 */
import { describe, expect, it } from 'vitest';
import {
  electronPrinter,
  type ElectronLike,
  type PrintToPdfOptions,
} from '../../../main/export/electron-printer';
import { atStep, fragmentCount, printDocument } from '../../../main/export/print-document';
import { playwrightPrinter } from '../../../main/export/playwright-printer';
import { NoChromiumError } from '../../../main/export/printer';
import type { StaticDeck } from '../../../main/export/types';
import { NO_CHROMIUM_MESSAGE } from '../../../main/platform/chromium';

const slide = (i: number, fragments = 0) => ({
  id: `s${i}`,
  title: `Slide ${i}`,
  html: `<section class="lectern-slide"><h2>Slide ${i}</h2><ul>${'<li class="fragment">x</li>'.repeat(fragments)}</ul></section>`,
  notes: `notes ${i} <b>`,
});
const deck: StaticDeck = {
  slides: [slide(1), slide(2, 2), slide(3), slide(4), slide(5, 1), slide(6), slide(7)],
  width: 1280,
  height: 720,
  css: '',
  warnings: [],
};
const pdf = (
  layout: 'slides' | 'notes' | 'handouts',
  extra: { handouts?: 3 | 6; fragments?: boolean } = {},
) =>
  printDocument('T', 'en', deck, {
    format: 'pdf',
    layout,
    handouts: extra.handouts ?? 3,
    fragments: extra.fragments ?? false,
  });

describe('print document', () => {
  it('has the pages each layout implies', () => {
    expect(pdf('slides').pages).toBe(7);
    expect(pdf('slides', { fragments: true }).pages).toBe(7 + 3);
    expect(pdf('notes').pages).toBe(7);
    expect(pdf('handouts').pages).toBe(3);
    expect(pdf('handouts', { handouts: 6 }).pages).toBe(2);
    expect(pdf('slides')).toMatchObject({ width: 1280, height: 720 });
    expect(pdf('notes')).toMatchObject({ width: 794, height: 1123 });
  });

  it('hides later fragments step by step and escapes notes', () => {
    const html = slide(1, 3).html;
    expect(fragmentCount(html)).toBe(3);
    expect(atStep(html, 1).match(/lx-hidden/g)).toHaveLength(2);
    expect(atStep(html, Infinity)).not.toContain('lx-hidden');
    expect(pdf('notes').html).toContain('notes 1 &lt;b&gt;');
    expect(pdf('slides').html).toContain("script-src 'none'");
  });
});

describe('Electron printer', () => {
  it('prints in a hidden window of a session that refuses the network', async () => {
    let listener: ((d: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | undefined;
    const calls: {
      loaded?: string;
      options?: PrintToPdfOptions;
      destroyed: number;
      show?: boolean;
      js?: boolean;
    } = { destroyed: 0 };
    const electron: ElectronLike = {
      fromPartition: () => ({
        webRequest: {
          onBeforeRequest: (l) => {
            listener = l;
          },
        },
      }),
      createWindow: (options) => {
        calls.show = options.show;
        calls.js = options.webPreferences.javascript;
        return {
          webContents: {
            loadURL: async (url) => {
              calls.loaded = url;
            },
            printToPDF: async (o) => {
              calls.options = o;
              return new Uint8Array([37, 80, 68, 70]);
            },
          },
          destroy: () => {
            calls.destroyed++;
          },
        };
      },
    };
    const printer = electronPrinter(electron);
    const bytes = await printer.print(pdf('slides'));
    expect([...bytes]).toEqual([37, 80, 68, 70]);
    expect(calls).toMatchObject({ show: false, js: false, destroyed: 1 });
    expect(calls.loaded?.startsWith('data:text/html')).toBe(true);
    expect(calls.options).toMatchObject({
      pageSize: { width: 1280 / 96, height: 720 / 96 },
      generateTaggedPDF: true,
      generateDocumentOutline: true,
    });
    const answer = (url: string) => {
      let c: boolean | undefined;
      listener!({ url }, (r) => {
        c = r.cancel;
      });
      return c;
    };
    expect(answer('https://example.org/x.png')).toBe(true);
    expect(answer('file:///etc/passwd')).toBe(true);
    expect(answer('data:text/html,hi')).toBe(false);
    expect(printer.refused).toBe(2);
  });
});

describe('Playwright printer', () => {
  it('says what to install when there is no Chromium', async () => {
    await expect(playwrightPrinter(() => undefined)).rejects.toThrow(NoChromiumError);
    await expect(playwrightPrinter(() => undefined)).rejects.toThrow(NO_CHROMIUM_MESSAGE);
  });
});
