// @ts-check
/**
 * The PDF floor of `npm run bench -- export`, as a whole process like `lectern export --pdf`:
 * plain Node loads Playwright, starts the same Chromium with the same flags, loads a static
 * print document made beforehand (the same one Lectern prints), makes one `page.pdf()` of it
 * asked for the same PDF (tagged, with an outline) and closes Chromium. Plain JavaScript, so
 * no transpiling is counted on either side.
 *
 *     node tests/bench/floor-print.mjs <document.html> <out.pdf> <width px> <height px> [--untagged]
 *
 * The Chromium path and flags come in LECTERN_CHROMIUM and LECTERN_CHROMIUM_ARGS (JSON).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import process from 'node:process';
import { chromium } from 'playwright-core';

const [html, out, width, height] = process.argv.slice(2);
if (!html || !out || !width || !height)
  throw new Error('usage: floor-print.mjs <document.html> <out.pdf> <width> <height> [--untagged]');
const tagged = !process.argv.includes('--untagged');
const browser = await chromium.launch({
  executablePath: process.env.LECTERN_CHROMIUM,
  args: JSON.parse(process.env.LECTERN_CHROMIUM_ARGS ?? '[]'),
});
try {
  const page = await browser.newPage();
  await page.setContent(readFileSync(html, 'utf8'));
  const size = { width: `${width}px`, height: `${height}px`, printBackground: true };
  writeFileSync(out, await page.pdf(tagged ? { ...size, tagged: true, outline: true } : size));
} finally {
  await browser.close();
}
