/**
 * The editor's speed in a real Chromium through the browser edition, on decks of 30, 300
 * and 1,000 slides: open → interactive, keystroke in the title → preview updated (p50, p95),
 * undo and redo → preview updated, and the renderer's JS heap after editing.
 *
 * Timing runs inside the page: a keydown listener stamps the start, a MutationObserver on
 * the stage stamps the moment the slide's DOM shows the change. Baseline beside each figure:
 * the same measurement on the 30-slide deck, so the rows show how each grows with size.
 *
 * Typing on the slide itself (the title's field in place) is timed the same way up to the
 * moment the current slide's thumbnail in the sorter shows the change: the field on the slide
 * shows a keystroke by itself, so the thumbnail is the preview that proves the whole editor
 * has re-rendered.
 */
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../main/platform/chromium';
import { startHost } from '../e2e/helpers/host';
import { bigDeck, tempWorkspace, writeDeck } from '../e2e/helpers/workspace';
import type { BenchRow } from './types';

const SIZES = [30, 300, 1000];
const KEYSTROKES = 60;
const UNDOS = 20;

interface Figures {
  open: number;
  p50: number;
  p95: number;
  /** Typing in the title's field on the slide → the sorter's thumbnail updated. */
  slideP50: number;
  slideP95: number;
  undo: number;
  redo: number;
  heapMB: number;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Installs the in-page stopwatch: keydown → first DOM change inside `watch` (a selector, the stage at first). */
async function installStopwatch(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __t0?: number; __times: number[]; __watch: string };
    w.__times = [];
    w.__watch = '.stage';
    window.addEventListener('keydown', () => (w.__t0 = performance.now()), { capture: true });
    new MutationObserver((records) => {
      const watched = document.querySelector(w.__watch);
      if (w.__t0 === undefined || !watched || !records.some((r) => watched.contains(r.target)))
        return;
      w.__times.push(performance.now() - w.__t0);
      w.__t0 = undefined;
    }).observe(document.querySelector('.editor')!, {
      subtree: true,
      childList: true,
      characterData: true,
    });
  });
}

/** Points the stopwatch at another part of the editor. */
async function watch(page: Page, selector: string): Promise<void> {
  await page.evaluate((s) => ((window as unknown as { __watch: string }).__watch = s), selector);
}

async function takeTimes(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const w = window as unknown as { __times: number[] };
    const t = w.__times;
    w.__times = [];
    return t;
  });
}

async function measure(page: Page, url: string): Promise<Figures> {
  await page.goto(url);
  const open = page.getByRole('button', { name: /^Open Course deck/ });
  await open.waitFor();
  const t0 = Date.now();
  await open.click();
  await page.getByLabel('Title', { exact: true }).waitFor();
  await page.locator('.stage .lectern-slide').waitFor();
  const openMs = Date.now() - t0;

  await installStopwatch(page);
  const title = page.getByLabel('Title', { exact: true });
  await title.click();
  await page.keyboard.press('End');
  for (let i = 0; i < KEYSTROKES; i++) await page.keyboard.press(i % 10 === 9 ? 'Space' : 'KeyA');
  const keys = await takeTimes(page);

  const undos: number[] = [];
  const redos: number[] = [];
  // Separate steps to undo: a visit to a text field is one undo step however long the pauses
  // in it, so the field is left and entered again between edits (else the 20 undos would be
  // one undo of everything and 19 that change nothing, and the median one sample).
  for (let i = 0; i < UNDOS; i++) {
    await title.blur();
    await title.focus();
    await page.keyboard.press('End');
    await page.keyboard.press('KeyB');
  }
  await takeTimes(page);
  for (let i = 0; i < UNDOS; i++) {
    await page.keyboard.press('ControlOrMeta+z');
    undos.push(...(await takeTimes(page)));
  }
  for (let i = 0; i < UNDOS; i++) {
    await page.keyboard.press('ControlOrMeta+Shift+z');
    redos.push(...(await takeTimes(page)));
  }

  // Typing on the slide: the title's field in place, timed to the sorter's thumbnail.
  await page.waitForTimeout(1050);
  await page.locator('.stage .lectern-title').click();
  await page.getByRole('textbox', { name: 'Slide title' }).waitFor();
  await watch(page, '.sorter-item.current');
  await takeTimes(page);
  await page.keyboard.press('End');
  await takeTimes(page);
  for (let i = 0; i < KEYSTROKES; i++) await page.keyboard.press(i % 10 === 9 ? 'Space' : 'KeyC');
  const slideKeys = await takeTimes(page);
  await page.keyboard.press('Escape');

  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return {
    open: openMs,
    p50: percentile(keys, 50),
    p95: percentile(keys, 95),
    slideP50: percentile(slideKeys, 50),
    slideP95: percentile(slideKeys, 95),
    undo: percentile(undos, 50),
    redo: percentile(redos, 50),
    heapMB: heap.usedSize / 1024 / 1024,
  };
}

export default async function editorBench(): Promise<BenchRow[]> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium found for the editor bench');
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
  const results = new Map<number, Figures>();
  try {
    for (const n of SIZES) {
      const ws = tempWorkspace();
      writeDeck(ws, 'course', bigDeck(n));
      const host = await startHost(ws.dir);
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      try {
        results.set(n, await measure(page, host.url));
      } finally {
        await page.close({ runBeforeUnload: false });
        await host.stop();
        ws.cleanup();
      }
    }
  } finally {
    await browser.close();
  }
  const base = results.get(SIZES[0]!)!;
  const rows: BenchRow[] = [];
  const round = (v: number) => Math.round(v * 10) / 10;
  for (const n of SIZES) {
    const f = results.get(n)!;
    const label = `${n.toLocaleString('en')} slides`;
    const baseline = (value: number) =>
      n === SIZES[0] ? undefined : { name: `same, ${SIZES[0]} slides`, value: round(value) };
    const row = (
      name: string,
      value: number,
      unit: BenchRow['unit'],
      b: number,
      target: string,
      met: boolean,
    ): BenchRow => {
      const bl = baseline(b);
      return {
        name: `editor ${name}, ${label}`,
        value: round(value),
        unit,
        ...(bl ? { baseline: bl } : {}),
        target,
        met,
      };
    };
    rows.push(row('open → interactive', f.open, 'ms', base.open, '< 1000 ms', f.open < 1000));
    rows.push(row('keystroke → preview p50', f.p50, 'ms', base.p50, '< 16 ms', f.p50 < 16));
    rows.push(row('keystroke → preview p95', f.p95, 'ms', base.p95, 'p95 < 16 ms', f.p95 < 16));
    rows.push(
      row(
        'keystroke on the slide → preview p50',
        f.slideP50,
        'ms',
        base.slideP50,
        '< 16 ms',
        f.slideP50 < 16,
      ),
    );
    rows.push(
      row(
        'keystroke on the slide → preview p95',
        f.slideP95,
        'ms',
        base.slideP95,
        'p95 < 16 ms',
        f.slideP95 < 16,
      ),
    );
    rows.push(row('undo → preview', f.undo, 'ms', base.undo, '< 5 ms', f.undo < 5));
    rows.push(row('redo → preview', f.redo, 'ms', base.redo, '< 5 ms', f.redo < 5));
    rows.push(row('renderer JS heap', f.heapMB, 'MB', base.heapMB, '< 250 MB', f.heapMB < 250));
  }
  return rows;
}
