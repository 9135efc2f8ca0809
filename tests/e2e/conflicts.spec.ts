/**
 * Conflicts, safely: with nothing unsaved a change on disk reloads by itself (a notice with
 * an undo back to the version shown before); with unsaved work the dialog shows the slides
 * that differ side by side before anything is overwritten, and its default answer keeps both
 * versions (mine as a copy beside the deck).
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect } from '@playwright/test';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Deck } from '../../common/deck/schema';
import { serializeDeck } from '../../common/deck/serialize';
import { startHost, type RunningHost } from './helpers/host';
import {
  lectureDeck,
  readDeckJson,
  tempWorkspace,
  writeDeck,
  type TempWorkspace,
} from './helpers/workspace';
import { editWhileChangedOnDisk, info, openDeck, shortcut, slides } from './helpers/editor';

/** Where the screenshots at 1280×800 go, to be looked at (LECTERN_SCREENS overrides it). */
const SCREENS = process.env.LECTERN_SCREENS ?? 'test-results/screens';

let ws: TempWorkspace;
let host: RunningHost | undefined;

test.beforeEach(() => {
  ws = tempWorkspace();
});
test.afterEach(async () => {
  await host?.stop();
  host = undefined;
  ws.cleanup();
});

test('with nothing unsaved, a change on disk reloads by itself, with a notice and an undo', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const deckPath = writeDeck(ws, 'lecture', lectureDeck());
  host = await startHost(ws.dir);
  await openDeck(page, host.url, 'Soviet industrialisation');
  await slides(page).nth(1).click();

  const theirs = Deck.parse(lectureDeck());
  theirs.slides[1]!.title = 'Written by a colleague';
  theirs.slides.push({ ...theirs.slides[2]!, id: 's5', title: 'A slide they added' });
  writeFileSync(deckPath, serializeDeck(theirs));

  const notice = page
    .getByRole('status')
    .filter({ hasText: 'The deck changed on disk and was reloaded' });
  await expect(notice).toBeVisible({ timeout: 15_000 });
  await expect(slides(page).nth(1)).toHaveAccessibleName(/^Slide 2: Written by a colleague/);
  await expect(slides(page)).toHaveCount(5);
  await expect(page.getByRole('dialog', { name: 'The deck changed on disk' })).toBeHidden();
  await expect(page.getByText('Unsaved changes', { exact: true })).toBeHidden();
  await page.screenshot({ path: join(SCREENS, 'reloaded-notice-1280x800.png') });
  const axe = await new AxeBuilder({ page }).include('.reloaded-notice').analyze();
  expect(
    axe.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help}`),
  ).toEqual([]);

  // Undo brings back the deck as it was shown, unsaved; saving puts it back on disk.
  await notice.getByRole('button', { name: 'Undo reload' }).click();
  await expect(notice).toBeHidden();
  await expect(slides(page).nth(1)).toHaveAccessibleName(/^Slide 2: Western equipment/);
  await expect(slides(page)).toHaveCount(4);
  await expect(page.getByText('Unsaved changes', { exact: true })).toBeVisible();
  await shortcut(page, 's');
  await expect
    .poll(() => info(deckPath).slides.map((s) => s.title), { timeout: 30_000 })
    .toEqual([
      'Soviet industrialisation',
      'Western equipment',
      'Western specialists',
      'In their words',
    ]);
});

test('with unsaved work, the dialog shows the slides that differ side by side and defaults to saving mine as a copy', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const deckPath = writeDeck(ws, 'lecture', lectureDeck());
  host = await startHost(ws.dir);
  await openDeck(page, host.url, 'Soviet industrialisation');
  const { conflict } = await editWhileChangedOnDisk(page, deckPath);

  // Side by side: my slide 2 and the one on disk, before anything is written.
  const table = conflict.getByRole('table');
  await expect(table.getByRole('columnheader')).toHaveText(['Yours (not saved)', 'On disk']);
  const row = table.getByRole('row').nth(1);
  await expect(row.getByRole('cell').nth(0)).toContainText('Slide 2: Mine');
  await expect(row.getByRole('cell').nth(0)).toContainText('Imported machine tools');
  await expect(row.getByRole('cell').nth(1)).toContainText('Slide 2: Theirs');
  await expect(table.getByRole('row')).toHaveCount(2);

  // The default (focused) answer overwrites nothing.
  const copy = conflict.getByRole('button', { name: 'Save mine as a copy' });
  await expect(copy).toBeFocused();
  await expect(conflict.getByRole('button', { name: 'Keep mine' })).toBeEnabled();
  await page.screenshot({ path: join(SCREENS, 'conflict-dialog-1280x800.png') });
  const axe = await new AxeBuilder({ page }).include('dialog[open]').analyze();
  expect(
    axe.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help}`),
  ).toEqual([]);

  await page.keyboard.press('Enter');
  await expect(conflict).toBeHidden();
  await expect(page.locator('.toolbar .deck-title')).toHaveText(
    'Soviet industrialisation (my version)',
  );
  const folders = readdirSync(ws.dir).filter((f) => !f.startsWith('.'));
  expect(folders.sort()).toEqual(['lecture', 'soviet-industrialisation-my-version']);
  const copyDeck = join(ws.dir, 'soviet-industrialisation-my-version');
  expect(info(copyDeck).slides[1]!.title).toBe('Mine');
  expect(info(deckPath).slides[1]!.title).toBe('Theirs');
  expect(existsSync(`${deckPath}.bak`)).toBe(false);
});

test('"Keep mine" overwrites the file on disk only from the dialog that showed both versions', async ({
  page,
}) => {
  const deckPath = writeDeck(ws, 'lecture', lectureDeck());
  host = await startHost(ws.dir);
  await openDeck(page, host.url, 'Soviet industrialisation');
  const { conflict } = await editWhileChangedOnDisk(page, deckPath);
  await expect(conflict.getByRole('table').getByRole('row').nth(1)).toContainText(
    'Slide 2: Theirs',
  );
  await conflict.getByRole('button', { name: 'Keep mine' }).click();
  await expect(conflict).toBeHidden();
  await expect.poll(() => info(deckPath).slides[1]!.title, { timeout: 30_000 }).toBe('Mine');
  // The version on disk that was overwritten stays as the backup.
  expect(readDeckJson(`${deckPath}.bak`).slides[1]!.title).toBe('Theirs');
});
