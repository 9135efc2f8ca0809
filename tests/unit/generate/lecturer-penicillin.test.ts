/**
 * The lecturer test for tests/fixtures/sources/penicillin.txt, history of medicine in plain
 * text with numbered sections and Vancouver references: a place written "Peoria, Illinois"
 * inside a leading phrase, a report followed by the writer's own statement after ", and", a
 * share true "in some countries", a speaker who "later recalled", and two short sections with
 * two dates each. Written before the rules it exposed ("Illinois, Andrew Moyer found …",
 * the cantaloupe strain given as Moyer's finding, "about 40 per cent of … infections were
 * resistant" everywhere, a quotation with no speaker, a deck with no figure, the production chart titled "Units
 * rose"), then mended.
 */
import { describe, expect, it } from 'vitest';
import { draftedForTests, firstQuote, lecturerView } from './readings';

const g = draftedForTests('penicillin.txt');
const { texts, slides, charts } = lecturerView(g);

describe('the penicillin drafts, as a lecturer checks them', () => {
  it('drop a leading place whole, its larger place too', () => {
    expect(texts()).toContain(
      'Andrew Moyer found that corn steep liquor raised yields roughly tenfold',
    );
    for (const t of texts()) expect(t).not.toMatch(/^Illinois,/);
  });

  it("keep the reading's own statement out of what someone found", () => {
    const own = texts().find((t) => t.startsWith('A strain of mould'));
    expect(own).toMatch(/proved far more productive than Fleming's$/);
  });

  it('keep where a share holds when the reading says it holds only there', () => {
    expect(texts().join(' | ')).toMatch(
      /about 40 per cent of hospital Staphylococcus aureus infections in some countries/,
    );
  });

  it('name the speaker who "later recalled"', () => {
    const q = firstQuote(g);
    expect(q?.type === 'quote' && q.attribution).toBe('Heatley');
  });

  it('draw the dates of two short sections joined in one deck as one timeline', () => {
    const first = g.decks[0]!;
    expect(first.slides.some((s) => s.layout === 'figure')).toBe(true);
    const timeline = charts().find((c) => c.slide.title.startsWith('Key dates, 1928'));
    expect(timeline?.spec.data.values).toHaveLength(3);
  });

  it('name a series of what was made by who made it, never by its unit alone', () => {
    const made = charts().find((c) => /1943–1945/.test(c.slide.title));
    expect(made?.slide.title).toBe('Units made by American firms rose, 1943–1945');
  });

  it('title every slide in at most eight words', () => {
    for (const s of slides()) expect(s.title.split(/\s+/).length).toBeLessThanOrEqual(8);
  });
});
