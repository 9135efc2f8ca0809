/**
 * PDF readings: test readings printed to PDF by Chromium from HTML (tests/fixtures/pdf), read
 * as a lecturer's article or chapter is read: in reading order, without running heads and
 * page numbers, footnotes as notes, every sentence with its printed page; and a clear message
 * for a scan, a password-protected file, a damaged one and a renamed one.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PptxGenJS from 'pptxgenjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDecks } from '../../../common/generate';
import type { Sentence, SourceModel } from '../../../common/source/model';
import { parseSourceBytes } from '../../../main/import/read-source';
import { generateFromFile } from '../../../main/import/from-file';
import { checkDeckFile } from '../../../main/import/check-context';
import { parseDeck } from '../../../common/deck/load';
import type { Deck } from '../../../common/deck/schema';
import { ARTICLE_HTML, CHAPTER_HTML, SCAN_HTML, printPdfs } from '../../fixtures/pdf/make-pdfs';

let pdfs: Record<string, Buffer>;
const loadDeck = (text: string): Deck => {
  const r = parseDeck(text);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value.deck;
};
const dir = mkdtempSync(join(tmpdir(), 'lectern-pdf-'));

beforeAll(async () => {
  pdfs = await printPdfs({ article: ARTICLE_HTML, chapter: CHAPTER_HTML, scan: SCAN_HTML });
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function read(name: string, bytes: Uint8Array): Promise<SourceModel> {
  const r = await parseSourceBytes(bytes, name);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.value.model;
}
const sentences = (m: SourceModel): Sentence[] =>
  m.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.sentences));
const find = (m: SourceModel, start: string) => sentences(m).find((s) => s.text.startsWith(start));

describe('a two-column journal article', () => {
  let model: SourceModel;
  beforeAll(async () => {
    model = await read('kotkin-machines.pdf', new Uint8Array(pdfs.article!));
  });

  it('has its title and its two sections, their headings found by size', () => {
    expect(model.title).toBe('Machines from Abroad');
    expect(model.sections.map((s) => s.title)).toEqual(['Buying the factories', 'Paying for them']);
  });

  it('reads the left column before the right, and drops the running header, page numbers and byline', () => {
    const all = sentences(model).map((s) => s.text);
    expect(all.findIndex((t) => t.startsWith('Engineers came'))).toBeLessThan(
      all.findIndex((t) => t.startsWith('Magnitogorsk was laid out')),
    );
    for (const t of all) expect(t).not.toMatch(/Europe-Asia Studies|^\d{3}$|Stephen Kotkin/);
  });

  it('joins a word hyphenated across lines, and keeps the footnotes as notes with their markers', () => {
    expect(find(model, 'Every breakdown')?.text).toBe(
      'Every breakdown was blamed on counterrevolutionary sabotage rather than on haste.',
    );
    expect(
      model.references.filter((r) => r.key.startsWith('^')).map((r) => [r.key, r.text]),
    ).toEqual([
      ['^1', 'On the contracts see Sutton 1971, pp. 249–51.'],
      ['^2', 'The furnaces are described in Davies and Harrison 1997, p. 372.'],
    ]);
    expect(find(model, 'Magnitogorsk was laid out')?.citations.map((c) => c.key)).toContain('^2');
  });

  it('records the printed page of every sentence and cites the reading there', () => {
    expect(find(model, 'Between 1929 and 1932')?.page).toBe('203');
    expect(find(model, 'Hard currency ran short')?.page).toBe('204');
    expect(find(model, 'Hard currency ran short')?.citations).toContainEqual({
      key: 'Kotkin',
      pages: '204',
    });
    expect(model.references.find((r) => r.key === 'Kotkin')?.text).toBe(
      'Kotkin, Stephen. Machines from Abroad. pp. 203–204.',
    );
  });

  it('gives decks whose bullets cite the reading with its page', () => {
    const decks = generateDecks(model, {
      sourceId: 'kotkin',
      sourcePath: 'sources/kotkin-machines.pdf',
      single: true,
    });
    const deck = decks[0]!.deck;
    const reading = deck.references.find((r) => r.label === 'Kotkin')!;
    // Its author and title are known from the PDF; only the year is the lecturer's to give.
    expect(reading.missing).toEqual(['issued']);
    const cites = deck.slides.flatMap((s) =>
      s.blocks.flatMap((b) => (b.type === 'bullets' ? b.items.flatMap((i) => i.citations) : [])),
    );
    expect(cites.filter((c) => c.ref === reading.id).map((c) => c.pages)).toEqual(
      expect.arrayContaining(['203', '204']),
    );
  });
});

describe('a deck drafted from the PDF', () => {
  it("is checked for a cited page outside the reading's printed pages (Check only)", async () => {
    writeFileSync(join(dir, 'kotkin-machines.pdf'), pdfs.article!);
    const made = await generateFromFile(join(dir, 'kotkin-machines.pdf'), join(dir, 'decks'), {
      single: true,
    });
    if (!made.ok) throw new Error(JSON.stringify(made.problems));
    const file = made.value.files[0]!;
    const deck = loadDeck(readFileSync(file, 'utf8'));
    expect(await checkDeckFile(file, deck)).not.toContainEqual(
      expect.objectContaining({ what: expect.stringMatching(/outside the reading's pages/) }),
    );
    // The lecturer mistypes a page: 250 for 205.
    const raw = JSON.parse(readFileSync(file, 'utf8'));
    const slide = raw.slides.find((s: { blocks: Array<{ type: string }> }) =>
      s.blocks.some((b) => b.type === 'bullets'),
    );
    const item = slide.blocks.find((b: { type: string }) => b.type === 'bullets').items[0];
    const reading = raw.references.find((r: { label: string }) => r.label === 'Kotkin');
    item.citations = [{ ref: reading.id, pages: '250' }];
    writeFileSync(file, JSON.stringify(raw, null, 2));
    const problems = await checkDeckFile(file, loadDeck(readFileSync(file, 'utf8')));
    expect(problems.map((p) => p.what)).toContainEqual(
      expect.stringMatching(/cites Kotkin at 250, outside the reading's pages 203–204$/),
    );
  });
});

describe('a one-column chapter with indented paragraphs', () => {
  it('has its sections and paragraphs, on page 1', async () => {
    const model = await read('great-turn.pdf', new Uint8Array(pdfs.chapter!));
    expect(model.title).toBe('The Great Turn');
    expect(model.sections.map((s) => [s.title, s.paragraphs.length])).toEqual([
      ['Collectivisation', 2],
      ['Famine', 1],
    ]);
    expect(new Set(sentences(model).map((s) => s.page))).toEqual(new Set(['1']));
  });
});

describe('PDFs that cannot be read say why', () => {
  const problem = async (name: string, bytes: Uint8Array) => {
    const r = await parseSourceBytes(bytes, name);
    expect(r.ok).toBe(false);
    return r.ok ? '' : `${r.problems[0]!.where}: ${r.problems[0]!.what}`;
  };
  it('a scan with no text layer', async () => {
    expect(await problem('scan.pdf', new Uint8Array(pdfs.scan!))).toMatch(
      /^scan\.pdf: has no text to read: it looks like a scan .*OCR/,
    );
  });
  it('a damaged PDF and a file renamed to .pdf', async () => {
    const cut = new Uint8Array(pdfs.article!.subarray(0, 400));
    expect(await problem('cut.pdf', cut)).toMatch(/^cut\.pdf: cannot be read as a PDF/);
    expect(await problem('notes.pdf', new TextEncoder().encode('just some notes'))).toBe(
      'notes.pdf: is not a PDF: it does not start as one (was it renamed from another format?)',
    );
  });
  it('a password-protected PDF (made by LibreOffice Impress)', async () => {
    const pptx = new PptxGenJS();
    pptx.addSlide().addText('A reading behind a password.', { x: 1, y: 1, w: 8, h: 1 });
    writeFileSync(
      join(dir, 'secret.pptx'),
      (await pptx.write({ outputType: 'nodebuffer' })) as Buffer,
    );
    const profile = `file://${join(dir, 'profile')}`;
    const filter =
      'pdf:impress_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}';
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=${profile}`,
        '--headless',
        '--convert-to',
        filter,
        '--outdir',
        dir,
        join(dir, 'secret.pptx'),
      ],
      { stdio: 'ignore', timeout: 120_000 },
    );
    const bytes = new Uint8Array(readFileSync(join(dir, 'secret.pdf')));
    expect(await problem('secret.pdf', bytes)).toBe(
      'secret.pdf: is protected by a password; open it, save a copy without protection, and import that',
    );
  }, 180_000);
});
