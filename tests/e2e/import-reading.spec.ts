/**
 * "Import reading" in the library, through the browser edition: a Markdown reading uploaded
 * through the file input becomes one deck card per thematic section, titled after its
 * section, and an imported deck opens in the editor with its slides and its source passage.
 */
import { test, expect } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Deck } from '../../common/deck/schema';
import { parseSource } from '../../common/source/parse';
import { startHost, type RunningHost } from './helpers/host';
import { seriousAxeFindings } from './helpers/axe';
import { lectureDeck, tempWorkspace, writeDeck, type TempWorkspace } from './helpers/workspace';
import { info, slides } from './helpers/editor';

const READING = join(process.cwd(), 'tests/fixtures/sources/green-revolution.md');
// The reading's two sections that carry the argument (its "References" section is not a deck).
const SECTIONS = ['The new seeds arrive', 'Water, fertiliser and credit'];

let ws: TempWorkspace;
let host: RunningHost;

test.beforeAll(async () => {
  ws = tempWorkspace();
  writeDeck(ws, 'lecture', lectureDeck());
  host = await startHost(ws.dir);
});

test.afterAll(async () => {
  await host?.stop();
  ws?.cleanup();
});

test('importing a reading adds one titled deck per section, and each opens with its slides', async ({
  page,
}) => {
  await page.goto(host.url);
  // Deck cards only: the decks of one reading sit in a group item titled with the reading.
  const cards = page
    .getByRole('list', { name: 'Decks' })
    .getByRole('listitem')
    .filter({ hasNot: page.getByRole('list', { name: /^Parts of / }) });
  await expect(cards).toHaveCount(1);

  await page.getByLabel('Import reading').setInputFiles(READING);
  await expect(page.getByRole('status').filter({ hasText: 'Drafted' })).toHaveText(
    'Drafted 2 decks from “green-revolution.md”.',
    { timeout: 60_000 },
  );
  await expect(cards).toHaveCount(1 + SECTIONS.length);
  for (const title of SECTIONS)
    await expect(page.getByRole('button', { name: `Open ${title}`, exact: true })).toBeVisible();
  // They form one group under the reading's title, in part order.
  const parts = page.getByRole('list', { name: /^Parts of / }).getByRole('listitem');
  await expect(parts.getByRole('heading', { level: 2 })).toHaveText([...SECTIONS]);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: test.info().outputPath('library-grouped.png') });
  expect(await seriousAxeFindings(page)).toEqual([]);

  // On disk: a deck folder per section, each with its copy of the reading under sources/.
  const folders = readdirSync(ws.dir).filter(
    (d) => existsSync(join(ws.dir, d, `${d}.lectern`)) && d !== 'lecture',
  );
  expect(folders).toHaveLength(SECTIONS.length);
  const summaries = folders.map((d) => info(join(ws.dir, d, `${d}.lectern`)));
  expect(summaries.map((s) => s.title).sort()).toEqual([...SECTIONS].sort());
  for (const d of folders)
    expect(readdirSync(join(ws.dir, d, 'sources'))).toContain('green-revolution.md');

  // Open the first section's deck: its slides are those on disk, titles in order.
  const first = summaries.find((s) => s.title === SECTIONS[0])!;
  await page.getByRole('button', { name: `Open ${SECTIONS[0]}`, exact: true }).click();
  await expect(page.getByRole('list', { name: 'Slides' })).toBeVisible();
  await expect(slides(page)).toHaveCount(first.slides.length);
  const stage = page.getByRole('region', { name: 'Current slide' });
  await slides(page).nth(1).click();
  await expect(stage.getByRole('heading', { name: first.slides[1]!.title })).toBeVisible();
  // The slide's source passage comes from the reading just imported.
  await page.getByRole('tab', { name: 'Source' }).click();
  await expect(page.getByRole('region', { name: 'Source' }).locator('mark').first()).toBeVisible();

  // Importing the same reading again asks first; "Make new copies" keeps the first decks and adds new folders beside them.
  await page.getByRole('button', { name: 'Back to the library' }).click();
  await page.getByLabel('Import reading').setInputFiles(READING);
  const dialog = page.getByRole('dialog', { name: '“green-revolution.md” was imported before' });
  await expect(dialog).toBeVisible({ timeout: 60_000 });
  await expect(dialog.getByRole('listitem')).toHaveText([...SECTIONS].sort());
  expect(await seriousAxeFindings(page)).toEqual([]);
  await page.screenshot({ path: test.info().outputPath('reimport-dialog.png') });
  await dialog.getByRole('button', { name: 'Make new copies' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Drafted' })).toBeVisible({
    timeout: 60_000,
  });
  await expect(cards).toHaveCount(1 + 2 * SECTIONS.length);
});

test('a changed reading imported again updates its decks: slides kept, the ones it changed under marked in Check until reviewed', async ({
  page,
}) => {
  // The first section's deck and its copy (made by "Make new copies" above): both are updated.
  const files = readdirSync(ws.dir)
    .map((d) => join(ws.dir, d, `${d}.lectern`))
    .filter((f) => existsSync(f) && info(f).title === SECTIONS[0]);
  expect(files).toHaveLength(2);
  const deckFile = files[0]!;
  const path = dirname(deckFile);
  const deck = JSON.parse(readFileSync(deckFile, 'utf8')) as Deck;
  // A sentence a content slide rests on, as the reading writes it: the one the lecturer's source changed.
  const raw = readFileSync(READING, 'utf8');
  const model = parseSource(raw, { hash: 'sha256:' + '0'.repeat(64), format: 'markdown' });
  const texts = new Map(
    model.sections.flatMap((s) =>
      s.paragraphs.flatMap((p) => p.sentences.map((t) => [t.id, t.text] as const)),
    ),
  );
  const index = deck.slides.findIndex((s) =>
    s.provenance?.sentences.some((id) => raw.includes(texts.get(id) ?? '\u0000')),
  );
  const sentence = deck.slides[index]!.provenance!.sentences.find((id) =>
    raw.includes(texts.get(id) ?? '\u0000'),
  )!;
  const old = texts.get(sentence)!;
  const changed = raw.replace(old, old.replace(/[.!?]$/, ', or so the reports claimed.'));

  await page.goto(host.url);
  await page.getByLabel('Import reading').setInputFiles({
    name: 'green-revolution.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from(changed),
  });
  const dialog = page.getByRole('dialog', { name: '“green-revolution.md” was imported before' });
  await dialog.getByRole('button', { name: 'Update the existing decks' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Updated' })).toContainText(
    /Marked for review in Check/,
    { timeout: 60_000 },
  );
  // The slides are the lecturer's as they were; the copy of the reading is the new one.
  const after = JSON.parse(readFileSync(deckFile, 'utf8')) as Deck;
  expect(after.slides.map((s) => s.title)).toEqual(deck.slides.map((s) => s.title));
  // Marked: exactly the slides that rest on the changed sentence.
  const citing = deck.slides
    .map((sl, i) => (JSON.stringify(sl).includes(`"${sentence}"`) ? i : -1))
    .filter((i) => i >= 0);
  expect(citing).toContain(index);
  expect(after.slides.map((sl, i) => (sl.stale ? i : -1)).filter((i) => i >= 0)).toEqual(citing);
  expect(after.slides[index]!.stale).toEqual([{ sentence, why: 'changed' }]);
  expect(readFileSync(join(path, 'sources', 'green-revolution.md'), 'utf8')).toBe(changed);

  // In the editor, Check names the slide; "Mark as reviewed" takes the mark off, one undoable step.
  for (const f of files)
    expect((JSON.parse(readFileSync(f, 'utf8')) as Deck).slides[index]!.stale).toEqual([
      { sentence, why: 'changed' },
    ]);
  await page
    .getByRole('button', { name: `Open ${SECTIONS[0]}`, exact: true })
    .first()
    .click();
  await page.getByRole('tab', { name: /^Check/ }).click();
  const finding = page
    .getByRole('region', { name: 'Deck check' })
    .getByRole('listitem')
    .filter({ hasText: 'rests on the reading as it was before the update' });
  await expect(finding).toHaveCount(citing.length);
  const mine = finding.filter({
    has: page.getByRole('button', { name: `Slide ${index + 1}`, exact: true }),
  });
  await mine.getByRole('button', { name: `Mark slide ${index + 1} as reviewed` }).click();
  await expect(finding).toHaveCount(citing.length - 1);
  await expect(mine).toHaveCount(0);
  await page.keyboard.press('Control+s');
  await expect(page.getByText(/^Saved at/)).toBeVisible();
  // The deck opened is saved without the mark; its copy, not opened, keeps it.
  const marks = files
    .map((f) => (JSON.parse(readFileSync(f, 'utf8')) as Deck).slides[index]!.stale?.length ?? 0)
    .sort();
  expect(marks).toEqual([0, 1]);
});
