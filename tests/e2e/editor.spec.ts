/**
 * The editor end to end, through the browser edition on real files: edit a title and a
 * bullet, add, duplicate, reorder (keyboard and drag) and delete slides with undo and redo
 * of each, add a chart from a table and an image from a file, cite a reference, save, read
 * the file back with `lectern info`, and reload to the same deck.
 */
import { test, expect } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { startHost, type RunningHost } from './helpers/host';
import { lectureDeck, tempWorkspace, writeDeck, type TempWorkspace } from './helpers/workspace';
import { info, openDeck, shortcut, slides } from './helpers/editor';

// A 4×3 PNG, the smallest real image a lecturer might add.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAQAAAADCAIAAAA7ljmRAAAAEElEQVR4nGM4ESACRww4OQAa3g4RSGPOgQAAAABJRU5ErkJggg==',
  'base64',
);

let ws: TempWorkspace;
let host: RunningHost;
let deckPath: string;

test.beforeAll(async () => {
  ws = tempWorkspace();
  deckPath = writeDeck(ws, 'lecture', lectureDeck());
  host = await startHost(ws.dir);
});

test.afterAll(async () => {
  await host?.stop();
  ws?.cleanup();
});

test('edit, add, duplicate, reorder and delete with undo and redo; figures and a citation; save and read back', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    d.dismiss().catch(() => undefined); // fails only when the page is gone already
  });
  await openDeck(page, host.url, 'Soviet industrialisation');
  const stage = page.getByRole('region', { name: 'Current slide' });
  await expect(slides(page)).toHaveCount(4);

  // Title and bullet, with the preview following the typing.
  await slides(page).nth(1).click();
  await page.getByLabel('Title', { exact: true }).fill('Western equipment and plant');
  await expect(stage.getByRole('heading', { name: 'Western equipment and plant' })).toBeVisible();
  const bullet = page.getByLabel('Bullet 1', { exact: true });
  await bullet.fill('Imported machine tools and presses');
  await expect(stage).toContainText('Imported machine tools and presses');
  await expect(page.getByText('Unsaved changes')).toBeVisible();
  await shortcut(page, 'z');
  await expect(bullet).toHaveValue('Imported machine tools');
  await expect(stage).not.toContainText('and presses');
  await shortcut(page, 'Shift+z');
  await expect(bullet).toHaveValue('Imported machine tools and presses');

  // New slide, undo, redo.
  await page.getByRole('button', { name: 'New slide' }).click();
  await expect(slides(page)).toHaveCount(5);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(slides(page)).toHaveCount(4);
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(slides(page)).toHaveCount(5);
  await slides(page).nth(2).click();
  await page.getByLabel('Title', { exact: true }).fill('Timeline');
  await expect(slides(page).nth(2)).toHaveAccessibleName(/^Slide 3: Timeline/);

  // Duplicate, undo, redo; then delete the copy, undo, redo.
  await page.getByRole('button', { name: 'Duplicate slide' }).click();
  await expect(slides(page)).toHaveCount(6);
  await expect(slides(page).nth(3)).toHaveAccessibleName(/^Slide 4: Timeline/);
  await shortcut(page, 'z');
  await expect(slides(page)).toHaveCount(5);
  await shortcut(page, 'y');
  await expect(slides(page)).toHaveCount(6);
  await slides(page).nth(3).click();
  await page.getByRole('button', { name: 'Delete slide' }).click();
  await expect(slides(page)).toHaveCount(5);
  await shortcut(page, 'z');
  await expect(slides(page)).toHaveCount(6);
  await shortcut(page, 'y');
  await expect(slides(page)).toHaveCount(5);
  await expect(slides(page).nth(3)).toHaveAccessibleName(/^Slide 4: Western specialists/);

  // Keyboard reordering: Alt+ArrowDown moves the current slide; undo and redo it.
  await slides(page).nth(2).click();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(slides(page).nth(3)).toHaveAccessibleName(/^Slide 4: Timeline/);
  await shortcut(page, 'z');
  await expect(slides(page).nth(2)).toHaveAccessibleName(/^Slide 3: Timeline/);
  await shortcut(page, 'Shift+z');
  await expect(slides(page).nth(3)).toHaveAccessibleName(/^Slide 4: Timeline/);
  await page.keyboard.press('Alt+ArrowUp');
  await expect(slides(page).nth(2)).toHaveAccessibleName(/^Slide 3: Timeline/);

  // Drag reordering: "In their words" dragged above "Western specialists".
  const from = (await slides(page).nth(4).boundingBox())!;
  const to = (await slides(page).nth(3).boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 - 10, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height / 3, { steps: 12 });
  await page.mouse.up();
  await expect(slides(page).nth(3)).toHaveAccessibleName(/^Slide 4: In their words/);
  await shortcut(page, 'z');
  await expect(slides(page).nth(4)).toHaveAccessibleName(/^Slide 5: In their words/);
  await shortcut(page, 'y');
  await expect(slides(page).nth(3)).toHaveAccessibleName(/^Slide 4: In their words/);
  await shortcut(page, 'z');
  await expect(slides(page).nth(3)).toHaveAccessibleName(/^Slide 4: Western specialists/);

  // A chart from a small table.
  await slides(page).nth(2).click();
  await page.getByRole('button', { name: 'Add figure' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add figure' });
  await dialog.getByLabel('Row 1 Value').fill('12');
  await dialog.getByLabel('Row 2 Value').fill('30');
  await dialog.getByLabel('Caption').fill('Machine-tool imports');
  await dialog.getByLabel('Alt text').fill('Bar chart: imports rose from 12 to 30');
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(stage.locator('.lectern-chart svg')).toBeVisible();
  await expect(
    stage.getByRole('img', { name: 'Bar chart: imports rose from 12 to 30' }),
  ).toBeVisible();

  // An image from a file.
  await page.getByRole('button', { name: 'Add figure' }).click();
  await dialog.getByLabel('Image from a file').check();
  await dialog
    .getByLabel('Image file')
    .setInputFiles({ name: 'furnace.png', mimeType: 'image/png', buffer: PNG });
  await dialog.getByLabel('Caption').fill('Blast furnace');
  await dialog.getByLabel('Alt text').fill('A blast furnace at Magnitogorsk');
  await dialog.getByRole('button', { name: 'Add', exact: true }).click();
  const img = stage.getByRole('img', { name: 'A blast furnace at Magnitogorsk' });
  await expect(img).toBeVisible();
  await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBe(4);

  // A citation with pages on a bullet.
  await slides(page).nth(3).click();
  await page.getByRole('button', { name: 'Cite a reference in bullet 1' }).click();
  await page.getByRole('option', { name: /^\[1\] Sutton/ }).click();
  await page.getByLabel('Pages for the new citation in bullet 1').fill('12-13');
  await page.getByRole('button', { name: 'Add citation' }).click();
  await expect(stage.locator('.lectern-cite')).toHaveText('[1, pp. 12–13]');
  await page.getByLabel('Speaker notes').fill('Mention the Ford contract.');

  // Save and read the file back as a lecturer's script would.
  await shortcut(page, 's');
  await expect(page.getByText(/^Saved at/)).toBeVisible();
  const saved = info(deckPath);
  expect(saved.slides.map((s) => s.title)).toEqual([
    'Soviet industrialisation',
    'Western equipment and plant',
    'Timeline',
    'Western specialists',
    'In their words',
  ]);
  expect(saved.slides[1]!.text).toContain('Imported machine tools and presses');
  expect(saved.slides[2]!.figures).toEqual([
    {
      kind: 'chart',
      caption: 'Machine-tool imports',
      alt: 'Bar chart: imports rose from 12 to 30',
    },
    { kind: 'image', caption: 'Blast furnace', alt: 'A blast furnace at Magnitogorsk' },
  ]);
  expect(saved.slides[3]!.citations).toEqual([{ ref: 'r1', pages: '12-13' }]);
  expect(saved.slides[3]!.notes).toBe('Mention the Ford contract.');

  mkdirSync('/tmp/ui-shots', { recursive: true });
  await slides(page).nth(2).click();
  await page.screenshot({ path: '/tmp/ui-shots/editor-light.png' });
  // Both themes live behind the toolbar's Themes button (so the toolbar fits on one line).
  const themes = page.getByRole('button', { name: 'Themes' });
  await expect(page.getByLabel('App theme')).toHaveCount(0);
  await themes.click();
  await expect(themes).toHaveAttribute('aria-expanded', 'true');
  await page.getByLabel('App theme').selectOption('dark');
  await page.getByLabel('Deck theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.keyboard.press('Escape');
  await expect(page.getByLabel('App theme')).toHaveCount(0);
  await expect(themes).toBeFocused();
  await page.screenshot({ path: '/tmp/ui-shots/editor-dark.png' });
  await shortcut(page, 'z');
  await themes.click();
  await page.getByLabel('App theme').selectOption('light');
  await themes.click();

  // Reload: the same deck, from the file.
  await page.reload();
  await expect(slides(page)).toHaveCount(5);
  await expect(slides(page).nth(1)).toHaveAccessibleName(/^Slide 2: Western equipment and plant/);
  await expect(page.getByText('Unsaved changes')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});
