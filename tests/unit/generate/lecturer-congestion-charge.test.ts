/**
 * The lecturer test for tests/fixtures/sources/congestion-charge.md, a transport-policy
 * reading in Markdown with footnote citations: a series of prices by date, a breakdown of
 * money as shares of a whole ("Of that net revenue, about 82 percent went to …, 6 percent to
 * …"), a quotation broken by who said it, a participle aside with a date ("Ken Livingstone,
 * elected … in May 2000, promised …"), a report before a semicolon, and long sentences that
 * join two subjects with "and". Written after the generator's rules were, then mended where the
 * draft failed. What a lecturer checks.
 */
import { describe, expect, it } from 'vitest';
import { draftedForTests, lecturerView } from './readings';

const g = draftedForTests('congestion-charge.md');
const { texts, slides, charts, worksMissingDetails } = lecturerView(g);

describe('the congestion-charge drafts, as a lecturer checks them', () => {
  it('draw where the net revenue went as bars, largest first, on an axis of its share', () => {
    const bars = charts().find((c) =>
      c.spec.data.values.some((r) => r.label === 'Bus improvements'),
    );
    expect(bars, 'a bar chart of the net revenue').toBeDefined();
    expect(bars!.spec.data.values.map((r) => [r.label, r.shown])).toEqual([
      ['Bus improvements', 'about 82 percent'],
      ['Roads and bridges', '6 percent'],
      ['Road safety', '5 percent'],
      ['Walking and cycling', '4 percent'],
      ['Other local transport', '3 percent'],
    ]);
  });

  it('draw the charge as a line over its dates', () => {
    const line = charts().find((c) => c.spec.data.values.some((r) => r.label === '£15'));
    expect(line?.spec.data.values.map((r) => r.label)).toEqual(['£8', '£10', '£11.50', '£15']);
  });

  it("give the mayor's words as one quotation, with who said them and when", () => {
    const quotes = slides()
      .flatMap((s) => s.blocks)
      .filter((b) => b.type === 'quote');
    expect(quotes).toEqual([
      expect.objectContaining({
        text: "I'm not doing this to make money, I'm doing it to make London move.",
        attribution: 'Ken Livingstone, 2002',
      }),
    ]);
  });

  it('keep every number of the long sentences, each as a statement of its own', () => {
    expect(texts()).toEqual(
      expect.arrayContaining([
        'Ken Livingstone was elected the first Mayor of London in May 2000',
        'In the first year, traffic entering the zone fell by about 18 percent',
        'Buses, taxis, motorcycles and vehicles of disabled drivers were exempt',
        'After operating costs of £130 million, about £122 million was left',
      ]),
    );
  });

  it("never put the Smeed Report under the economists' claim", () => {
    const economists = g.decks
      .flatMap((d) => d.slides)
      .flatMap((s) => s.blocks)
      .flatMap((b) => (b.type === 'bullets' ? b.items : []))
      .find((i) => i.text.startsWith('Economists had argued'));
    expect(economists?.children.map((c) => c.text)).toEqual([
      'Drivers should pay for the delay they impose on others',
    ]);
  });

  it('title the slide of what congestion did by its claim, never "Congestion measured"', () => {
    for (const s of slides()) expect(s.title).not.toMatch(/^Congestion measured$/);
  });

  it('cite the monitoring reports with their pages, nothing missing', () => {
    expect(worksMissingDetails()).toEqual([]);
  });
});
