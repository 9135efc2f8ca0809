/**
 * The lecturer test for tests/fixtures/sources/arpanet.txt, a history of computing in plain
 * text with numbered notes: a quotation introduced by "explained …:", an infinitive under its
 * lead, and a count that grows a thousandfold, listed after a colon. Written before the rules
 * it exposed (a speaker lost before a colon, a list cut at "in:", a linear axis that hid
 * every step but the last), then mended where the draft failed.
 */
import { describe, expect, it } from 'vitest';
import { draftedForTests, firstQuote, lecturerView } from './readings';

const g = draftedForTests('arpanet.txt');
const { texts, slides, charts } = lecturerView(g);

describe('the ARPANET drafts, as a lecturer checks them', () => {
  it('name who is quoted when the reading introduces the words with a colon', () => {
    const quote = firstQuote(g);
    expect(quote).toMatchObject({ attribution: 'Roberts' });
  });

  it('title the first slide by who did what, not by a noun of the infinitive under it', () => {
    expect(slides().map((s) => s.title)).toContain('ARPA hired Lawrence Roberts');
  });

  it('list the number of hosts under its lead, each amount with its year', () => {
    expect(texts()).toEqual(
      expect.arrayContaining([
        'The number of hosts then grew far faster than before:',
        'about 1,000 in 1984',
        '10,000 in 1987',
        '100,000 in 1989',
        'more than 1,000,000 by 1992',
      ]),
    );
    expect(texts().some((t) => /\bin:$/.test(t))).toBe(false);
  });

  it('draw the hosts on a log axis that says so', () => {
    const hosts = charts().find((c) => c.slide.title.startsWith('Number of hosts rose'));
    const y = (
      hosts?.spec as unknown as { encoding: { y: { title: string; scale: { type?: string } } } }
    ).encoding.y;
    expect(y.title).toBe('Number of hosts (log scale)');
    expect(y.scale.type).toBe('log');
  });
});
