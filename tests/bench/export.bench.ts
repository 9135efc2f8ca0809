/**
 * Export speed, side by side in one run: the same 300 slides exported by Lectern (HTML and
 * PDF) and by Marp CLI (from Markdown of the same slides), and the floor for PDF — the same
 * static slides printed by Chromium with one `page.pdf()` call. Also Lectern's peak RSS.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';
import { parseDeck } from '../../common/deck/load';
import type { DeckInput } from '../../common/deck/schema';
import { exportDeck, exportStatic } from '../../main/export/export-deck';
import { playwrightPrinter } from '../../main/export/playwright-printer';
import { printDocument } from '../../main/export/print-document';
import { staticDeck } from '../../main/export/static-deck';
import { CHROMIUM_ARGS, findChromium } from '../../main/platform/chromium';
import type { BenchRow } from './types';

const N = 300;
const bullets = (i: number) => [`Plan ${i}: **equipment** bought abroad`, `Engineers hired from ${i % 2 ? 'Germany' : 'the USA'}`, `Credit terms of ${i % 7} years`];

function deckInput(): DeckInput {
  return {
    format: 'lectern-deck', version: 1,
    meta: { title: 'Bench lecture', language: 'en', theme: 'light', aspectRatio: '16:9' },
    slides: Array.from({ length: N }, (_, i) => ({
      id: `s${i}`, layout: 'bullets' as const, title: `Slide ${i + 1}: imports of machinery`, notes: `Notes for slide ${i + 1}.`,
      blocks: [{ type: 'bullets' as const, id: `b${i}`, items: bullets(i).map((text, j) => ({ id: `i${i}-${j}`, text, children: [] })) }],
    })),
  };
}

function markdown(): string {
  const slides = Array.from({ length: N }, (_, i) => `## Slide ${i + 1}: imports of machinery\n\n${bullets(i).map((b) => `- ${b}`).join('\n')}\n\n<!-- Notes for slide ${i + 1}. -->`);
  return `---\nmarp: true\n---\n\n${slides.join('\n\n---\n\n')}\n`;
}

async function time<T>(f: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const v = await f();
  return [performance.now() - t, v];
}

export default async function (): Promise<BenchRow[]> {
  const chromePath = findChromium();
  if (!chromePath) throw new Error('no Chromium');
  const dir = mkdtempSync(join(tmpdir(), 'lectern-bench-export-'));
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 20);
  try {
    const deckDir = join(dir, 'bench');
    const parsed = parseDeck(JSON.stringify(deckInput()));
    if (!parsed.ok) throw new Error('bench deck invalid');
    const deck = parsed.value.deck;
    writeFileSync(join(dir, 'slides.md'), markdown());
    // Warm up module loading (reveal.js, React, vega) so the run measures the export.
    await exportDeck(deck, deckDir, { format: 'html', notes: true });

    const [html] = await time(async () => {
      const r = await exportDeck(deck, deckDir, { format: 'html', notes: true });
      if (r.ok) writeFileSync(join(dir, 'lectern.html'), r.value.bytes);
    });
    const [pdf] = await time(async () => {
      // As the command line does: Chromium starts while the slides render.
      const [printer, rendered] = await Promise.all([playwrightPrinter(), staticDeck(deck, deckDir)]);
      try {
        const r = await exportStatic(deck, rendered, { format: 'pdf', layout: 'slides', handouts: 3, fragments: false }, { printer });
        if (r.ok) writeFileSync(join(dir, 'lectern.pdf'), r.value.bytes);
      } finally {
        await printer.close();
      }
    });

    // The floor: the same static slides, one launch, one setContent, one page.pdf().
    const doc = printDocument('Bench lecture', 'en', await staticDeck(deck, dirname(join(deckDir, 'x'))), { format: 'pdf', layout: 'slides', handouts: 3, fragments: false });
    const [floor] = await time(async () => {
      const browser = await chromium.launch({ executablePath: chromePath, args: [...CHROMIUM_ARGS] });
      const page = await browser.newPage();
      await page.setContent(doc.html);
      writeFileSync(join(dir, 'floor.pdf'), await page.pdf({ width: `${doc.width}px`, height: `${doc.height}px`, printBackground: true }));
      await browser.close();
    });

    const marp = (args: string[]) => {
      const t = performance.now();
      const r = spawnSync('node_modules/.bin/marp', ['--no-stdin', join(dir, 'slides.md'), ...args], {
        env: { ...process.env, CHROME_PATH: chromePath, CHROME_NO_SANDBOX: '1' }, encoding: 'utf8',
      });
      if (r.status !== 0) throw new Error(`marp failed: ${r.stderr}`);
      return performance.now() - t;
    };
    const marpHtml = marp(['--html', '-o', join(dir, 'marp.html')]);
    const marpPdf = marp(['--pdf', '-o', join(dir, 'marp.pdf')]);

    return [
      { name: `HTML export, ${N} slides (Lectern)`, value: html, unit: 'ms', baseline: { name: 'Marp CLI', value: marpHtml }, target: '≥ 4× faster than Marp CLI', met: html * 4 <= marpHtml },
      { name: `PDF export, ${N} slides (Lectern, incl. Chromium start)`, value: pdf, unit: 'ms', baseline: { name: 'static HTML, one page.pdf()', value: floor }, target: '≤ 1.25× the static floor', met: pdf <= floor * 1.25 },
      { name: `PDF export, ${N} slides (Lectern vs Marp CLI)`, value: pdf, unit: 'ms', baseline: { name: 'Marp CLI', value: marpPdf } },
      { name: 'peak RSS of the Lectern process during export', value: peak / 1024 / 1024, unit: 'MB' },
    ];
  } finally {
    clearInterval(sampler);
    rmSync(dir, { recursive: true, force: true });
  }
}
