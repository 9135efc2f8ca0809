/** Shared steps of the editor tests: open the app on a host, open a deck, read it back with `lectern info`. */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { Deck } from '../../../common/deck/schema';
import { serializeDeck } from '../../../common/deck/serialize';
import type { DeckSummary } from '../../../common/deck/summary';
import { lectureDeck } from './workspace';

/** Opens the library at the host's address and then the deck titled `title`. */
export async function openDeck(page: Page, url: string, title: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('button', { name: `Open ${title}`, exact: true }).click();
  await expect(page.getByRole('list', { name: 'Slides' })).toBeVisible();
}

/** The sorter's items. */
export function slides(page: Page) {
  return page.getByRole('list', { name: 'Slides' }).getByRole('listitem');
}

/**
 * `lectern info <deck> --json`, run as a lecturer would. A cold start of the command under tsx
 * takes seconds on a loaded machine: polls on it allow 30 s.
 */
export function info(deckPath: string): DeckSummary {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', 'main/cli/index.ts', 'info', deckPath, '--json'],
    { encoding: 'utf8' },
  );
  return JSON.parse(out) as DeckSummary;
}

/** Presses a shortcut with Ctrl (Playwright's ControlOrMeta picks Cmd on macOS). */
export async function shortcut(page: Page, key: string): Promise<void> {
  await page.keyboard.press(`ControlOrMeta+${key}`);
}

/**
 * The conflict scenario: the lecturer types "Mine" as slide 2's title, then another program
 * writes "Theirs" there on disk. Returns what was written and the conflict dialog, shown.
 */
export async function editWhileChangedOnDisk(
  page: Page,
  deckPath: string,
): Promise<{ theirs: Deck; conflict: Locator }> {
  await slides(page).nth(1).click();
  await page.getByLabel('Title', { exact: true }).fill('Mine');
  const theirs = Deck.parse(lectureDeck());
  theirs.slides[1]!.title = 'Theirs';
  writeFileSync(deckPath, serializeDeck(theirs));
  const conflict = page.getByRole('dialog', { name: 'The deck changed on disk' });
  await expect(conflict).toBeVisible({ timeout: 15_000 });
  return { theirs, conflict };
}
