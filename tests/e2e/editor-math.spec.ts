/**
 * Formulas in the editor (the browser edition): the stage typesets them with KaTeX's bundled
 * fonts as the exports do, a bullet typed with a formula is typeset at once, and a malformed
 * formula is listed in Check with KaTeX's message while the slide shows its source in red;
 * the formula block is edited with a live preview; presenting shows the same formulas.
 */
import { test, expect } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startHost, type RunningHost } from './helpers/host';
import { tempWorkspace, writeDeck, type TempWorkspace } from './helpers/workspace';
import { openDeck, slides } from './helpers/editor';
import { TINY_PNG } from '../fixtures/export/decks';
import { BAD_TEX, mathDeck } from '../fixtures/export/math-deck';

let ws: TempWorkspace;
let host: RunningHost;

test.beforeAll(async () => {
  ws = tempWorkspace();
  writeDeck(ws, 'growth', mathDeck());
  writeFileSync(join(ws.dir, 'growth', 'assets', 'plant.png'), TINY_PNG);
  host = await startHost(ws.dir);
});

test.afterAll(async () => {
  await host?.stop();
  ws?.cleanup();
});

test('the editor typesets formulas and Check lists a malformed one', async ({ page }) => {
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.setViewportSize({ width: 1440, height: 900 });
  await openDeck(page, host.url, 'Growth and interest');
  await slides(page).nth(1).click();
  const stage = page.getByRole('region', { name: 'Current slide' });
  const formulas = stage.locator('.katex');
  await expect(formulas).toHaveCount(4); // title, two bullets, the text block
  for (const f of await formulas.all()) {
    await expect(f).toBeVisible();
    const box = await f.boundingBox();
    expect(box!.width).toBeGreaterThan(4);
  }
  await expect(stage.locator('li[data-block-item]').first()).toHaveText(
    'A loan of $5 million and then $10 million',
  );
  const loaded = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter(
      (f) => f.family.replace(/"/g, '') === 'KaTeX_Main' && f.status === 'loaded',
    ).length;
  });
  expect(loaded).toBeGreaterThan(0);
  await page.screenshot({ path: '/tmp/lectern-math-editor.png' });

  // Typed in the inspector, a formula is typeset on the slide at once.
  await page.getByLabel('Bullet 1', { exact: true }).fill('Rule of 70: $t = 70/r$');
  await expect(
    stage.locator('li[data-block-item]').first().locator('.katex annotation'),
  ).toHaveText('t = 70/r');

  await page.getByRole('tab', { name: /^Check/ }).click();
  const panel = page.getByRole('region', { name: 'Deck check' });
  const item = panel.getByRole('listitem').filter({ hasText: 'KaTeX cannot read' });
  await expect(item).toHaveCount(1);
  await expect(item).toContainText(BAD_TEX);
  await expect(item).toContainText("expected '}'");
  await item.getByRole('button', { name: 'Slide 4' }).click();
  await expect(stage.locator('.lectern-math-error')).toHaveText(`$${BAD_TEX}$`);
  await page.screenshot({ path: '/tmp/lectern-math-editor-check.png' });
  expect(errors).toEqual([]);
});

test('a formula block is added, typed with a live preview, and shown on the slide', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await openDeck(page, host.url, 'Growth and interest');
  await slides(page).nth(4).click();
  const stage = page.getByRole('region', { name: 'Current slide' });
  await expect(stage.locator('.lectern-formula .katex-display')).toBeVisible();
  await expect(stage.locator('.lectern-formula-empty')).toHaveText('Formula');

  await page.getByRole('button', { name: 'Add formula' }).click();
  const tex = page.getByLabel('TeX').last();
  await tex.fill('\\frac{\\Delta Y}{Y} = g');
  const preview = page.getByRole('group', { name: 'Formula preview' }).last();
  await expect(preview.locator('.katex annotation')).toHaveText('\\frac{\\Delta Y}{Y} = g');
  await expect(stage.locator('.lectern-formula .katex annotation').last()).toHaveText(
    '\\frac{\\Delta Y}{Y} = g',
  );
  await page.getByLabel('Formula caption').last().fill('Growth rate $g$');
  await expect(stage.locator('.lectern-formula figcaption').last()).toContainText('Growth rate');
  await page.screenshot({ path: '/tmp/lectern-math-formula-block.png' });

  await tex.fill('\\frac{\\Delta Y}{');
  await expect(
    page.getByRole('status').filter({ hasText: 'KaTeX cannot read this' }),
  ).toBeVisible();
  await expect(stage.locator('.lectern-formula .lectern-math-error')).toHaveText(
    '$$\\frac{\\Delta Y}{$$',
  );
  await page.screenshot({ path: '/tmp/lectern-math-formula-error.png' });
});

test('presenting shows the formulas typeset, as the editor and the exports do', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openDeck(page, host.url, 'Growth and interest');
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  const audience = page.locator('.lectern-present');
  await expect(audience).toHaveAttribute('data-ready', 'true');
  await page.keyboard.press('ArrowRight');
  const shown = page.locator('.lectern-present .slides > section.present');
  await expect(shown).toHaveAttribute('data-slide-id', 'm2');
  const formulas = shown.locator('.katex');
  await expect(formulas).toHaveCount(4);
  for (const f of await formulas.all()) {
    await expect(f).toBeVisible();
    expect((await f.boundingBox())!.height).toBeGreaterThan(10);
  }
  await expect
    .poll(() =>
      page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length),
    )
    .toBe(0);
  await page.screenshot({ path: '/tmp/lectern-math-present.png' });
});
