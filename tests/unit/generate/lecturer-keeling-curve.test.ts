/**
 * The lecturer test for tests/fixtures/sources/keeling-curve.txt, an earth-science reading in
 * plain text with numbered sections: a concentration in ppm that "passed" thresholds over the
 * years, shares of where emitted carbon goes, a definition after a colon and a change restated
 * after a comma. Written before the rules it exposed (a chart titled "Ppm rose", then "Year the
 * concentration rose"; "about 30 per cent" without "by plants and soils"; the definition of a
 * carbon budget as a bullet without a verb; the pH sentence left to the notes), then mended.
 */
import { describe, expect, it } from 'vitest';
import { draftedForTests, lecturerView } from './readings';

const g = draftedForTests('keeling-curve.txt');
const { texts, slides, charts } = lecturerView(g);

describe('the Keeling curve drafts, as a lecturer checks them', () => {
  it('chart the concentration by what it measures, never by its unit or "each year"', () => {
    const line = charts().find((c) => c.spec.data.values.length === 3);
    expect(line?.slide.title).toBe('Concentration rose, 1988–2023');
    expect(line?.block.caption).toBe('Concentration rose from 350 ppm in 1988 to 420 ppm in 2023');
  });

  it('keep what each share is of, never "about 30 per cent" alone', () => {
    const all = texts().join(' | ');
    expect(all).toContain('about 30 per cent by plants and soils');
    expect(texts()).toContain('The remaining 45 per cent accumulates in the atmosphere');
  });

  it('set a definition after a colon under its lead, never as a bullet of its own', () => {
    expect(texts()).toEqual(
      expect.arrayContaining([
        'Scientists now speak of a carbon budget:',
        'the total amount that can be emitted while keeping warming below a given level',
      ]),
    );
    for (const t of texts()) expect(t).not.toMatch(/^The total amount/);
  });

  it('state a change and what it amounts to, each a bullet', () => {
    expect(texts()).toEqual(
      expect.arrayContaining([
        'The pH of surface seawater has fallen from about 8.2 to 8.1 since the 1850s',
        'That was an increase in acidity of roughly 30 per cent',
      ]),
    );
  });

  it('title every slide in at most eight words', () => {
    for (const s of slides()) expect(s.title.split(/\s+/).length).toBeLessThanOrEqual(8);
  });
});
