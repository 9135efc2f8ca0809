/**
 * Issue 11, "how to know it works": axe on the library, on each tab of the editor and on every
 * dialog, in each of the three app themes, finds nothing serious or critical; and the editor
 * is shot at 1280×800 and 1920×1080 in each theme, for a person to look at
 * (test-results/a11y/, or $LECTERN_SCREENS). The sample decks are used as a lecturer gets them.
 */
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startHost, type RunningHost } from './helpers/host';
import { seriousAxeFindings } from './helpers/axe';
import { copySampleDecks, tempWorkspace, type TempWorkspace } from './helpers/workspace';
import { slides } from './helpers/editor';

const SHOTS = process.env.LECTERN_SCREENS ?? join(process.cwd(), 'test-results', 'a11y');
const THEMES = ['light', 'dark', 'high-contrast'] as const;
const DECK = 'Western technology and equipment';

let ws: TempWorkspace;
let host: RunningHost;

test.describe.configure({ timeout: 180_000 });

test.beforeAll(async () => {
  ws = tempWorkspace();
  copySampleDecks(ws);
  host = await startHost(ws.dir);
  mkdirSync(SHOTS, { recursive: true });
});

test.afterAll(async () => {
  await host?.stop();
  ws?.cleanup();
});

/** Serious and critical findings, each prefixed with where they were seen. */
async function axe(page: Page, where: string): Promise<string[]> {
  return (await seriousAxeFindings(page)).map((f) => `${where}: ${f}`);
}

for (const theme of THEMES) {
  test(`${theme}: library, every editor tab and every dialog pass axe; the editor at two sizes`, async ({
    page,
  }) => {
    const bad: string[] = [];
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(host.url);
    await page.getByLabel('App theme').selectOption(theme);
    await expect(page.getByRole('button', { name: `Open ${DECK}`, exact: true })).toBeVisible();
    bad.push(...(await axe(page, 'library')));

    // Library dialogs: new deck, rename, delete (each cancelled).
    for (const [open, name] of [
      [page.getByRole('button', { name: 'New deck' }), 'New deck'],
      [page.getByRole('button', { name: `Rename ${DECK}` }), `Rename “${DECK}”`],
      [page.getByRole('button', { name: `Delete ${DECK}` }), `Delete “${DECK}”?`],
    ] as const) {
      await open.click();
      const dialog = page.getByRole('dialog', { name });
      await expect(dialog).toBeVisible();
      bad.push(...(await axe(page, `dialog "${name}"`)));
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);
    }

    await page.getByRole('button', { name: `Open ${DECK}`, exact: true }).click();
    await expect(slides(page).first()).toBeFocused();
    await slides(page).nth(2).click();
    for (const tab of ['Slide', 'References', 'Source', 'Check']) {
      await page.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
      await expect(page.getByRole('tab', { name: new RegExp(`^${tab}`) })).toHaveAttribute(
        'aria-selected',
        'true',
      );
      bad.push(...(await axe(page, `editor, ${tab} tab`)));
    }
    await page.getByRole('tab', { name: /^Slide/ }).click();
    for (const size of [
      { width: 1280, height: 800 },
      { width: 1920, height: 1080 },
    ]) {
      await page.setViewportSize(size);
      await page.screenshot({
        path: join(SHOTS, `editor-${theme}-${size.width}x${size.height}.png`),
      });
    }
    await page.setViewportSize({ width: 1280, height: 800 });

    // Editor dialogs: export, deck settings, add figure, keyboard shortcuts.
    for (const [open, name] of [
      [() => page.getByRole('button', { name: 'Export', exact: true }).click(), /^Export/],
      [() => page.getByRole('button', { name: 'Deck settings…' }).click(), /^Deck settings/],
      [() => page.getByRole('button', { name: 'Add figure' }).first().click(), /^Add figure/],
      [() => page.keyboard.press('F1'), /^Keyboard shortcuts/],
    ] as const) {
      await open();
      const dialog = page.getByRole('dialog', { name });
      await expect(dialog).toBeVisible();
      bad.push(...(await axe(page, `dialog ${String(name)}`)));
      await page.keyboard.press('Escape');
      await expect(dialog).toHaveCount(0);
    }
    expect(bad).toEqual([]);
  });
}
