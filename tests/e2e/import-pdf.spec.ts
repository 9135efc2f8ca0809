/**
 * A PDF reading imported in the library, as a lecturer drops in the article they assign:
 * a deck per section whose bullets cite the article at its printed page, its passages in the
 * Source tab, and, for a scan, a message saying to run text recognition, with nothing added.
 */
import { test, expect } from '@playwright/test';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startHost, type RunningHost } from './helpers/host';
import { tempWorkspace, type TempWorkspace } from './helpers/workspace';
import { slides } from './helpers/editor';
import { ARTICLE_HTML, SCAN_HTML } from '../fixtures/pdf/make-pdfs';

let ws: TempWorkspace;
let host: RunningHost;

test.beforeAll(async () => {
  ws = tempWorkspace();
  host = await startHost(ws.dir);
});

test.afterAll(async () => {
  await host?.stop();
  ws?.cleanup();
});

test('a two-column article as PDF becomes decks whose bullets cite its printed pages', async ({
  page,
  browser,
}) => {
  // The article printed to PDF by this test's own Chromium, as the journal's PDF would be.
  const printer = await browser.newPage();
  await printer.setContent(ARTICLE_HTML);
  const pdf = test.info().outputPath('kotkin-machines.pdf');
  writeFileSync(pdf, await printer.pdf({ preferCSSPageSize: true }));
  await printer.close();
  const scan = await browser.newPage();
  await scan.setContent(SCAN_HTML);
  const scanPdf = test.info().outputPath('scan.pdf');
  writeFileSync(scanPdf, await scan.pdf());
  await scan.close();

  await page.goto(host.url);
  await page.getByLabel('Import reading').setInputFiles(scanPdf);
  await expect(page.getByRole('status')).toContainText(
    'has no text to read: it looks like a scan',
    { timeout: 60_000 },
  );
  expect(readdirSync(ws.dir).filter((d) => existsSync(join(ws.dir, d, `${d}.lectern`)))).toEqual(
    [],
  );

  await page.getByLabel('Import reading').setInputFiles(pdf);
  await expect(page.getByRole('status').filter({ hasText: 'Drafted' })).toHaveText(
    'Drafted 2 decks from “kotkin-machines.pdf”.',
    { timeout: 60_000 },
  );
  await page.getByRole('button', { name: 'Open Buying the factories', exact: true }).click();
  await slides(page).nth(1).click();
  const stage = page.getByRole('region', { name: 'Current slide' });
  await expect(stage.locator('.lectern-cite').first()).toContainText('Kotkin, p. 203');
  await page.screenshot({ path: test.info().outputPath('pdf-deck.png') });

  // The Source tab shows the PDF's passage (read by the host), the slide's sentences marked,
  // with the page they are on.
  await page.getByRole('tab', { name: 'Source' }).click();
  const pane = page.getByRole('region', { name: 'Source' });
  await expect(pane.locator('mark').first()).toBeVisible({ timeout: 30_000 });
  await expect(pane.locator('.source-page').first()).toHaveText(/ · p\. 20\d/);
  await expect(pane).not.toContainText('cannot be shown');
  await page.screenshot({ path: test.info().outputPath('pdf-source.png') });
});
