/**
 * What a lecturer sees on a 1280 × 800 laptop screen: the editor toolbar on one line (themes
 * behind one button), a wide chart table inside the inspector (scrolling sideways to
 * the cell the keyboard reaches), an imported timeline not called a bar chart, no failed
 * request (the app icon included); in the library, long titles kept to three lines and an
 * empty workspace that says what to do.
 */
import { test, expect, type Page } from '@playwright/test';
import type { DeckInput } from '../../common/deck/schema';
import { startHost, type RunningHost } from './helpers/host';
import { lectureDeck, tempWorkspace, writeDeck, type TempWorkspace } from './helpers/workspace';
import { openDeck, slides } from './helpers/editor';

let ws: TempWorkspace;
let host: RunningHost;
const LONG_TITLE =
  'The first five-year plan and the import of Western machine tools, turbines, tractors and whole factories from Germany, Britain and the United States, 1928 to 1937';

/**
 * The lecture deck with a wide chart and an imported timeline (point marks). The wide chart is
 * made by hand, not generated: its author's columns are all shown (five) but `sentence`, the
 * row provenance Check reads in every chart, which stays in the spec unshown.
 */
function deckWithCharts(): DeckInput {
  const deck = lectureDeck('Charts');
  const values = [
    {
      label: 'before 1926',
      value: 15,
      high: 20,
      raw: '15-20%',
      note: 'estimate',
      sentence: 's3.1.2',
    },
    {
      label: '1935 (German loan)',
      value: 6,
      high: null,
      raw: '6 percent',
      note: 'loan terms',
      sentence: 's3.1.4',
    },
  ];
  const chart = (title: string, spec: Record<string, unknown>) => {
    const id = title.replace(/\W+/g, '-').toLowerCase();
    return {
      id: `s-${id}`,
      layout: 'figure' as const,
      title,
      notes: '',
      blocks: [
        {
          type: 'figure' as const,
          id: `f-${id}`,
          caption: title,
          alt: `${title} chart`,
          citations: [],
          figure: { kind: 'chart' as const, spec: { data: { values }, ...spec } },
        },
      ],
    };
  };
  deck.slides.push(
    chart('Wide table', {
      mark: 'bar',
      encoding: {
        x: { field: 'label', type: 'nominal' },
        y: { field: 'value', type: 'quantitative' },
      },
    }),
    chart('Timeline', {
      layer: [{ mark: { type: 'point' } }, { mark: { type: 'text' } }],
      encoding: {
        x: { field: 'value', type: 'quantitative' },
        y: { field: 'label', type: 'nominal' },
      },
    }),
  );
  return deck;
}

/** Every response of 400 or more, as "status url". */
function failures(page: Page): string[] {
  const out: string[] = [];
  page.on('response', (r) => {
    if (r.status() >= 400) out.push(`${r.status()} ${r.url()}`);
  });
  return out;
}

test.beforeAll(async () => {
  ws = tempWorkspace();
  writeDeck(ws, 'charts', deckWithCharts());
  writeDeck(ws, 'long', lectureDeck(LONG_TITLE));
  host = await startHost(ws.dir);
});

test.afterAll(async () => {
  await host?.stop();
  ws?.cleanup();
});

test.use({ viewport: { width: 1280, height: 800 } });

test('at 1280 px: toolbar on one line, chart table inside the inspector and usable by keyboard, no failed request', async ({
  page,
}) => {
  const failed = failures(page);
  await openDeck(page, host.url, 'Charts');

  // One toolbar line: the last control sits level with the first.
  const back = await page.getByRole('button', { name: 'Back to the library' }).boundingBox();
  const themes = await page.getByRole('button', { name: 'Themes' }).boundingBox();
  expect(Math.abs(themes!.y - back!.y)).toBeLessThan(4);
  expect(themes!.x + themes!.width).toBeLessThanOrEqual(1280);

  await slides(page).nth(4).click();
  const panel = await page.getByRole('complementary', { name: 'Inspector' }).boundingBox();
  const table = page.getByRole('table', { name: /^Data of the chart/ });
  const box = await table.locator('xpath=..').boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(panel!.x + panel!.width);
  // Five columns of the author's, the sentence ids kept out of the way.
  await expect(table.locator('thead th')).toHaveText(['Label', 'Value', 'High end', 'Raw', 'Note']);
  // Wider than its box, so it scrolls; Tab to the fifth column brings that cell into view.
  expect(await table.locator('xpath=..').evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(
    true,
  );
  await page.getByLabel('Row 1 Raw', { exact: true }).focus();
  await page.keyboard.press('Tab');
  const fifth = page.getByLabel('Row 1 Note', { exact: true });
  await expect(fifth).toBeFocused();
  await expect(fifth).toHaveValue('estimate');
  const cell = await fifth.boundingBox();
  expect(cell!.x + cell!.width).toBeLessThanOrEqual(box!.x + box!.width + 1);
  // Tab selected the cell; End then typing edits it.
  await page.keyboard.press('End');
  await page.keyboard.type('-based');
  await expect(fifth).toHaveValue('estimate-based');

  // The imported timeline is not passed off as a bar chart.
  await slides(page).nth(5).click();
  await expect(page.getByLabel('Chart type')).toHaveValue('custom');
  await expect(page.getByLabel('Chart type').locator('option:checked')).toHaveText('As imported');

  expect(failed).toEqual([]);
});

test('library: a long title stops at three lines and the actions stay on one line', async ({
  page,
}) => {
  await page.goto(host.url);
  const card = page
    .getByRole('list', { name: 'Decks' })
    .getByRole('listitem', { name: LONG_TITLE });
  const heading = card.getByRole('heading', { name: LONG_TITLE });
  const lineHeight = await heading.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
  expect((await heading.boundingBox())!.height).toBeLessThanOrEqual(lineHeight * 3 + 1);
  await expect(heading).toHaveAttribute('title', LONG_TITLE);
  const open = await card.getByRole('button', { name: `Open ${LONG_TITLE}` }).boundingBox();
  const del = await card.getByRole('button', { name: `Delete ${LONG_TITLE}` }).boundingBox();
  expect(Math.abs(del!.y - open!.y)).toBeLessThan(2);
});

test('an empty workspace says how to start', async ({ page }) => {
  const empty = tempWorkspace();
  const emptyHost = await startHost(empty.dir);
  try {
    await page.goto(emptyHost.url);
    const note = page.getByRole('region', { name: 'No decks in this workspace yet' });
    await expect(note).toContainText('New deck');
    await expect(note).toContainText('Import reading');
    await expect(note).toContainText('.lectern');
  } finally {
    await emptyHost.stop();
    empty.cleanup();
  }
});
