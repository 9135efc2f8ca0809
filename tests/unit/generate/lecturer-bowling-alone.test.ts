/**
 * The lecturer test for tests/fixtures/sources/bowling-alone.md, a sociology reading in
 * Markdown with footnotes, a table of peak memberships written with "million", survey shares
 * over decades and a discourse aside ("for instance"). Written before the rules it exposed (the
 * table drawn as nothing, "For instance rose, 1970–1995", "the share of married women" without
 * "in the labour force", the trust survey left to the notes, a slide titled "Let people"),
 * then mended.
 */
import { describe, expect, it } from 'vitest';
import { draftedForTests, lecturerView } from './readings';

const g = draftedForTests('bowling-alone.md');
const { texts, slides, charts, worksMissingDetails } = lecturerView(g);

describe('the civic life drafts, as a lecturer checks them', () => {
  it('draw the table of peak memberships as bars, each cell as the table writes it', () => {
    const table = charts().find((c) => /^Peak membership by organisation/.test(c.slide.title));
    expect(table, 'a chart of the table').toBeDefined();
    expect(
      (table!.spec.data.values as Array<Record<string, unknown>>).map((r) => [
        r.label,
        r.value,
        r.shown,
      ]),
    ).toEqual([
      ['Parent-teacher associations', 12_000_000, '12 million'],
      ['Red Cross volunteers', 2_400_000, '2.4 million'],
      ['League of Women Voters', 157_000, '157,000'],
    ]);
  });

  it('name what grew, never the aside before the verb', () => {
    const titles = slides().map((s) => s.title);
    expect(titles).toContain('Sierra Club rose, 1970–1995');
    for (const t of titles) expect(t).not.toMatch(/^For instance/);
  });

  it('keep what a share is of, and both years of the trust survey', () => {
    expect(texts()).toContain('The share of married women in the labour force rose:');
    expect(texts()).toEqual(
      expect.arrayContaining([
        '1960: 58 percent of Americans agreed that most people can be trusted',
        'By 1993 only 37 percent did',
      ]),
    );
  });

  it('title a lead over a definition with the lead, never a fragment of the definition', () => {
    const titles = slides().map((s) => s.title);
    expect(titles).toContain('Putnam drew on the idea of social capital');
    expect(titles).not.toContain('Let people');
  });

  it("cite the footnotes' works with what the reading says of them", () => {
    expect(worksMissingDetails()).toEqual([]);
  });
});
