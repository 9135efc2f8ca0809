/**
 * Deck settings and build steps, end to end through the browser edition: the settings dialog
 * (modal, labelled, focus kept inside and given back, a refused value explained beside its
 * field and never saved), the stage at the new aspect ratio, the file on disk; bullets one by
 * one from the inspector, marked in the sorter, stepped through when presenting, undone.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import type { BulletItem, DeckInput } from '../../common/deck/schema';
import { startHost, type RunningHost } from './helpers/host';
import {
  lectureDeck,
  readDeckJson,
  tempWorkspace,
  writeDeck,
  type TempWorkspace,
} from './helpers/workspace';
import { openDeck, shortcut, slides } from './helpers/editor';

let ws: TempWorkspace;
let host: RunningHost;
const DECKS = {
  settings: 'Soviet industrialisation',
  keys: 'Technology transfer',
  steps: 'Western equipment lecture',
  shots: 'Foreign credit',
} as const;
const SHOTS = '/tmp/ui-shots';

/** The lecture deck with its second slide's bullets (and the quote) already built step by step. */
function builtDeck(title: string): DeckInput {
  const deck = lectureDeck(title);
  const s2 = deck.slides[1]!;
  const mark = (items: BulletItem[]): BulletItem[] =>
    items.map((i) => ({ ...i, fragment: true, children: mark(i.children) }));
  const block = s2.blocks![0]!;
  if (block.type === 'bullets') block.items = mark(block.items as BulletItem[]);
  return deck;
}

test.beforeAll(async () => {
  ws = tempWorkspace();
  writeDeck(ws, 'settings', lectureDeck(DECKS.settings));
  writeDeck(ws, 'keys', lectureDeck(DECKS.keys));
  writeDeck(ws, 'steps', lectureDeck(DECKS.steps));
  writeDeck(ws, 'shots', builtDeck(DECKS.shots));
  host = await startHost(ws.dir);
  mkdirSync(SHOTS, { recursive: true });
});

test.afterAll(async () => {
  await host?.stop();
  ws?.cleanup();
});

test.use({ viewport: { width: 1280, height: 800 } });

function seriousOrCritical(
  violations: { id: string; impact?: string | null; nodes: { target: unknown[] }[] }[],
): string[] {
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Deck settings' });
const stage = (page: Page) => page.getByRole('region', { name: 'Current slide' });

/** Width over height of the slide drawn on the stage. */
async function stageRatio(page: Page): Promise<number> {
  const box = await stage(page).locator('.slide-frame').first().boundingBox();
  return box!.width / box!.height;
}

test('deck settings: author, course, date and 4:3 reach the stage and the file; a bad date is explained, never saved', async ({
  page,
}) => {
  await openDeck(page, host.url, DECKS.settings);
  const button = page.getByRole('button', { name: 'Deck settings…' });
  await button.click();
  const d = dialog(page);
  await expect(d).toBeVisible();
  await expect(d.getByLabel('Title', { exact: true })).toBeFocused();
  const axe = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(seriousOrCritical(axe.violations)).toEqual([]);

  // Typing a field is one undo step per field.
  await d.getByLabel('Author').pressSequentially('Dr A. Lecturer');
  await d.getByLabel('Course').fill('HIST 214');
  await d.getByLabel('Date').fill('2026-09-14');
  expect(await stageRatio(page)).toBeCloseTo(16 / 9, 1);
  await d.getByRole('radio', { name: /^4:3/ }).check();
  await expect.poll(() => stageRatio(page)).toBeCloseTo(4 / 3, 1);
  await d.getByLabel('Paper size for PDF', { exact: true }).selectOption('letter');
  // The title slide shows who, which course and when.
  await expect(stage(page)).toContainText('Dr A. Lecturer · HIST 214 · 2026-09-14');

  // A date the calendar does not have: the reason beside the field, the deck keeps its date.
  const date = d.getByLabel('Date');
  await date.fill('2026-02-31');
  await date.press('Tab');
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(date).toHaveAccessibleDescription(/There is no 31 February 2026\./);
  await expect(stage(page)).toContainText('2026-09-14');
  await date.fill('14/09/2026');
  await expect(date).toHaveAccessibleDescription(
    /Write the date as year-month-day, for example 2026-09-14\./,
  );
  // An empty title is refused the same way; a bad language tag too.
  const title = d.getByLabel('Title', { exact: true });
  await title.fill('');
  await title.press('Tab');
  await expect(title).toHaveAccessibleDescription(/A deck needs a title/);
  await expect(page.locator('.toolbar .deck-title')).toHaveText(DECKS.settings);
  await d.getByLabel('Language').fill('english please');
  await d.getByLabel('Language').press('Tab');
  await expect(d.getByLabel('Language')).toHaveAccessibleDescription(
    /Write a language tag such as en, en-GB or de-AT\./,
  );
  await page.screenshot({ path: `${SHOTS}/deck-settings-invalid.png` });

  // Esc closes; focus is back on the toolbar button.
  await page.keyboard.press('Escape');
  await expect(d).toHaveCount(0);
  await expect(button).toBeFocused();

  // Five fields changed, five undo steps: three undos leave author and course.
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveAttribute(
    'title',
    /Undo Deck settings/,
  );
  for (let i = 0; i < 3; i++) await shortcut(page, 'z');
  await expect.poll(() => stageRatio(page)).toBeCloseTo(16 / 9, 1);
  await expect(stage(page)).toContainText('Dr A. Lecturer · HIST 214');
  await expect(stage(page)).not.toContainText('2026');
  for (let i = 0; i < 3; i++) await shortcut(page, 'Shift+z');
  await expect.poll(() => stageRatio(page)).toBeCloseTo(4 / 3, 1);

  await shortcut(page, 's');
  await expect(page.getByText(/^Saved at/)).toBeVisible();
  const meta = readDeckJson(ws.deckPath('settings')).meta;
  expect(meta).toMatchObject({
    title: DECKS.settings,
    author: 'Dr A. Lecturer',
    course: 'HIST 214',
    date: '2026-09-14',
    aspectRatio: '4:3',
    paperSize: 'letter',
    language: 'en',
  });
});

test('deck settings by keyboard: Ctrl+, opens it, Tab stays inside, Esc gives focus back', async ({
  page,
}) => {
  await openDeck(page, host.url, DECKS.keys);
  await expect(slides(page).nth(0)).toBeFocused();
  await shortcut(page, ',');
  const d = dialog(page);
  await expect(d).toBeVisible();
  for (let i = 0; i < 14; i++) {
    await page.keyboard.press(i % 3 === 2 ? 'Shift+Tab' : 'Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('dialog')))).toBe(
      true,
    );
  }
  await page.keyboard.press('Escape');
  await expect(d).toHaveCount(0);
  await expect(slides(page).nth(0)).toBeFocused();
});

test('bullets one by one: the inspector toggle, the sorter mark, presenting step by step, undo', async ({
  page,
}) => {
  await openDeck(page, host.url, DECKS.steps);
  await slides(page).nth(1).click();
  const toggle = page.getByRole('checkbox', { name: 'Bullets one by one' });
  await expect(toggle).not.toBeChecked();
  const mark = slides(page).nth(1).getByRole('img', { name: 'Builds step by step' });
  await expect(mark).toHaveCount(0);
  await toggle.check();
  await expect(mark).toBeVisible();
  await expect(slides(page).nth(1)).toHaveAccessibleName(
    /^Slide 2: Western equipment, builds step by step/,
  );

  // A quote as one build step, from its block's toggle.
  await slides(page).nth(3).click();
  await page.getByRole('checkbox', { name: 'Quote as a build step' }).check();
  await expect(slides(page).nth(3).getByRole('img', { name: 'Builds step by step' })).toBeVisible();

  // Presenting from slide 2: the three bullets (one nested) one at a time, then slide 3.
  await slides(page).nth(1).click();
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  const present = page.locator('.lectern-present');
  await expect(present).toHaveAttribute('data-ready', 'true');
  const shown = present.locator('.slides > section.present');
  const visible = present.locator('.slides > section.present .fragment.visible');
  await expect(shown).toHaveAttribute('data-slide-id', 's2');
  await expect(visible).toHaveCount(0);
  for (const n of [1, 2, 3]) {
    await page.keyboard.press('ArrowRight');
    await expect(visible).toHaveCount(n);
  }
  await page.keyboard.press('ArrowRight');
  await expect(shown).toHaveAttribute('data-slide-id', 's3');
  await page.keyboard.press('ArrowRight');
  await expect(shown).toHaveAttribute('data-slide-id', 's4');
  await expect(visible).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await expect(visible).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(present).toHaveCount(0);

  // Undo takes back the quote, then the slide's bullets, each in one step.
  await shortcut(page, 'z');
  await expect(slides(page).nth(3).getByRole('img', { name: 'Builds step by step' })).toHaveCount(
    0,
  );
  await expect(mark).toBeVisible();
  await shortcut(page, 'z');
  await expect(mark).toHaveCount(0);
  await slides(page).nth(1).click();
  await expect(page.getByRole('checkbox', { name: 'Bullets one by one' })).not.toBeChecked();
  await shortcut(page, 'Shift+z');
  await expect(mark).toBeVisible();
  await shortcut(page, 's');
  await expect(page.getByText(/^Saved at/)).toBeVisible();
  const saved = readDeckJson(ws.deckPath('steps')).slides[1]!.blocks[0]!;
  const flags = (items: readonly BulletItem[]): unknown[] =>
    items.flatMap((i) => [i.fragment, ...flags(i.children)]);
  expect(saved.type === 'bullets' && flags(saved.items)).toEqual([true, true, true]);
});

for (const theme of ['light', 'dark', 'high-contrast'] as const) {
  test(`looks: the dialog and the sorter mark at 1280×800, ${theme} theme`, async ({ page }) => {
    await page.addInitScript((t) => window.localStorage.setItem('lectern.chromeTheme', t), theme);
    await openDeck(page, host.url, DECKS.shots);
    await slides(page).nth(1).click();
    await expect(
      slides(page).nth(1).getByRole('img', { name: 'Builds step by step' }),
    ).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/build-steps-${theme}.png` });
    await page
      .getByRole('navigation', { name: 'Slide sorter' })
      .screenshot({ path: `${SHOTS}/sorter-mark-${theme}.png` });
    await slides(page)
      .nth(1)
      .screenshot({ path: `${SHOTS}/sorter-item-${theme}.png` });
    await page.getByRole('button', { name: 'Deck settings…' }).click();
    await expect(dialog(page)).toBeVisible();
    await page.screenshot({ path: `${SHOTS}/deck-settings-${theme}.png` });
    const axe = await new AxeBuilder({ page }).analyze();
    expect(seriousOrCritical(axe.violations)).toEqual([]);
  });
}
