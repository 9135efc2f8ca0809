/**
 * The conflict dialog's side-by-side view: which slides differ between my version and the
 * one on disk, matched by id, each side with its number, title and visible text.
 */
import { describe, expect, it } from 'vitest';
import { Deck, type DeckInput } from '../../../common/deck/schema';
import { diffDecks } from '../../../common/deck/slide-diff';

function deck(
  titles: Array<[id: string, title: string, bullet?: string]>,
  meta: Partial<DeckInput['meta']> = {},
): Deck {
  return Deck.parse({
    format: 'lectern-deck',
    version: 1,
    meta: { title: 'Lecture', ...meta },
    slides: titles.map(([id, title, bullet]) => ({
      id,
      layout: 'bullets',
      title,
      blocks: bullet
        ? [{ type: 'bullets', id: `b-${id}`, items: [{ id: `i-${id}`, text: bullet }] }]
        : [],
    })),
  } satisfies DeckInput);
}

const base: Array<[string, string, string?]> = [
  ['s1', 'Opening'],
  ['s2', 'Western equipment', 'Imported *machine* tools'],
  ['s3', 'Specialists', 'Engineers on contract'],
  ['s4', 'Credit'],
];

describe('diffDecks', () => {
  it('finds nothing between a deck and itself (or an equal copy)', () => {
    const a = deck(base);
    expect(diffDecks(a, a)).toEqual({ slides: [], other: [] });
    expect(diffDecks(a, deck(base))).toEqual({ slides: [], other: [] });
  });

  it('shows a changed slide with both sides: number, title and text as read (Markdown removed)', () => {
    const mine = deck(
      base.map((s) => (s[0] === 's2' ? ['s2', 'Mine', 'Imported *machine* tools'] : s)),
    );
    const disk = deck(
      base.map((s) => (s[0] === 's2' ? ['s2', 'Western equipment', 'Bought abroad'] : s)),
    );
    const { slides, other } = diffDecks(mine, disk);
    expect(other).toEqual([]);
    expect(slides).toEqual([
      {
        id: 's2',
        kind: 'changed',
        mine: { number: 2, title: 'Mine', text: ['Imported machine tools'], notes: '' },
        disk: { number: 2, title: 'Western equipment', text: ['Bought abroad'], notes: '' },
      },
    ]);
  });

  it('tells slides only in mine from slides only on disk, each where it stands', () => {
    const mine = deck([...base.slice(0, 2), ['n1', 'My new slide'], ...base.slice(2)]);
    const disk = deck([base[0]!, base[1]!, base[3]!, ['n2', 'Their new slide']]);
    const { slides } = diffDecks(mine, disk);
    expect(slides.map((d) => [d.id, d.kind, d.mine?.number, d.disk?.number])).toEqual([
      ['n1', 'only-mine', 3, undefined],
      ['s3', 'only-mine', 4, undefined],
      ['n2', 'only-disk', undefined, 4],
    ]);
  });

  it('reports a slide moved without changes as moved, and one insertion does not move the rest', () => {
    const moved = deck([base[0]!, base[2]!, base[1]!, base[3]!]);
    const { slides } = diffDecks(moved, deck(base));
    expect(slides.map((d) => [d.id, d.kind])).toEqual([
      ['s3', 'moved'],
      ['s2', 'moved'],
    ]);
    const inserted = deck([['x', 'Inserted'], ...base]);
    expect(diffDecks(inserted, deck(base)).slides.map((d) => [d.id, d.kind])).toEqual([
      ['x', 'only-mine'],
    ]);
  });

  it('names what else differs: deck title, theme, references', () => {
    const mine = deck(base, { title: 'My lecture', theme: 'dark' });
    const disk = Deck.parse({
      ...deck(base),
      references: [{ id: 'r1', label: '[1]', text: 'Sutton 1971' }],
    });
    expect(diffDecks(mine, disk).other).toEqual(['deck title', 'theme', 'references']);
  });

  it('sees a change in notes or layout as a change even when the visible text is the same', () => {
    const a = deck(base);
    const b = Deck.parse({
      ...a,
      slides: a.slides.map((s) =>
        s.id === 's4' ? { ...s, notes: 'Say this' } : s.id === 's1' ? { ...s, layout: 'title' } : s,
      ),
    });
    const { slides } = diffDecks(a, b);
    expect(slides.map((d) => [d.id, d.kind])).toEqual([
      ['s1', 'changed'],
      ['s4', 'changed'],
    ]);
    expect(slides[1]!.disk!.notes).toBe('Say this');
  });
});
