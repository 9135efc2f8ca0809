/**
 * A section too long for one deck is cut into parts before generation (main/import/parts.ts),
 * sentence ids kept, so provenance still finds its sentences in the reading's copy.
 */
import { describe, expect, it } from 'vitest';
import { Deck } from '../../../common/deck/schema';
import type { Section, SourceModel } from '../../../common/source/model';
import { DECK_MAX_SLIDES } from '../../../main/import/limits';
import { splitLongSections } from '../../../main/import/parts';

function section(id: string, paragraphSizes: number[]): Section {
  const n = id.replace('sec', '');
  return {
    id,
    title: `Section ${n}`,
    paragraphs: paragraphSizes.map((size, p) => ({
      id: `${id}-p${p + 1}`,
      sentences: Array.from({ length: size }, (_, s) => ({
        id: `s${n}.${p + 1}.${s + 1}`,
        text: 'A sentence.',
        start: 0,
        end: 1,
        citations: [],
        quotes: [],
        facts: [],
      })),
    })),
  };
}

const model = (sections: Section[]): SourceModel => ({
  hash: 'sha256:0',
  title: 'T',
  sections,
  references: [],
  diagnostics: [],
});
const ids = (s: Section) => s.paragraphs.flatMap((p) => p.sentences.map((t) => t.id));

describe('long sections into parts', () => {
  it('leaves a reading whose sections are all short as it is', () => {
    const m = model([section('sec1', [3, 4])]);
    expect(splitLongSections(m, 10)).toBe(m);
  });

  it('cuts between paragraphs, titles the parts, keeps every sentence id once and in order', () => {
    const long = section('sec2', [4, 4, 4, 4]);
    const out = splitLongSections(model([section('sec1', [2]), long]), 8);
    expect(out.sections.map((s) => [s.id, s.title, ids(s).length])).toEqual([
      ['sec1', 'Section 1', 2],
      ['sec2', 'Section 2 (part 1 of 2)', 8],
      ['sec2-part2', 'Section 2 (part 2 of 2)', 8],
    ]);
    expect(out.sections.slice(1).flatMap(ids)).toEqual(ids(long));
  });

  it('cuts inside a paragraph only when it alone is longer than a part', () => {
    const out = splitLongSections(model([section('sec1', [2, 25])]), 10);
    expect(out.sections.map((s) => ids(s).length)).toEqual([2, 10, 10, 5]);
    expect(out.sections.flatMap(ids)).toEqual(ids(section('sec1', [2, 25])));
  });

  it('a figure goes with the part of the paragraph it follows', () => {
    const long = section('sec1', [5, 5, 5]);
    long.figures = [
      { id: 'sec1-f1', ref: 'a.png', start: 0, caption: '', alt: '', citations: [] },
      {
        id: 'sec1-f2',
        ref: 'b.png',
        start: 0,
        after: 'sec1-p3',
        caption: '',
        alt: '',
        citations: [],
      },
    ];
    const out = splitLongSections(model([long]), 10);
    expect(out.sections.map((s) => (s.figures ?? []).map((f) => f.id))).toEqual([
      ['sec1-f1'],
      ['sec1-f2'],
    ]);
  });

  it('DECK_MAX_SLIDES is the schema’s limit on slides', () => {
    const slide = (i: number) => ({
      id: `s${i}`,
      layout: 'title',
      title: 'x',
      blocks: [],
      notes: '',
    });
    const deck = (n: number) => ({
      format: 'lectern-deck',
      version: 1,
      meta: { title: 'x' },
      slides: Array.from({ length: n }, (_, i) => slide(i)),
    });
    const at = Deck.safeParse(deck(DECK_MAX_SLIDES));
    const over = Deck.safeParse(deck(DECK_MAX_SLIDES + 1));
    expect(over.success).toBe(false);
    expect(
      over.error?.issues.some((i) => i.code === 'too_big' && i.path.join('.') === 'slides'),
    ).toBe(true);
    expect(
      at.error?.issues.some((i) => i.path[0] === 'slides' && i.path.length === 1) ?? false,
    ).toBe(false);
  });
});
