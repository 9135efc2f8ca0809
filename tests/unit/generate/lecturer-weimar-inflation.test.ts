/**
 * The lecturer test for tests/fixtures/sources/weimar-inflation.md, economic history in APA
 * style: sums in billions and trillions of marks, an exchange rate over four dates, a claim
 * with "largely by borrowing rather than by taxation", and a pronoun "them" that stands for the
 * subject of the clause before. Written before the rules it exposed (the title "Germany paid
 * for the First World War largely", "Workers rushed to spend Wages"), then mended.
 */
import { describe, expect, it } from 'vitest';
import { draftedForTests, lecturerView } from './readings';

const g = draftedForTests('weimar-inflation.md');
const { texts, slides } = lecturerView(g);

describe('the Weimar inflation drafts, as a lecturer checks them', () => {
  it('never end a title on an adverb of degree whose phrase it left out', () => {
    const titles = slides().map((s) => s.title);
    expect(titles).toContain('Germany paid for the First World War');
    for (const t of titles) expect(t).not.toMatch(/\b(?:largely|mainly|mostly|chiefly|partly)$/);
  });

  it('give a pronoun its noun as the reading writes it inside a sentence', () => {
    expect(texts()).toContain('Workers rushed to spend wages before prices rose again');
  });

  it('keep the exchange rate as a list under its lead, each date with its rate', () => {
    expect(texts()).toEqual(
      expect.arrayContaining([
        'A dollar bought:',
        '4.2 marks in 1914',
        '7,400 marks in December 1922',
        '4.2 trillion marks by 20 November 1923',
      ]),
    );
  });

  it('title every slide in at most eight words', () => {
    for (const s of slides()) expect(s.title.split(/\s+/).length).toBeLessThanOrEqual(8);
  });
});
