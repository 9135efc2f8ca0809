/**
 * The lecturer test for tests/fixtures/sources/japanese-steel.md: what a lecturer teaching
 * Japan's high-growth era expects of the drafts before showing them. The reading has Markdown
 * `##` headings numbered in Roman numerals, `[^n]` footnotes with pages, a yearly series of
 * steel output for 1950-1965 (with one dip, in 1958), a section of dated events with no
 * series, a hedged quotation and hedged shares.
 */
import { describe, expect, it } from 'vitest';
import { chartFindings } from '../../../common/check/chart-review';
import type { Deck } from '../../../common/deck/schema';
import {
  axis,
  bulletsOf,
  channels,
  chartsOf,
  draftedForTests,
  marks,
  titleOf,
  type ChartOnSlide,
} from './readings';

const g = draftedForTests('japanese-steel.md');

const SERIES: Array<[number, number]> = [
  [1950, 4.8],
  [1951, 6.5],
  [1952, 7.0],
  [1953, 7.7],
  [1954, 7.8],
  [1955, 9.4],
  [1956, 11.1],
  [1957, 12.6],
  [1958, 12.1],
  [1959, 16.6],
  [1960, 22.1],
  [1961, 28.3],
  [1962, 27.5],
  [1963, 31.5],
  [1964, 39.8],
  [1965, 41.2],
];

const deckTitled = (title: string): Deck | undefined => g.decks.find((d) => d.meta.title === title);

/** The year of each datum of a chart on a time axis: a `year` field, or the x field read as a date. */
function years(c: ChartOnSlide): number[] {
  const x = axis(c.spec, ['temporal', 'quantitative'])!;
  return c.spec.data.values.map((r) => {
    const v = typeof r.year === 'number' ? r.year : r[String(x.def.field)];
    return typeof v === 'number' ? v : Number(/\d{4}/.exec(String(v))?.[0]);
  });
}

/** The time axis of a chart: an x channel that is temporal, or quantitative over years. */
const timeAxis = (c: ChartOnSlide) => {
  const x = axis(c.spec, ['temporal', 'quantitative']);
  return x?.name === 'x' ? x : undefined;
};

/** The measured axis: the y channel, quantitative. */
const valueAxis = (c: ChartOnSlide) =>
  channels(c.spec).find(
    ([name, def]) => name === 'y' && def.type === 'quantitative' && typeof def.field === 'string',
  )?.[1];

describe('the Japanese steel drafts, as a lecturer checks them', () => {
  it('give each section with something to draw a deck, titled without its Roman numeral; "Costs and critics" follows the output deck', () => {
    expect(g.decks.map((d) => d.meta.title)).toEqual([
      'Starting from little',
      'The rationalisation plans',
      'Output year by year',
    ]);
    // Its only dates are 1965 and "the late 1960s": no chart, so it is the output deck's second part.
    const output = deckTitled('Output year by year')!;
    expect(output.slides.filter((s) => s.layout === 'section').map((s) => s.title)).toEqual([
      'Costs and critics',
    ]);
  });

  it("draws Japan's 1950 share of world output as a part of the whole, the hedge kept", () => {
    const chart = chartsOf(deckTitled('Starting from little')!)[0];
    expect(chart, 'a chart in the first deck').toBeDefined();
    expect(chart!.slide.title).toMatch(/^Japan: about 2\.5 percent of world output/);
    expect(chart!.spec.data.values).toEqual([
      expect.objectContaining({ label: 'Japan', value: 2.5, shown: 'about 2.5 percent' }),
    ]);
    expect(JSON.stringify(chart!.spec)).toContain('"domain":[0,100]');
    expect(chart!.block.alt).toContain('about 2.5 percent of world output');
    expect(chartFindings('the share chart', chart!.spec)).toEqual([]);
  });

  it('chart the output series as a line on a time axis spanning 1950–1965, every year and the 1958 dip kept', () => {
    const d =
      deckTitled('Output year by year') ??
      g.decks.find((x) => JSON.stringify(x).includes('"s3.1.2"'))!;
    const chart = chartsOf(d).find((c) => marks(c.spec).has('line'));
    expect(chart, 'a line chart in the output deck').toBeDefined();
    expect(timeAxis(chart!), 'x is temporal or quantitative').toBeDefined();
    const ys = years(chart!);
    expect(Math.min(...ys)).toBe(1950);
    expect(Math.max(...ys)).toBe(1965);
    const field = String(valueAxis(chart!)?.field);
    const points = chart!.spec.data.values.map((r, i) => [ys[i], r[field]] as const);
    expect(points).toEqual(SERIES);
  });

  it('titles the output axis with the measure and its unit, and captions what rose, where and when', () => {
    const d =
      deckTitled('Output year by year') ??
      g.decks.find((x) => JSON.stringify(x).includes('"s3.1.2"'))!;
    const chart = chartsOf(d).find((c) => marks(c.spec).has('line'))!;
    expect(chart).toBeDefined();
    const title = titleOf(valueAxis(chart));
    expect(title).toMatch(/steel|output/i);
    expect(title).toMatch(/million tonnes/i);
    expect(title).not.toMatch(/million million/i);
    expect(chart.block.caption).toMatch(/steel/i);
    expect(chart.block.caption).toMatch(/1950/);
    expect(chart.block.caption).toMatch(/1965/);
    // "more than eightfold": a caption's summary must not disagree with the reading.
    expect(chart.block.caption).not.toMatch(/sixfold|sevenfold/);
    for (const [year, value] of SERIES) {
      expect(chart.block.alt).toContain(String(year));
      expect(chart.block.alt).toContain(value.toFixed(1));
    }
    expect(chartFindings('the output chart', chart.spec)).toEqual([]);
  });

  it('gives the section of dated events a timeline of them on a time axis', () => {
    const d =
      deckTitled('The rationalisation plans') ??
      g.decks.find((x) => JSON.stringify(x).includes('"s2.1.1"'))!;
    const timeline = chartsOf(d).find((c) => timeAxis(c) !== undefined);
    expect(timeline, 'a chart on a time axis').toBeDefined();
    const ys = years(timeline!);
    for (const y of [1951, 1953, 1957]) expect(ys).toContain(y);
  });

  it('gives every deck a figure', () => {
    for (const d of g.decks)
      expect(
        d.slides.some((s) => s.blocks.some((b) => b.type === 'figure')),
        d.meta.title,
      ).toBe(true);
  });

  it("keeps each footnote's text and pages on the references slide", () => {
    const d = g.decks.find((x) => JSON.stringify(x).includes('"s1.1.1"'))!;
    const i = g.decks.indexOf(d);
    const first = d.slides
      .flatMap(bulletsOf)
      .find((b) => b.provenance?.sentences.includes('s1.1.1'));
    expect(first?.citations.length, 'the 1950 output bullet cites note 1').toBeGreaterThan(0);
    // Note 1 is "Yonekura 1994, p. 205": the bullet cites it with its page, and students see the work and the page.
    expect(first!.citations).toContainEqual(
      expect.objectContaining({ pages: expect.stringContaining('205') }),
    );
    const items = [...g.html[i]!.matchAll(/<li class="lectern-reference"[\s\S]*?<\/li>/g)].map(
      (m) => m[0].replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' '),
    );
    expect(items.find((t) => /Yonekura/.test(t))).toMatch(/p\. ?205/);
    expect(g.html[i]).not.toMatch(/details missing|No details recorded/i);
  });

  it('keeps the hedges: "reportedly" on the quotation, "about" on the share', () => {
    const texts = g.decks.flatMap((d) =>
      d.slides.flatMap((s) => [
        ...bulletsOf(s).map((b) => b.text),
        ...s.blocks.flatMap((b) =>
          b.type === 'quote' ? [`${b.text} — ${b.attribution ?? ''}`] : [],
        ),
      ]),
    );
    const weeds = texts.filter((t) => /let weeds grow/.test(t));
    expect(weeds.length).toBeGreaterThan(0);
    for (const t of weeds) {
      expect(t).toMatch(/Ichimada/);
      expect(t).toMatch(/reportedly/);
    }
    const share = texts.filter((t) => /9 percent/.test(t));
    expect(share.length).toBeGreaterThan(0);
    for (const t of share) expect(t).toMatch(/about 9 percent/);
  });

  it("keeps a historian's claim as the historian's", () => {
    const johnson = g.decks
      .flatMap((d) => d.slides.flatMap(bulletsOf))
      .filter((b) =>
        b.provenance?.sentences.some((id) => /Johnson argued/.test(g.sentences.get(id) ?? '')),
      );
    expect(johnson.length).toBeGreaterThan(0);
    for (const b of johnson) expect(b.text).toMatch(/Johnson argued/);
  });
});
