/**
 * The lecturer test for tests/fixtures/sources/longitude-chronometer.txt, a history of science
 * reading in plain text with British money ("£10,000"), numbered notes, an ALL-CAPS title, a
 * clause whose subject is an amount ("and between 1,400 and 2,000 sailors drowned"), a list
 * of prizes, a part of an amount after a comma ("the last £8,750 in 1773 after …"), a
 * demand ("demanded … and that Harrison hand over …") and a model named with a digit ("H4").
 * Written after the generator's rules were. What a lecturer checks.
 */
import { describe, expect, it } from 'vitest';
import { bulletsOf, draftedForTests } from './readings';

const g = draftedForTests('longitude-chronometer.txt');

const slides = () => g.decks.flatMap((d) => d.slides);
const bullets = () => slides().flatMap(bulletsOf);
const texts = () => bullets().map((b) => b.text);

describe('the longitude drafts, as a lecturer checks them', () => {
  it('open on the wreck and the drowned, each a statement of its own', () => {
    expect(texts()).toEqual(
      expect.arrayContaining([
        '22 October 1707: four Royal Navy ships struck the rocks of the Scilly Isles',
        'Between 1,400 and 2,000 sailors drowned',
      ]),
    );
  });

  it('list the three prizes whole under what offered them', () => {
    const offered = bullets().find((b) => /offered:$/.test(b.text));
    expect(offered?.children.map((c) => c.text)).toEqual([
      '£10,000 for a method accurate to within one degree',
      '£15,000 for two-thirds of a degree',
      '£20,000 for half a degree',
    ]);
  });

  it('say what H4 did on its trial, and title the slide by it', () => {
    expect(texts()).toContain(
      'On a voyage to Jamaica in 1761–62 H4 lost just 5.1 seconds in 81 days',
    );
    expect(slides().map((s) => s.title)).toContain('H4 lost just 5.1 seconds in 81 days');
  });

  it('never state what the Board demanded as done, nor cut a sum from who received it', () => {
    expect(texts()).toContain(
      'The Board demanded that Harrison hand over his watches and explain their workings',
    );
    for (const t of texts()) expect(t).not.toMatch(/^Harrison hand over/);
    expect(texts()).toEqual(
      expect.arrayContaining([
        'Harrison received about £23,000 in all from the Board and Parliament',
        'Harrison received the last £8,750 in 1773 after King George III intervened',
      ]),
    );
  });

  it("title each deck by its part, never by the reading's ALL-CAPS title", () => {
    const titles = g.decks.map((d) => d.slides[0]!.title);
    expect(titles).toEqual(['A problem worth £20,000', 'From prize to practice']);
  });
});
