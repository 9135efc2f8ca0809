/**
 * The bytes of a reading's figures, on the real file system: a Markdown reading's image files
 * are taken only from inside its folder (no web addresses, absolute paths, "..", or links out),
 * a .docx's pictures come out of the document, and every image that cannot be had is a warning
 * naming it while the rest of the reading still imports.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseSourceBytes, readSourceFile } from '../../../main/import/read-source';
import { htmlToText } from '../../../main/import/docx';
import { decksFor } from '../../../main/import/generate';
import { writeGeneratedDecks } from '../../../main/import/write-decks';
import { docx } from './docx-zip';
import { Canvas } from './png';

let dir: string;
let outside: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lectern-figures-'));
  outside = mkdtempSync(join(tmpdir(), 'lectern-outside-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const png = (shade: number) => new Canvas(8, 8, [shade, shade, shade]).png();
const write = (name: string, content: string | Uint8Array) => {
  const p = join(dir, name);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, content);
  return p;
};
const reading = (images: string) =>
  `# Fieldwork\n\n## Sites\n\nWe dug at three sites in 2019.\n\n${images}\n`;

async function read(path: string) {
  const r = await readSourceFile(path);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  const figures = r.value.model.sections.flatMap((s) => s.figures ?? []);
  return { ...r.value, figures, warnings: r.warnings.map((w) => `${w.where}: ${w.what}`) };
}

describe("a Markdown reading's images", () => {
  it('a file beside the reading is read under a safe name; the same file twice is stored once; same names get -2', async () => {
    write('md1/pics/Trench A (north).png', png(10));
    write('md1/other/trench-a-north.png', png(200));
    const r = await read(
      write(
        'md1/r.md',
        reading(
          '![Trench A](pics/Trench%20A%20(north).png)\n\n![Again](<pics/Trench A (north).png>)\n\n![Other](other/trench-a-north.png)',
        ),
      ),
    );
    expect(r.warnings).toEqual([]);
    expect(r.figures.map((f) => f.asset)).toEqual([
      'trench-a-north.png',
      'trench-a-north.png',
      'trench-a-north-2.png',
    ]);
    expect(r.images.get('trench-a-north.png')).toEqual(png(10));
    expect(r.images.get('trench-a-north-2.png')).toEqual(png(200));
  });

  it('web addresses, absolute paths and ".." are refused with the reason, and nothing is fetched', async () => {
    write('secret.png', png(1));
    const r = await read(
      write(
        'md2/r.md',
        reading(
          [
            '![a](https://example.org/x.png)',
            '![b](//example.org/y.png)',
            '![c](/etc/passwd.png)',
            '![d](../secret.png)',
            '![e](C:/Users/x.png)',
            '![f](data:image/png;base64,AAAA)',
          ].join('\n\n'),
        ),
      ),
    );
    expect(r.figures.every((f) => f.asset === undefined)).toBe(true);
    expect(r.images.size).toBe(0);
    expect(r.warnings).toEqual([
      'image "https://example.org/x.png": is a web address; an import fetches nothing from the network, so save the image beside the reading and link it by a relative path; its slide is left out',
      'image "//example.org/y.png": is a web address; save the image beside the reading and link it by a relative path; its slide is left out',
      'image "/etc/passwd.png": is an absolute path; link the image by a path relative to the reading\'s folder; its slide is left out',
      'image "../secret.png": leads outside the reading\'s folder (".."); copy the image into the folder; its slide is left out',
      'image "C:/Users/x.png": is an absolute path; link the image by a path relative to the reading\'s folder; its slide is left out',
      'image "data:image/png;base64,AAAA": is a web address; an import fetches nothing from the network, so save the image beside the reading and link it by a relative path; its slide is left out',
    ]);
  });

  it('a link that leads out of the folder, a missing file, a type slides cannot show and a misnamed file are warnings', async () => {
    writeFileSync(join(outside, 'out.png'), png(3));
    mkdirSync(join(dir, 'md3'), { recursive: true });
    symlinkSync(join(outside, 'out.png'), join(dir, 'md3/linked.png'));
    write('md3/scan.tiff', 'II*\u0000');
    write('md3/photo.jpg', png(4));
    const r = await read(
      write(
        'md3/r.md',
        reading('![a](linked.png)\n\n![b](missing.png)\n\n![c](scan.tiff)\n\n![d](photo.jpg)'),
      ),
    );
    expect(r.figures.map((f) => f.asset)).toEqual([undefined, undefined, undefined, undefined]);
    expect(r.warnings[0]).toBe(
      'image "linked.png": leads outside the reading\'s folder (through a link); copy the image into the folder; its slide is left out',
    );
    expect(r.warnings[1]).toMatch(
      /^image "missing.png": is not in the reading's folder \(.*md3\); put the image there or correct its path; its slide is left out$/,
    );
    expect(r.warnings[2]).toMatch(
      /^image "scan.tiff": is a ".tiff" file, which slides cannot show \(use \.png, \.jpg/,
    );
    expect(r.warnings[3]).toBe(
      'image "photo.jpg": is named ".jpg" but holds a PNG image; rename it; its slide is left out',
    );
    // The reading itself still imports, and the warnings are in its diagnostics too.
    expect(r.model.sections[0]!.paragraphs[0]!.sentences[0]!.text).toBe(
      'We dug at three sites in 2019.',
    );
    expect(r.model.diagnostics.filter((d) => d.startsWith('image "'))).toHaveLength(4);
  });

  it('uploaded without its folder (the browser edition), its linked images cannot be had: a warning', async () => {
    const r = await parseSourceBytes(
      new TextEncoder().encode(reading('![A trench](pics/a.png)')),
      'r.md',
    );
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.warnings.map((w) => w.what)).toEqual([
      'is a file beside the reading, and only the reading itself was given; import the reading from its folder; its slide is left out',
    ]);
  });
});

describe("a .docx reading's pictures", () => {
  it('an embedded PNG with Word alt text and a Caption-style caption', async () => {
    const bytes = docx(
      [
        ['Title', 'Soils'],
        ['Heading1', 'Erosion'],
        ['', 'Bare fields lose soil fastest (Kim 2010, p. 3).'],
        {
          picture: 'erosion.png',
          descr: 'Bar chart: soil lost per hectare, bare fields far above covered ones',
        },
        ['Caption', 'Figure 1: Soil lost per hectare by ground cover (Kim 2010, p. 5).'],
        ['', 'Cover crops halve the loss.'],
      ],
      { 'erosion.png': png(90) },
    );
    const r = await read(write('docx1/soils.docx', bytes));
    expect(r.warnings).toEqual([]);
    expect(r.figures).toEqual([
      expect.objectContaining({
        ref: 'image-1.png',
        asset: 'figure-1.png',
        label: 'Figure 1',
        caption: 'Soil lost per hectare by ground cover',
        alt: 'Bar chart: soil lost per hectare, bare fields far above covered ones',
        citations: [{ key: 'Kim 2010', pages: 'p. 5' }],
      }),
    ]);
    expect(r.images.get('figure-1.png')).toEqual(png(90));
  });

  it('a "Figure n." body paragraph next to a picture is its caption; without alt text the caption is the description', async () => {
    const bytes = docx(
      [
        ['Title', 'Soils'],
        ['Heading1', 'Erosion'],
        ['', 'Some text first.'],
        ['', 'Figure 2. Terraces on a hillside.'],
        { picture: 't.png' },
        ['', 'More text after.'],
      ],
      { 't.png': png(5) },
    );
    const r = await read(write('docx2/soils.docx', bytes));
    expect(r.figures[0]).toMatchObject({
      label: 'Figure 2',
      caption: 'Terraces on a hillside',
      alt: '',
      asset: 'figure-2.png',
    });
  });

  it("Word's caption numbers: a complex field keeps its number; a simple field (which mammoth drops) still leaves a caption", async () => {
    const run = (t: string) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
    const caption = (number: string) => ({
      xml: `<w:p><w:pPr><w:pStyle w:val="Caption"/></w:pPr>${run('Figure ')}${number}${run(': Terraces on a hillside.')}</w:p>`,
    });
    const complex = `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> SEQ Figure \\* ARABIC </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('3')}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
    const simple = `<w:fldSimple w:instr=" SEQ Figure \\* ARABIC ">${run('4')}</w:fldSimple>`;
    const bytes = docx(
      [
        ['Title', 'Soils'],
        ['Heading1', 'Erosion'],
        ['', 'Some text first.'],
        { picture: 'a.png' },
        caption(complex),
        ['', 'Between.'],
        { picture: 'b.png' },
        caption(simple),
      ],
      { 'a.png': png(7), 'b.png': png(8) },
    );
    const r = await read(write('docx4/soils.docx', bytes));
    expect(r.figures.map((f) => [f.label, f.caption, f.asset])).toEqual([
      ['Figure 3', 'Terraces on a hillside', 'figure-3.png'],
      ['Figure', 'Terraces on a hillside', 'figure.png'],
    ]);
  });

  it('a picture linked to a file outside the document, and a Windows metafile, are warnings; the text imports', async () => {
    const bytes = docx(
      [
        ['Title', 'Soils'],
        ['Heading1', 'Erosion'],
        ['', 'Some text first.'],
        { picture: 'far.png', descr: 'Linked' },
        { picture: 'old.emf', descr: 'A metafile' },
      ],
      { 'old.emf': new Uint8Array([1, 0, 0, 0, 0x6c, 0, 0, 0]) },
    );
    const r = await read(write('docx3/soils.docx', bytes));
    expect(r.figures.map((f) => f.asset)).toEqual([undefined, undefined]);
    expect(r.warnings).toEqual([
      'image "image-1.png": is linked to a file outside the document rather than embedded in it; insert the picture into the document itself; its slide is left out',
      'image "image-2.emf": is a ".emf" file, which slides cannot show (use .png, .jpg, .jpeg, .gif, .webp, .svg, .avif); its slide is left out',
    ]);
    // The text still imports; the descriptions are kept as the figures' words, not as body text.
    expect(r.model.sections[0]!.paragraphs.map((p) => p.sentences[0]!.text)).toEqual([
      'Some text first.',
      'Linked',
      'A metafile',
    ]);
    expect(r.figures.map((f) => f.captionParagraph)).toEqual(['sec1-p2', 'sec1-p3']);
  });

  it("mammoth's HTML: a picture inside a paragraph of text becomes its own line, a caption is set in emphasis", () => {
    expect(
      htmlToText(
        '<p>Before <img alt="A [boxed] map" src="image-1.png" /> after</p><p class="caption">Map 1: The valley</p>',
      ),
    ).toBe('Before\n\n![A \\[boxed\\] map](image-1.png)\n\nafter\n\n*Map 1: The valley*\n');
    // Only names the importer gave are kept: a src from anywhere else is dropped.
    expect(htmlToText('<p><img src="file:///etc/passwd" /></p>')).toBe('\n');
  });
});

describe("a .docx uploaded as bytes (the browser edition's import)", () => {
  it('still brings its pictures: the deck written from it holds the image in assets/', async () => {
    const bytes = readFileSync(join(__dirname, '../../fixtures/sources/ocean-acidification.docx'));
    const read = await parseSourceBytes(new Uint8Array(bytes), 'ocean-acidification.docx');
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const { decks, copyName } = decksFor(read.value);
    const written = await writeGeneratedDecks(join(dir, 'upload'), decks, {
      bytes: read.value.bytes,
      copyName,
      images: read.value.images,
    });
    if (!written.ok) throw new Error(JSON.stringify(written.problems));
    const withFigure = written.value.filter((f) =>
      readFileSync(f, 'utf8').includes('"asset": "assets/figure-1.png"'),
    );
    expect(withFigure).toHaveLength(1);
    expect(new Uint8Array(readFileSync(join(withFigure[0]!, '..', 'assets/figure-1.png')))).toEqual(
      read.value.images.get('figure-1.png'),
    );
  });
});

describe('the fixture readings', () => {
  it('the .docx article and the Markdown reading import with every figure stored and no warning', async () => {
    const FIX = join(__dirname, '../../fixtures/sources');
    const d = await read(join(FIX, 'ocean-acidification.docx'));
    expect(d.warnings).toEqual([]);
    expect(d.figures.map((f) => [f.asset, f.label])).toEqual([['figure-1.png', 'Figure 1']]);
    const m = await read(join(FIX, 'urban-heat-islands.md'));
    expect(m.warnings).toEqual([]);
    expect(m.figures.map((f) => f.asset)).toEqual(['heat-island-transect.png', 'cool-roof.png']);
    expect(m.images.get('cool-roof.png')).toEqual(
      new Uint8Array(readFileSync(join(FIX, 'images/cool-roof.png'))),
    );
  });
});

describe('a table in a .docx', () => {
  const cell = (t: string) => `<w:tc><w:p><w:r><w:t>${t}</w:t></w:r></w:p></w:tc>`;
  const row = (...cells: string[]) => `<w:tr>${cells.map(cell).join('')}</w:tr>`;

  it("is charted as Word holds it: each row a sentence of the source, the table the section's figure", async () => {
    const bytes = docx([
      ['Heading1', 'Measles in the United States'],
      ['', 'Reported cases fell after the vaccine was licensed in 1963.'],
      {
        xml: `<w:tbl>${row('Year', 'Reported cases')}${row('1960', '441,703')}${row('1970', '47,351')}${row('1980', '13,506')}</w:tbl>`,
      },
      ['', 'The disease was declared eliminated in 2000.'],
    ]);
    const read = await parseSourceBytes(bytes, 'measles.docx');
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    const table = read.value.model.sections
      .flatMap((s) => s.paragraphs)
      .find((p) => p.table !== undefined);
    expect(table?.table?.header).toEqual(['Year', 'Reported cases']);
    expect(table!.sentences.map((s) => s.text)).toEqual([
      '1960 | 441,703',
      '1970 | 47,351',
      '1980 | 13,506',
    ]);
    const slides = decksFor(read.value).decks.flatMap((d) => d.deck.slides);
    const chart = slides
      .flatMap((s) => s.blocks)
      .find((b) => b.type === 'figure' && b.figure.kind === 'chart');
    expect(
      chart?.type === 'figure' &&
        chart.figure.kind === 'chart' &&
        chart.figure.spec.data.values.map((r) => [r.year, r.label]),
    ).toEqual([
      [1960, '441,703'],
      [1970, '47,351'],
      [1980, '13,506'],
    ]);
    // No row of the table becomes a bullet.
    expect(JSON.stringify(slides)).not.toMatch(/"text":"1960 \|/);
  });
});
