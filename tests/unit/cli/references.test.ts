/**
 * `lectern references` and `lectern generate --bib`: a reading's decks linked to a course
 * bibliography from the command line, as a lecturer runs them; and bad input leaving the deck
 * exactly as it was, or writing none.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lectern, richDeck, tempDir, writeDeck } from './helpers';

const FIXTURES = join(__dirname, '../../fixtures');

describe('lectern references', { timeout: 120_000 }, () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(async () => {
    ({ dir, cleanup } = tempDir());
    copyFileSync(join(FIXTURES, 'sources/cited/author-year.md'), join(dir, 'reading.md'));
    for (const f of ['course.bib', 'course.ris'])
      copyFileSync(join(FIXTURES, 'bibliography', f), join(dir, f));
    const made = await lectern(['generate', 'reading.md', '--out', 'decks', '--single'], dir);
    expect(made.code, made.stderr).toBe(0);
  });
  afterAll(() => cleanup());
  const deckFile = () => join(dir, 'decks/machines-from-abroad/machines-from-abroad.lectern');

  it('matches author-year works, sets APA, and info prints each work formatted', async () => {
    const run = await lectern(
      ['references', 'decks/machines-from-abroad', '--import', 'course.bib', '--style', 'apa'],
      dir,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('4 entries in course.bib; 4 of 4 works matched');
    expect(run.stdout).toContain('  Sutton 1971 = sutton1971 (by author-year)');
    // The file stays with the deck, for the References tab's pickers later.
    expect(run.stdout).toContain(
      'the bibliography is kept with the deck as sources/bibliography.bib',
    );
    expect(readFileSync(join(dir, 'decks/machines-from-abroad/sources/bibliography.bib'))).toEqual(
      readFileSync(join(dir, 'course.bib')),
    );
    expect(run.stdout).toContain(
      'Sutton, A. C. (1971). Western Technology and Soviet Economic Development, 1930 to 1945. Hoover Institution Press. https://doi.org/10.1000/sutton.1971',
    );
    const info = JSON.parse(
      (await lectern(['info', 'decks/machines-from-abroad', '--json'], dir)).stdout,
    );
    const kotkin = info.references.find((r: { label: string }) => r.label === 'Kotkin 1995');
    expect(kotkin.formatted).toBe(
      'Kotkin, S. (1995). Magnetic Mountain. In J. Smith (Ed.), Stalinism as a Civilization (pp. 18–71). University of California Press.',
    );
    expect(kotkin.missing).toEqual([]);
    const deck = JSON.parse(readFileSync(deckFile(), 'utf8'));
    expect(deck.meta.citationStyle).toBe('apa');
  });

  it('--style alone switches the style; the numbered style numbers works as the slides first cite them', async () => {
    const run = await lectern(['references', 'decks/machines-from-abroad', '--style', 'ieee'], dir);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n').filter((l) => /^ {2}\[\d\] /.test(l));
    expect(lines[0]).toMatch(/^ {2}\[1\] A\. C\. Sutton, Western Technology/);
  });

  it('bad input changes nothing: malformed BibTeX, an unknown key in --map, an unknown style', async () => {
    const before = readFileSync(deckFile());
    writeFileSync(join(dir, 'broken.bib'), '@book{x, title = {Unclosed\n');
    const broken = await lectern(
      ['references', 'decks/machines-from-abroad', '--import', 'broken.bib'],
      dir,
    );
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/broken\.bib: could not be read as BibTeX/);
    const badMap = await lectern(
      [
        'references',
        'decks/machines-from-abroad',
        '--import',
        'course.ris',
        '--map',
        'Sutton 1971=nobody',
      ],
      dir,
    );
    expect(badMap.code).toBe(2);
    expect(badMap.stdout).toContain('the bibliography has no entry "nobody"');
    expect(existsSync(join(dir, 'decks/machines-from-abroad/sources/bibliography.ris'))).toBe(
      false,
    );
    const missing = await lectern(
      ['references', 'decks/machines-from-abroad', '--import', 'nope.bib'],
      dir,
    );
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^nope\.bib: /);
    const badStyle = await lectern(
      ['references', 'decks/machines-from-abroad', '--style', 'mla'],
      dir,
    );
    expect(badStyle.code).toBe(2);
    expect(badStyle.stderr).toContain(
      '--style must be one of apa, chicago-author-date, ieee, harvard, not "mla"',
    );
    expect(readFileSync(deckFile()).equals(before)).toBe(true);
  });

  it('generate --bib links the works from the start; a broken bibliography writes no deck', async () => {
    const run = await lectern(
      [
        'generate',
        'reading.md',
        '--out',
        'linked',
        '--single',
        '--bib',
        'course.ris',
        '--style',
        'chicago-author-date',
      ],
      dir,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('  2 of 4 works linked to course.ris');
    expect(run.stdout).toContain('  Kotkin 1995: not matched, no entry is by kotkin in 1995');
    // The deck keeps the file: what did not match is the lecturer's to pick in the app.
    expect(existsSync(join(dir, 'linked/machines-from-abroad/sources/bibliography.ris'))).toBe(
      true,
    );
    const info = JSON.parse(
      (await lectern(['info', 'linked/machines-from-abroad', '--json'], dir)).stdout,
    );
    expect(info.references.map((r: { formatted: string }) => r.formatted)).toContain(
      'Sutton, Antony C. 1971. Western Technology and Soviet Economic Development, 1930 to 1945. Hoover Institution Press. https://doi.org/10.1000/sutton.1971.',
    );
    const broken = await lectern(
      ['generate', 'reading.md', '--out', 'never', '--bib', 'broken.bib'],
      dir,
    );
    expect(broken.code).toBe(1);
    expect(existsSync(join(dir, 'never'))).toBe(false);
  });

  it('a numbered work the reading never describes is matched only by --map', async () => {
    writeDeck(join(dir, 'numbered'), richDeck());
    const plain = await lectern(['references', 'numbered', '--import', 'course.ris'], dir);
    expect(plain.stdout).toContain(
      '  2: not matched, the reading gives only its label: say which entry it is',
    );
    const mapped = await lectern(
      [
        'references',
        'numbered',
        '--import',
        'course.ris',
        '--map',
        '2=davies1997',
        '--style',
        'ieee',
      ],
      dir,
    );
    expect(mapped.code).toBe(0);
    expect(mapped.stdout).toContain('  2 = davies1997 (by map)');
    // Numbered works keep their numbers.
    expect(mapped.stdout).toMatch(
      /\n {2}\[2\] R\. W\. Davies and M\. Harrison, “The Soviet Military-Economic Effort/,
    );
  });
});
