/**
 * The References tab with a bibliography, as a lecturer uses it: import the course's .bib,
 * see which works it linked, say which entry the unnamed "[2]" is, choose APA, and the slide's
 * cite and the saved deck follow; one undo takes the style back.
 */
import { test, expect } from '@playwright/test';
import { join } from 'node:path';
import { startHost, type RunningHost } from './helpers/host';
import { lectureDeck, tempWorkspace, writeDeck, type TempWorkspace } from './helpers/workspace';
import { info, openDeck, shortcut, slides } from './helpers/editor';

const BIB = join(import.meta.dirname, '../fixtures/bibliography/course.bib');

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

test('import a bibliography, link the unnamed work, choose APA: the slide cites (Sutton, 1971, p. 207)', async ({
  page,
}) => {
  await openDeck(page, host.url, 'Soviet industrialisation');
  await slides(page).nth(1).click();
  const stage = page.getByRole('region', { name: 'Current slide' });
  await expect(stage.locator('.lectern-cite').first()).toHaveText('[1, p. 207]');

  await page.getByRole('tab', { name: 'References' }).click();
  const panel = page.getByRole('region', { name: 'References' });
  await panel.getByLabel('Bibliography file (BibTeX, RIS or CSL-JSON)').setInputFiles(BIB);
  // [1]'s text names Sutton's title; [2] is only a number: the lecturer says which it is.
  await expect(panel.getByRole('status')).toHaveText(
    '4 entries in course.bib: 1 of 2 works linked; choose the entry of the other 1 below.',
  );
  const entryFields = panel.getByLabel('Bibliography entry', { exact: true });
  await expect(entryFields.nth(0)).toHaveValue('sutton1971');
  // The import is one step to take back, named for what the lecturer did.
  await expect(page.getByRole('button', { name: /^Undo/ })).toHaveAttribute(
    'title',
    /^Undo Import bibliography/,
  );
  await entryFields.nth(1).fill('davies1997');
  await expect(
    panel.getByRole('button', { name: 'Unlink [2] from its bibliography entry' }),
  ).toBeVisible();

  await panel.getByLabel('Citation style').selectOption('apa');
  await expect(stage.locator('.lectern-cite').first()).toHaveText('(Sutton, 1971, p. 207)');
  await expect(panel.locator('.reference-preview').first()).toContainText(
    'Sutton, A. C. (1971). Western Technology and Soviet Economic Development, 1930 to 1945.',
  );
  await page.screenshot({ path: test.info().outputPath('references-apa.png') });
  await panel.getByLabel('Citation style').scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('references-tools.png') });

  // One undo takes the style back; the links stay.
  await page.locator('body').click({ position: { x: 5, y: 5 } });
  await shortcut(page, 'z');
  await expect(stage.locator('.lectern-cite').first()).toHaveText('[1, p. 207]');
  await shortcut(page, 'Shift+z');
  await expect(stage.locator('.lectern-cite').first()).toHaveText('(Sutton, 1971, p. 207)');

  await shortcut(page, 's');
  await expect(page.getByText(/^Saved at/)).toBeVisible();
  const saved = info(join(ws.dir, ws.ref('lecture')));
  expect(saved.references.map((r) => r.formatted)).toEqual([
    'Sutton, A. C. (1971). Western Technology and Soviet Economic Development, 1930 to 1945. Hoover Institution Press. https://doi.org/10.1000/sutton.1971',
    'Davies, R. W., & Harrison, M. (1997). The Soviet Military-Economic Effort under the Second Five-Year Plan. Europe-Asia Studies, 49(3), 369–406.',
  ]);
});

test('the bibliography stays with the deck: after a reload the pickers offer its entries', async ({
  page,
}) => {
  // Runs after the import above: its file is kept in the deck's folder.
  await openDeck(page, host.url, 'Soviet industrialisation');
  await page.getByRole('tab', { name: 'References' }).click();
  const panel = page.getByRole('region', { name: 'References' });
  await expect(panel.getByRole('status')).toHaveText(
    '4 entries from bibliography.bib, kept with this deck.',
  );
  await panel.getByRole('button', { name: 'Unlink [2] from its bibliography entry' }).click();
  const second = panel.getByLabel('Bibliography entry', { exact: true }).nth(1);
  await expect(second).toHaveValue('');
  // Away to another tab and back: the list is still there to pick from.
  await page.getByRole('tab', { name: 'Slide' }).click();
  await page.getByRole('tab', { name: 'References' }).click();
  await expect(panel.locator('datalist option')).toHaveCount(2 * 4);
  await second.fill('davies1997');
  await expect(
    panel.getByRole('button', { name: 'Unlink [2] from its bibliography entry' }),
  ).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('references-kept.png') });
});

test('a bibliography that cannot be read says why and changes nothing', async ({ page }) => {
  await openDeck(page, host.url, 'Soviet industrialisation');
  await page.getByRole('tab', { name: 'References' }).click();
  const panel = page.getByRole('region', { name: 'References' });
  await panel.getByLabel('Bibliography file (BibTeX, RIS or CSL-JSON)').setInputFiles({
    name: 'broken.bib',
    mimeType: 'text/plain',
    buffer: Buffer.from('@book{x, title = {Unclosed\n'),
  });
  await expect(panel.getByRole('status')).toContainText(
    'The bibliography was not imported: broken.bib: could not be read as BibTeX',
  );
  await expect(page.getByRole('button', { name: /^Undo/ })).toBeDisabled();
});
