/**
 * The lecturer test for tests/fixtures/sources/exoplanets.md, an astronomy reading in
 * Markdown with units of speed and distance, an appositive that says what a thing is ("a
 * pulsar, a dead star about 2,300 light-years away"), a subject with a participle aside and
 * two predicates and a "before it …" clause (the Kepler sentence), a relative clause whose
 * comparison depends on it, and two counts of different things in one sentence. Written after
 * the generator's rules were. What a lecturer checks.
 */
import { describe, expect, it } from 'vitest';
import { draftedForTests, lecturerView } from './readings';

const g = draftedForTests('exoplanets.md');
const { texts, charts, workLabels, worksMissingDetails } = lecturerView(g);

describe('the exoplanet drafts, as a lecturer checks them', () => {
  it('cite each work by its label, with its details', () => {
    expect(workLabels()).toEqual([
      'Borucki 2016',
      'Petigura et al. 2013',
      'Wolszczan and Frail 1992',
    ]);
    expect(worksMissingDetails()).toEqual([]);
  });

  it('say what the pulsar was, and what Kepler did, each as a statement with its subject', () => {
    expect(texts()).toEqual(
      expect.arrayContaining([
        '1992: Aleksander Wolszczan and Dale Frail found two planets orbiting a pulsar',
        'The pulsar was a dead star about 2,300 light-years away',
        "NASA's Kepler telescope found more than 2,600 confirmed planets",
        "NASA's Kepler telescope then ran out of fuel in 2018",
      ]),
    );
    // The year it ran out of fuel is never put in front of what it found.
    for (const t of texts()) expect(t).not.toMatch(/^2018: .*found/);
  });

  it('never keep a comparison whose relative clause went', () => {
    for (const t of texts()) expect(t).not.toMatch(/astronomers as Jupiter/);
  });

  it('never draw stars watched and planets found as bars of one measure', () => {
    for (const c of charts()) {
      const labels = c.spec.data.values.map((r) => String(r.label ?? ''));
      expect(labels.join(' | ')).not.toMatch(/Stars at once/);
    }
  });
});
