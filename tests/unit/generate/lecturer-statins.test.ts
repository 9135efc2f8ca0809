/**
 * The lecturer test for tests/fixtures/sources/statins.md, a medical reading in Markdown with
 * a results table whose second column is the year of each trial, statistical notation
 * ("95% CI 15–42%, p = 0.0003"), trial names with their acronyms ("(4S)", "(WOSCOPS)"), a
 * finding reported with "had shown that", a date at the end of a long sentence, and a body's
 * long name ("the National Institute for Health and Care Excellence"). Written after the
 * generator's rules were. What a lecturer checks.
 */
import { describe, expect, it } from 'vitest';
import { bulletsOf, chartsOf, draftedForTests, firstQuote } from './readings';

const g = draftedForTests('statins.md');

const slides = () => g.decks.flatMap((d) => d.slides);
const bullets = () => slides().flatMap(bulletsOf);
const texts = () => bullets().map((b) => b.text);
const titles = () => slides().map((s) => s.title);

describe('the statin drafts, as a lecturer checks them', () => {
  it("never chart the table's column of years as a quantity", () => {
    const table = g.decks
      .flatMap((d) => chartsOf(d))
      .find((c) => c.spec.data.values.some((r) => r.label === 'JUPITER'));
    expect(table?.spec.data.values.map((r) => [r.label, r.value])).toEqual([
      ['HPS', 20536],
      ['JUPITER', 17802],
      ['WOSCOPS', 6595],
      ['4S', 4444],
    ]);
    expect(JSON.stringify(table?.spec.encoding)).toContain('"title":"Patients"');
  });

  it('keep what a study had shown under it, whole, and a closing date in front', () => {
    const shown = bullets().find(
      (b) => b.text === 'By the 1960s the Framingham Heart Study had shown:',
    );
    expect(shown?.children.map((c) => c.text)).toEqual([
      'People with high blood cholesterol were more likely to develop coronary heart disease',
    ]);
    expect(texts()).toContain(
      "September 1987: Merck's lovastatin became the first statin approved by the US Food and Drug Administration",
    );
    // A critic's two claims under the critic, the second a verb after "1 in 100".
    const critics = bullets().find((b) => b.text === 'Critics such as John Abramson argued:');
    expect(critics?.children.map((c) => c.text)).toEqual([
      'For people at low risk the absolute benefit is small',
      'About 1 in 100 avoids a heart attack over five years',
    ]);
    // The statistics stay as the reading writes them.
    expect(texts()).toContain('Total mortality fell by 30% (95% CI 15–42%, p = 0.0003)');
  });

  it('title a trial by its acronym, and never cut a name or a "likely" from what it needs', () => {
    expect(titles()).toContain('4S enrolled 4,444 patients with existing heart disease');
    for (const t of titles()) {
      expect(t).not.toMatch(/National Institute Care/);
      expect(t).not.toMatch(/\blikely$/);
      expect(t).not.toMatch(/\bpublished in 1994$/);
    }
  });

  it('draw a lowered threshold as a change, and join the first part, with nothing to draw, to the trials', () => {
    const change = g.decks
      .flatMap((d) => chartsOf(d))
      .find((c) => c.spec.data.values.some((r) => r.label === 'Before'));
    expect(change?.spec.data.values.map((r) => r.shown)).toEqual(['20%', '10%']);
    expect(change?.slide.title).toBe('Threshold for offering statins halved: 20% to 10%');
    // "From cholesterol to a drug" dates two events and "by the 1960s": no figure of its own.
    expect(
      g.decks.map((d) => d.slides.filter((s) => s.layout === 'section').map((s) => s.title)),
    ).toContainEqual(['The trials']);
  });

  it('give the quotation its speaker', () => {
    const quote = firstQuote(g);
    expect(quote?.type === 'quote' && quote.attribution).toMatch(/^Rory Collins/);
  });
});
