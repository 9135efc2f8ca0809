/**
 * The lecturer test for tests/fixtures/sources/higgs.md, a physics reading in Markdown with a
 * bulleted list of budget shares after a colon, units the generator had not met (GeV), two
 * facilities' limits in one sentence, and a quotation. Written before the rules it exposed (a
 * list read as loose verbless bullets, two subjects' values drawn as one line), then mended.
 */
import { describe, expect, it } from 'vitest';
import { draftedForTests, lecturerView } from './readings';

const g = draftedForTests('higgs.md');
const { bullets, charts } = lecturerView(g);

describe('the Higgs drafts, as a lecturer checks them', () => {
  it("keep the reading's list of shares under the sentence that introduces it", () => {
    const lead = bullets().find((b) => b.text.startsWith('Construction cost roughly €3 billion'));
    expect(lead?.text).toMatch(/:$/);
    expect(lead?.children.map((c) => c.text)).toEqual([
      'Germany paid about 20 percent of the budget',
      'the United Kingdom about 14 percent',
      'France about 14 percent',
      'Italy about 11 percent',
    ]);
    // Each item is traced to its own sentence of the reading, not to its lead's.
    const own = lead!.children.map((c) => c.provenance?.sentences[0]);
    expect(new Set(own).size).toBe(4);
    expect(own).not.toContain(lead!.provenance?.sentences[0]);
  });

  it("never draw two machines' mass limits as one quantity that rose", () => {
    expect(charts().map((c) => c.slide.title)).not.toContain('GeV rose, 2000–2010');
    expect(charts().some((c) => /GeV/.test(c.slide.title) && c.spec.data.values.length === 2)).toBe(
      false,
    );
  });

  it('never leave a distance without where it is measured from', () => {
    expect(bullets().some((b) => /100 metres$/.test(b.text))).toBe(false);
  });
});
