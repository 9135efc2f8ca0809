/**
 * The lecturer test for tests/fixtures/sources/mobile-money.txt, a development-economics
 * reading in plain text with numbered headings, narrative citations ("Suri and Jack (2016)
 * followed …"), a quotation told to a newspaper ("As one banker told the Financial Times in
 * 2008, …"), a series whose subject is before a colon ("Agents multiplied even faster: there
 * were about 450 in 2007, …"), an amount restated as a share inside a clause, and a claim
 * that turns on its last phrase ("fell hardest on the poorest users"). Written after the
 * generator's rules were. What a lecturer checks.
 */
import { describe, expect, it } from 'vitest';
import { draftedForTests, firstQuote, lecturerView } from './readings';

const g = draftedForTests('mobile-money.txt');
const { slides, bullets, texts, charts, workLabels, worksMissingDetails } = lecturerView(g);

describe('the mobile-money drafts, as a lecturer checks them', () => {
  it('cite each work by the names the reference list gives, with its details', () => {
    expect(workLabels()).toEqual([
      'Bateman et al. 2019',
      'Hughes and Lonie 2007',
      'Jack and Suri 2011',
      'Suri and Jack 2016',
    ]);
    expect(worksMissingDetails()).toEqual([]);
  });

  it('never date an event by the year a cited work appeared', () => {
    for (const c of charts()) {
      const labels = c.spec.data.values.map((r) => String(r.label ?? ''));
      for (const l of labels) expect(l).not.toMatch(/\(\s*\)|\(\d{4}\)/);
    }
    const timeline = charts().find((c) =>
      c.spec.data.values.some((r) => /Suri and Jack/.test(String(r.label))),
    );
    expect(
      timeline?.spec.data.values.find((r) => /Suri and Jack/.test(String(r.label))),
    ).toMatchObject({
      year: 2008,
      end: 2014,
    });
  });

  it('draw the agents, counted after a colon, as a line on a time axis', () => {
    const line = charts().find((c) => /^Agents/.test(c.slide.title));
    expect(line?.spec.data.values.map((r) => [r.year, r.value])).toEqual([
      [2007, 450],
      [2010, 23000],
      [2016, 110000],
    ]);
    expect(JSON.stringify(line?.spec.encoding)).toContain('"type":"temporal"');
    // The amounts stay under the lead that says what they count.
    const agents = bullets().find((b) => b.text === 'Agents multiplied even faster:');
    expect(agents?.children.map((c) => c.text)).toEqual([
      'about 450 in 2007',
      '23,000 in 2010',
      'more than 110,000 by 2016',
    ]);
  });

  it('keep who spoke: the banker who told the Financial Times', () => {
    const quote = firstQuote(g);
    expect(quote && 'attribution' in quote ? quote.attribution : undefined).toMatch(/^one banker/);
  });

  it('keep each claim whole and whose it is, the share and what came first as statements', () => {
    const estimate = bullets().find((b) => b.text === 'Suri and Jack estimate:');
    expect(estimate?.children.map((c) => c.text)).toEqual([
      'Access to M-Pesa lifted about 194,000 households out of extreme poverty',
      'That was 2 percent of Kenyan households',
    ]);
    expect(texts()).toEqual(
      expect.arrayContaining([
        'Vodacom closed M-Pesa in South Africa in 2016',
        'Vodacom had signed up about 76,000 active users against a target of 10 million',
      ]),
    );
    const critics = bullets().find((b) => b.text === 'Critics also argue:');
    expect(critics?.children[0]?.text).toMatch(/fell hardest on the poorest users$/);
    expect(slides().map((s) => s.title)).toContain(
      'Critics: fees fell hardest on the poorest users',
    );
  });
});
