/**
 * The lecturer test for tests/fixtures/sources/printing-press.txt, a history essay with no
 * section headings, author-year citations with pages and a reference list, written after the
 * generator's rules were: a quotation introduced by "called printing", a claim set off by
 * ", by contrast,", a date with a hedge ("in about 1455") inside an aside, and a clause whose
 * verb is "were at work". What a lecturer checks before showing it.
 */
import { describe, expect, it } from 'vitest';
import { bulletsOf, chartsOf, draftedForTests, firstQuote } from './readings';

const g = draftedForTests('printing-press.txt');

const slides = () => g.decks.flatMap((d) => d.slides);

describe('the printing-press draft, as a lecturer checks it', () => {
  it('makes one deck of an essay without headings, titled as the essay', () => {
    expect(g.decks.map((d) => d.meta.title)).toEqual(['The Printing Press and the Reformation']);
  });

  it('never titles a slide with a verb of being and nothing after it', () => {
    for (const s of slides()) expect(s.title).not.toMatch(/\b(?:was|were|is|are)$/);
  });

  it('gives the quotation to Luther, who called printing so', () => {
    const quote = firstQuote(g);
    expect(quote?.type === 'quote' && quote.attribution).toBe('Luther');
    const title = slides().find((s) => s.layout === 'quote')!.title;
    expect(title).toMatch(/^Luther on /);
    expect(title).not.toMatch(/'s$/);
  });

  it("keeps Pettegree's claim as his, without the signpost", () => {
    const lead = slides()
      .flatMap(bulletsOf)
      .find((b) => /^Andrew Pettegree/.test(b.text));
    expect(lead?.text).toBe('Andrew Pettegree stressed:');
    expect(lead!.children.map((c) => c.text)).toEqual([
      "Most people heard Luther's ideas in sermons and songs rather than reading them",
    ]);
  });

  it('cites the author-year works with their pages on the bullets they support', () => {
    const bible = slides()
      .flatMap(bulletsOf)
      .find((b) => /survives in 49 copies/.test(b.text));
    expect(bible?.citations).toEqual([{ ref: 'eisenstein-1979', pages: 'p. 17' }]);
  });

  it('labels the timeline with whole statements: a dropped date takes its participle along', () => {
    const labels = g.decks
      .flatMap((d) => chartsOf(d))
      .flatMap((c) => c.spec.data.values.map((r) => String(r.label ?? '')));
    expect(labels).toContain('1455 · His Bible survives in 49 copies');
    for (const l of labels) expect(l).not.toMatch(/\b(?:about|in|finished),?\s*(?:…)?$/);
  });
});
