/**
 * The lecturer test for tests/fixtures/sources/suffrage.txt, a political history in plain text
 * with numbered notes: years of enfranchisement by country, a predicate that shares its
 * subject across ", and", shares of seats in different assemblies, and one year's shares by
 * country. Written before the rules it exposed (three sentences with no bullet, a line from
 * the German Reichstag through the world to Rwanda, "… worldwide, up:" as a lead, a title
 * "Women held"), then mended.
 */
import { describe, expect, it } from 'vitest';
import { draftedForTests, lecturerView, marks } from './readings';

const g = draftedForTests('suffrage.txt');
const { texts, slides, charts } = lecturerView(g);

describe('the suffrage drafts, as a lecturer checks them', () => {
  it('give the first enfranchisement and the petition behind it bullets of their own', () => {
    expect(texts()).toContain(
      'A petition organised by Kate Sheppard gathered nearly 32,000 signatures',
    );
    expect(
      texts().some((t) => t.includes('New Zealand became the first self-governing country')),
    ).toBe(true);
  });

  it('set the years by country under their lead, the list whole with its "and"', () => {
    expect(texts()).toEqual(
      expect.arrayContaining([
        'Women gained the vote:',
        'in Germany in 1918, in the United States in 1920, and in Sweden in 1921',
      ]),
    );
  });

  it('name who approved the franchise in 1971, and say "up from" for the earlier share', () => {
    expect(texts()).toContain('Men approved it only in 1971');
    expect(texts()).toContain('That was up from 11.3 percent in 1995');
    expect(texts().some((t) => /\bup:$/.test(t))).toBe(false);
  });

  it('draw one year’s shares of seats by country, largest first, and no line across assemblies', () => {
    const seats = charts().filter((c) => c.spec.data.values.some((r) => r.value === 61));
    expect(seats).toHaveLength(1);
    expect(marks(seats[0]!.spec).has('line')).toBe(false);
    expect(seats[0]!.spec.data.values.map((r) => r.label)).toEqual([
      "Rwanda's lower house",
      'Sweden',
      'United Kingdom',
      'United States',
      'Japan',
    ]);
  });

  it('title no slide by a lead cut at its verb, nor across a semicolon', () => {
    const titles = slides().map((s) => s.title);
    expect(titles).not.toContain('Women held');
    expect(titles).not.toContain('Not everyone agrees some scholars point instead');
  });
});
