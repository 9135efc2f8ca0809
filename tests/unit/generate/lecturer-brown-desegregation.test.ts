/**
 * The lecturer test for tests/fixtures/sources/brown-desegregation.md, a legal-history reading in
 * Markdown with author-year citations: court cases cited by name ("Plessy v. Ferguson",
 * "Green v. County School Board (1968)"), a court's rulings reported as claims, a quotation
 * introduced by "concluded that", and two series of one share over years. Written before the
 * rules it exposed (a case's "v." read as a full stop, a case's year read as a citation, a
 * share named without what it counts), then mended where the draft failed.
 */
import { describe, expect, it } from 'vitest';
import { draftedForTests, lecturerView } from './readings';

const g = draftedForTests('brown-desegregation.md');
const { texts, slides, charts, workLabels } = lecturerView(g);

describe('the desegregation drafts, as a lecturer checks them', () => {
  it('keep case names whole and read "Green v. County School Board (1968)" as a ruling, not a work', () => {
    expect(texts().join(' | ')).toContain('Plessy v. Ferguson');
    expect(texts().some((t) => /^\*?Ferguson/.test(t))).toBe(false);
    expect(workLabels()).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^(?:Board|Bradley|Education) /)]),
    );
  });

  it("put a court's ruling under the court, as a claim it made", () => {
    const ruled = g.decks
      .flatMap((d) => d.slides)
      .flatMap((s) => s.blocks)
      .flatMap((b) => (b.type === 'bullets' ? b.items : []))
      .find((i) => i.text === 'In Green v. County School Board (1968) the Court ruled:');
    expect(ruled?.children.map((c) => c.text)).toEqual([
      '"Freedom of choice" plans were not enough if schools stayed segregated in practice',
    ]);
  });

  it('title the quotation by who said it and what it is about', () => {
    const quote = slides().find((s) => s.layout === 'quote');
    expect(quote?.title).toBe('Chief Justice Earl Warren on public education');
  });

  it('chart each share by what it counts, with every year the reading gives', () => {
    const rose = charts().find((c) =>
      c.block.caption?.startsWith('Share of Black students in the South rose'),
    );
    expect(rose?.spec.data.values.map((r) => r.year)).toEqual([1964, 1967, 1970, 1980]);
    const fell = charts().find(
      (c) => c.slide.title === 'Share of Black Southern students fell, 1988–2011',
    );
    expect(fell?.block.caption).toMatch(
      /in majority-white schools fell from 43\.5 percent in 1988/,
    );
  });

  it('state a series in bullets by its span, and keep what the share is of', () => {
    expect(texts()).toEqual(
      expect.arrayContaining([
        'The share of Black students in the South attending majority-white schools rose:',
        'from 2.3 percent in 1964 to 37.6 percent in 1980',
      ]),
    );
  });
});
