/**
 * "Open folder…" (issue 11, item 8): the library lists the folders the host can see, marks
 * those holding decks, and moves the workspace to the one chosen; the next start opens it too,
 * and the other tabs hear of it at once.
 * The host runs with a home folder of the test's own.
 */
import { expect, test } from '@playwright/test';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHost, type RunningHost } from './helpers/host';
import { seriousAxeFindings } from './helpers/axe';
import { lectureDeck, tempWorkspace, writeDeck, type TempWorkspace } from './helpers/workspace';

let ws: TempWorkspace;
let home: string;
let config: string;
let host: RunningHost;

test.beforeAll(async () => {
  ws = tempWorkspace();
  writeDeck(ws, 'first', lectureDeck('Where I started'));
  home = mkdtempSync(join(tmpdir(), 'lectern-home-'));
  config = mkdtempSync(join(tmpdir(), 'lectern-config-'));
  // ~/Lectures/economics/economics.lectern, and folders without decks beside it.
  const lectures = join(home, 'Lectures');
  mkdirSync(join(home, 'Music'));
  mkdirSync(join(home, '.hidden'));
  mkdirSync(lectures);
  writeDeck(
    { ...ws, dir: lectures, deckPath: (slug) => join(lectures, slug, `${slug}.lectern`) },
    'economics',
    lectureDeck('Economics week 3'),
  );
  host = await startHost(ws.dir, { config, env: { HOME: home } });
});

test.afterAll(async () => {
  await host?.stop();
  ws?.cleanup();
  rmSync(home, { recursive: true, force: true });
  rmSync(config, { recursive: true, force: true });
});

test('Open folder… browses from home, marks folders with decks, and makes the chosen one the workspace', async ({
  page,
  context,
}) => {
  // Two more tabs: one on the library, one editing a deck of the first folder.
  const other = await context.newPage();
  await other.goto(host.url);
  const editing = await context.newPage();
  await editing.goto(host.url);
  await editing.getByRole('button', { name: 'Open Where I started', exact: true }).click();
  await expect(editing.getByRole('list', { name: 'Slides' })).toBeVisible();

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(host.url);
  await expect(
    page.getByRole('button', { name: 'Open Where I started', exact: true }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Open folder…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Open folder' });
  await expect(dialog.getByRole('list', { name: 'Folders' }).getByRole('button')).toHaveText([
    '↑ Up to the parent folder',
    'Lectures',
    'Music',
  ]);
  await expect(dialog.getByRole('button', { name: 'Lectures, holds decks' })).toBeVisible();
  expect(await seriousAxeFindings(page, { include: 'dialog[open]' })).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('open-folder.png') });

  await dialog.getByRole('button', { name: 'Lectures, holds decks' }).click();
  await expect(dialog.getByText(join(home, 'Lectures'))).toBeVisible();
  await dialog.getByRole('button', { name: 'Use this folder' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Now working in “Lectures”; Lectern opens it next time too.',
  );
  await expect(
    page.getByRole('button', { name: 'Open Economics week 3', exact: true }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open Where I started', exact: true })).toHaveCount(
    0,
  );
  // The other tabs hear of it: the library lists the new folder, the editor says its deck is
  // from the folder before.
  await expect(
    other.getByRole('button', { name: 'Open Economics week 3', exact: true }),
  ).toBeVisible();
  await expect(editing.getByRole('status').filter({ hasText: 'Lectern now works' })).toContainText(
    'Lectern now works in the folder “Lectures”, chosen in another tab.',
  );
  await editing.screenshot({ path: test.info().outputPath('other-tab-editor.png') });
  // Remembered for the next start.
  const settings = JSON.parse(readFileSync(join(config, 'settings.json'), 'utf8')) as {
    workspace: string;
  };
  expect(settings.workspace).toBe(join(home, 'Lectures'));
  // The new workspace's decks open.
  await page.getByRole('button', { name: 'Open Economics week 3', exact: true }).click();
  await expect(page.getByRole('list', { name: 'Slides' })).toBeVisible();
});
