/**
 * The browser edition survives a restart of its host: the same workspace keeps the same
 * address (a token kept 0600 in the config folder, and the port), the page says at once that
 * it lost the host, keeps what is typed meanwhile in the page (IndexedDB), reconnects by
 * itself and saves it when the host is back. A tab closed while the host was away offers its
 * work on the next open.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Page } from '@playwright/test';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost, type RunningHost } from './helpers/host';
import {
  lectureDeck,
  readDeckJson,
  tempWorkspace,
  writeDeck,
  type TempWorkspace,
} from './helpers/workspace';
import { info, openDeck, slides } from './helpers/editor';

/** Where the screenshots at 1280×800 go, to be looked at (LECTERN_SCREENS overrides it). */
const SCREENS = process.env.LECTERN_SCREENS ?? 'test-results/screens';

// Each test starts the host twice, a whole `lectern web` process each time: on a loaded
// 2-core machine that alone came near the default minute.
test.describe.configure({ timeout: 150_000 });

let ws: TempWorkspace;
let config: string;
let host: RunningHost | undefined;

test.beforeEach(() => {
  ws = tempWorkspace();
  config = mkdtempSync(join(tmpdir(), 'lectern-e2e-config-'));
});
test.afterEach(async () => {
  await host?.stop();
  host = undefined;
  ws.cleanup();
  rmSync(config, { recursive: true, force: true });
});

/** What the page keeps in IndexedDB for `ref` (null when nothing). */
function keptInPage(page: Page, ref: string): Promise<{ title: string | undefined } | null> {
  return page.evaluate(
    (key) =>
      new Promise((resolve) => {
        const req = indexedDB.open('lectern');
        req.onerror = () => resolve(null);
        req.onsuccess = () => {
          const db = req.result;
          if (!db.objectStoreNames.contains('unsaved-decks')) return resolve(null);
          const get = db.transaction('unsaved-decks').objectStore('unsaved-decks').get(key);
          get.onsuccess = () => {
            const entry = get.result as { deck: { slides: Array<{ title?: string }> } } | undefined;
            resolve(entry ? { title: entry.deck.slides[1]?.title } : null);
          };
          get.onerror = () => resolve(null);
        };
      }),
    ref,
  );
}

test('edits typed while the host is stopped are kept, and saved once it restarts on the same workspace', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const deckPath = writeDeck(ws, 'lecture', lectureDeck());
  host = await startHost(ws.dir, { config });
  const address = host.url;
  await openDeck(page, host.url, 'Soviet industrialisation');
  await slides(page).nth(1).click();
  const title = page.getByLabel('Title', { exact: true });
  await title.fill('Typed before the stop');

  // The host goes away mid-edit: the page says so at once.
  await host.stop();
  host = undefined;
  const banner = page.getByRole('alert').filter({ hasText: 'Disconnected — your edits are kept' });
  await expect(banner).toBeVisible({ timeout: 3000 });

  await title.fill('Typed while the host was away');
  await expect
    .poll(() => keptInPage(page, ws.ref('lecture')), { timeout: 10_000 })
    .toEqual({ title: 'Typed while the host was away' });
  expect(readDeckJson(deckPath).slides[1]!.title).toBe('Western equipment');
  await page.screenshot({ path: join(SCREENS, 'disconnected-banner-1280x800.png') });
  const axe = await new AxeBuilder({ page }).include('.connection-banner').analyze();
  expect(
    axe.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help}`),
  ).toEqual([]);

  // The same workspace and config folder: the same address, kept 0600.
  host = await startHost(ws.dir, { config });
  expect(host.url).toBe(address);
  const hosts = join(config, 'hosts');
  const [file] = readdirSync(hosts);
  if (process.platform !== 'win32') expect(statSync(join(hosts, file!)).mode & 0o777).toBe(0o600);

  // The page reconnects by itself and saves what was typed.
  await expect
    .poll(() => info(deckPath).slides[1]!.title, { timeout: 30_000 })
    .toBe('Typed while the host was away');
  await expect(banner).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Connected again' })).toBeVisible();
  await expect.poll(() => keptInPage(page, ws.ref('lecture'))).toBeNull();
  await expect(page.getByText('Unsaved changes', { exact: true })).toBeHidden();
});

test('with the host away and no storage in the page, the editor says the unsaved changes are not protected', async ({
  page,
}) => {
  // A locked-down browser (or one whose storage is full) gives the page no IndexedDB.
  await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
  writeDeck(ws, 'lecture', lectureDeck());
  host = await startHost(ws.dir, { config });
  await openDeck(page, host.url, 'Soviet industrialisation');
  await slides(page).nth(1).click();
  const title = page.getByLabel('Title', { exact: true });
  await host.stop();
  host = undefined;
  // The banner promises nothing the page cannot keep.
  await expect(
    page.getByRole('alert').filter({ hasText: 'Disconnected — keep this window open.' }),
  ).toBeVisible({ timeout: 3000 });

  await title.fill('Typed with nowhere to keep it');
  const warning = page.locator('.message-bar.error');
  await expect(warning).toContainText('Your unsaved changes have no recovery copy', {
    timeout: 10_000,
  });
  await expect(warning).toContainText('save as soon as you can');
  await page.screenshot({ path: join(SCREENS, 'no-recovery-copy-1280x800.png') });
});

test('a tab closed while the host was away offers its edits when the deck is opened again', async ({
  page,
  context,
}) => {
  const deckPath = writeDeck(ws, 'lecture', lectureDeck());
  host = await startHost(ws.dir, { config });
  await openDeck(page, host.url, 'Soviet industrialisation');
  await slides(page).nth(1).click();
  await host.stop();
  host = undefined;
  await expect(page.getByRole('alert').filter({ hasText: 'Disconnected' })).toBeVisible({
    timeout: 3000,
  });
  await page.getByLabel('Title', { exact: true }).fill('Kept in the page');
  await expect
    .poll(() => keptInPage(page, ws.ref('lecture')), { timeout: 10_000 })
    .toEqual({ title: 'Kept in the page' });
  await page.close({ runBeforeUnload: false });

  host = await startHost(ws.dir, { config });
  const again = await context.newPage();
  await openDeck(again, host.url, 'Soviet industrialisation');
  await again.getByRole('button', { name: 'Recover unsaved changes' }).click();
  await expect(slides(again).nth(1)).toHaveAccessibleName(/^Slide 2: Kept in the page/);
  await again.keyboard.press('ControlOrMeta+s');
  await expect
    .poll(() => info(deckPath).slides[1]!.title, { timeout: 30_000 })
    .toBe('Kept in the page');
});

test('--new-token replaces the address: a page of the old one is told it is no longer accepted', async ({
  page,
}) => {
  writeDeck(ws, 'lecture', lectureDeck());
  host = await startHost(ws.dir, { config });
  const old = host.url;
  await openDeck(page, host.url, 'Soviet industrialisation');
  await host.stop();
  host = await startHost(ws.dir, { config, args: ['--new-token'] });
  expect(new URL(host.url).port).toBe(new URL(old).port);
  expect(host.token).not.toBe(new URL(old).searchParams.get('token'));
  await expect(page.getByRole('alert').filter({ hasText: 'no longer accepted' })).toBeVisible({
    timeout: 20_000,
  });
});
