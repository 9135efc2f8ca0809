/**
 * Export speed, side by side in one run: the same 300 slides exported by Lectern (HTML and
 * PDF) and by Marp CLI (from Markdown of the same slides), and the floor for PDF — the same
 * static slides printed by Chromium with one `page.pdf()` call. Also Lectern's peak RSS.
 *
 * Lectern's PDF and the floor count the same things: a Chromium start, one document, one
 * print of the same PDF (tagged, with an outline) and closing Chromium; the floor's document
 * is made before its clock starts. Each side runs once as a discarded warm-up, then five times
 * in the order A B B A …; rows give the median and the range.
 *
 * Where Lectern's time goes (profiled step by step, 300 slides): Chromium start ~180 ms (the
 * slides render meanwhile, ~50 ms warm); context + page ~190 ms (the floor's newPage costs the
 * same); setContent ~150–300 ms (the same document on both sides); the fonts wait 0–200 ms
 * (needed: right after `load` `document.fonts.status` was still "loading" in half the runs —
 * its cost is mostly the renderer finishing the screen frame); the tagged print with outline
 * ~750–1,250 ms, where an untagged one takes ~600–900 ms; closing ~110 ms. Routing every
 * request to abort and the offline context cost nothing measurable.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

async function time<T>(f: () => Promise<T>): Promise<number> {
  const t = performance.now();
  await f();
  return performance.now() - t;
}

/** Timed runs per side after one discarded warm-up run each. */
const RUNS = 5;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const range = (xs: number[]) => `${Math.round(Math.min(...xs))}–${Math.round(Math.max(...xs))} ms`;

/**
 * Runs `a` and `b` once each as a discarded warm-up, then `RUNS` times each in the order
 * A B B A A B B A …, so that load from other processes on the machine falls on both alike.
 */
async function sideBySide(a: () => Promise<unknown>, b: () => Promise<unknown>): Promise<[number[], number[]]> {
  await a();
  await b();
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < 2 * RUNS; i++) {
    if (i % 4 === 0 || i % 4 === 3) as.push(await time(a));
    else bs.push(await time(b));
  }
  return [as, bs];
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
    const pdfOptions = { format: 'pdf', layout: 'slides', handouts: 3, fragments: false } as const;

    const htmlRuns: number[] = [];
    for (let i = 0; i <= RUNS; i++) {
      const ms = await time(async () => {
        const r = await exportDeck(deck, deckDir, { format: 'html', notes: true });
        if (r.ok) writeFileSync(join(dir, 'lectern.html'), r.value.bytes);
      });
      if (i > 0) htmlRuns.push(ms); // the first run loads reveal.js, React and vega: discarded
    }

    // Lectern's PDF as the command line makes it: Chromium starts while the slides render,
    // then one print (offline context, every request refused, fonts awaited, tagged, outline).
    const lectern = async () => {
      const [printer, rendered] = await Promise.all([playwrightPrinter(), staticDeck(deck, deckDir)]);
      try {
        const r = await exportStatic(deck, rendered, pdfOptions, { printer });
        if (r.ok) writeFileSync(join(dir, 'lectern.pdf'), r.value.bytes);
      } finally {
        await printer.close();
      }
    };

    // The floor: the same static document (made beforehand, not timed), one Chromium start,
    // one setContent, one page.pdf() asked for the same PDF — tagged, with the outline — so
    // both sides make the same file. An untagged print is measured too, to show what tags cost.
    const doc = printDocument('Bench lecture', 'en', await staticDeck(deck, deckDir), pdfOptions);
    const floor = (tagged: boolean) => async () => {
      const browser = await chromium.launch({ executablePath: chromePath, args: [...CHROMIUM_ARGS] });
      try {
        const page = await browser.newPage();
        await page.setContent(doc.html);
        const size = { width: `${doc.width}px`, height: `${doc.height}px`, printBackground: true };
        writeFileSync(join(dir, 'floor.pdf'), await page.pdf(tagged ? { ...size, tagged: true, outline: true } : size));
      } finally {
        await browser.close();
      }
    };
    const [pdfRuns, floorRuns] = await sideBySide(lectern, floor(true));
    const [untaggedRuns, taggedRuns] = await sideBySide(floor(false), floor(true));

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

    const html = median(htmlRuns);
    const pdf = median(pdfRuns);
    const floorMs = median(floorRuns);
    const runs = `median of ${RUNS}`;
    return [
      { name: `HTML export, ${N} slides (Lectern, ${runs}: ${range(htmlRuns)}; Marp one run)`, value: html, unit: 'ms', baseline: { name: 'Marp CLI', value: marpHtml }, target: '≥ 4× faster than Marp CLI', met: html * 4 <= marpHtml },
      {
        name: `PDF export, ${N} slides, both incl. Chromium start (Lectern ${range(pdfRuns)}, floor ${range(floorRuns)}; ${runs}, alternated)`,
        value: pdf, unit: 'ms',
        baseline: { name: 'static HTML, one page.pdf(), tagged + outline', value: floorMs },
        target: '≤ 1.25× the static floor', met: pdf <= floorMs * 1.25,
      },
      { name: `the floor untagged (${range(untaggedRuns)}) vs tagged + outline (${range(taggedRuns)}; ${runs}, alternated)`, value: median(untaggedRuns), unit: 'ms', baseline: { name: 'floor, tagged + outline', value: median(taggedRuns) } },
      { name: `PDF export, ${N} slides (Lectern vs Marp CLI, one run)`, value: pdf, unit: 'ms', baseline: { name: 'Marp CLI', value: marpPdf } },
      { name: 'peak RSS of the Lectern process during export', value: peak / 1024 / 1024, unit: 'MB' },
    ];
  } finally {
    clearInterval(sampler);
    rmSync(dir, { recursive: true, force: true });
  }
}
