/**
 * The library lists the decks generated from one reading as parts 1, 2, 3, whatever their
 * folder names (taken from the section titles) sort to; other decks keep path order.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDecks } from '../../../common/generate';
import { parseSource } from '../../../common/source/parse';
import { startWebHost, type WebHost } from '../../../main/web/server';
import { api, sampleDeck, writeDeck } from './helpers';

let dir: string;
let host: WebHost;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lectern-order-'));
  const workspace = join(dir, 'workspace');
  const text = readFileSync(
    join(import.meta.dirname, '../../fixtures/sources/soviet-industrialization-1930s.txt'),
    'utf8',
  );
  const decks = generateDecks(
    parseSource(text, { hash: 'sha256:' + 'd'.repeat(64), format: 'text' }),
    { sourceId: 'sample', sourcePath: 'sources/sample.txt' },
  );
  for (const { slug, deck } of decks) await writeDeck(workspace, slug, deck);
  await writeDeck(workspace, 'a-first', sampleDeck('A deck of my own', 2));
  await writeDeck(workspace, 'zz-last', sampleDeck('Another of my own', 2));
  host = await startWebHost({
    workspace,
    uiDir: join(dir, 'ui'),
    watch: { debounceMs: 30, pollMs: 250 },
  });
});

afterAll(async () => {
  await host?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('the library list', () => {
  it('puts the parts of one reading in part order, where the first of them stands', async () => {
    const res = await api<{ decks: Array<{ title: string; firstSlide?: { subtitle?: string } }> }>(
      host,
      'library.list',
      {},
    );
    expect(res.status).toBe(200);
    const parts = res.body.value.decks.map(
      (d) => /Part (\d) of 3/.exec(d.firstSlide?.subtitle ?? '')?.[1] ?? d.title,
    );
    expect(parts).toEqual(['A deck of my own', '1', '2', '3', 'Another of my own']);
  });
});
