import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSourceFile } from '../../../main/import/read-source';
import { docx } from './docx-zip';

const SAMPLE = join(__dirname, '../../fixtures/sources/soviet-industrialization-1930s.txt');
const FIXTURES = join(__dirname, '../../fixtures/sources');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lectern-import-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const write = (name: string, content: string | Uint8Array) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

async function model(path: string) {
  const r = await readSourceFile(path);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value.model;
}

describe('importing the sample reading', () => {
  it('finds the title, the three numbered sections (the first numbered "l.") and their sentences', async () => {
    const m = await model(SAMPLE);
    expect(m.title).toBe('The main achievements of Soviet industrialization in the 1930s');
    expect(m.sections.map((s) => [s.id, s.number, s.title])).toEqual([
      ['sec1', 'l', 'Massive introduction of advanced Western technology and equipment'],
      ['sec2', '2', 'The introduction of Western technicians and specialists'],
      ['sec3', '3', 'Funds were brought in to solve financial difficulties'],
    ]);
    const s1 = m.sections[0]!.paragraphs[0]!.sentences;
    expect(s1[0]!.text.endsWith('of the USSR.')).toBe(true);
    expect(s1[1]!.text.startsWith('On August 14, 1933,')).toBe(true);
    expect(s1[1]!.citations).toEqual([{ key: '1', pages: 'pp. 1-2' }]);
    expect(m.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(m.references).toEqual([]);
  });
  it('marks exactly the two garbles: the repeated "remaining one-third" sentence and the doubled clause in the quotation', async () => {
    const m = await model(SAMPLE);
    const all = m.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.sentences));
    const dups = all.filter((s) => s.duplicateOf);
    expect(dups.map((s) => [s.id, s.duplicateOf])).toEqual([['s1.1.8', 's1.1.7']]);
    const garbled = all.flatMap((s) => s.quotes).filter((q) => q.dropped);
    expect(garbled).toHaveLength(1);
    expect(garbled[0]!.clean).toBe(
      'In three or four years the combination of American business and science with Bolshevik ingenuity has produced tremendous results.',
    );
  });
  it('gives the same ids and offsets every time, and offsets point at the sentence in the source', async () => {
    const a = await model(SAMPLE);
    const b = await model(SAMPLE);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const text = readFileSync(SAMPLE, 'utf8').replace(/\r\n?/g, '\n');
    const s = a.sections[2]!.paragraphs[0]!.sentences[5]!;
    expect(text.slice(s.start, s.end)).toContain('Molotov said');
  });
});

describe('importing other documents', () => {
  it('reads Markdown with ## headings, [^n] footnotes resolved against the reference list', async () => {
    const m = await model(join(FIXTURES, 'green-revolution.md'));
    expect(m.title).toBe('The Green Revolution in South Asia, 1965-1980');
    expect(m.sections.map((s) => s.title)).toEqual([
      'The new seeds arrive',
      'Water, fertiliser and credit',
    ]);
    expect(m.references.map((r) => r.key)).toContain('^4');
    expect(m.references.map((r) => r.key)).toContain('Shiva 1991');
    const cited = m.sections[0]!.paragraphs[0]!.sentences[0]!;
    expect(cited.citations).toEqual([{ key: '^1' }]);
    expect(cited.text).toBe(
      'In 1966 India imported 18,000 tonnes of Mexican dwarf wheat seed, the largest seed shipment in history at that time.',
    );
  });
  it('reads Roman-numeral headings, author-year citations and a plain-text reference list', async () => {
    const m = await model(join(FIXTURES, 'cholera-london.txt'));
    expect(m.sections.map((s) => [s.number, s.title])).toEqual([
      ['I', 'The epidemics'],
      ['II', 'Sewers and the Great Stink'],
    ]);
    expect(m.references.map((r) => r.key)).toEqual([
      'Halliday 1999',
      'Hamlin 1998',
      'Johnson 2006',
      'Snow 1855',
    ]);
    expect(m.diagnostics).toContain('"Porter 1999" is cited but not in a reference list');
  });
  it('reads unnumbered headings', async () => {
    const p = write(
      'unnumbered.txt',
      'Rivers of Europe\n\nThe Rhine\n\nThe Rhine runs 1,230 km from the Alps to the North Sea. It carries much of the trade of Germany.\n\nThe Danube\n\nThe Danube flows through ten countries. It is 2,850 km long.\n',
    );
    const m = await model(p);
    expect(m.title).toBe('Rivers of Europe');
    expect(m.sections.map((s) => s.title)).toEqual(['The Rhine', 'The Danube']);
  });
  it('reads a Word document: Title, Heading 1 sections, author-year citations, quotations', async () => {
    const p = write(
      'rail.docx',
      docx([
        ['Title', 'Railways and the Indian Economy'],
        ['Heading1', 'Building the lines'],
        [
          '',
          'By 1900 India had 39,531 km of railway. Freight rose from 3.5 million tonnes in 1871 to 42 million tonnes in 1901 (Hurd 1975, p. 740).',
        ],
        ['Heading1', 'Famine and freight'],
        [
          '',
          'Grain moved to famine districts by rail after 1880. Burgess said, "the railways turned local scarcity into a national market for grain within a generation."',
        ],
      ]),
    );
    const m = await model(p);
    expect(m.title).toBe('Railways and the Indian Economy');
    expect(m.sections.map((s) => s.title)).toEqual(['Building the lines', 'Famine and freight']);
    expect(m.sections[0]!.paragraphs[0]!.sentences[1]!.citations).toEqual([
      { key: 'Hurd 1975', pages: 'p. 740' },
    ]);
    expect(m.sections[1]!.paragraphs[0]!.sentences[1]!.quotes[0]!.attribution).toBe('Burgess');
  });
});

describe('bad input gives a clear error or a sensible model, never a crash', () => {
  const problem = async (p: string) => {
    const r = await readSourceFile(p);
    expect(r.ok).toBe(false);
    return r.ok ? '' : r.problems.map((x) => x.what).join(' | ');
  };
  it('an empty file', async () => {
    expect(await problem(write('empty.txt', ''))).toMatch(/is empty/);
    expect(await problem(write('blank.txt', '  \n\n \t\n'))).toMatch(/no text/);
  });
  it('binary data, and text that is not UTF-8', async () => {
    expect(
      await problem(write('bin.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2, 3]))),
    ).toMatch(/binary data/);
    expect(
      await problem(write('latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x2e]))),
    ).toMatch(/not valid UTF-8/);
  });
  it('a 5 MB document is refused with its size', async () => {
    expect(await problem(write('huge.txt', 'Word after word. '.repeat(310_000)))).toMatch(
      /is 5\.\d MB, more than the 3\.0 MB/,
    );
  });
  it('a .docx that is not a zip, and a zip that is not a Word document', async () => {
    expect(await problem(write('fake.docx', 'just text pretending'))).toMatch(
      /not a Word document.*zip archive/,
    );
    const { zip } = await import('./docx-zip');
    expect(await problem(write('other.docx', zip({ 'hello.txt': 'hi' })))).toMatch(
      /not a Word document Lectern can read/,
    );
  });
  it('an unknown extension and a missing file', async () => {
    expect(await problem(write('slides.key', 'Keynote'))).toMatch(/\.txt, \.md, \.docx or \.pdf/);
    expect(await problem(join(dir, 'nope.txt'))).toMatch(/is not there/);
  });
  it('no headings: one section titled from the file', async () => {
    const m = await model(
      write(
        'no-headings.txt',
        'Ice ages came and went. The last one ended about 11,700 years ago.',
      ),
    );
    expect(m.sections).toHaveLength(1);
    expect(m.title).toBe('no headings');
    expect(m.diagnostics).toContain('no section headings found; the reading is one section');
  });
  it('footnote markers with no definition and mismatched brackets are reported, not fatal', async () => {
    const m = await model(
      write('notes.md', '# T\n\n## A\n\nFirst claim.[^9] Second [1 (p. 3) claim.\n'),
    );
    expect(m.diagnostics).toContain('footnote [^9] has no definition');
    expect(m.diagnostics.some((d) => /unmatched/.test(d))).toBe(true);
  });
});
