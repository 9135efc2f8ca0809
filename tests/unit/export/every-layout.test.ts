/**
 * Every PDF layout keeps every slide whole, and no export says what is the lecturer's only.
 * The sample decks, the fixture decks of every version, the export test decks, a deck as an
 * earlier Lectern drafted it and a deck drafted from a reading with images are each exported
 * through the real printer (one Chromium for all) as slides, notes, handouts of 3 and of 6
 * and one page per build step, on A4 and Letter in turn. Per page, `pdftotext -raw` must hold
 * each slide's title, every bullet, quote and caption (whitespace and hyphenation ignored,
 * inline Markdown stripped) and `pdfimages -list` each of its images; the notes pages hold
 * the notes. Every export's text (HTML with notes, the student copy, each PDF layout) is then
 * searched for sentence ids, clean-up remarks and "missing" notes.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BulletItem, Deck, PaperSize } from '../../../common/deck/schema';
import { inlinePlainText } from '../../../common/deck/inline-markdown';
import { notesForExport } from '../../../common/render/lecturer-only';
import { exportStatic } from '../../../main/export/export-deck';
import { PAPER, fragmentCount } from '../../../main/export/print-document';
import { playwrightPrinter, type PlaywrightPrinter } from '../../../main/export/playwright-printer';
import { slideTitle, staticDeck } from '../../../main/export/static-deck';
import type { PdfOptions, StaticDeck } from '../../../main/export/types';
import { generateFromFile } from '../../../main/import/generate';
import { findChromium } from '../../../main/platform/chromium';
import { readDeckFile } from '../../../main/store/read';
import { cjkDeck, lectureDeck, olderDraftDeck, writeDeck } from '../../fixtures/export/decks';

const ROOT = join(import.meta.dirname, '../../..');
const tools = (() => {
  try {
    for (const tool of ['pdftotext', 'pdfimages', 'pdfinfo'])
      execFileSync(tool, ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const canPrint = tools && findChromium() !== undefined;

/** What students must never read: sentence ids, clean-up remarks, missing-detail notes. */
const FORBIDDEN =
  /details missing|No details recorded|Source sentences|\bs\d+\.\d+\.\d+\b|garbled|Left out (?:as|of)|\bmissing\b/i;

type Layout = { name: string; options: Omit<PdfOptions, 'paper'> };
const LAYOUTS: Layout[] = [
  { name: 'slides', options: { format: 'pdf', layout: 'slides', handouts: 3, fragments: false } },
  { name: 'notes', options: { format: 'pdf', layout: 'notes', handouts: 3, fragments: false } },
  {
    name: 'handouts 3',
    options: { format: 'pdf', layout: 'handouts', handouts: 3, fragments: false },
  },
  {
    name: 'handouts 6',
    options: { format: 'pdf', layout: 'handouts', handouts: 6, fragments: false },
  },
  {
    name: 'build steps',
    options: { format: 'pdf', layout: 'slides', handouts: 3, fragments: true },
  },
];

interface TestDeck {
  name: string;
  deck: Deck;
  rendered: StaticDeck;
  paper: PaperSize;
}

/** Ignores what layout changes: spaces and line breaks, hyphens (typed or from hyphenation), ligatures. */
const squash = (s: string) => s.normalize('NFKC').replace(/[\s\u00ad\u2010\u2011-]+/g, '');

/** What each visible slide must show: its title, bullets, quote, captions, and how many images. */
function expectations(deck: Deck): Array<{ texts: string[]; images: number }> {
  const items = (list: readonly BulletItem[]): string[] =>
    list.flatMap((i) => [inlinePlainText(i.text), ...items(i.children)]);
  return deck.slides.flatMap((slide, index) => {
    if (slide.hidden) return [];
    const texts = [slideTitle(deck, index)];
    let images = 0;
    for (const b of slide.blocks) {
      if (b.type === 'bullets') texts.push(...items(b.items));
      if (b.type === 'text') texts.push(...b.text.split(/\n+/).map((t) => inlinePlainText(t)));
      if (b.type === 'quote') texts.push(inlinePlainText(b.text), b.attribution ?? '');
      if (b.type === 'figure') {
        texts.push(inlinePlainText(b.caption ?? ''));
        if (b.figure.kind === 'image') images++;
      }
    }
    return [{ texts: texts.filter((t) => t.trim()), images }];
  });
}

/** Page of each visible slide (0-based) where it shows whole, and the page count, for a layout. */
function pagesOf(layout: Layout, rendered: StaticDeck): { page: number[]; pages: number } {
  const n = rendered.slides.length;
  const o = layout.options;
  if (o.layout === 'handouts')
    return {
      page: rendered.slides.map((_, i) => Math.floor(i / o.handouts)),
      pages: Math.ceil(n / o.handouts),
    };
  if (!o.fragments) return { page: rendered.slides.map((_, i) => i), pages: n };
  // One page per step; the last step of a slide shows all of it.
  const page: number[] = [];
  let at = 0;
  for (const s of rendered.slides) {
    at += fragmentCount(s.html) + 1;
    page.push(at - 1);
  }
  return { page, pages: at };
}

const out = mkdtempSync(join(tmpdir(), 'lectern-every-layout-'));
const decks: TestDeck[] = [];
let printer: PlaywrightPrinter | undefined;
const timings: string[] = [];

async function addDeck(name: string, file: string, paper: PaperSize): Promise<void> {
  const read = await readDeckFile(file);
  if (!read.ok)
    throw new Error(
      `${name}: ${file} does not open: ${read.problems.map((p) => p.what).join('; ')}`,
    );
  const deck = read.value.deck;
  decks.push({ name, deck, rendered: await staticDeck(deck, dirname(file)), paper });
}

beforeAll(async () => {
  const files: Array<[string, string]> = [];
  for (const d of readdirSync(join(ROOT, 'decks'), { withFileTypes: true }).filter((e) =>
    e.isDirectory(),
  )) {
    files.push([`decks/${d.name}`, join(ROOT, 'decks', d.name, `${d.name}.lectern`)]);
  }
  for (const f of readdirSync(join(ROOT, 'tests/fixtures/decks')).filter((f) =>
    f.endsWith('.lectern'),
  ))
    files.push([`fixtures/${f}`, join(ROOT, 'tests/fixtures/decks', f)]);
  files.push(['lecture', writeDeck(lectureDeck(), 'lecture', out)]);
  files.push(['cjk', writeDeck(cjkDeck(), 'cjk', out)]);
  files.push(['older draft', writeDeck(olderDraftDeck(), 'older', out)]);
  const made = await generateFromFile(
    join(ROOT, 'tests/fixtures/sources/urban-heat-islands.md'),
    join(out, 'generated'),
    { single: true },
  );
  if (!made.ok)
    throw new Error(`urban-heat-islands.md: ${made.problems.map((p) => p.what).join('; ')}`);
  for (const f of made.value.files) files.push([`generated ${f.split('/').at(-1)}`, f]);
  for (const [i, [name, file]] of files.entries())
    await addDeck(name, file, i % 2 ? 'letter' : 'a4');
  if (canPrint) printer = await playwrightPrinter();
}, 120_000);

afterAll(async () => {
  await printer?.close();
  rmSync(out, { recursive: true, force: true });
  if (timings.length) console.log(timings.join('\n'));
});

/** Prints `layout` of `d`; returns the PDF's path. */
async function print(d: TestDeck, layout: Layout): Promise<string> {
  const result = await exportStatic(
    d.deck,
    d.rendered,
    { ...layout.options, paper: d.paper },
    { printer: printer! },
  );
  if (!result.ok)
    throw new Error(`${d.name} (${layout.name}): ${result.problems.map((p) => p.what).join('; ')}`);
  const file = join(out, `${d.name.replace(/\W+/g, '-')}-${layout.name.replace(/\W+/g, '-')}.pdf`);
  writeFileSync(file, result.value.bytes);
  return file;
}

/** Prints `layout` of every deck, two at a time (one Chromium, a page each: it pays on 2 cores). */
async function printAll(layout: Layout): Promise<string[]> {
  const files: string[] = new Array<string>(decks.length);
  let next = 0;
  const worker = async () => {
    while (next < decks.length) {
      const i = next++;
      files[i] = await print(decks[i]!, layout);
    }
  };
  await Promise.all([worker(), worker()]);
  return files;
}

/** Images per page (1-based) as `pdfimages -list` lists them (soft masks left out). */
function imagesPerPage(pdf: string): Map<number, number> {
  const counts = new Map<number, number>();
  for (const line of execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' })
    .split('\n')
    .slice(2)) {
    const [page, , type] = line.trim().split(/\s+/);
    if (type === 'image') counts.set(Number(page), (counts.get(Number(page)) ?? 0) + 1);
  }
  return counts;
}

/** Page size in pt from pdfinfo. */
function pageSize(pdf: string): [number, number] {
  const m = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(
    execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }),
  );
  if (!m) throw new Error(`${pdf}: pdfinfo gives no page size`);
  return [Number(m[1]), Number(m[2])];
}

describe.skipIf(!canPrint)('every PDF layout of every test deck', () => {
  it('covers the sample decks, the fixture decks and a drafted deck with images', () => {
    expect(decks.filter((d) => d.name.startsWith('decks/')).length).toBeGreaterThanOrEqual(3);
    expect(decks.filter((d) => d.name.startsWith('fixtures/')).length).toBeGreaterThanOrEqual(2);
    expect(
      decks.some(
        (d) => d.name.startsWith('generated') && expectations(d.deck).some((s) => s.images > 0),
      ),
    ).toBe(true);
  });

  for (const layout of LAYOUTS) {
    it(`${layout.name}: each slide whole on its page, images included, nothing for the lecturer only`, async () => {
      const lost: string[] = [];
      const leaked: string[] = [];
      const started = performance.now();
      let pageTotal = 0;
      const printed = await printAll(layout);
      for (const [k, d] of decks.entries()) {
        const pdf = printed[k]!;
        const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdf, '-'], {
          encoding: 'utf8',
        });
        const pageTexts = text.split('\f').map(squash);
        const images = imagesPerPage(pdf);
        const { page, pages } = pagesOf(layout, d.rendered);
        pageTotal += pages;
        expect(pageTexts.filter(Boolean).length, `${d.name}: pages with text`).toBeLessThanOrEqual(
          pages,
        );
        expect(
          Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]),
          `${d.name}: pages`,
        ).toBe(pages);
        const [w, h] = pageSize(pdf);
        const want =
          layout.options.layout === 'slides'
            ? { width: d.rendered.width, height: d.rendered.height }
            : PAPER[d.paper];
        expect([Math.round(w), Math.round(h)], `${d.name}: page size`).toEqual([
          Math.round(want.width * 0.75),
          Math.round(want.height * 0.75),
        ]);

        const wanted = new Map<number, number>();
        expectations(d.deck).forEach((slide, i) => {
          const p = page[i]!;
          const on = pageTexts[p] ?? '';
          for (const t of slide.texts)
            if (!on.includes(squash(t)))
              lost.push(`${d.name} p.${p + 1} (slide ${i + 1}): "${t.slice(0, 80)}"`);
          wanted.set(p + 1, (wanted.get(p + 1) ?? 0) + slide.images);
          if (layout.options.layout === 'notes') {
            const notes = d.rendered.slides[i]!.notes;
            for (const para of notes.split(/\n+/).filter((x) => x.trim()))
              if (!on.includes(squash(para)))
                lost.push(`${d.name} p.${p + 1} notes: "${para.slice(0, 80)}"`);
          }
        });
        for (const [p, n] of wanted)
          if ((images.get(p) ?? 0) < n)
            lost.push(`${d.name} p.${p}: ${n} image(s) wanted, ${images.get(p) ?? 0} in the PDF`);
        for (const line of text.split('\n'))
          if (FORBIDDEN.test(line)) leaked.push(`${d.name}: ${line.trim().slice(0, 120)}`);
      }
      timings.push(
        `${layout.name}: ${decks.length} decks, ${pageTotal} pages, ${Math.round(performance.now() - started)} ms`,
      );
      expect(lost).toEqual([]);
      expect(leaked).toEqual([]);
    }, 180_000);
  }
});

describe('the HTML exports of every test deck', () => {
  it('hold nothing for the lecturer only, with notes or as the student copy', async () => {
    const leaked: string[] = [];
    for (const d of decks) {
      for (const notes of [true, false]) {
        const html = await exportStatic(d.deck, d.rendered, { format: 'html', notes });
        if (!html.ok) throw new Error(`${d.name}: HTML export failed`);
        const source = new TextDecoder().decode(html.value.bytes);
        // What a reader sees: the markup's text and attributes, and the notes the speaker view shows.
        const data =
          /<script type="application\/json" id="lx-data">([\s\S]*?)<\/script>/.exec(source)?.[1] ??
          '{}';
        const shown = source.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ');
        const spoken = (JSON.parse(data) as { notes?: string[] }).notes ?? [];
        if (!notes) expect(spoken, `${d.name}: the student copy has no notes`).toEqual([]);
        for (const line of [...shown.split(/<|>|\n/), ...spoken.flatMap((s) => s.split('\n'))]) {
          if (FORBIDDEN.test(line))
            leaked.push(
              `${d.name} (${notes ? 'with notes' : 'student copy'}): ${line.trim().slice(0, 120)}`,
            );
        }
      }
    }
    expect(leaked).toEqual([]);
  }, 60_000);

  it('keep the notes themselves, less only the remarks', () => {
    const older = decks.find((d) => d.name === 'older draft')!;
    expect(older.rendered.slides.map((s) => s.notes)).toEqual([
      '',
      'The plant was a copy of the Gary Works.',
      '',
      'Point at the furnaces.',
      '',
    ]);
    expect(notesForExport('Talking points:\n• Stress the timing.')).toBe(
      'Talking points:\n• Stress the timing.',
    );
  });
});
