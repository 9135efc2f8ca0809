/**
 * The source pane: the passage a slide came from, read from the reading's copy beside the
 * deck and parsed as the importer parses it, with the slide's sentences highlighted.
 */
import { test, expect } from '@playwright/test';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSource } from '../../common/source/parse';
import { startHost, type RunningHost } from './helpers/host';
import { lectureDeck, tempWorkspace, writeDeck, type TempWorkspace } from './helpers/workspace';
import { openDeck, slides } from './helpers/editor';

const READING = `Technology and the First Five-Year Plan

1. Western equipment

Between 1929 and 1932 the Soviet Union bought machine tools abroad on a large scale. Most of the new plants were built to Western designs. Some contemporaries thought the purchases wasteful.

Engineers from the United States supervised much of the work. Their contracts ran for one or two years.
`;

let ws: TempWorkspace;
let host: RunningHost;

test.beforeAll(async () => {
  ws = tempWorkspace();
  const hash = 'sha256:' + createHash('sha256').update(READING).digest('hex');
  const model = parseSource(READING, { hash, format: 'text' });
  const sentences = model.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.sentences));
  const deck = lectureDeck();
  deck.sources = [
    {
      id: 'src1',
      title: 'Technology and the First Five-Year Plan',
      hash,
      path: 'sources/reading.txt',
    },
  ];
  deck.slides[1]!.provenance = { source: 'src1', sentences: [sentences[0]!.id, sentences[1]!.id] };
  writeDeck(ws, 'lecture', deck);
  mkdirSync(join(ws.dir, 'lecture', 'sources'), { recursive: true });
  writeFileSync(join(ws.dir, 'lecture', 'sources', 'reading.txt'), READING);
  host = await startHost(ws.dir);
});

test.afterAll(async () => {
  await host?.stop();
  ws?.cleanup();
});

test('the source pane shows the passage with the slide’s sentences highlighted', async ({
  page,
}) => {
  await openDeck(page, host.url, 'Soviet industrialisation');
  await slides(page).nth(1).click();
  await page.getByRole('tab', { name: 'Source' }).click();
  const pane = page.getByRole('region', { name: 'Source' });
  const marks = pane.locator('mark');
  await expect(marks).toHaveCount(2);
  await expect(marks.nth(0)).toHaveText(/bought machine tools abroad/);
  await expect(marks.nth(1)).toHaveText(/built to Western designs/);
  await expect(pane).toContainText('Some contemporaries thought the purchases wasteful.');
  mkdirSync('/tmp/ui-shots', { recursive: true });
  await page.screenshot({ path: '/tmp/ui-shots/source-pane.png' });
  // A slide not made from the reading says so.
  await slides(page).nth(2).click();
  await expect(pane).toContainText('This slide was not made from the reading.');
});
