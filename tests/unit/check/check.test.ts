import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDeck, type CheckContext } from '../../../common/check';
import { generateDecks } from '../../../common/generate';
import { parseSource } from '../../../common/source/parse';
import { Deck } from '../../../common/deck/schema';
import type { SourceModel } from '../../../common/source/model';
import { DRAFT_REVIEW } from './draft-review';

const SAMPLE = readFileSync(
  join(__dirname, '../../fixtures/sources/soviet-industrialization-1930s.txt'),
  'utf8',
);
const model = parseSource(SAMPLE, { hash: 'sha256:' + 'b'.repeat(64), format: 'text' });

function contextFor(m: SourceModel, assets: string[] = []): CheckContext {
  const map = new Map<string, string>();
  for (const s of m.sections)
    for (const p of s.paragraphs) for (const t of p.sentences) map.set(t.id, t.text);
  return {
    sentences: (id) => (id === 'reading' ? map : undefined),
    assetExists: (rel) => assets.includes(rel),
  };
}

const clean = () =>
  generateDecks(model, { sourceId: 'reading', sourcePath: 'sources/r.txt' })[2]!.deck;
/** A generated deck with a chart (which section gets one is generation's business). */
const charted = () =>
  generateDecks(model, { sourceId: 'reading', sourcePath: 'sources/r.txt' })
    .map((g) => g.deck)
    .find((d) =>
      d.slides.some((s) => s.blocks.some((b) => b.type === 'figure' && b.figure.kind === 'chart')),
    )!;
const ctx = contextFor(model);
const errors = (d: Deck) => checkDeck(d, ctx).filter((p) => p.severity === 'error');

describe('deck check', () => {
  it('finds no errors on generated decks (only the missing-details warnings the sample earns, and the draft review)', () => {
    for (const { deck } of generateDecks(model, {
      sourceId: 'reading',
      sourcePath: 'sources/r.txt',
    })) {
      const problems = checkDeck(deck, ctx);
      expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
      for (const p of problems)
        expect(p.what).toMatch(
          new RegExp(`missing; link it to a bibliography entry or add them|${DRAFT_REVIEW.source}`),
        );
    }
  });
  it('flags a number on a slide that its source sentence does not have, naming the slide', () => {
    const d = clean();
    const block = d.slides[1]!.blocks[0]!;
    if (block.type !== 'bullets') throw new Error('expected bullets');
    block.items[3]!.text = 'The interest rate was as high as 25%';
    expect(errors(d)).toEqual([
      {
        severity: 'error',
        where: `slide 2 "${d.slides[1]!.title}"`,
        what: expect.stringMatching(/bullet 4 says "25", which is not in its source \(s3\.1\.2\)/),
      },
    ]);
  });
  it('checks nested bullets too, naming them by their place', () => {
    const d = clean();
    const block = d.slides[1]!.blocks[0]!;
    if (block.type !== 'bullets') throw new Error('expected bullets');
    const parent = block.items[0]!;
    parent.children = [{ ...parent, id: 'nested1', text: 'Nested: 999 of them', children: [] }];
    expect(errors(d).map((p) => p.what)).toEqual([
      expect.stringMatching(/bullet 1\.1 says "999", which is not in its source/),
    ]);
  });
  it('warns about a slide whose text cannot fit even at the smallest size', () => {
    const d = clean();
    const block = d.slides[1]!.blocks[0]!;
    if (block.type !== 'bullets') throw new Error('expected bullets');
    const long = 'a sentence that goes on and on about the steel plants and their builders '.repeat(
      4,
    );
    block.items = Array.from({ length: 12 }, (_, k) => ({
      id: `long${k}`,
      text: long,
      children: [],
      citations: [],
    }));
    const overflow = checkDeck(d, ctx).filter((p) => /cut off/.test(p.what));
    expect(overflow).toEqual([
      {
        severity: 'warning',
        where: `slide 2 "${d.slides[1]!.title}"`,
        what: expect.stringMatching(/more text than fits/),
      },
    ]);
    expect(checkDeck(clean(), ctx).filter((p) => /cut off/.test(p.what))).toEqual([]);
  });
  it('flags a chart datum that is not in its sentence', () => {
    const d = charted();
    const fig = d.slides.flatMap((s) => s.blocks).find((b) => b.type === 'figure');
    if (fig?.type !== 'figure' || fig.figure.kind !== 'chart') throw new Error('expected a chart');
    fig.figure.spec.data.values[1]!.value = 7;
    expect(errors(d).map((p) => p.what)).toEqual([
      expect.stringMatching(/datum 2 \(value\) says "7"/),
    ]);
  });
  it('flags a figure without alt text and an image missing from the deck folder', () => {
    const d = charted();
    const fig = d.slides.flatMap((s) => s.blocks).find((b) => b.type === 'figure');
    if (fig?.type !== 'figure') throw new Error('expected a figure');
    fig.alt = ' ';
    d.slides.push(
      Deck.shape.slides.element.parse({
        id: 'img',
        layout: 'figure',
        title: 'Map',
        blocks: [
          {
            type: 'figure',
            id: 'img-b',
            figure: { kind: 'image', asset: 'assets/map.png' },
            alt: 'A map',
          },
        ],
      }),
    );
    const found = errors(d).map((p) => p.what);
    expect(found).toContainEqual(expect.stringMatching(/has no alt text/));
    expect(found).toContainEqual(
      expect.stringMatching(/"assets\/map\.png", which is not in the deck folder/),
    );
    expect(
      checkDeck(d, contextFor(model, ['assets/map.png'])).filter((p) => /deck folder/.test(p.what)),
    ).toEqual([]);
  });
  it('flags a citation to an unknown reference (error) and to one with missing details (warning)', () => {
    const d = clean();
    const block = d.slides[1]!.blocks[0]!;
    if (block.type !== 'bullets') throw new Error('expected bullets');
    block.items[0]!.citations = [{ ref: 'nobody-1999' }];
    expect(errors(d).map((p) => p.what)).toEqual([
      expect.stringMatching(/cites "nobody-1999", which is not in the deck's reference list/),
    ]);
    const warnings = checkDeck(d, ctx).filter((p) => p.severity === 'warning');
    expect(
      warnings.some((w) =>
        /cites \[1\], whose author, title, issued, publisher are missing/.test(w.what),
      ),
    ).toBe(true);
    d.references = d.references.map((r) => ({
      ...r,
      text: 'Sutton, A. (1971). Western Technology.',
      missing: [],
    }));
    expect(checkDeck(d, ctx).filter((p) => /missing/.test(p.what))).toEqual([]);
  });
  it('warns about a content slide with no source at all, but not about title or reference slides', () => {
    const d = clean();
    d.slides.splice(
      1,
      0,
      Deck.shape.slides.element.parse({
        id: 'mine',
        layout: 'bullets',
        title: 'My own view',
        blocks: [
          { type: 'bullets', id: 'mine-b', items: [{ id: 'm1', text: 'A thought of my own' }] },
        ],
      }),
    );
    const unsourced = checkDeck(d, ctx).filter((p) => /has no source/.test(p.what));
    expect(unsourced).toEqual([
      {
        severity: 'warning',
        where: 'slide 2 "My own view"',
        what: expect.stringContaining('has no source'),
      },
    ]);
  });
  it('warns when a slide points at a sentence the source no longer has', () => {
    const d = clean();
    const shorter = parseSource(SAMPLE.replace(/ The availability[^\n]*$/, ''), {
      hash: model.hash,
      format: 'text',
    });
    const item = d.slides
      .flatMap((s) => s.blocks)
      .flatMap((b) => (b.type === 'bullets' ? b.items : []))
      .find((i) => i.provenance?.sentences.includes('s3.1.7'));
    item!.text = 'Credits from 1935 solved it';
    expect(checkDeck(d, contextFor(shorter)).map((p) => p.what)).toContainEqual(
      expect.stringMatching(/s3\.1\.7, which is no longer in the source/),
    );
  });
});
