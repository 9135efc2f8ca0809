/**
 * A change on disk is never missed while a deck is open in the browser edition, even when
 * the page's event stream was down at the time (laptop asleep, network gone): the page
 * reconnects by itself, says where it left off, and the conflict is offered once it is back.
 *
 * The host runs in this process (the same `startWebHost` that `lectern web` runs) so the test
 * can drop its connections: going offline alone does not cut a connection already open.
 */
import { test, expect, type Request } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { Deck } from '../../common/deck/schema';
import { serializeDeck } from '../../common/deck/serialize';
import { startWebHost, type WebHost } from '../../main/web/server';
import { ensureUiBuilt } from '../../main/web/ui-build';
import { lectureDeck, tempWorkspace, writeDeck, type TempWorkspace } from './helpers/workspace';
import { editWhileChangedOnDisk, info, openDeck, slides } from './helpers/editor';

let ws: TempWorkspace;
let host: WebHost | undefined;

async function startHost(workspace: string): Promise<WebHost> {
  return startWebHost({ workspace, uiDir: await ensureUiBuilt(() => undefined) });
}

test.beforeEach(() => {
  ws = tempWorkspace();
});
test.afterEach(async () => {
  await host?.close();
  host = undefined;
  ws.cleanup();
});

/** Longer than the host's slowest way of noticing a change (its 2 s poll), so it has surely noticed. */
const HOST_NOTICES_MS = 3000;

test('a change on disk made while the page was offline is offered once it is back', async ({
  page,
  context,
}) => {
  const deckPath = writeDeck(ws, 'lecture', lectureDeck());
  host = await startHost(ws.dir);
  const streams: Request[] = [];
  page.on('request', (r) => {
    if (new URL(r.url()).pathname === '/api/events') streams.push(r);
  });
  await openDeck(page, host.url, 'Soviet industrialisation');
  await slides(page).nth(1).click();
  await page.getByLabel('Title', { exact: true }).fill('Mine');
  expect(streams).toHaveLength(1);

  // The laptop sleeps: the network is gone and the open connection with it.
  await context.setOffline(true);
  host.server.closeAllConnections();
  const theirs = Deck.parse(lectureDeck());
  theirs.slides[1]!.title = 'Theirs, written while the page was offline';
  writeFileSync(deckPath, serializeDeck(theirs));
  await page.waitForTimeout(HOST_NOTICES_MS);
  const conflict = page.getByRole('dialog', { name: 'The deck changed on disk' });
  // Not shown yet: the page really was cut off when the host told of the change.
  await expect(conflict).toBeHidden();

  await context.setOffline(false);
  await expect(conflict).toBeVisible({ timeout: 15_000 });
  // The page came back on a new connection that said where it left off.
  const back = streams.at(-1)!;
  expect(streams.length).toBeGreaterThan(1);
  expect(await back.headerValue('last-event-id')).toMatch(/^[0-9a-f]+\.\d+$/);

  await conflict.getByRole('button', { name: 'Reload' }).click();
  await expect(slides(page).nth(1)).toHaveAccessibleName(
    /^Slide 2: Theirs, written while the page was offline/,
  );
  await expect(conflict).toBeHidden();
});

test('a conflict settled and saved is not offered again when the deck is reopened', async ({
  page,
}) => {
  const deckPath = writeDeck(ws, 'lecture', lectureDeck());
  host = await startHost(ws.dir);
  await openDeck(page, host.url, 'Soviet industrialisation');
  const { conflict } = await editWhileChangedOnDisk(page, deckPath);
  await conflict.getByRole('button', { name: 'Keep mine' }).click();
  await expect.poll(() => info(deckPath).slides[1]!.title, { timeout: 30_000 }).toBe('Mine');

  // Back to the library and in again: the old change on disk is history, not a new conflict.
  await page.getByRole('button', { name: 'Back to the library' }).click();
  await page.getByRole('button', { name: 'Open Soviet industrialisation', exact: true }).click();
  await expect(slides(page).nth(1)).toHaveAccessibleName(/^Slide 2: Mine/);
  await page.waitForTimeout(1000);
  await expect(conflict).toBeHidden();
});
