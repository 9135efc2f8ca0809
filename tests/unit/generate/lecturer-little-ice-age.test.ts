/**
 * The lecturer test for tests/fixtures/sources/little-ice-age.txt, climate history in plain
 * text with an ALL-CAPS title and author-year citations: temperatures in °C and differences
 * between them, a report whose subject lists its sources, a negated clause, a subject set off
 * by the examples it includes, an irregular past the tagger reads as an adjective ("Ypres
 * lost about 2,800 …"), and an unnamed speaker with a place ("one parish priest in Burgundy").
 * Written before the rules it exposed, then mended: "-1.2 °C, more than 5 °C" with what it is
 * below cut off; "suggest that mean temperatures:" over "in the Northern Hemisphere fell …";
 * "did not occur everywhere" for "did not occur at the same time everywhere"; "First" and
 * "Third" with the second cause missing; "buckwheat and, later" as a bullet's end.
 */
import { describe, expect, it } from 'vitest';
import { draftedForTests, firstQuote, lecturerView } from './readings';

const g = draftedForTests('little-ice-age.txt');
const { texts, slides } = lecturerView(g);

describe('the Little Ice Age drafts, as a lecturer checks them', () => {
  it('keep what a difference is measured from', () => {
    expect(texts()).toEqual(
      expect.arrayContaining([
        'In central England the winter of 1683-84 averaged -1.2 °C',
        'That was more than 5 °C below the winters of the late twentieth century',
      ]),
    );
  });

  it('set a report whose subject lists its sources over its claim, never cut inside the claim', () => {
    expect(texts()).toEqual(
      expect.arrayContaining([
        'Reconstructions from tree rings, ice cores and documentary records suggest:',
        'Mean temperatures in the Northern Hemisphere fell by roughly 0.5 °C',
      ]),
    );
    for (const t of texts()) expect(t).not.toMatch(/(?:that|temperatures):$/);
  });

  it('never drop what a negation denies', () => {
    expect(texts()).toContain('The coldest phases did not occur at the same time everywhere');
  });

  it('state every cause the reading counts, the examples of one as a bullet of their own', () => {
    const all = texts().join(' | ');
    expect(all).toMatch(/First, solar activity/);
    expect(all).toMatch(/Second, a cluster of large volcanic eruptions injected/);
    expect(texts()).toContain(
      'These included Samalas in Indonesia in 1257 and Huaynaputina in Peru in 1600',
    );
  });

  it('keep the famine figures, and a past tense the tagger reads as an adjective', () => {
    expect(texts()).toEqual(
      expect.arrayContaining([
        'Perhaps 10 per cent of the population of some towns died',
        'Ypres lost about 2,800 of its roughly 25,000 inhabitants in six months of 1316',
      ]),
    );
  });

  it('name an unnamed speaker as the reading does, with the place that says which', () => {
    const q = firstQuote(g);
    expect(q?.type === 'quote' && q.attribution).toBe('one parish priest in Burgundy');
  });

  it('never end a bullet on its conjunction', () => {
    for (const t of texts()) expect(t).not.toMatch(/\b(?:and|or|but)(?:,\s+\p{L}+)?,?$/u);
  });

  it('title every slide in at most eight words', () => {
    for (const s of slides()) expect(s.title.split(/\s+/).length).toBeLessThanOrEqual(8);
  });
});
