/**
 * The lecturer test for readings with figures, run as a lecturer would: `lectern generate` on
 * the .docx article (one embedded chart with Word alt text and a Caption-style caption) and on
 * the Markdown reading (an image with a title and an italic caption, and one with only alt
 * text), through the real file system, then `lectern check` and `lectern export --html`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseDeck } from '../../../common/deck/load';
import type { Deck, FigureBlock, Slide } from '../../../common/deck/schema';
import { calcificationChart } from '../../fixtures/sources/make-figure-readings';

const ROOT = resolve(__dirname, '../../..');
const FIX = join(ROOT, 'tests/fixtures/sources');
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'lectern-figures-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function lectern(...args: string[]) {
  const r = spawnSync(
    join(ROOT, 'node_modules/.bin/tsx'),
    [join(ROOT, 'main/cli/index.ts'), ...args],
    { cwd: dir, encoding: 'utf8' },
  );
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function load(file: string): Deck {
  const loaded = parseDeck(readFileSync(join(dir, file), 'utf8'));
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
  return loaded.value.deck;
}

const figureSlides = (deck: Deck) =>
  deck.slides.filter((s) => s.blocks.some((b) => b.type === 'figure' && b.figure.kind === 'image'));
const figureOf = (slide: Slide) => slide.blocks.find((b): b is FigureBlock => b.type === 'figure')!;
const bulletTexts = (deck: Deck) =>
  deck.slides.flatMap((s) =>
    s.blocks.flatMap((b) => (b.type === 'bullets' ? b.items.map((i) => i.text) : [])),
  );
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
/** The generated deck file whose figure slides show the given asset (thin sections may be joined, so not by index). */
const deckWith = (files: string[], asset: string): string => {
  const found = files.find((f) =>
    figureSlides(load(f)).some((s) => (figureOf(s).figure as { asset?: string }).asset === asset),
  );
  if (!found) throw new Error(`no generated deck shows ${asset}`);
  return found;
};

describe('a draft from the .docx article with an embedded figure', () => {
  let files: string[] = [];
  beforeAll(() => {
    const r = lectern('generate', join(FIX, 'ocean-acidification.docx'), '--out', 'ocean');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    files = r.out.trim().split('\n');
  });

  it("gives the section with the figure a figure slide: the reading's caption, its alt text and the caption's citation", () => {
    const decks = files.map(load);
    // One embedded picture: one figure slide in all the drafts together.
    expect(decks.map((d) => figureSlides(d).length).reduce((a, b) => a + b, 0)).toBe(1);
    const slide = figureSlides(load(deckWith(files, 'assets/figure-1.png')))[0]!;
    const figure = figureOf(slide);
    expect(slide.layout).toBe('figure');
    expect(figure.caption).toBe(
      'Coral calcification rate against the aragonite saturation state of seawater',
    );
    expect(figure.alt).toBe(
      'Scatter plot with a rising line: the coral calcification rate (vertical axis) increases steadily with the aragonite saturation state of seawater (horizontal axis).',
    );
    expect(figure.citations).toEqual([{ ref: 'langdon-2005', pages: 'p. 9' }]);
    // The caption is tied to its sentence of the reading, like every bullet.
    expect(figure.provenance?.sentences.length).toBeGreaterThan(0);
  });

  it('titles the figure slide with a short phrase of the caption, not "Figure 1"', () => {
    const slide = figureSlides(load(deckWith(files, 'assets/figure-1.png')))[0]!;
    expect(words(slide.title)).toBeLessThanOrEqual(8);
    expect(slide.title).toMatch(/^Coral calcification rate/);
  });

  it("puts the figure where it stands in the reading: after the slide on calcification, before the one on Hoegh-Guldberg's warning", () => {
    const deck = load(deckWith(files, 'assets/figure-1.png'));
    const at = deck.slides.findIndex((s) => s.layout === 'figure');
    const text = (s: Slide | undefined) => JSON.stringify(s?.blocks ?? []);
    expect(text(deck.slides[at - 1])).toMatch(/calcification slowed/);
    expect(text(deck.slides[at + 1])).toMatch(/Hoegh-Guldberg/);
  });

  it("keeps the caption off the bullets (it is the figure's text)", () => {
    expect(bulletTexts(load(deckWith(files, 'assets/figure-1.png'))).join(' ')).not.toMatch(
      /Figure 1|against the aragonite saturation state of seawater/,
    );
  });

  it("stores the image the document embeds in the deck's assets/, and only in that deck", () => {
    const deck = load(deckWith(files, 'assets/figure-1.png'));
    const asset = (figureOf(figureSlides(deck)[0]!).figure as { asset: string }).asset;
    expect(asset).toBe('assets/figure-1.png');
    expect(
      new Uint8Array(readFileSync(join(dir, deckWith(files, 'assets/figure-1.png'), '..', asset))),
    ).toEqual(calcificationChart());
    // Every deck folder has an assets/ folder; only the deck that shows the image holds it.
    for (const f of files) {
      expect(readdirSync(join(dir, f, '..', 'assets'))).toEqual(
        f === deckWith(files, 'assets/figure-1.png') ? ['figure-1.png'] : [],
      );
    }
  });

  it('lists the work the caption cites on the references slide, with the page', () => {
    const deck = load(deckWith(files, 'assets/figure-1.png'));
    expect(deck.references.map((r) => r.id)).toContain('langdon-2005');
    const refs = deck.slides
      .filter((s) => s.layout === 'references')
      .map((s) => JSON.stringify(s.blocks))
      .join(' ');
    expect(refs).toMatch(/langdon-2005/);
    // The slide works out the pages used from the deck's citations when it is drawn.
    const html = join(dir, 'corals-refs.html');
    expect(lectern('export', deckWith(files, 'assets/figure-1.png'), '--html', html).code).toBe(0);
    const page = readFileSync(html, 'utf8');
    const refsSection = page.slice(page.lastIndexOf('References'));
    expect(refsSection).toMatch(/Langdon[^<]*<[\s\S]*?p\.\s9/);
  });

  it('passes `lectern check` with no error, and the HTML export carries the image with its alt text', () => {
    const check = lectern('check', 'ocean');
    expect(check.code).toBe(0);
    expect(check.out).toContain(`${files.length} decks checked, 0 invalid`);
    expect(check.err).not.toMatch(/: slide \d+ "[^"]*": (?!warning)/);
    expect(check.err).not.toMatch(/figure/);
    const html = join(dir, 'corals.html');
    const exported = lectern('export', deckWith(files, 'assets/figure-1.png'), '--html', html);
    expect(exported.code).toBe(0);
    const page = readFileSync(html, 'utf8');
    expect(page).toMatch(/<img[^>]+src="data:image\/png;base64,/);
    expect(page).toContain('alt="Scatter plot with a rising line');
  });
});

describe('a draft from the Markdown reading with two images', () => {
  let files: string[] = [];
  beforeAll(() => {
    const r = lectern('generate', join(FIX, 'urban-heat-islands.md'), '--out', 'heat');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    files = r.out.trim().split('\n');
  });

  it("the image with a caption: a slide titled by the image's own title, with the italic caption, the alt text and the cited page", () => {
    const deck = load(deckWith(files, 'assets/heat-island-transect.png'));
    const [slide] = figureSlides(deck);
    expect(slide!.title).toBe('Evening air temperature across a city');
    expect(figureOf(slide!)).toMatchObject({
      figure: { kind: 'image', asset: 'assets/heat-island-transect.png' },
      caption:
        'Evening air temperature along a transect across a city, from farmland through downtown and back to farmland',
      alt: expect.stringMatching(
        /^Bar chart of evening air temperature along a line across a city/,
      ),
      citations: [{ ref: 'oke-1987', pages: 'p. 289' }],
    });
    expect(
      readFileSync(
        join(
          dir,
          deckWith(files, 'assets/heat-island-transect.png'),
          '..',
          'assets/heat-island-transect.png',
        ),
      ),
    ).toEqual(readFileSync(join(FIX, 'images/heat-island-transect.png')));
  });

  it('the image with only alt text: its description is both caption and alt text', () => {
    const deck = load(deckWith(files, 'assets/cool-roof.png'));
    const [slide] = figureSlides(deck);
    expect(slide!.title).toBe('White roof and dark roof side by side');
    expect(figureOf(slide!)).toMatchObject({
      figure: { kind: 'image', asset: 'assets/cool-roof.png' },
      caption: 'A white roof and a dark roof side by side under the summer sun',
      alt: 'A white roof and a dark roof side by side under the summer sun',
    });
    expect(
      existsSync(join(dir, deckWith(files, 'assets/cool-roof.png'), '..', 'assets/cool-roof.png')),
    ).toBe(true);
  });

  it('passes `lectern check` with no error', () => {
    const check = lectern('check', 'heat');
    expect(check.code).toBe(0);
    expect(check.err).not.toMatch(/: slide \d+ "[^"]*": (?!warning)/);
  });
});
