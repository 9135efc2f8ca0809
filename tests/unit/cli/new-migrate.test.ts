/** `lectern new` and `lectern migrate`: commands that write decks, checked on the real disk. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDeck } from '../../../common/deck/load';
import { lectern, tempDir, v0Deck, writeDeck } from './helpers';

describe('lectern new', { timeout: 90_000 }, () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => ({ dir, cleanup } = tempDir()));
  afterAll(() => cleanup());

  it('creates a deck folder with a valid deck that check accepts, and refuses to overwrite it', async () => {
    const made = await lectern(
      ['new', 'decks/week-1', '--title', 'Week 1: Industrialisation'],
      dir,
    );
    expect(made.stderr).toBe('');
    expect(made.code).toBe(0);
    const file = join(dir, 'decks/week-1/week-1.lectern');
    expect(made.stdout).toContain('decks/week-1/week-1.lectern');
    const text = readFileSync(file, 'utf8');
    const loaded = parseDeck(text);
    expect(loaded.ok && loaded.warnings).toEqual([]);
    if (!loaded.ok) throw new Error('new wrote an invalid deck');
    expect(loaded.value.deck.meta.title).toBe('Week 1: Industrialisation');
    expect(loaded.value.deck.slides).toHaveLength(1);
    expect(loaded.value.deck.slides[0]).toMatchObject({
      layout: 'title',
      title: 'Week 1: Industrialisation',
    });

    const checked = await lectern(['check', 'decks/week-1'], dir);
    expect(checked.code).toBe(0);
    expect(checked.stdout.trim()).toBe('1 deck checked, 0 invalid');

    const again = await lectern(['new', 'decks/week-1', '--title', 'Something else'], dir);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^decks\/week-1.*already/m);
    expect(readFileSync(file, 'utf8')).toBe(text);
  });

  it('needs a title', async () => {
    const run = await lectern(['new', 'decks/untitled'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe('lectern new: missing --title');
    expect(existsSync(join(dir, 'decks/untitled'))).toBe(false);
  });
});

describe('lectern migrate', { timeout: 90_000 }, () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => ({ dir, cleanup } = tempDir()));
  afterAll(() => cleanup());

  it('rewrites a version-0 deck as a valid version-1 deck, keeping the original as the backup', async () => {
    const file = writeDeck(join(dir, 'old-lecture'), v0Deck());
    const original = readFileSync(file, 'utf8');

    const dry = await lectern(['migrate', 'old-lecture', '--dry-run'], dir);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain(
      'old-lecture/old-lecture.lectern: would upgrade from version 0 to 1 (2 slides, 0 references); nothing written',
    );
    expect(readFileSync(file, 'utf8')).toBe(original);
    expect(existsSync(`${file}.bak`)).toBe(false);

    const run = await lectern(['migrate', 'old-lecture'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'old-lecture/old-lecture.lectern: upgraded from version 0 to 1 (2 slides, 0 references); the previous file is kept as old-lecture/old-lecture.lectern.bak',
    );
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe(original);
    const migrated = parseDeck(readFileSync(file, 'utf8'));
    if (!migrated.ok) throw new Error(JSON.stringify(migrated.problems));
    expect(migrated.value.migratedFrom).toBeUndefined();
    expect(migrated.warnings).toEqual([]);
    expect(migrated.value.deck.version).toBe(1);
    expect(migrated.value.deck.meta).toMatchObject({ title: 'Old lecture', author: 'A. Lecturer' });
    expect(migrated.value.deck.slides[1]!.blocks[0]).toMatchObject({
      type: 'bullets',
      items: [{ text: 'first point' }, { text: 'second point' }],
    });

    // Already current: reported and left byte-for-byte (and time-for-time) alone.
    const before = statSync(file).mtimeMs;
    const current = readFileSync(file, 'utf8');
    const again = await lectern(['migrate', 'old-lecture/old-lecture.lectern'], dir);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('old-lecture/old-lecture.lectern: already version 1');
    expect(readFileSync(file, 'utf8')).toBe(current);
    expect(statSync(file).mtimeMs).toBe(before);
  });

  it('refuses a deck from a newer Lectern and an invalid deck, writing nothing', async () => {
    const newer = writeDeck(join(dir, 'future'), {
      format: 'lectern-deck',
      version: 7,
      meta: { title: 'Future' },
      slides: [],
    });
    const broken = writeDeck(join(dir, 'broken'), '{"version": 0, "title": ');
    const run = await lectern(['migrate', 'future', 'broken'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^future\/future\.lectern: version: .*newer/m);
    expect(run.stderr).toMatch(/^broken\/broken\.lectern: line 1, column \d+: /m);
    expect(run.stdout.trim().split('\n').at(-1)).toBe('2 decks examined, 0 upgraded, 2 failed');
    expect(existsSync(`${newer}.bak`) || existsSync(`${broken}.bak`)).toBe(false);
  });
});
