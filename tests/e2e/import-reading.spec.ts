/**
 * "Import reading" in the library, through the browser edition: a Markdown reading uploaded
 * through the file input becomes one deck card per thematic section, titled after its
 * section, and an imported deck opens in the editor with its slides and its source passage.
 */
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startHost, type RunningHost } from './helpers/host';
import { lectureDeck, tempWorkspace, writeDeck, type TempWorkspace } from './helpers/workspace';
import { info, slides } from './helpers/editor';

const READING = join(process.cwd(), 'tests/fixtures/sources/green-revolution.md');
// The reading's two sections that carry the argument (its "References" section is not a deck).
const SECTIONS = ['The new seeds arrive', 'Water, fertiliser and credit'];

let ws: TempWorkspace;
let host: RunningHost;

test.beforeAll(async () => {
  ws = tempWorkspace();
  writeDeck(ws, 'lecture', lectureDeck());
  host = await startHost(ws.dir);
});

test.afterAll(async () => {
  await host?.stop();
  ws?.cleanup();
});

test('importing a reading adds one titled deck per section, and each opens with its slides', async ({ page }) => {
  await page.goto(host.url);
  // Deck cards only: the decks of one reading sit in a group item titled with the reading.
  const cards = page.getByRole('list', { name: 'Decks' }).getByRole('listitem').filter({ hasNot: page.getByRole('list', { name: /^Parts of / }) });
  await expect(cards).toHaveCount(1);

  await page.getByLabel('Import reading').setInputFiles(READING);
  await expect(page.getByRole('status').filter({ hasText: 'Drafted' })).toHaveText('Drafted 2 decks from “green-revolution.md”.', { timeout: 60_000 });
  await expect(cards).toHaveCount(1 + SECTIONS.length);
  for (const title of SECTIONS) await expect(page.getByRole('button', { name: `Open ${title}`, exact: true })).toBeVisible();
  // They form one group under the reading's title, in part order.
  const parts = page.getByRole('list', { name: /^Parts of / }).getByRole('listitem');
  await expect(parts.getByRole('heading', { level: 2 })).toHaveText([...SECTIONS]);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: test.info().outputPath('library-grouped.png') });
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  // On disk: a deck folder per section, each with its copy of the reading under sources/.
  const folders = readdirSync(ws.dir).filter((d) => existsSync(join(ws.dir, d, `${d}.lectern`)) && d !== 'lecture');
  expect(folders).toHaveLength(SECTIONS.length);
  const summaries = folders.map((d) => info(join(ws.dir, d, `${d}.lectern`)));
  expect(summaries.map((s) => s.title).sort()).toEqual([...SECTIONS].sort());
  for (const d of folders) expect(readdirSync(join(ws.dir, d, 'sources'))).toContain('green-revolution.md');

  // Open the first section's deck: its slides are those on disk, titles in order.
  const first = summaries.find((s) => s.title === SECTIONS[0])!;
  await page.getByRole('button', { name: `Open ${SECTIONS[0]}`, exact: true }).click();
  await expect(page.getByRole('list', { name: 'Slides' })).toBeVisible();
  await expect(slides(page)).toHaveCount(first.slides.length);
  const stage = page.getByRole('region', { name: 'Current slide' });
  await slides(page).nth(1).click();
  await expect(stage.getByRole('heading', { name: first.slides[1]!.title })).toBeVisible();
  // The slide's source passage comes from the reading just imported.
  await page.getByRole('tab', { name: 'Source' }).click();
  await expect(page.getByRole('region', { name: 'Source' }).locator('mark').first()).toBeVisible();

  // Importing the same reading again keeps the first decks and adds new folders beside them.
  await page.getByRole('button', { name: 'Back to the library' }).click();
  await page.getByLabel('Import reading').setInputFiles(READING);
  await expect(page.getByRole('status').filter({ hasText: 'Drafted' })).toBeVisible({ timeout: 60_000 });
  await expect(cards).toHaveCount(1 + 2 * SECTIONS.length);
});
