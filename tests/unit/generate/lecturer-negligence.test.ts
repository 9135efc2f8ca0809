/**
 * The lecturer test for tests/fixtures/sources/negligence.md, a law reading in Markdown: cases
 * cited by their law reports ("Donoghue v Stevenson [1932] AC 562", "[2018] UKSC 4"), a
 * claimant called May, a report of what "she said", and claims counted by budget year. Written
 * before the rules it exposed (the report's year read as note 1932 and cut from the text, a
 * slide titled "She: remains floated out of the bottle", "May" read as a modal verb so her
 * slide had no headline, the case slide titled with the bare name "House of Lords"), then
 * mended.
 */
import { describe, expect, it } from 'vitest';
import { draftedForTests, lecturerView } from './readings';

const g = draftedForTests('negligence.md');
const { texts, slides, workLabels } = lecturerView(g);

describe('the negligence drafts, as a lecturer checks them', () => {
  it('keep a case with its law report as written, and cite no work for it', () => {
    expect(texts()).toContain(
      'The House of Lords decided Donoghue v Stevenson [1932] AC 562 by three votes to two',
    );
    expect(workLabels()).toEqual([]);
  });

  it('title slides by who did what, never a pronoun or a bare name', () => {
    const titles = slides().map((s) => s.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        'May Donoghue drank a bottle of ginger beer',
        'House of Lords decided Donoghue v Stevenson',
      ]),
    );
    for (const t of titles) expect(t).not.toMatch(/^(?:She|He|They):|^House of Lords$/);
  });

  it('keep what she said under "She said:", never as a fact of the reading', () => {
    expect(texts()).toEqual(
      expect.arrayContaining([
        'She said:',
        'The remains of a decomposed snail floated out of the bottle',
      ]),
    );
  });

  it('state the part of a sum given after "of which" as a bullet of its own', () => {
    expect(texts()).toEqual(
      expect.arrayContaining([
        'Its payments for clinical negligence reached £2.7bn in 2022/23',
        "About 20% of them went to lawyers' costs",
      ]),
    );
  });
});
