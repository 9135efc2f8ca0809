/**
 * Formulas in the exported HTML, opened offline from file:// in Chromium with every other
 * request refused: KaTeX's markup typeset with its own fonts (inlined, so 0 requests) in a
 * bullet, a text block, a caption and the speaker notes; a malformed formula as red source;
 * no console errors under the export's strict CSP, and no serious axe findings. And the
 * PDF (slides and notes layouts, through the real command line): KaTeX's fonts embedded,
 * the formulas' text selectable.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { exportDeck } from '../../main/export/export-deck';
import { seriousAxeFindings } from './helpers/axe';
import { validDeck, writeDeck } from '../fixtures/export/decks';
import { BAD_TEX, mathDeck } from '../fixtures/export/math-deck';

const out = mkdtempSync(join(tmpdir(), 'lectern-e2e-math-'));
test.afterAll(() => rmSync(out, { recursive: true, force: true }));

async function exported(theme: 'light' | 'dark' = 'light'): Promise<string> {
  const input = mathDeck();
  input.meta.theme = theme;
  const file = writeDeck(input, 'growth', mkdtempSync(join(out, 'deck-')));
  const r = await exportDeck(validDeck(input), dirname(file), { format: 'html', notes: true });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  const path = join(out, `growth-${theme}.html`);
  writeFileSync(path, r.value.bytes);
  return path;
}

async function expectTypeset(formula: Locator): Promise<void> {
  await expect(formula).toBeVisible();
  const box = await formula.boundingBox();
  expect(box?.width ?? 0).toBeGreaterThan(4);
  expect(box?.height ?? 0).toBeGreaterThan(4);
  // MathML for screen readers beside the visual markup.
  await expect(formula.locator('math')).toHaveCount(1);
}

/** Families of the KaTeX faces the page has loaded (not merely declared). */
const loadedKatexFaces = (page: Page) =>
  page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts]
      .filter((f) => f.family.replace(/"/g, '').startsWith('KaTeX_') && f.status === 'loaded')
      .map((f) => f.family.replace(/"/g, ''));
  });

test('formulas in bullets, text, captions and notes are typeset offline with KaTeX fonts', async ({
  page,
}) => {
  const path = await exported();
  const requests: string[] = [];
  const errors: string[] = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'file:' && url.pathname === path) return route.continue();
    requests.push(route.request().url());
    return route.abort();
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`file://${path}`);
  await page.waitForFunction(() => document.querySelector('.reveal.ready') !== null);

  await page.keyboard.press('ArrowRight');
  const slide = page.locator('.reveal .slides > section.present');
  await expect(slide.locator('h2')).toContainText('Compound interest');
  await expectTypeset(slide.locator('h2 .katex'));
  const bullets = slide.locator('li[data-block-item]');
  await expect(bullets.nth(0)).toHaveText('A loan of $5 million and then $10 million');
  await expect(bullets.nth(0).locator('.katex')).toHaveCount(0);
  await expectTypeset(bullets.nth(1).locator('.katex'));
  await expectTypeset(bullets.nth(2).locator('.katex-display .katex'));
  await expectTypeset(slide.locator('.lectern-text .katex'));
  // The visual markup is hidden from screen readers; the MathML carries the TeX source.
  await expect(bullets.nth(1).locator('.katex-html')).toHaveAttribute('aria-hidden', 'true');
  await expect(bullets.nth(1).locator('annotation')).toHaveText('t_2 \\approx \\frac{70}{r}');
  expect(await page.evaluate(() => document.fonts.check('12px KaTeX_Main'))).toBe(true);
  await page.screenshot({ path: '/tmp/lectern-math-slide2.png' });
  expect(await seriousAxeFindings(page)).toEqual([]);

  await page.keyboard.press('s');
  await expect(page.locator('#lx-speaker')).toBeVisible();
  await expect(page.locator('#lx-notes')).toContainText('is a rate per year');
  await expectTypeset(page.locator('#lx-notes .katex').first());
  await expectTypeset(page.locator('#lx-notes .katex-display .katex'));
  await page.screenshot({ path: '/tmp/lectern-math-speaker.png' });
  await page.keyboard.press('s');

  await page.keyboard.press('ArrowRight');
  await expectTypeset(slide.locator('.lectern-caption .katex'));
  await expect(slide.locator('.lectern-caption')).toContainText(', US$ 20 a ton');
  await page.screenshot({ path: '/tmp/lectern-math-caption.png' });

  await page.keyboard.press('ArrowRight');
  const bad = slide.locator('.lectern-math-error');
  await expect(bad).toHaveText(`$${BAD_TEX}$`);
  await expect(bad).toHaveCSS('color', 'rgb(204, 0, 0)');
  await expect(slide.locator('h2')).toHaveText('A typo');
  await page.screenshot({ path: '/tmp/lectern-math-error.png' });
  expect(await seriousAxeFindings(page)).toEqual([]);

  const faces = await loadedKatexFaces(page);
  expect(faces).toContain('KaTeX_Main');
  expect(faces).toContain('KaTeX_Math');
  expect(requests).toEqual([]);
  expect(errors).toEqual([]);
});

test('in the dark theme a malformed formula is a legible red, and axe finds nothing serious', async ({
  page,
}) => {
  const path = await exported('dark');
  await page.route('**/*', (route) =>
    new URL(route.request().url()).pathname === path ? route.continue() : route.abort(),
  );
  await page.goto(`file://${path}`);
  await page.waitForFunction(() => document.querySelector('.reveal.ready') !== null);
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  const bad = page.locator('.reveal .slides > section.present .lectern-math-error');
  await expect(bad).toHaveCSS('color', 'rgb(255, 138, 128)');
  expect(await seriousAxeFindings(page)).toEqual([]);
});

test("the PDF embeds KaTeX's fonts and keeps the formulas as text, in slides and notes", () => {
  const file = writeDeck(mathDeck(), 'growth', mkdtempSync(join(out, 'pdf-')));
  for (const layout of ['slides', 'notes']) {
    const pdf = join(out, `growth-${layout}.pdf`);
    const r = spawnSync(
      'node_modules/.bin/tsx',
      [
        '--tsconfig',
        'tsconfig.node.json',
        'main/cli/index.ts',
        'export',
        file,
        '--pdf',
        pdf,
        '--layout',
        layout,
      ],
      { encoding: 'utf8' },
    );
    expect(r.status, r.stderr).toBe(0);
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
    expect(fonts).toMatch(/KaTeX_Main-Regular/);
    expect(fonts).toMatch(/KaTeX_Math-Italic/);
    for (const line of fonts.split('\n').slice(2).filter(Boolean))
      expect(line.split(/\s+/).at(-5), line).toBe('yes');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, ' ');
    expect(text).toContain('Compound interest');
    expect(text).toContain('A loan of $5 million and then $10 million');
    expect(text).toMatch(/g\s?=\s?Δ\s?Y/);
    expect(text).toContain('≈');
    expect(text).toContain('Broken $\\frac{1}{$ here');
    if (layout === 'notes') expect(text).toMatch(/Remind them that r is a rate per year/);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '2',
      '-l',
      '2',
      pdf,
      `/tmp/lectern-math-pdf-${layout}`,
    ]);
  }
});
