/**
 * Charts a lecturer can edit and read from the back row, in the browser edition on real files:
 * editing a generated line chart's table keeps its proportional time axis (issue 10); a block
 * pasted from a spreadsheet fills the table in one undoable step; the four chart types; long
 * category names turn the bars across; axe finds nothing serious in the chart editor.
 * Screenshots at 1280×800 go to test-results/charts/ (or $LECTERN_SCREENS) to be looked at.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ChartSpec, Deck, DeckInput } from '../../common/deck/schema';
import { chartSpec } from '../../common/ops/chart';
import { startHost, type RunningHost } from './helpers/host';
import { openDeck, shortcut, slides } from './helpers/editor';
import { tempWorkspace, writeDeck, type TempWorkspace } from './helpers/workspace';

const SHOTS = process.env.LECTERN_SCREENS ?? join(process.cwd(), 'test-results', 'charts');

let ws: TempWorkspace;
let host: RunningHost;
let ownPath: string;

function ownDeck(): DeckInput {
  return {
    format: 'lectern-deck',
    version: 1,
    meta: { title: 'Marshall Plan aid', theme: 'light', aspectRatio: '16:9', language: 'en' },
    slides: [
      { id: 's1', layout: 'title', title: 'Marshall Plan aid', blocks: [] },
      {
        id: 's2',
        layout: 'figure',
        title: 'Who received the most',
        blocks: [
          {
            type: 'figure',
            id: 'f1',
            figure: {
              kind: 'chart',
              spec: chartSpec(
                {
                  columns: ['Country', 'Aid'],
                  rows: [
                    ['Italy', 1204],
                    ['Greece', 700],
                  ],
                },
                'bar',
              ),
            },
            caption: 'Aid by country, $ million',
            alt: 'Bar chart of aid by country',
          },
        ],
      },
    ],
  };
}

/** The chart spec of the first figure of slide `index` as saved on disk. */
function savedSpec(path: string, index: number): ChartSpec {
  const deck = JSON.parse(readFileSync(path, 'utf8')) as Deck;
  for (const b of deck.slides[index]!.blocks)
    if (b.type === 'figure' && b.figure.kind === 'chart') return b.figure.spec;
  throw new Error(`no chart on slide ${index + 1}`);
}

async function save(page: Page): Promise<void> {
  await shortcut(page, 's');
  await expect(page.getByText(/^Saved at/)).toBeVisible();
}

/**
 * Makes slide `index` current by clicking it in the sorter, and waits until it is. Under a
 * loaded full run (and once in CI) a click made in the editor's first moments after opening
 * did not select the slide, so the chart table was looked for on another one; the click is
 * repeated until the slide is current. (Not seen on a quiet machine; not yet explained.)
 */
async function showSlide(page: Page, index: number): Promise<void> {
  await expect(async () => {
    await slides(page).nth(index).click();
    await expect(slides(page).nth(index)).toHaveAttribute('aria-current', 'true', {
      timeout: 1000,
    });
  }).toPass({ timeout: 15_000 });
}

/** A paste event as the browser fires it for cells copied from a spreadsheet. */
async function paste(page: Page, into: string, text: string): Promise<void> {
  await page.getByLabel(into, { exact: true }).evaluate((el, t) => {
    (el as HTMLElement).focus();
    const data = new DataTransfer();
    data.setData('text/plain', t);
    el.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
  }, text);
}

test.beforeAll(async () => {
  ws = tempWorkspace();
  mkdirSync(SHOTS, { recursive: true });
  // Real generated drafts: the steel reading's "Output year by year" has a line over 1950–1965.
  execFileSync(
    process.execPath,
    [
      '--import',
      'tsx',
      'main/cli/index.ts',
      'generate',
      'tests/fixtures/sources/japanese-steel.md',
      '--out',
      ws.dir,
    ],
    { stdio: 'ignore' },
  );
  ownPath = writeDeck(ws, 'marshall-aid', ownDeck());
  host = await startHost(ws.dir);
});

test.afterAll(async () => {
  await host?.stop();
  ws?.cleanup();
});

test.use({ viewport: { width: 1280, height: 800 } });

test('editing a generated line chart keeps its proportional time axis (issue 10)', async ({
  page,
}) => {
  const path = ws.deckPath('output-year-by-year');
  const index = (JSON.parse(readFileSync(path, 'utf8')) as Deck).slides.findIndex((s) =>
    s.blocks.some((b) => b.type === 'figure'),
  );
  const before = savedSpec(path, index);
  expect((before.encoding as { x: { type: string } }).x.type).toBe('temporal');

  await openDeck(page, host.url, 'Output year by year');
  await showSlide(page, index);
  await expect(page.getByLabel('Chart type')).toHaveValue('line');
  // Cells are named by the axis title, not the draft's field name ("value").
  const cell = page.getByLabel('Row 2 Crude steel output, million tonnes', { exact: true });
  const old = await cell.inputValue();
  await cell.fill(String(Number(old) + 1));
  await save(page);
  let spec = savedSpec(path, index);
  expect((spec.encoding as { x: { type: string } }).x.type).toBe('temporal');
  expect(spec.layer).toEqual(before.layer);
  expect(spec.data.values[1]!.value).toBe(Number(old) + 1);

  // A new row goes through the whole-table edit: still a time axis, still the same drawing.
  await page.getByRole('button', { name: 'Add row' }).click();
  await save(page);
  spec = savedSpec(path, index);
  expect((spec.encoding as { x: { type: string } }).x.type).toBe('temporal');
  expect(spec.layer).toEqual(before.layer);
  expect(spec.data.values).toHaveLength(before.data.values.length + 1);
  await page.screenshot({ path: join(SHOTS, 'generated-line-1280x800.png') });
});

test("a generated chart: the lecturer's columns under the axis titles; a data label follows its value", async ({
  page,
}) => {
  const path = ws.deckPath('starting-from-little');
  await openDeck(page, host.url, 'Starting from little');
  const index = (JSON.parse(readFileSync(path, 'utf8')) as Deck).slides.findIndex((s) =>
    s.blocks.some((b) => b.type === 'figure'),
  );
  const before = savedSpec(path, index);
  await showSlide(page, index);
  const table = page.getByRole('table', { name: /^Data of the chart/ });

  // 2. Only the name and the value, headed by the axis title; the draft's label and sentence stay in the spec.
  await expect(table.locator('thead th')).toHaveText(['Label', 'Share of world output, %']);
  await expect(table).not.toContainText('sentence');
  await page
    .getByRole('complementary', { name: 'Inspector' })
    .screenshot({ path: join(SHOTS, 'inspector-generated-share.png') });

  // 1. A new value: the label drawn beside the bar says it, hedge and unit kept, in one undoable step.
  const value = page.getByLabel('Row 1 Share of world output, %', { exact: true });
  await expect(value).toHaveValue('2.5');
  await value.fill('3.5');
  const svg = page.getByRole('region', { name: 'Current slide' }).locator('.lectern-chart svg');
  await expect(svg).toContainText('about 3.5 percent');
  await expect(svg).not.toContainText('about 2.5 percent');
  await save(page);
  const spec = savedSpec(path, index);
  expect(spec.data.values[0]).toMatchObject({
    value: 3.5,
    shown: 'about 3.5 percent',
    sentence: before.data.values[0]!.sentence,
  });
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(svg).toContainText('about 2.5 percent');

  // A name typed key by key keeps its spaces: cells are stored trimmed, the field shows what is typed.
  const name = page.getByLabel('Row 1 Label', { exact: true });
  await name.press('End');
  await name.pressSequentially(' and Korea');
  await expect(name).toHaveValue('Japan and Korea');
  await expect(svg).toContainText('Japan and Korea');
});

test("a generated chart's alt text follows its type; a lecturer's own is kept", async ({
  page,
}) => {
  const path = ws.deckPath('output-year-by-year');
  const index = (JSON.parse(readFileSync(path, 'utf8')) as Deck).slides.findIndex((s) =>
    s.blocks.some((b) => b.type === 'figure'),
  );
  const sentences = savedSpec(path, index).data.values.map((v) => v.sentence);
  await openDeck(page, host.url, 'Output year by year');
  await showSlide(page, index);
  const alt = page.getByLabel('Alt text');
  const type = page.getByLabel('Chart type');
  await expect(alt).toHaveValue(/^Line chart of crude steel output/);
  // 3. Each change one step; the alt text Lectern wrote names the new type, the data it lists stay.
  for (const [kind, opening] of [
    ['bar', 'Bar chart of'],
    ['line', 'Line chart of'],
    ['horizontal-bar', 'Bar chart of'],
    ['timeline', 'Timeline of'],
  ] as const) {
    await type.selectOption(kind);
    await expect(type).toHaveValue(kind);
    await expect(alt).toHaveValue(
      new RegExp(
        `^${opening} crude steel output, million tonnes, 1950 to 1965: 1950, 4.8 million;`,
      ),
    );
  }
  // Redrawn by Lectern, the chart still shows only the lecturer's columns, under readable names.
  // Lectern's own chart now: the names are headers to rename, as in any chart made in the editor.
  await expect(
    page.getByRole('table', { name: /^Data of the chart/ }).locator('thead th'),
  ).toHaveCount(2);
  await expect(page.getByLabel('Column 1 name')).toHaveValue('Year');
  await expect(page.getByLabel('Column 2 name')).toHaveValue('Crude steel output, million tonnes');
  await save(page);
  const spec = savedSpec(path, index);
  expect(spec.description).toMatch(/^Timeline of crude steel output/);
  expect(spec.data.values.map((v) => v.sentence)).toEqual(sentences);
  // A lecturer's own alt text is theirs: a type change leaves it.
  await alt.fill('Steel output grew almost tenfold, 1950 to 1965.');
  await type.selectOption('line');
  await expect(type).toHaveValue('line');
  await expect(alt).toHaveValue('Steel output grew almost tenfold, 1950 to 1965.');
  await page
    .getByRole('complementary', { name: 'Inspector' })
    .screenshot({ path: join(SHOTS, 'inspector-generated-line.png') });
});

test('paste from a spreadsheet, four chart types, long names across, undo; axe on the chart editor', async ({
  page,
}) => {
  await openDeck(page, host.url, 'Marshall Plan aid');
  await showSlide(page, 1);
  await expect(page.getByLabel('Chart type')).toBeVisible();
  const stage = page.getByRole('region', { name: 'Current slide' });
  const table = page.getByRole('table', { name: /^Data of the chart/ });
  await expect(table).toBeVisible();

  // A block with a header row replaces the table, in one step.
  await paste(
    page,
    'Row 1 Country',
    'Country\tAid, $ million\nUnited Kingdom\t3,297\nFrance\t2296\nWest Germany\t1448\nItaly\t1204\n',
  );
  await expect(page.getByLabel('Column 2 name')).toHaveValue('Aid, $ million');
  await expect(page.getByLabel('Row 1 Country', { exact: true })).toHaveValue('United Kingdom');
  await expect(page.getByLabel('Row 4 Aid, $ million', { exact: true })).toHaveValue('1204');
  await expect(page.getByRole('status').filter({ hasText: 'Pasted' })).toHaveText(
    /4 rows and 2 columns/,
  );

  // "United Kingdom" is over 12 characters: the bars go across, labelled with their values.
  const svg = stage.locator('.lectern-chart svg');
  await expect(svg).toContainText('3,297');
  await expect(svg).toContainText('United Kingdom');
  const label = svg.locator('.role-axis-label text', { hasText: 'United Kingdom' });
  const value = svg.locator('.role-axis-label text', { hasText: '3,000' });
  const [lb, vb] = [await label.boundingBox(), await value.boundingBox()];
  expect(lb!.x + lb!.width).toBeLessThan(vb!.x); // category labels sit left of the plot, the values along the bottom
  expect(lb!.height).toBeLessThan(lb!.width); // level, not rotated
  await page.screenshot({ path: join(SHOTS, 'editor-pasted-bars-1280x800.png') });
  await page.locator('.chart-table').screenshot({ path: join(SHOTS, 'chart-table.png') });

  // Axe on the editor with the chart inspector open.
  const axe = await new AxeBuilder({ page }).analyze();
  const bad = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
    [],
  );

  // One undo takes the whole paste back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Row 1 Country', { exact: true })).toHaveValue('Italy');
  await expect(page.getByLabel('Column 2 name')).toHaveValue('Aid');
  await page.getByRole('button', { name: 'Redo' }).click();
  await expect(page.getByLabel('Row 1 Country', { exact: true })).toHaveValue('United Kingdom');

  // Cells without a header go in from the cell pasted into, adding rows as needed.
  await page.getByRole('button', { name: 'Add row' }).click();
  await paste(page, 'Row 5 Country', 'Greece\t700\nNetherlands\t1128');
  await expect(page.getByLabel('Row 6 Country', { exact: true })).toHaveValue('Netherlands');

  // The chart types, each one undoable step.
  const type = page.getByLabel('Chart type');
  await expect(type.locator('option')).toHaveText(['Bar', 'Horizontal bar', 'Line', 'Timeline']);
  await type.selectOption('horizontal-bar');
  await save(page);
  expect((savedSpec(ownPath, 1).encoding as { y: { type: string } }).y.type).toBe('nominal');
  await type.selectOption('line');
  await expect(type).toHaveValue('line');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(type).toHaveValue('horizontal-bar');

  // A timeline from years and events.
  await paste(
    page,
    'Row 1 Country',
    'Year\tEvent\n1947\tMarshall speaks at Harvard\n1948\tAid act signed\n1952\tPlan ends',
  );
  await type.selectOption('timeline');
  await expect(type).toHaveValue('timeline');
  await expect(svg).toContainText('Aid act signed');
  await save(page);
  const spec = savedSpec(ownPath, 1);
  expect((spec.encoding as { x: { type: string } }).x.type).toBe('temporal');
  await page.screenshot({ path: join(SHOTS, 'editor-timeline-1280x800.png') });
});
