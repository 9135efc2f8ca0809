/**
 * The lecturer test for tests/fixtures/sources/endangered-languages.md, a linguistics reading
 * in Markdown with a pipe table of counts by region, narrative and parenthetical author-year
 * citations with pages, a quotation with the speaker's description ("the linguist Joshua
 * Fishman"), a reply in the present tense with two predicates, a share of a whole over time,
 * and a clause that opens on "today". Written after the generator's rules were. What a
 * lecturer checks.
 */
import { describe, expect, it } from 'vitest';
import { draftedForTests, lecturerView } from './readings';

const g = draftedForTests('endangered-languages.md');
const { slides, bullets, texts, charts, workLabels, worksMissingDetails } = lecturerView(g);

describe('the language-endangerment drafts, as a lecturer checks them', () => {
  it('cite each work by its label, with its details', () => {
    expect(workLabels()).toEqual([
      'Campbell et al. 2013',
      'Eberhard et al. 2023',
      'Krauss 1992',
      'Ó Giollagáin and Charlton 2015',
    ]);
    expect(worksMissingDetails()).toEqual([]);
  });

  it('draw the table as bars sorted by value, titled by what is counted', () => {
    const bars = charts().find((c) => c.slide.title.startsWith('Asia has the most languages'));
    expect(bars?.spec.data.values.map((r) => r.label)).toEqual([
      'Asia',
      'Africa',
      'Pacific',
      'Americas',
      'Europe',
    ]);
  });

  it('say a share fell, not the families it is a share of', () => {
    expect(charts().map((c) => c.slide.title)).toContain('Share of families fell, 2002–2016');
  });

  it('never make "most of them" the whole the amount was a part of', () => {
    expect(texts()).toContain('Most of them have fewer than 1,000 speakers');
    for (const t of texts()) expect(t).not.toMatch(/most of all languages/i);
  });

  it('keep the critics as the ones who reply, each predicate with its subject', () => {
    const reply = bullets().find((b) => b.text === 'Critics reply:');
    expect(reply?.children.map((c) => c.text)).toEqual([
      'Such claims romanticise small communities',
      'Such claims ignore the economic gains that come with a widely spoken language',
    ]);
    expect(slides().map((s) => s.title)).toContain(
      'Critics reply that such claims romanticise small communities',
    );
  });

  it('give the Hebrew revival its three statements, today included', () => {
    expect(texts()).toEqual(
      expect.arrayContaining([
        'Hebrew had almost no native speakers in 1880',
        'By 1948 Hebrew was the first language of several hundred thousand people',
        'Today about 5 million people speak it natively',
      ]),
    );
  });

  it('never title a slide with a phrase cut from its verb or opened by "because"', () => {
    for (const t of slides().map((s) => s.title)) {
      expect(t).not.toMatch(/^because\b/i);
      expect(t).not.toMatch(/\bpassing the language$/);
    }
  });
});
