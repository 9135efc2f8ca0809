/**
 * The lecturer test for tests/fixtures/sources/cholera-water.md, a history of epidemiology in
 * Vancouver style (numbered references, "[4, p. 40]"): a table that gives counts and a rate
 * per 10,000 houses, a subject set off by a "when" clause, and a second clause after ", and"
 * whose subject has an "of" phrase. Written before the rules it exposed (the table charted by
 * its houses, not its death rate; "The "Great Stink" of the summer of 1858" as a bullet with
 * no verb; "His report traced of 1868 accepted …"), then mended.
 */
import { describe, expect, it } from 'vitest';
import { draftedForTests, lecturerView } from './readings';

const g = draftedForTests('cholera-water.md');
const { texts, slides, charts } = lecturerView(g);

describe('the cholera drafts, as a lecturer checks them', () => {
  it('chart the table by its rate, the measure that compares suppliers of different sizes', () => {
    const table = charts().find((c) => /supplier/.test(c.block.caption ?? ''));
    expect(table?.block.caption).toMatch(/^Deaths per 10,000 houses by supplier/);
    const shown = table?.spec.data.values.map((v) => (v as { shown?: string }).shown);
    expect(shown).toEqual(['315', '59', '37']);
  });

  it('keep the verb of a subject set off by a "when" clause', () => {
    expect(texts()).toContain(
      'The "Great Stink" of the summer of 1858 finally moved Parliament to act',
    );
  });

  it('give a second clause its own verb where the reading puts it', () => {
    expect(texts()).toEqual(
      expect.arrayContaining([
        'This time Farr traced the deaths to the water',
        "His report of 1868 accepted Snow's explanation, ten years after Snow's death",
      ]),
    );
  });

  it('state a part given after "of whom" as a bullet of its own', () => {
    expect(texts()).toEqual(
      expect.arrayContaining([
        'The General Register Office counted 53,293 deaths from cholera in England and Wales',
        '14,137 of them died in London',
      ]),
    );
  });

  it('keep what each count is of', () => {
    expect(texts()).toContain('The workhouse in Poland Street lost only 5 of its 535 inmates');
  });

  it('title every slide in at most eight words', () => {
    for (const s of slides()) expect(s.title.split(/\s+/).length).toBeLessThanOrEqual(8);
  });
});
