/**
 * Losing nothing and running nothing: unsaved work survives a killed host (recovery
 * journal), a change to the file on disk is offered as reload / keep mine / save as, and
 * XSS payloads in every field of a deck render as text.
 */
import { test, expect } from '@playwright/test';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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

test('unsaved work survives the host being killed and is recovered after a restart', async ({
  browser,
}) => {
  const deckPath = writeDeck(ws, 'lecture', lectureDeck());
  host = await startHost(ws.dir);
  const first = await browser.newPage();
  await openDeck(first, host.url, 'Soviet industrialisation');
  await slides(first).nth(1).click();
  await first.getByLabel('Title', { exact: true }).fill('Equipment bought abroad');
  const journal = join(ws.dir, 'lecture', '.lecture.lectern.recovery');
  await expect.poll(() => existsSync(journal), { timeout: 10_000 }).toBe(true);
  await host.kill();
  await first.close({ runBeforeUnload: false });
  expect(readDeckJson(deckPath).slides[1]!.title).toBe('Western equipment');

  host = await startHost(ws.dir);
  const page = await browser.newPage();
  await page.goto(host.url);
  await expect(
    page.getByText('Unsaved changes from an earlier session can be recovered'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Open Soviet industrialisation' }).click();
  await page.getByRole('button', { name: 'Recover unsaved changes' }).click();
  await expect(slides(page).nth(1)).toHaveAccessibleName(/^Slide 2: Equipment bought abroad/);
  await expect(page.getByText('Unsaved changes', { exact: true })).toBeVisible();
  await shortcut(page, 's');
  await expect(page.getByText(/^Saved at/)).toBeVisible();
  expect(info(deckPath).slides[1]!.title).toBe('Equipment bought abroad');
  expect(existsSync(journal)).toBe(false);
});

test('undone back to the saved deck, nothing is unsaved: the journal goes and no recovery is offered later', async ({
  page,
}) => {
  writeDeck(ws, 'lecture', lectureDeck());
  host = await startHost(ws.dir);
  await openDeck(page, host.url, 'Soviet industrialisation');
  await slides(page).nth(1).click();
  await page.getByLabel('Title', { exact: true }).fill('Equipment bought abroad');
  const journal = join(ws.dir, 'lecture', '.lecture.lectern.recovery');
  await expect.poll(() => existsSync(journal), { timeout: 10_000 }).toBe(true);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(slides(page).nth(1)).toHaveAccessibleName(/^Slide 2: Western equipment/);
  await expect.poll(() => existsSync(journal), { timeout: 10_000 }).toBe(false);
  await page.goto(host.url);
  await expect(page.getByRole('button', { name: 'Open Soviet industrialisation' })).toBeVisible();
  await expect(
    page.getByText('Unsaved changes from an earlier session can be recovered'),
  ).toHaveCount(0);
});

test('a change on disk with unsaved work is offered as reload, keep mine or save mine as a copy', async ({
  page,
}) => {
  const deckPath = writeDeck(ws, 'lecture', lectureDeck());
  host = await startHost(ws.dir);
  await openDeck(page, host.url, 'Soviet industrialisation');
  const { theirs, conflict } = await editWhileChangedOnDisk(page, deckPath);
  await conflict.getByRole('button', { name: 'Reload' }).click();
  await expect(slides(page).nth(1)).toHaveAccessibleName(/^Slide 2: Theirs/);

  await page.getByLabel('Title', { exact: true }).fill('Mine again');
  theirs.slides[1]!.title = 'Theirs again';
  writeFileSync(deckPath, serializeDeck(theirs));
  await expect(conflict).toBeVisible({ timeout: 15_000 });
  await conflict.getByRole('button', { name: 'Keep mine' }).click();
  await expect(conflict).toBeHidden();
  await expect.poll(() => info(deckPath).slides[1]!.title, { timeout: 30_000 }).toBe('Mine again');

  // "Save mine as a copy" keeps my version in a new deck and leaves the file on disk alone.
  await page.getByLabel('Title', { exact: true }).fill('Mine, third time');
  theirs.slides[1]!.title = 'Theirs, third time';
  writeFileSync(deckPath, serializeDeck(theirs));
  await expect(conflict).toBeVisible({ timeout: 15_000 });
  await conflict.getByLabel('Title of the new deck').fill('My lecture');
  await conflict.getByRole('button', { name: 'Save mine as a copy' }).click();
  await expect(page.locator('.toolbar .deck-title')).toHaveText('My lecture');
  expect(info(join(ws.dir, 'my-lecture')).slides[1]!.title).toBe('Mine, third time');
  expect(info(deckPath).slides[1]!.title).toBe('Theirs, third time');
});

const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=2</script>',
  '"><svg onload="window.__xss=3">',
  'javascript:window.__xss=4',
  '[click](javascript:window.__xss=5)',
];

test('XSS payloads in every field render as text, in the library and the editor', async ({
  page,
}) => {
  const p = (i: number) => PAYLOADS[i % PAYLOADS.length]!;
  writeDeck(ws, 'xss', {
    format: 'lectern-deck',
    version: 1,
    meta: { title: `Deck ${p(0)}`, author: p(1), course: p(2) },
    references: [{ id: 'r1', label: p(3), text: p(0), missing: [] }],
    slides: [
      { id: 's1', layout: 'title', title: p(0), subtitle: p(1), notes: p(2), blocks: [] },
      {
        id: 's2',
        layout: 'bullets-figure',
        title: p(1),
        notes: p(0),
        blocks: [
          {
            type: 'bullets',
            id: 'b1',
            items: [
              {
                id: 'i1',
                text: p(4),
                children: [{ id: 'i2', text: p(2), children: [], citations: [] }],
                citations: [{ ref: 'r1', pages: p(0) }],
              },
            ],
          },
          {
            type: 'figure',
            id: 'f1',
            figure: { kind: 'image', asset: 'assets/<img src=x onerror=alert(1)>.png' },
            caption: p(0),
            alt: p(1),
            citations: [],
          },
        ],
      },
      {
        id: 's3',
        layout: 'quote',
        title: p(2),
        notes: '',
        blocks: [{ type: 'quote', id: 'q1', text: p(0), attribution: p(1), citations: [] }],
      },
    ],
  });
  host = await startHost(ws.dir);
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    d.dismiss().catch(() => undefined); // fails only when the page is gone already
  });
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: `Deck ${p(0)}` })).toBeVisible();
  await page.getByRole('button', { name: `Open Deck ${p(0)}` }).click();
  const stage = page.getByRole('region', { name: 'Current slide' });
  await expect(stage).toContainText(p(0));
  for (let i = 0; i < 3; i++) {
    await slides(page).nth(i).click();
    await expect(stage.locator('h1, h2').first()).toHaveText(
      i === 0 ? p(0) : i === 1 ? p(1) : p(2),
    );
  }
  await slides(page).nth(1).click();
  await expect(page.getByLabel('Speaker notes')).toHaveValue(p(0));
  await expect(stage).toContainText('Image not found');
  await page.getByRole('tab', { name: 'References' }).click();
  await expect(page.getByLabel('Full reference')).toHaveValue(p(0));
  // Typed payloads render as text too.
  await page.getByRole('tab', { name: 'Slide' }).click();
  await page
    .getByLabel('Title', { exact: true })
    .fill('<b onmouseover="window.__xss=6">typed</b><script>window.__xss=7</script>');
  await expect(stage.locator('h2').first()).toHaveText(
    '<b onmouseover="window.__xss=6">typed</b><script>window.__xss=7</script>',
  );
  await stage.hover();
  await page.getByRole('tab', { name: 'Source' }).click();
  await page.getByRole('tab', { name: 'Check' }).click();
  await page.waitForTimeout(300);
  expect(
    await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
  ).toBeUndefined();
  expect(await stage.locator('script, [onerror], [onload], [onmouseover]').count()).toBe(0);
  expect(dialogs).toEqual([]);
});
