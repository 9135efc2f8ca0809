/**
 * The lecturer test for tests/fixtures/sources/social-contract.txt, political philosophy in
 * plain text with an ALL-CAPS title and MLA-style works cited: few numbers, many reports, a
 * king's numeral before a new sentence ("Charles I. He asked …"), a subject set off by the
 * work it wrote in and when that appeared, a reporting clause set inside a sentence ("…,
 * Locke argued, a people may …") and a dated phrase before a report. Written before the
 * rules it exposed, then mended: "John Locke published in 1689, described …"; the claim
 * "Because government rests on consent, Locke argued" without what he argued; Rousseau's
 * second claim stated as fact; the Hobbes sentence and the next read as one and lost; a
 * section of long reports shown as a slide with no bullets.
 */
import { describe, expect, it } from 'vitest';
import { bulletsOf, draftedForTests, lecturerView } from './readings';

const g = draftedForTests('social-contract.txt');
const { texts, slides } = lecturerView(g);

describe('the social contract drafts, as a lecturer checks them', () => {
  it('end a sentence after a numeral that follows a name', () => {
    expect(texts()).toContain(
      'Thomas Hobbes published Leviathan in 1651, two years after the execution of Charles I',
    );
  });

  it('state when a work appeared apart from what its author did', () => {
    expect(texts()).toEqual(
      expect.arrayContaining([
        'John Locke described the state of nature differently',
        'The Two Treatises of Government was published in 1689',
      ]),
    );
  });

  it('keep what is argued with who argues it', () => {
    expect(texts()).toContain(
      'Locke argued that a people may resist and replace a ruler who violates their trust',
    );
  });

  it('set every claim of a report under its frame, never one as a fact', () => {
    expect(texts()).toEqual(
      expect.arrayContaining([
        'In his Discourse on Inequality of 1755, Jean-Jacques Rousseau claimed:',
        'Natural man was peaceful and self-sufficient',
        'Inequality and conflict arose with private property',
      ]),
    );
  });

  it('never show a content slide without bullets', () => {
    for (const s of slides())
      if (s.layout === 'bullets') expect(bulletsOf(s).length).toBeGreaterThan(0);
  });

  it('title a reported claim with who claims it', () => {
    const titles = slides().map((s) => s.title);
    expect(titles).toContain('Rousseau: natural man was peaceful and self-sufficient');
  });
});
