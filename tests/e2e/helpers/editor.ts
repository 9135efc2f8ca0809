/** Shared steps of the editor tests: open the app on a host, open a deck, read it back with `lectern info`. */
import { execFileSync } from 'node:child_process';
import { expect, type Page } from '@playwright/test';
import type { DeckSummary } from '../../../common/deck/summary';

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

/** `lectern info <deck> --json`, run as a lecturer would. */
export function info(deckPath: string): DeckSummary {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'main/cli/index.ts', 'info', deckPath, '--json'], { encoding: 'utf8' });
  return JSON.parse(out) as DeckSummary;
}

/** Presses a shortcut with Ctrl (Playwright's ControlOrMeta picks Cmd on macOS). */
export async function shortcut(page: Page, key: string): Promise<void> {
  await page.keyboard.press(`ControlOrMeta+${key}`);
}
