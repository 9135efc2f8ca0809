/**
 * The lecturer test for tests/fixtures/sources/dust-bowl.md, an environmental history in
 * Markdown with Chicago notes: full notes that name the author first ("Donald Worster, *Dust
 * Bowl* (New York: …, 1979), 90."), "Ibid." notes and short notes ("Worster, *Dust Bowl*,
 * 21."). Written before the rules it exposed (a work by "Donald Worster, Dust" titled "Bowl: …",
 * "Ibid., 88." listed for students as a work with no author, title or year, a short note as a
 * work of its own), then mended.
 */
import { describe, expect, it } from 'vitest';
import { draftedForTests, lecturerView } from './readings';

const g = draftedForTests('dust-bowl.md');
const { charts, workLabels, worksMissingDetails } = lecturerView(g);
const works = () => g.decks.flatMap((d) => d.references);
const pagesOf = (label: string) =>
  g.decks.flatMap((d) => {
    const ids = new Set(d.references.filter((r) => r.label === label).map((r) => r.id));
    return d.slides.flatMap((s) =>
      s.blocks.flatMap((b) =>
        b.type === 'bullets'
          ? b.items.flatMap((i) => i.citations.filter((c) => ids.has(c.ref)).map((c) => c.pages))
          : b.type === 'figure' || b.type === 'quote' || b.type === 'text'
            ? b.citations.filter((c) => ids.has(c.ref)).map((c) => c.pages)
            : [],
      ),
    );
  });

describe('the Dust Bowl drafts, as a lecturer checks them', () => {
  it('read a note that names its author first as that author and title', () => {
    const worster = works().find((r) => r.label === 'note 1');
    expect(worster?.csl?.author).toEqual([{ literal: 'Donald Worster' }]);
    expect(worster?.csl?.title).toBe('Dust Bowl: The Southern Plains in the 1930s');
  });

  it('cite "Ibid." and short notes as the work they repeat, at their own pages', () => {
    // Three works, never "note 2" (Ibid.) or "note 5" (Worster, Dust Bowl, 21) of their own.
    expect(workLabels()).toEqual(['note 1', 'note 3', 'note 6']);
    expect(worksMissingDetails()).toEqual([]);
    expect(pagesOf('note 1')).toEqual(expect.arrayContaining(['p. 90', 'p. 88', 'p. 21']));
    expect(pagesOf('note 3')).toEqual(expect.arrayContaining(['p. 34', 'pp. 98–99', 'p. 113']));
  });

  it('draw the dust storms year by year on a time axis', () => {
    const storms = charts().find((c) => /^Dust storms/.test(c.slide.title));
    expect(
      (storms?.spec.data.values as Array<{ year: number; value: number }>).map((r) => [
        r.year,
        r.value,
      ]),
    ).toEqual([
      [1932, 14],
      [1933, 38],
      [1934, 22],
      [1935, 40],
    ]);
  });
});
