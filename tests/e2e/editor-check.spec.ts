/**
 * The deck-check panel runs the real deck check in the editor: a planted figure without alt
 * text is listed and its link selects that slide; a number typed into a bullet that its
 * source sentence does not contain is flagged, which needs the reading's copy parsed.
 */
import { test, expect } from '@playwright/test';
import { startHost, type RunningHost } from './helpers/host';
import {
  copySampleDecks,
  lectureDeck,
  tempWorkspace,
  writeDeck,
  type TempWorkspace,
} from './helpers/workspace';
import { openDeck, slides } from './helpers/editor';
import type { DeckInput } from '../../common/deck/schema';

let ws: TempWorkspace;
let host: RunningHost;

/** The lecture deck with a fifth slide holding a chart that has no alt text. */
function deckWithBareFigure(): DeckInput {
  const deck = lectureDeck('Check me');
  deck.slides.push({
    id: 's5',
    layout: 'figure',
    title: 'Steel output',
    notes: '',
    blocks: [
      {
        type: 'figure',
        id: 'f5',
        caption: 'Steel, million tonnes',
        alt: '',
        figure: {
          kind: 'chart',
          spec: {
            data: {
              values: [
                { y: '1928', t: 4 },
                { y: '1932', t: 6 },
              ],
            },
            mark: 'bar',
            encoding: {
              x: { field: 'y', type: 'nominal' },
              y: { field: 't', type: 'quantitative' },
            },
          },
        },
      },
    ],
  });
  return deck;
}

test.beforeAll(async () => {
  ws = tempWorkspace();
  writeDeck(ws, 'check-me', deckWithBareFigure());
  copySampleDecks(ws);
  host = await startHost(ws.dir);
});

test.afterAll(async () => {
  await host?.stop();
  ws?.cleanup();
});

test('a figure without alt text is listed, and its link selects that slide', async ({ page }) => {
  await openDeck(page, host.url, 'Check me');
  const tab = page.getByRole('tab', { name: /^Check/ });
  await tab.click();
  const panel = page.getByRole('region', { name: 'Deck check' });
  const item = panel.getByRole('listitem').filter({ hasText: 'has no alt text' });
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('Slide 5');
  await page.screenshot({ path: '/tmp/app-shots/check-panel.png' });

  await item.getByRole('button', { name: 'Slide 5' }).click();
  await expect(slides(page).nth(4)).toHaveAttribute('aria-current', 'true');
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue('Steel output');

  // Writing the alt text clears the problem.
  await page
    .getByLabel('Alt text')
    .fill('Bar chart: steel output rose from 4 to 6 million tonnes, 1928 to 1932');
  await page.getByRole('tab', { name: /^Check/ }).click();
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('listitem').filter({ hasText: 'has no alt text' })).toHaveCount(0);
});

test('a number its source sentence does not hold is flagged against the reading', async ({
  page,
}) => {
  await openDeck(page, host.url, 'Western technology and equipment');
  await page.getByRole('tab', { name: /^Check/ }).click();
  const panel = page.getByRole('region', { name: 'Deck check' });
  // The curated deck's own findings are about reference details, never its numbers.
  await expect(panel.getByRole('listitem').first()).toBeVisible();
  await expect(panel).not.toContainText('not in its source');
  await page.getByRole('tab', { name: 'Slide', exact: true }).click();
  await slides(page).nth(1).click();
  await page
    .getByLabel('Bullet 5', { exact: true })
    .fill('1929–1945: about 777 agreements in execution');
  await page.getByRole('tab', { name: /^Check/ }).click();
  const item = panel.getByRole('listitem').filter({ hasText: '"777"' });
  await expect(item).toContainText('not in its source');
  await item.getByRole('button', { name: 'Slide 2' }).click();
  await expect(slides(page).nth(1)).toHaveAttribute('aria-current', 'true');
});
