/** The recovery journal: round trip, when it is offered, and a damaged one reported, never used. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  discardRecovery,
  readDeckFile,
  readRecovery,
  saveDeck,
  writeRecovery,
} from '../../../main/store';
import { serializeDeck } from '../../../common/deck/serialize';
import { generateDeck } from '../../fixtures/decks/generate';
import { tempDir } from './helpers';

async function openDeck() {
  const dir = tempDir();
  const path = join(dir, 'deck.lectern');
  writeFileSync(path, serializeDeck(generateDeck(3, 1)));
  const opened = await readDeckFile(path);
  if (!opened.ok) throw new Error('fixture did not open');
  return { dir, path, opened: opened.value, journal: join(dir, '.deck.lectern.recovery') };
}

describe('recovery journal', () => {
  it('round-trips unsaved edits and offers them on the next open', async () => {
    const { path, opened, journal } = await openDeck();
    const edited = generateDeck(4, 2);
    const written = await writeRecovery(path, edited, opened.stamp.hash);
    expect(written).toMatchObject({ ok: true, value: { path: journal } });
    const state = await readRecovery(path);
    expect(state.status).toBe('found');
    if (state.status !== 'found') return;
    expect(serializeDeck(state.recovery.deck)).toBe(serializeDeck(edited));
    expect(state.recovery).toMatchObject({
      baseHash: opened.stamp.hash,
      baseMatches: true,
      newerThanDeck: true,
    });
    expect(readFileSync(path, 'utf8')).toBe(serializeDeck(opened.deck)); // the deck itself is untouched

    await discardRecovery(path);
    expect(existsSync(journal)).toBe(false);
    expect(await readRecovery(path)).toEqual({ status: 'none' });
    expect((await discardRecovery(path)).ok).toBe(true); // nothing to discard is fine
  });

  it('offers nothing when the deck already holds the journal content', async () => {
    const { path, opened } = await openDeck();
    const edited = generateDeck(4, 2);
    await writeRecovery(path, edited, opened.stamp.hash);
    expect((await saveDeck(path, edited, { expected: opened.stamp })).ok).toBe(true);
    expect(await readRecovery(path)).toEqual({ status: 'none' });
  });

  it('flags a journal whose base deck was changed by someone else since', async () => {
    const { path, opened } = await openDeck();
    await writeRecovery(path, generateDeck(4, 2), opened.stamp.hash);
    writeFileSync(path, serializeDeck(generateDeck(5, 3)));
    const state = await readRecovery(path);
    expect(state.status === 'found' && state.recovery.baseMatches).toBe(false);
  });

  it('offers the journal when the deck file is gone', async () => {
    const { path, opened } = await openDeck();
    await writeRecovery(path, generateDeck(4, 2), opened.stamp.hash);
    const { rmSync } = await import('node:fs');
    rmSync(path);
    expect((await readRecovery(path)).status).toBe('found');
  });

  it.each([
    ['cut off', (j: string) => j.slice(0, j.length / 2), /not complete JSON/],
    ['not a journal', () => '{"hello": 1}', /not a Lectern recovery file/],
    ['binary', () => '\u0000\u0001', /not complete JSON/],
    ['bad time', (j: string) => j.replace(/"savedAt":"[^"]+"/, '"savedAt":"yesterday"'), /savedAt/],
    ['invalid deck', (j: string) => j.replace('"slides":[', '"slides":[7,'), /.*/],
  ])(
    'reports a %s journal, never crashes, and leaves the deck alone',
    async (_name, damage, message) => {
      const { path, opened, journal } = await openDeck();
      await writeRecovery(path, generateDeck(4, 2), opened.stamp.hash);
      writeFileSync(journal, damage(readFileSync(journal, 'utf8')));
      const before = readFileSync(path);
      const state = await readRecovery(path);
      expect(state.status).toBe('corrupt');
      if (state.status !== 'corrupt') return;
      expect(state.path).toBe(journal);
      expect(state.problems[0]!.what).toMatch(message);
      expect(state.problems[0]!.where).toContain(journal);
      expect(readFileSync(path)).toEqual(before);
      expect(existsSync(journal)).toBe(true); // kept for the user to inspect, not deleted behind their back
    },
  );

  it('names the place inside the journal deck that is invalid', async () => {
    const { path, opened, journal } = await openDeck();
    await writeRecovery(path, generateDeck(4, 2), opened.stamp.hash);
    writeFileSync(
      journal,
      readFileSync(journal, 'utf8').replace('"title":"Generated deck 2"', '"title":""'),
    );
    const state = await readRecovery(path);
    expect(state.status === 'corrupt' && state.problems[0]!.where).toBe(
      `${journal}: deck.meta.title`,
    );
  });
});
