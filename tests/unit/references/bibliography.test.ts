/**
 * Reading a bibliography: the same works from BibTeX, RIS and CSL-JSON, keys a lecturer can
 * type, and a clear message naming the file for each kind of bad input.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIBLIOGRAPHY_MAX_BYTES, readBibliography } from '../../../main/import/bibliography';

const DIR = join(__dirname, '../../fixtures/bibliography');
const read = (name: string) => readBibliography(readFileSync(join(DIR, name), 'utf8'), name);

describe('the three formats reference managers export', () => {
  it('give the same works with the same keys and details', async () => {
    const [bib, ris, json] = await Promise.all([
      read('course.bib'),
      read('course.ris'),
      read('course.json'),
    ]);
    for (const r of [bib, ris, json]) expect(r.ok, JSON.stringify(r)).toBe(true);
    if (!bib.ok || !ris.ok || !json.ok) return;
    const essentials = (e: (typeof bib.value)[number]) => ({
      key: e.key,
      type: e.csl.type,
      title: e.csl.title,
      family: e.csl.author?.map((a) => a.family),
      year: e.csl.issued?.['date-parts']?.[0]?.[0],
      doi: e.csl.DOI,
    });
    expect(ris.value.map(essentials)).toEqual(json.value.map(essentials));
    expect(bib.value.slice(0, 2).map(essentials)).toEqual(json.value.map(essentials));
    // BibTeX braces that protect capitals are gone from the title.
    expect(bib.value[0]!.csl.title).toBe(
      'Western Technology and Soviet Economic Development, 1930 to 1945',
    );
    expect(bib.value.map((e) => e.key)).toEqual([
      'sutton1971',
      'davies1997',
      'kotkin1995',
      'gosplan2020',
    ]);
    // The parser's own history is not kept in the deck.
    expect(JSON.stringify(bib.value)).not.toContain('_graph');
  });

  it('a RIS with tags no reader knows is read for the tags it does know', async () => {
    const ris = await read('course.ris');
    expect(ris.ok && ris.value[1]!.csl['container-title']).toBe('Europe-Asia Studies');
  });

  it('entries without a key are named by surname and year, the same one twice told apart', async () => {
    const ris =
      'TY  - BOOK\nAU  - Šik, Ota\nTI  - One\nPY  - 1967\nER  - \n\nTY  - BOOK\nAU  - Šik, Ota\nTI  - Two\nPY  - 1967\nER  - \n';
    const r = await readBibliography(ris, 'sik.ris');
    expect(r.ok && r.value.map((e) => e.key)).toEqual(['sik1967', 'sik1967b']);
  });
});

describe('bad input: a message naming the file, and nothing read', () => {
  it('malformed BibTeX says where it broke', async () => {
    const r = await readBibliography(
      '@book{a, title = {Unclosed, year=1999\n@article{b, title={Fine}, year=2000}',
      'broken.bib',
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]!.where).toBe('broken.bib');
    expect(r.problems[0]!.what).toMatch(/^could not be read as BibTeX: .*line 2/);
  });
  it('a file with no entries, and one of no known format', async () => {
    const none = await readBibliography('Just some notes, no entries at all.', 'notes.bib');
    expect(!none.ok && none.problems[0]!.what).toBe('holds no entries that BibTeX can read');
    const unknown = await readBibliography('hello', 'notes.txt');
    expect(!unknown.ok && unknown.problems[0]!.what).toMatch(
      /is not BibTeX \(\.bib\), RIS \(\.ris\) or CSL-JSON/,
    );
  });
  it('broken CSL-JSON names the JSON error', async () => {
    const r = await readBibliography('[{"id": "a", ', 'library.json');
    expect(!r.ok && r.problems[0]!.what).toMatch(/^is not valid JSON: /);
  });
  it('a bibliography over the size limit is refused before it is parsed, with what to do', async () => {
    const entry =
      '@book{k, title={A title long enough to fill the file quickly}, author={Someone, A.}, year={1999}}\n';
    const big = entry.repeat(Math.ceil((BIBLIOGRAPHY_MAX_BYTES + 1) / entry.length) + 1);
    expect(big.length).toBeGreaterThan(BIBLIOGRAPHY_MAX_BYTES);
    const started = Date.now();
    const r = await readBibliography(big, 'whole-library.bib');
    expect(!r.ok && r.problems[0]!.what).toMatch(
      /^is [\d.]+ MB; a bibliography may be at most 4 MB\. Export only the course's collection/,
    );
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
