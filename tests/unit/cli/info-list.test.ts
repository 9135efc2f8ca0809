/** `lectern info` and `lectern list`: the summaries scripts and people read. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lectern, richDeck, tempDir, writeDeck } from './helpers';

describe('lectern info', { timeout: 90_000 }, () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => {
    ({ dir, cleanup } = tempDir());
    writeDeck(join(dir, 'western-technology'), richDeck());
  });
  afterAll(() => cleanup());

  it('--json gives the stable summary: visible text of every block, figures, citations, references', async () => {
    const run = await lectern(['info', 'western-technology', '--json'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(Object.keys(summary)).toEqual(['title', 'slides', 'references']);
    expect(summary.title).toBe('Western technology');
    expect(summary.slides.map((s: { id: string }) => s.id)).toEqual(['s1', 's2', 's3', 's4']);

    const [title, bullets, quote, refs] = summary.slides;
    expect(title).toMatchObject({
      title: 'Western technology',
      subtitle: 'Lecture 3',
      text: [],
      notes: '',
      figures: [],
      citations: [],
    });
    expect(bullets).toEqual({
      id: 's2',
      layout: 'bullets-figure',
      title: 'Equipment imports',
      // Nested bullets follow their parent; inline Markdown markers and link targets are gone.
      text: [
        'Imports of machinery peaked in 1931',
        'See Sutton for figures',
        'Plants were built by foreign firms',
        'Machinery imports, 1928-1932',
      ],
      notes: 'Stress the 1931 peak.',
      figures: [
        {
          kind: 'chart',
          caption: 'Machinery imports, 1928-1932',
          alt: 'Bar chart: imports rise to a peak in 1931',
        },
      ],
      citations: [
        { ref: 'r1', pages: 'p. 207' },
        { ref: 'r2', pages: null },
        { ref: 'r1', pages: 'p. 210' },
      ],
    });
    expect(quote.text).toEqual(['We are fifty or a hundred years behind.', 'Stalin, 1931']);
    expect(quote.citations).toEqual([{ ref: 'r2', pages: 'p. 40' }]);
    expect(refs.text).toEqual([
      '[1] Sutton, A. C. Western Technology and Soviet Economic Development. Hoover, 1971.',
      '[2]',
    ]);
    expect(summary.references).toEqual([
      {
        id: 'r1',
        label: '[1]',
        text: 'Sutton, A. C. Western Technology and Soviet Economic Development. Hoover, 1971.',
        missing: [],
        // No citation style: the entry as the references slide prints it, with the pages the deck cites.
        formatted:
          '[1] Sutton, A. C. (1971) Western Technology and Soviet Economic Development pp.\u00a0207, 210',
      },
      {
        id: 'r2',
        label: '[2]',
        text: '',
        missing: ['author', 'title', 'issued'],
        formatted: '[2] p.\u00a040',
      },
    ]);
  });

  it('prints a readable summary without --json, and fails on an invalid deck', async () => {
    const run = await lectern(['info', 'western-technology/western-technology.lectern'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Western technology\n4 slides, 2 references');
    expect(run.stdout).toContain('2. Equipment imports  [bullets-figure, id s2]');
    expect(run.stdout).toContain('   - See Sutton for figures');
    expect(run.stdout).toContain(
      '   Figure (chart): Machinery imports, 1928-1932; alt: Bar chart: imports rise to a peak in 1931',
    );
    expect(run.stdout).toContain('   Cites: r1 (p. 207), r2, r1 (p. 210)');
    expect(run.stdout).toContain('   Notes: Stress the 1931 peak.');
    expect(run.stdout).toContain('  [2] (no details)  (missing: author, title, issued)');

    writeDeck(join(dir, 'empty'), '');
    const bad = await lectern(['info', 'empty'], dir);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('empty/empty.lectern: line 1, column 1: the file is empty');
  });
});

describe('lectern list', { timeout: 90_000 }, () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => {
    ({ dir, cleanup } = tempDir());
    writeDeck(join(dir, 'lib/western-technology'), richDeck());
    writeDeck(join(dir, 'lib/course-b/foreign-credit'), richDeck('Foreign credit'));
    writeDeck(join(dir, 'lib/broken'), '{"format": "lectern-deck", "version": 1,');
    writeFileSync(join(dir, 'lib/notes.txt'), 'not a deck');
  });
  afterAll(() => cleanup());

  it('--json lists every deck under the folder, sorted, invalid ones with an error', async () => {
    const run = await lectern(['list', 'lib', '--json'], dir);
    expect(run.code).toBe(0);
    const entries = JSON.parse(run.stdout);
    expect(entries).toEqual([
      { path: 'broken/broken.lectern', error: expect.stringMatching(/^line 1, column \d+: /) },
      {
        path: 'course-b/foreign-credit/foreign-credit.lectern',
        title: 'Foreign credit',
        slides: 4,
      },
      {
        path: 'western-technology/western-technology.lectern',
        title: 'Western technology',
        slides: 4,
      },
    ]);
  });

  it('prints one line per deck without --json, and fails on a missing folder', async () => {
    const run = await lectern(['list', 'lib'], dir);
    expect(run.code).toBe(0);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^broken\/broken\.lectern +INVALID: line 1/);
    expect(lines[2]).toMatch(
      /^western-technology\/western-technology\.lectern +Western technology \(4 slides\)$/,
    );

    const missing = await lectern(['list', 'nowhere'], dir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^nowhere: .*not there/);
  });
});
