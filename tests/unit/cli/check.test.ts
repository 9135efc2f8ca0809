/** `lectern check`: real decks on disk, the real CLI in a child process. */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lectern, richDeck, tempDir, writeDeck } from './helpers';

describe('lectern check', { timeout: 90_000 }, () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => {
    ({ dir, cleanup } = tempDir());
    writeDeck(join(dir, 'decks/western-technology'), richDeck());
    writeDeck(join(dir, 'decks/nested/foreign-credit'), richDeck('Foreign credit'));
  });
  afterAll(() => cleanup());

  it('exits 0 on valid decks, given as a folder of decks, a deck folder or a deck file', async () => {
    const folder = await lectern(['check', 'decks'], dir);
    expect(folder.stdout.trim()).toBe('2 decks checked, 0 invalid');
    expect(folder.code).toBe(0);
    // The deck check runs on each valid deck; its warnings are printed but do not fail it.
    const lines = folder.stderr.trim().split('\n');
    expect(lines.every((l) => /^decks\/\S+\.lectern: [^:]+: warning: /.test(l))).toBe(true);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^decks\/western-technology\/western-technology\.lectern: slide 3 "A witness": warning: quotation \(block 1\) cites \[2\], whose author, title, issued are missing/,
      ),
    );

    const two = await lectern(
      ['check', 'decks/western-technology', 'decks/nested/foreign-credit/foreign-credit.lectern'],
      dir,
    );
    expect(two.stdout.trim()).toBe('2 decks checked, 0 invalid');
    expect(two.code).toBe(0);
  });

  it('exits 1 when the deck check finds an error (a figure without alt text)', async () => {
    const deck = richDeck('No alt');
    const figure = (deck.slides as Array<{ blocks?: Array<Record<string, unknown>> }>)[1]!
      .blocks![1]!;
    figure.alt = '';
    writeDeck(join(dir, 'no-alt'), deck);
    const run = await lectern(['check', 'no-alt'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(
      /^no-alt\/no-alt\.lectern: slide 2 "Equipment imports": figure \(block 2\) has no alt text/m,
    );
    expect(run.stdout.trim()).toBe('1 deck checked, 1 invalid');
  });

  it('exits 1 on a truncated copy and names the file and the line and column', async () => {
    const original = join(dir, 'decks/western-technology/western-technology.lectern');
    const text = readFileSync(original, 'utf8');
    const broken = join(dir, 'broken/cut-short');
    mkdirSync(broken, { recursive: true });
    copyFileSync(original, join(broken, 'cut-short.lectern'));
    writeFileSync(join(broken, 'cut-short.lectern'), text.slice(0, Math.floor(text.length / 2)));

    const run = await lectern(['check', 'decks', 'broken'], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^broken\/cut-short\/cut-short\.lectern: line \d+, column \d+: .+/m);
    expect(run.stdout.trim()).toBe('3 decks checked, 1 invalid');
    // The original is untouched by checking.
    expect(readFileSync(join(broken, 'cut-short.lectern'), 'utf8')).toBe(
      text.slice(0, Math.floor(text.length / 2)),
    );
  });

  it('reports schema errors with the path inside the deck, warnings without failing, and missing paths', async () => {
    const bad = richDeck();
    (bad.slides as Array<Record<string, unknown>>)[1]!.layout = 'sideways';
    writeDeck(join(dir, 'more/bad-layout'), bad);
    writeDeck(join(dir, 'more/extra-field'), { ...richDeck(), colour: 'red' });

    const run = await lectern(
      ['check', 'more/bad-layout', 'more/extra-field', 'no-such-deck'],
      dir,
    );
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toContainEqual(
      expect.stringMatching(/^more\/bad-layout\/bad-layout\.lectern: slides\[1\]\.layout: /),
    );
    expect(lines).toContain(
      'more/extra-field/extra-field.lectern: colour: warning: is not part of the deck format and was ignored; saving removes it',
    );
    expect(lines).toContainEqual(expect.stringMatching(/^no-such-deck: .*not there/));
    expect(run.stdout.trim()).toBe('2 decks checked, 1 invalid, 1 path could not be checked');

    const warnOnly = await lectern(['check', 'more/extra-field'], dir);
    expect(warnOnly.code).toBe(0);
    expect(warnOnly.stdout.trim()).toBe('1 deck checked, 0 invalid');
  });
});
