/**
 * The lecturer test for tests/fixtures/sources/trolley-problem.txt, a philosophy reading in
 * plain text: an ALL-CAPS title, numbered headings, author-year citations with pages, an
 * argument told mostly in prose (reports, objections and replies), a comparison that opens
 * a sentence ("Like a controlled experiment, …"), a report in a participle ("…, arguing that
 * …"), a report after a "while …" clause, and a survey's shares of two different acts. Written
 * after the generator's rules were, then mended where the draft failed. What a lecturer checks.
 */
import { describe, expect, it } from 'vitest';
import { draftedForTests, lecturerView } from './readings';

const g = draftedForTests('trolley-problem.txt');
const { texts, slides, charts, workLabels, worksMissingDetails } = lecturerView(g);

describe('the trolley-problem drafts, as a lecturer checks them', () => {
  it('title the decks by their sections, the reading in title case', () => {
    expect(g.decks.map((d) => d.meta.title)).toEqual(['Origins of the puzzle', 'Objections']);
    expect(g.decks[0]!.meta.subtitle).toBe('The Trolley Problem and Its Critics');
  });

  it('cite each work by its label, with its details', () => {
    expect(workLabels()).toEqual(
      expect.arrayContaining(['Foot 1967', 'Greene et al. 2001', 'Thomson 1976', 'Wood 2011']),
    );
    expect(worksMissingDetails()).toEqual([]);
  });

  it('keep who argues, reports and complains, so no claim reads as a fact', () => {
    expect(texts()).toEqual(
      expect.arrayContaining([
        'Thomson argued:',
        'Greene and colleagues reported:',
        'Allen Wood complained:',
        'Frances Kamm argued that small differences in causal structure make a moral difference',
      ]),
    );
  });

  it('keep the main clause after a comparison, and never a bullet without a verb', () => {
    expect(texts()).toContain(
      'Like a controlled experiment, a stylised case isolates one variable',
    );
    expect(texts()).not.toContain('Like a controlled experiment');
    for (const t of texts()) expect(t).not.toMatch(/\bthat \w+ \w+:?$/);
  });

  it('read "so far" whole, in bullets and titles', () => {
    for (const t of [...texts(), ...slides().map((s) => s.title)])
      expect(t).not.toMatch(/\bso collected|survey far\b/);
  });

  it('draw the two acts approved of as two bars, never a study scope or a range end as a bar', () => {
    const bars = charts().flatMap((c) => c.spec.data.values.map((r) => String(r.label ?? '')));
    expect(bars).toEqual(['Switching the trolley', 'Pushing the man']);
  });

  it('state the clause joined by ", and regulators …" as a statement of its own', () => {
    expect(texts().some((t) => /^Regulators\b.*published guidelines in 2017/.test(t))).toBe(true);
  });
});
