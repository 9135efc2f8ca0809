/**
 * Undo steps as a lecturer expects them: letters typed in one go are one step, and leaving a
 * field ends that step, so typing more on coming back is a step of its own, even when the
 * lecturer comes back at once (well within the one-second typing burst); and one visit to a
 * field is one step, however long the lecturer pauses in it.
 */
import { expect, test } from '@playwright/test';
import { startHost, type RunningHost } from './helpers/host';
import { lectureDeck, tempWorkspace, writeDeck, type TempWorkspace } from './helpers/workspace';
import { openDeck, shortcut, slides } from './helpers/editor';

let ws: TempWorkspace;
let host: RunningHost;
const TITLE = 'Undo steps';

test.beforeAll(async () => {
  ws = tempWorkspace();
  writeDeck(ws, 'undo-steps', lectureDeck(TITLE));
  host = await startHost(ws.dir);
});

test.afterAll(async () => {
  await host?.stop();
  ws?.cleanup();
});

test('leaving a field ends its undo step; typing there again is a new one', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openDeck(page, host.url, TITLE);
  await slides(page).nth(1).click();
  const title = page
    .getByRole('region', { name: /^Slide \d+ contents$/ })
    .getByLabel('Title', { exact: true });
  const before = await title.inputValue();

  await title.click();
  await title.press('End');
  await page.keyboard.type(' one');
  // Out of the field and straight back: the next letters are a new step.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(title).toBeFocused();
  await title.press('End');
  await page.keyboard.type(' two');
  await expect(title).toHaveValue(`${before} one two`);

  await shortcut(page, 'z');
  await expect(title).toHaveValue(`${before} one`);
  await shortcut(page, 'z');
  await expect(title).toHaveValue(before);
  await shortcut(page, 'Shift+z');
  await expect(title).toHaveValue(`${before} one`);
});

test('what is typed in one visit to a field is one step, however long the pauses', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openDeck(page, host.url, TITLE);
  await slides(page).nth(2).click();
  const title = page
    .getByRole('region', { name: /^Slide \d+ contents$/ })
    .getByLabel('Title', { exact: true });
  const before = await title.inputValue();

  await title.click();
  await title.press('End');
  await page.keyboard.type(' slowly');
  // Longer than a typing burst: before fields were one step, this split the edit in two.
  await page.waitForTimeout(1300);
  await page.keyboard.type(' written');
  await expect(title).toHaveValue(`${before} slowly written`);

  await shortcut(page, 'z');
  await expect(title).toHaveValue(before);
  // Still in the field after undo: the next visit's words are again one step.
  await expect(title).toBeFocused();
  await title.press('End');
  await page.keyboard.type(' again');
  await shortcut(page, 'z');
  await expect(title).toHaveValue(before);
});
