/**
 * Visual check, run by hand: `npx tsx tests/unit/render/visual.ts [outDir]`.
 * Renders the demo deck in every theme to static HTML and screenshots each slide in Chromium
 * to /tmp/render-shots/<theme>-<nn>-<layout>.png. Look at the pictures.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { THEMES } from '../../../common/deck/schema';
import { CHROMIUM_ARGS, findChromium, NO_CHROMIUM_MESSAGE } from '../../../main/platform/chromium';
import { demoDeck, demoPage } from './demo-deck';

const out = process.argv[2] ?? '/tmp/render-shots';
mkdirSync(out, { recursive: true });
const executablePath = findChromium();
if (!executablePath) throw new Error(NO_CHROMIUM_MESSAGE);
const browser = await chromium.launch({ executablePath, args: [...CHROMIUM_ARGS] });
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  for (const theme of THEMES) {
    const deck = demoDeck(theme);
    const html = await demoPage(deck);
    const file = join(out, `${theme}.html`);
    writeFileSync(file, html);
    await page.goto(`file://${file}`);
    await page.evaluate(() => document.fonts.ready);
    const slides = page.locator('section.lectern-slide');
    const count = await slides.count();
    for (let i = 0; i < count; i++) {
      const layout = deck.slides[i]!.layout;
      await slides.nth(i).screenshot({
        path: join(out, `${theme}-${String(i + 1).padStart(2, '0')}-${layout}.png`),
      });
    }
    console.log(`${theme}: ${count} slides → ${out}`);
  }
} finally {
  await browser.close();
}
