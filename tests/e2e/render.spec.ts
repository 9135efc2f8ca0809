/**
 * The slide component in a real Chromium: the demo deck (every layout, a long bullet, a chart,
 * a missing image) rendered to static HTML with the themes inlined. No slide's content may
 * run past its slide, and axe-core finds no serious or critical accessibility problem.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { THEMES } from '../../common/deck/schema';
import { textWidth } from '../../common/render/text-width';
import { demoDeck, demoPage } from '../unit/render/demo-deck';

let dir: string;
test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lectern-render-'));
});
test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

for (const theme of THEMES) {
  test(`${theme}: every slide's content stays inside its slide, and axe finds no serious violations`, async ({
    page,
  }) => {
    const deck = demoDeck(theme);
    const file = join(dir, `${theme}.html`);
    writeFileSync(file, await demoPage(deck));
    const requests: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) requests.push(r.url());
    });
    await page.goto(`file://${file}`);
    await page.evaluate(() => document.fonts.ready);
    expect(await page.evaluate(() => document.fonts.check("30px 'Source Sans 3'"))).toBe(true);

    const slides = page.locator('section.lectern-slide');
    await expect(slides).toHaveCount(deck.slides.length);
    const report = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('section.lectern-slide')].map((slide) => {
        const box = slide.getBoundingClientRect();
        const outside: string[] = [];
        for (const el of slide.querySelectorAll<HTMLElement>(
          'h1, h2, p, li, blockquote, figure, figcaption, img, .lectern-chart, .lectern-placeholder',
        )) {
          const r = el.getBoundingClientRect();
          if (r.width === 0 && r.height === 0) continue;
          if (
            r.left < box.left - 1 ||
            r.top < box.top - 1 ||
            r.right > box.right + 1 ||
            r.bottom > box.bottom + 1
          )
            outside.push(el.tagName + ' ' + (el.textContent ?? '').slice(0, 40));
        }
        // A clipped line would be 14px or more; a few px are sub-pixel rounding of line boxes.
        const clipped = [
          ...slide.querySelectorAll<HTMLElement>(
            '.lectern-slide-body, .lectern-column, .lectern-title',
          ),
        ]
          .filter((el) => el.scrollHeight > el.clientHeight + 4)
          .map((el) => el.className);
        return {
          id: slide.dataset.slideId,
          width: box.width,
          height: box.height,
          outside,
          clipped,
          overfull: slide.classList.contains('is-overfull'),
        };
      }),
    );
    for (const slide of report) {
      expect(slide, slide.id).toMatchObject({
        width: 1280,
        height: 720,
        outside: [],
        clipped: [],
        overfull: false,
      });
    }
    // The long slide was shrunk to fit rather than clipped.
    const longSize = await page
      .locator('[data-slide-id="s-long"] li')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(longSize).toBeLessThan(30);

    // Nothing of the editor's overflow bar is painted in an export: it once left a 1px sliver
    // at the body's bottom-left corner on every page of a PDF.
    const bodyBackgrounds = await page
      .locator('.lectern-slide-body')
      .evaluateAll((els) => [...new Set(els.map((el) => getComputedStyle(el).backgroundImage))]);
    expect(bodyBackgrounds).toEqual(['none']);

    const axe = await new AxeBuilder({ page }).include('section.lectern-slide').analyze();
    const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
      [],
    );
    expect(requests).toEqual([]);
  });
}

test('chart text as Chromium draws it: inside the chart, never cut, and as wide as the layout estimated', async ({
  page,
}) => {
  const deck = demoDeck('light');
  const file = join(dir, 'charts.html');
  writeFileSync(file, await demoPage(deck));
  await page.goto(`file://${file}`);
  await page.evaluate(() => document.fonts.ready);
  const texts = await page.evaluate(() =>
    [...document.querySelectorAll<SVGSVGElement>('.lectern-chart svg')].flatMap((svg) => {
      const view = svg.viewBox.baseVal;
      return [...svg.querySelectorAll<SVGTextElement>('text')].map((el) => {
        // The text's box in the SVG's own coordinates (its groups' translations included).
        const box = el.getBBox();
        const m = el.getCTM()!;
        const root = svg.getCTM()!.inverse().multiply(m);
        const left = root.a * box.x + root.e;
        return {
          chart: svg.closest('figure')?.dataset.blockId ?? '',
          text: el.textContent ?? '',
          left,
          right: left + box.width * root.a,
          width: el.getComputedTextLength(),
          size: parseFloat(getComputedStyle(el).fontSize),
          weight: getComputedStyle(el).fontWeight,
          viewWidth: view.width,
        };
      });
    }),
  );
  expect(new Set(texts.map((t) => t.chart))).toEqual(
    new Set(['fig-chart', 'fig-timeline', 'fig-long-labels']),
  );
  for (const t of texts) {
    expect(t.left, `${t.chart}: ${t.text}`).toBeGreaterThanOrEqual(0);
    expect(t.right, `${t.chart}: ${t.text}`).toBeLessThanOrEqual(t.viewWidth);
    expect(t.text.endsWith('…'), `${t.chart}: ${t.text}`).toBe(false);
    // The table-based estimate that laid the chart out is within 3% (and 2px) of the real width.
    const estimate = textWidth(t.text, t.size, Number(t.weight));
    expect(
      Math.abs(estimate - t.width),
      `${t.text}: estimated ${estimate}, drawn ${t.width}`,
    ).toBeLessThanOrEqual(Math.max(2, t.width * 0.03));
  }
  expect(texts.find((t) => t.text === 'Foreign specialists in the whole USSR, 1932')).toBeDefined();
});
