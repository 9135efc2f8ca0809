/**
 * Presenting speed on a 300-slide deck, through the browser edition in Chromium, beside the
 * same measurements on a 10-slide deck in the same run (the plainest case reveal.js has):
 * - keypress → next slide shown: from the keydown event's timestamp to the first frame after
 *   the next slide became reveal.js's current one (p50 and p95 over 120 presses);
 * - entering the presentation: from the click on Present to the first frame after reveal.js
 *   is ready (median of 5).
 */
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from '../../main/platform/chromium';
import { startHost } from '../e2e/helpers/host';
import { bigDeck, tempWorkspace, writeDeck } from '../e2e/helpers/workspace';
import type { BenchRow } from './types';

const PRESSES = 120;
const ENTRIES = 5;

function quantile(values: number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}

async function openDeck(page: Page, url: string, title: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: `Open ${title}`, exact: true }).click();
  await page.getByRole('list', { name: 'Slides' }).waitFor();
}

// The in-page probes are plain JavaScript strings: tsx would wrap functions passed to
// page.evaluate in a helper (`__name`) that does not exist inside the page.

/** Clicks Present; resolves with the time until the first frame after reveal.js is ready. */
const ENTER = `new Promise((resolve, reject) => {
  const button = Array.from(document.querySelectorAll('button')).find((b) => b.textContent.trim() === 'Present');
  if (!button) return reject(new Error('no Present button'));
  const t0 = performance.now();
  const mo = new MutationObserver(() => {
    if (document.querySelector('.lectern-present[data-ready="true"]')) {
      mo.disconnect();
      requestAnimationFrame(() => resolve(performance.now() - t0));
    }
  });
  mo.observe(document.body, { subtree: true, attributes: true, childList: true, attributeFilter: ['data-ready'] });
  button.click();
})`;

/** Records, per keypress, the keydown timestamp → first frame after the current slide changed. */
const PROBE = `(() => {
  window.__lx = [];
  let start = -1;
  window.addEventListener('keydown', (e) => { start = e.timeStamp; }, true);
  const slides = document.querySelector('.lectern-present .slides');
  new MutationObserver((records) => {
    if (start < 0) return;
    if (records.some((r) => r.target.classList.contains('present') && r.target.parentElement === slides)) {
      const from = start;
      start = -1;
      requestAnimationFrame(() => window.__lx.push(performance.now() - from));
    }
  }).observe(slides, { subtree: true, attributes: true, attributeFilter: ['class'] });
})()`;

const enter = (page: Page) => page.evaluate(ENTER) as Promise<number>;
const installProbe = (page: Page) => page.evaluate(PROBE);

async function measure(
  page: Page,
  url: string,
  title: string,
): Promise<{ enter: number; p50: number; p95: number }> {
  await openDeck(page, url, title);
  const entries: number[] = [];
  for (let i = 0; i < ENTRIES; i++) {
    entries.push(await enter(page));
    await page.keyboard.press('Escape');
    await page.locator('.lectern-present').waitFor({ state: 'detached' });
    await page.keyboard.press('Home');
  }
  await enter(page);
  await installProbe(page);
  for (let i = 0; i < PRESSES; i++) {
    // Forward through the deck, and back again on a small one.
    const back = Math.floor(i / 9) % 2 === 1 && title.includes('(10');
    await page.keyboard.press(back ? 'ArrowLeft' : 'ArrowRight');
    // Polled in the page: waitForFunction would need eval, which the app's CSP refuses.
    await page.evaluate(
      `new Promise((r) => { const t = () => (window.__lx.length >= ${i + 1} ? r() : setTimeout(t, 5)); t(); })`,
    );
  }
  const times = (await page.evaluate('window.__lx')) as number[];
  return { enter: quantile(entries, 0.5), p50: quantile(times, 0.5), p95: quantile(times, 0.95) };
}

export default async function (): Promise<BenchRow[]> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('no Chromium');
  const ws = tempWorkspace();
  writeDeck(ws, 'big', bigDeck(300));
  writeDeck(ws, 'small', bigDeck(10));
  const host = await startHost(ws.dir);
  const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const small = await measure(page, host.url, 'Course deck (10 slides)');
    const big = await measure(page, host.url, 'Course deck (300 slides)');
    return [
      {
        name: 'keypress → next slide shown, p50 (300 slides)',
        value: big.p50,
        unit: 'ms',
        baseline: { name: '10 slides', value: small.p50 },
        target: 'p95 < 50 ms',
        met: big.p95 < 50,
      },
      {
        name: 'keypress → next slide shown, p95 (300 slides)',
        value: big.p95,
        unit: 'ms',
        baseline: { name: '10 slides', value: small.p95 },
        target: '< 50 ms',
        met: big.p95 < 50,
      },
      {
        name: 'enter the presentation (300 slides)',
        value: big.enter,
        unit: 'ms',
        baseline: { name: '10 slides', value: small.enter },
        target: '< 1 s',
        met: big.enter < 1000,
      },
    ];
  } finally {
    await browser.close();
    await host.stop();
    ws.cleanup();
  }
}
