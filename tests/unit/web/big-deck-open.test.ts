/**
 * Opening a 30 MB deck must not stop the host answering everyone else (issue 15): the deck
 * is checked on a worker thread. The host runs in a process of its own, as it does for a
 * lecturer, and the test counts how many small requests, sent one after another, it answers
 * before the big deck's answer starts. No timing is asserted, only that order.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Deck } from '../../../common/deck/schema';
import { serializeDeck } from '../../../common/deck/serialize';
import { readDeckFile } from '../../../main/store';
import { checkDeckBytes, OFF_THREAD_BYTES } from '../../../main/store/read';
import { generateDeck } from '../../fixtures/decks/generate';
import { answeredWhile, call, startBigHost, type BigHost } from './big-deck';

/** Small requests the host must answer, one after another, before the big deck's answer starts. */
const ANSWERED = 100;

let host: BigHost;

beforeAll(async () => {
  host = await startBigHost();
}, 120_000);

afterAll(() => host?.stop());

describe('opening a 30 MB deck', () => {
  it('leaves the host answering small requests while the big deck is read', async () => {
    const small = await call(host, 'deck.open', { ref: 'small/small.lectern' }).body;
    expect(JSON.parse(small.toString()) as { ok: boolean }).toMatchObject({ ok: true });

    const big = call(host, 'deck.open', { ref: 'big/big.lectern' });
    // A host checking the big deck on its own thread answers a few while it reads the file,
    // then none (11 here before the worker); with the worker it answered 366 on the same machine.
    const answered = await answeredWhile(host, big, ANSWERED);
    const bigBody = JSON.parse((await big.body).toString()) as {
      ok: boolean;
      value: { deck: Deck };
    };
    expect(bigBody.ok).toBe(true);
    expect(bigBody.value.deck.slides).toHaveLength(5000);
    expect(answered).toBe(ANSWERED);
  }, 120_000);
});

describe('checking a deck on a worker thread', () => {
  it('gives what checking it in place gives: the same deck, stamp and warnings', async () => {
    const path = join(host.dir, 'workspace', 'big', 'big.lectern');
    const bytes = readFileSync(path);
    expect(bytes.byteLength).toBeGreaterThan(OFF_THREAD_BYTES);
    const offThread = await readDeckFile(path);
    const inPlace = checkDeckBytes(path, bytes, statSync(path).mtimeMs);
    expect(offThread).toEqual(inPlace);
  }, 120_000);

  it('reports a damaged big deck with the place of the damage', async () => {
    const path = join(host.dir, 'damaged.lectern');
    const text = serializeDeck(generateDeck(3000, 3));
    expect(text.length).toBeGreaterThan(OFF_THREAD_BYTES);
    writeFileSync(path, text.slice(0, -200));
    const read = await readDeckFile(path);
    expect(read.ok).toBe(false);
    expect(read.ok ? '' : read.problems[0]?.where).toMatch(/^line \d+, column \d+$/);
  }, 60_000);
});
