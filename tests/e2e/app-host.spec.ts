/**
 * Host integration, end to end through the browser edition: the keyboard shortcuts dialog
 * (`?` and F1 in the editor), and the audience view in a window of its own — the route the
 * desktop app opens on the projector — which presents the deck as the editor holds it
 * (unsaved edits included) and, when left, brings the editor to the slide that was showing.
 * In the browser edition, Present still presents in the editor's own window.
 */
import { test, expect, type Page } from '@playwright/test';
import type { DeckInput } from '../../common/deck/schema';
import { startHost, type RunningHost } from './helpers/host';
import { tempWorkspace, writeDeck, type TempWorkspace } from './helpers/workspace';
import { openDeck, slides } from './helpers/editor';

function deck(): DeckInput {
  const slide = (n: number) => ({
    id: `s${n}`,
    layout: 'bullets' as const,
    title: `Topic ${n}`,
    notes: `Notes ${n}`,
    blocks: [
      {
        type: 'bullets' as const,
        id: `b${n}`,
        items: [{ id: `b${n}-0`, text: `Point ${n}`, children: [], citations: [] }],
      },
    ],
  });
  return {
    format: 'lectern-deck',
    version: 1,
    meta: { title: 'Host lecture', theme: 'light', aspectRatio: '16:9', language: 'en' },
    slides: [1, 2, 3, 4].map(slide),
  };
}

let ws: TempWorkspace;
let host: RunningHost;

test.beforeAll(async () => {
  ws = tempWorkspace();
  writeDeck(ws, 'host-lecture', deck());
  host = await startHost(ws.dir);
});

test.afterAll(async () => {
  await host?.stop();
  ws?.cleanup();
});

/** The audience window's address, as main/electron/presentation-windows.ts builds it (plus the browser edition's token). */
const audienceUrl = (start: number) =>
  `${host.url}#/audience/${encodeURIComponent(ws.ref('host-lecture'))}/${start}`;
const shownSlide = (page: Page) => page.locator('.lectern-present .slides > section.present');

test('? opens the keyboard shortcuts, listing Undo, Save and Present with their keys; F1 too; ? typed in a field stays text', async ({
  page,
}) => {
  await openDeck(page, host.url, 'Host lecture');
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  const row = (name: string) => dialog.getByRole('row', { name: new RegExp(`^${name}`) });
  await expect(row('Undo')).toContainText('Ctrl+Z');
  await expect(row('Save')).toContainText('Ctrl+S');
  await expect(row('Present from the first slide')).toContainText('F5');
  await expect(row('Present from this slide')).toContainText('Shift+F5');
  await expect(row('Black out and back')).toContainText('B');
  await expect(dialog.getByRole('table')).toHaveCount(2);
  await page.screenshot({ path: '/tmp/app-shots/shortcuts-dialog.png' });
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.keyboard.press('F1');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  const title = page.getByLabel('Title', { exact: true });
  await title.fill('Why?');
  await title.press('End');
  await title.press('?');
  await expect(title).toHaveValue('Why??');
  await expect(dialog).toBeHidden();
});

test('Present in the browser edition still presents in the editor window', async ({ page }) => {
  await openDeck(page, host.url, 'Host lecture');
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await expect(page.locator('.lectern-present')).toHaveAttribute('data-ready', 'true');
  await expect(shownSlide(page)).toHaveAttribute('data-slide-id', 's1');
  await page.keyboard.press('Escape');
  await expect(page.locator('.lectern-present')).toHaveCount(0);
});

test('an audience window presents the deck as edited, and Esc there lands the editor on the slide shown', async ({
  page,
  context,
}) => {
  await openDeck(page, host.url, 'Host lecture');
  await slides(page).nth(1).click();
  await page.getByLabel('Title', { exact: true }).fill('Topic 2, not yet saved');

  const audience = await context.newPage();
  await audience.goto(audienceUrl(1));
  await expect(audience.locator('.lectern-present')).toHaveAttribute('data-ready', 'true');
  await expect(shownSlide(audience)).toHaveAttribute('data-slide-id', 's2');
  await expect(shownSlide(audience)).toContainText('Topic 2, not yet saved');
  await expect(audience).toHaveTitle('Host lecture — audience view');

  await audience.keyboard.press('ArrowRight');
  await expect(shownSlide(audience)).toHaveAttribute('data-slide-id', 's3');
  await audience.keyboard.press('Escape');
  // A browser tab not opened by script cannot close itself; the desktop app's window does.
  await expect(audience.getByRole('status')).toHaveText(
    'The presentation has ended. You can close this window.',
  );
  await expect(slides(page).nth(2)).toHaveAttribute('aria-current', 'true');
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Topic 3');
  await audience.close();
});

test('with no editor to hand the deck over, an audience window presents the deck as saved', async ({
  page,
}) => {
  await page.goto(audienceUrl(3));
  await expect(page.locator('.lectern-present')).toHaveAttribute('data-ready', 'true');
  await expect(shownSlide(page)).toHaveAttribute('data-slide-id', 's4');
  await expect(shownSlide(page)).toContainText('Topic 4');
});
