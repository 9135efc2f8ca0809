/**
 * The lecturer test for tests/fixtures/sources/first-farmers.md, an archaeology reading in
 * Markdown with Harvard citations that give the page after a colon ("(Schmidt 2000: 45)") and
 * dates before the common era ("8400 BCE", "12,000 years ago"). Written before the rules it
 * exposed (citations left in the bullets and read as events, "9600 tonnes" read from "between
 * about 9600 and 8200 BCE", "It reached Cyprus by about:" over "8400 BCE", "About 75 came
 * from Anatolia", a place dropped from a claim that fitted alone), then mended.
 */
import { describe, expect, it } from 'vitest';
import { draftedForTests, lecturerView } from './readings';

const g = draftedForTests('first-farmers.md');
const { texts, slides, charts, workLabels, worksMissingDetails } = lecturerView(g);

describe('the first farmers drafts, as a lecturer checks them', () => {
  it('cite Harvard works with their pages, and leave no citation in a bullet', () => {
    for (const t of texts()) expect(t).not.toMatch(/\(\p{Lu}[^()]*\d{4}: \d+\)/u);
    expect(workLabels()).toEqual(
      expect.arrayContaining(['Ammerman and Cavalli-Sforza 1984', 'Clare 2020']),
    );
    expect(worksMissingDetails()).toEqual([]);
    const pages = g.decks.flatMap((d) =>
      d.slides.flatMap((s) =>
        s.blocks.flatMap((b) =>
          b.type === 'bullets' ? b.items.flatMap((i) => i.citations.map((c) => c.pages)) : [],
        ),
      ),
    );
    expect(pages).toEqual(expect.arrayContaining(['p. 81', 'p. 61']));
  });

  it('give each work its title once, without the year in brackets before it', () => {
    const works = g.decks.flatMap((d) => d.references);
    const ammerman = works.find((r) => r.label === 'Ammerman and Cavalli-Sforza 1984');
    expect(ammerman?.csl?.title).toBe(
      'The Neolithic Transition and the Genetics of Populations in Europe',
    );
    for (const w of works) expect(w.csl?.title ?? '').not.toMatch(/^\(\d{4}\)|\*/);
  });

  it('draw the dates before the common era on a timeline of their own, later to the right', () => {
    const timeline = charts().find((c) => /^Key dates, \d+–\d+ BCE$/.test(c.slide.title));
    expect(timeline, 'a timeline before the common era').toBeDefined();
    const rows = timeline!.spec.data.values as Array<{ year: number; label: string }>;
    expect(rows.map((r) => r.year)).toEqual([8500, 8400, 4000]);
    expect(rows[0]!.label).toMatch(/^8500 BCE · /);
    const x = (timeline!.spec as unknown as { encoding: { x: Record<string, unknown> } }).encoding
      .x;
    expect(x).toMatchObject({ type: 'quantitative', title: 'BCE', scale: { reverse: true } });
  });

  it('never date an event by the year a cited work appeared', () => {
    const labels = charts().flatMap((c) =>
      (c.spec.data.values as Array<{ label?: string; year?: number }>).map((r) => r.year),
    );
    for (const y of [1998, 2000, 2020]) expect(labels).not.toContain(y);
  });

  it('read years before the common era as dates, never as amounts of something', () => {
    for (const c of charts()) {
      const rows = c.spec.data.values as Array<Record<string, unknown>>;
      // (A timeline's row names its date; an amount's row never counts a date.)
      for (const r of rows)
        if (typeof r.value === 'number') expect(String(r.label ?? '')).not.toMatch(/BCE/);
      expect(c.block.alt).not.toMatch(/\b9,?600 tonnes/);
    }
  });

  it('list where farming reached, each place with its date, under "It reached:"', () => {
    expect(texts()).toEqual(
      expect.arrayContaining([
        'It reached:',
        'Cyprus by about 8400 BCE',
        'Greece by about 6700 BCE',
        'the Atlantic coast of Portugal by about 5400 BCE',
      ]),
    );
  });

  it('keep where a measure was taken when its claim fits a bullet alone', () => {
    expect(texts()).toContain("Men's height fell from about 170 cm to 165 cm in the Levant");
  });

  it('title slides with whole claims, never a share without its unit or a pronoun', () => {
    const titles = slides().map((s) => s.title);
    expect(titles).toContain('Ancient DNA shows the farmers themselves moved');
    for (const t of titles) {
      expect(t).not.toMatch(/^About 75 came|themselves$|10 to 100 times$/);
      expect(t.split(/\s+/).length).toBeLessThanOrEqual(8);
    }
  });
});
