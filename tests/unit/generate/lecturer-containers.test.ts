/**
 * The lecturer test for tests/fixtures/sources/containers.md, an economic history in Markdown
 * with author-year citations: an estimate reported by three economists, a series in units
 * with an acronym, a quotation broken by its speaker and a semicolon, and a list after a
 * colon. Written before the rules it exposed (the main claim with no bullet, "… (TEU): | in
 * 1980 to …", half a quotation, "Cargo moved" as a title), then mended.
 */
import { describe, expect, it } from 'vitest';
import { draftedForTests, firstQuote, lecturerView } from './readings';

const g = draftedForTests('containers.md');
const { texts, slides, bullets } = lecturerView(g);

describe('the container drafts, as a lecturer checks them', () => {
  it('keep the estimate with the three economists who made it, and its comparison', () => {
    expect(texts()).toEqual(
      expect.arrayContaining([
        'Economists Daniel Bernhofen, Zouheir El-Sahli and Richard Kneller estimated:',
        'Containerization raised bilateral trade among developed countries by about 700 percent over twenty years',
        'That was more than all trade agreements of the period combined',
      ]),
    );
  });

  it('state the throughput series by its span under its lead, never cut inside the range', () => {
    expect(texts()).toEqual(
      expect.arrayContaining([
        'World container port throughput rose:',
        'from about 36 million twenty-foot equivalent units (TEU) in 1980 to 857 million in 2022',
      ]),
    );
    expect(texts().some((t) => /\(TEU\):$/.test(t))).toBe(false);
  });

  it('quote the stevedore whole, both halves of what he said', () => {
    const quote = firstQuote(g);
    expect(quote).toMatchObject({
      text: 'The ship was the cheap part; everything that happened at the dock was where the money went.',
      attribution: 'one New York stevedore',
    });
  });

  it('keep the list after a colon under what it lists', () => {
    const lead = bullets().find((b) =>
      b.text.startsWith('But McLean was the first to build a whole system around it'),
    );
    expect(lead?.text).toMatch(/:$/);
    expect(lead?.children.map((c) => c.text)).toEqual([
      'ships, cranes, trucks and terminals designed together',
    ]);
  });

  it('title no slide by a verb of motion without where', () => {
    expect(slides().map((s) => s.title)).not.toContain('Cargo moved');
  });
});
