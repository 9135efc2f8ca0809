/**
 * The draft review (common/check/draft): warnings a lecturer acts on before showing a draft.
 * Each rule is shown firing on the fault and staying quiet on a sound slide.
 */
import { describe, expect, it } from 'vitest';
import { checkDeck, checkSlide } from '../../../common/check';
import { Deck, type Slide } from '../../../common/deck/schema';
import { draftFindings } from '../../../common/check/draft';
import { DRAFT_REVIEW } from './draft-review';

const slide = (input: Record<string, unknown>): Slide =>
  Deck.shape.slides.element.parse({
    id: 's',
    layout: 'bullets',
    title: 'Output rose after 1950',
    ...input,
  });
const bullets = (...texts: string[]) => [
  { type: 'bullets', id: 'b', items: texts.map((text, k) => ({ id: `i${k}`, text })) },
];
/** A bullets block of leads, each with the bullets under it: `[lead, [child, …]]`. */
const nested = (...leads: Array<[string, string[]]>) => [
  {
    type: 'bullets',
    id: 'b',
    items: leads.map(([text, kids], k) => ({
      id: `i${k}`,
      text,
      children: kids.map((kid, j) => ({ id: `i${k}-${j}`, text: kid, children: [] })),
    })),
  },
];
const titled = (title: string, extra: Record<string, unknown> = {}) =>
  draftFindings(slide({ title, blocks: bullets('Steel output doubled in five years'), ...extra }));
const chart = (spec: Record<string, unknown>) =>
  draftFindings(
    slide({
      layout: 'figure',
      title: 'Aid went mostly to Ghana',
      blocks: [{ type: 'figure', id: 'f', figure: { kind: 'chart', spec }, alt: 'x' }],
    }),
  );
const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/** A bar or line chart of `rows` with `label` on the category axis and `value` measured. */
function spec(
  rows: Array<Record<string, string | number>>,
  opts: { type?: string; title?: string | null; mark?: string } = {},
) {
  return {
    $schema: SCHEMA,
    data: { values: rows },
    encoding: {
      x: { field: 'label', type: opts.type ?? 'nominal', title: null },
      y: {
        field: 'value',
        type: 'quantitative',
        title: opts.title === undefined ? 'Number' : opts.title,
      },
    },
    layer: [{ mark: opts.mark ?? 'bar' }, { mark: 'text', encoding: { text: { field: 'raw' } } }],
  };
}

describe('the draft review of titles', () => {
  it('warns on a title that is only a name, and says what to do', () => {
    expect(titled('Davis')).toEqual([
      expect.stringMatching(
        /^title "Davis" only names who or what the slide is about; make it the slide's point/,
      ),
    ]);
    expect(titled('Sweden and Denmark')).toHaveLength(1);
    expect(titled('Joseph Stalin')).toHaveLength(1);
  });
  it('warns on a topic paired with a name and no claim ("Interest rate: Germany")', () => {
    expect(titled('Interest rate: Germany')).toEqual([
      expect.stringMatching(
        /^title "Interest rate: Germany" only pairs a topic with a name; make it the slide's point/,
      ),
    ]);
    expect(titled('Volts: Wildman Whitehouse')).toHaveLength(1);
    expect(titled('Before the crisis: isolated and expensive')).toEqual([]);
    expect(titled('After 1929: credit guarantees')).toEqual([]);
    expect(titled('Loans: Germany lent at 6 percent')).toEqual([]);
  });
  it('counts an unknown first word as a name only when the slide writes it capitalised mid-sentence', () => {
    const about = (title: string, text: string) =>
      draftFindings(slide({ title, blocks: bullets(text) }));
    expect(about('Magnitogorsk', 'The plant at Magnitogorsk copied Gary Works')).toEqual([
      expect.stringMatching(/only names/),
    ]);
    expect(about('Irrigation', 'Farmers needed irrigation in the dry years')).toEqual([]);
  });
  it('accepts a headline with a verb, and a topic that is not a name', () => {
    expect(titled('Credit got cheaper')).toEqual([]);
    expect(titled('Who built the large enterprises?')).toEqual([]);
    expect(titled('Cars, tractors and aircraft')).toEqual([]);
    expect(titled('Davis advised on irrigation')).toEqual([]);
  });
  it('warns on a cut phrase: a last word that leads on, an open bracket or quote, an ellipsis, dangling punctuation', () => {
    expect(titled('Loans were cheaper than')).toEqual([
      expect.stringMatching(/^title "Loans were cheaper than" stops on "than"; finish the phrase/),
    ]);
    expect(titled('The cable failed after three weeks of')).toEqual([
      expect.stringMatching(/stops on "of"/),
    ]);
    expect(titled('Exports rose and the')).toEqual([expect.stringMatching(/stops on "the"/)]);
    expect(titled('Aid rose (in real terms')).toEqual([expect.stringMatching(/leaves "\(" open/)]);
    expect(titled('Snow called it “a poison')).toEqual([expect.stringMatching(/leaves "“" open/)]);
    expect(titled('Prices fell, rather …')).toEqual([expect.stringMatching(/ellipsis/)]);
    expect(titled('The interest rate:')).toEqual([expect.stringMatching(/stops at ":"/)]);
    expect(titled('Aid rose (in real terms)')).toEqual([]);
  });
  it('leaves the title slide, section dividers and the references slide alone', () => {
    for (const layout of ['title', 'section', 'references'])
      expect(draftFindings(slide({ layout, title: 'Davis' }))).toEqual([]);
    expect(
      draftFindings(
        slide({
          layout: 'quote',
          title: 'Davis',
          blocks: [{ type: 'quote', id: 'q', text: 'The steppes can bloom.' }],
        }),
      ),
    ).toHaveLength(1);
  });
});

describe('the draft review of bullets', () => {
  it('warns on a bullet without a verb, naming it by its place', () => {
    const found = draftFindings(
      slide({ blocks: bullets('Steel output doubled', '1932: 200 Germans at Magnitogorsk') }),
    );
    expect(found).toEqual([
      expect.stringMatching(
        /^bullet 2 has no verb \("1932: 200 Germans at Magnitogorsk"\); make it a statement/,
      ),
    ]);
  });
  it('reads a bullet under a lead ending in ":" with its lead, as the class reads it', () => {
    const found = draftFindings(
      slide({
        blocks: nested(
          ['The number of hosts grew:', ['about 1,000 in 1984', '10,000 in 1987']],
          // A lead with no verb of its own still leaves its items verbless.
          ['Clinics by region:', ['10,000 in 1987']],
        ),
      }),
    );
    expect(found).toEqual([
      expect.stringMatching(/^bullet 2 has no verb/),
      expect.stringMatching(/^bullet 2\.1 has no verb/),
    ]);
  });
  it('reads an irregular past tense that compromise tags as a noun as the verb it is', () => {
    const read = [
      'Output rose to 12 million tonnes',
      'The wheat harvest grew from 12 to 20 million tonnes',
      'At first a message cost $100 for twenty words',
      // (an -ed word after a name, before an amount, that compromise reads as an adjective)
      'Stephenson received about £12,000 from the company',
    ];
    expect(
      draftFindings(
        slide({
          blocks: bullets(...read, 'A rose for each soldier', 'The steel plant at Magnitogorsk'),
        }),
      ),
    ).toEqual([
      expect.stringMatching(/^bullet 5 has no verb/),
      expect.stringMatching(/^bullet 6 has no verb/),
    ]);
  });
  it('reads a past tense that compromise tags as an adjective, after its subject and before its object, as the verb it is', () => {
    const read = [
      'Ypres lost about 2,800 of its roughly 25,000 inhabitants',
      "His report of 1868 accepted Snow's explanation",
    ];
    expect(
      draftFindings(
        slide({ blocks: bullets(...read, 'The lost city of gold', 'A frozen harbour') }),
      ),
    ).toEqual([
      expect.stringMatching(/^bullet 3 has no verb/),
      expect.stringMatching(/^bullet 4 has no verb/),
    ]);
  });
  it("reads a report's frame in the present plural as the verb it is, never a lone noun", () => {
    expect(
      draftFindings(slide({ blocks: bullets('Others note:', 'Critics claim:', 'The note:') })),
    ).toEqual([expect.stringMatching(/^bullet 3 has no verb/)]);
  });
  it('warns on a bullet over 16 words, with its count, and checks nested bullets too', () => {
    const long =
      'The company laid the cable from Valentia to Newfoundland in the summer of 1858 with two ships and many men';
    const found = draftFindings(slide({ blocks: nested(['Snow mapped the deaths', [long]]) }));
    expect(found).toEqual([
      expect.stringMatching(/^bullet 1\.1 has 20 words; cut it to 16 or fewer/),
    ]);
  });
  it('counts words as a reader sees them: Markdown marks and dashes are not words', () => {
    const sixteen =
      'The **company** laid the *cable* from Valentia to Newfoundland – in the summer of 1858 with ships';
    expect(draftFindings(slide({ blocks: bullets(sixteen) }))).toEqual([]);
  });
});

describe('the draft review of charts', () => {
  const years = [
    { label: 'before 1926', value: 15, raw: '15-20%' },
    { label: '1935', value: 6, raw: '6 percent' },
    { label: '1936', value: 5.5, raw: '5.5 percent' },
  ];
  it("warns on years drawn as evenly spaced categories, and not on a time axis or a timeline's hidden labels", () => {
    expect(
      chart(spec(years, { type: 'ordinal', title: 'Interest rate, %', mark: 'line' })),
    ).toEqual([
      expect.stringMatching(
        /^the chart \(block 1\) draws the years before 1926, 1935, 1936 as evenly spaced categories/,
      ),
    ]);
    const numeric = years.map((r) => ({ ...r, label: Number(/\d{4}/.exec(r.label)![0]) }));
    expect(chart(spec(numeric, { type: 'ordinal', title: 'Interest rate, %' }))).toHaveLength(1);
    expect(chart(spec(numeric, { type: 'quantitative', title: 'Interest rate, %' }))).toEqual([]);
    expect(chart(spec(numeric, { type: 'temporal', title: 'Interest rate, %' }))).toEqual([]);
    const timeline = {
      $schema: SCHEMA,
      data: {
        values: [
          { year: 1929, event: '1929 · guarantees' },
          { year: 1935, event: '1935 · a loan' },
        ],
      },
      encoding: {
        x: { field: 'year', type: 'quantitative', title: null },
        y: { field: 'event', type: 'nominal', axis: null },
      },
      mark: 'point',
    };
    expect(chart(timeline)).toEqual([]);
    // Shown as labels beside the points, the events are not a year axis: the years are on x, to scale.
    expect(
      chart({
        ...timeline,
        encoding: { ...timeline.encoding, y: { field: 'event', type: 'nominal' } },
      }),
    ).toEqual([]);
    expect(
      chart({
        ...timeline,
        encoding: {
          x: { field: 'year', type: 'temporal' },
          y: { field: 'event', type: 'nominal' },
        },
      }),
    ).toEqual([]);
  });
  it('warns when one axis mixes percentages with other numbers, currencies, scales or things counted', () => {
    const rows = (...raws: string[]) =>
      raws.map((raw, k) => ({
        label: `Country ${k}`,
        value: Number(/\d+(?:\.\d+)?/.exec(raw)![0]),
        raw,
      }));
    expect(chart(spec(rows('6 percent', '350 million lire', '200 million lire')))).toEqual([
      expect.stringMatching(
        /mixes percentages with other numbers \("6 percent" and "350 million lire"\)/,
      ),
    ]);
    expect(chart(spec(rows('$40 million', '£30 million', '$12 million')))).toEqual([
      expect.stringMatching(/mixes currencies/),
    ]);
    expect(chart(spec(rows('$1.2 billion', '$300 million', '$90 million')))).toEqual([
      expect.stringMatching(/mixes scales \("\$1\.2 billion" and "\$300 million"\)/),
    ]);
    expect(
      chart(spec(rows('12 million tonnes', '3 million hectares', '4 million tonnes'))),
    ).toEqual([
      expect.stringMatching(
        /mixes different things or units \("12 million tonnes" and "3 million hectares"\)/,
      ),
    ]);
    expect(chart(spec(rows('730 engineers', '350 tractors', '200 engineers')))).toEqual([
      expect.stringMatching(/mixes different things/),
    ]);
  });
  it('warns on a total drawn beside its own parts', () => {
    const rows = [
      { label: 'All aid', value: 100, raw: '100' },
      { label: 'Ghana', value: 60, raw: '60' },
      { label: 'Kenya', value: 30, raw: '30' },
      { label: 'Peru', value: 10, raw: '10' },
    ];
    expect(chart(spec(rows, { title: 'Aid, £ million' }))).toEqual([
      expect.stringMatching(/draws a total \("100"\) beside its own parts/),
    ]);
    expect(chart(spec(rows.slice(1), { title: 'Aid, £ million' }))).toEqual([]);
  });
  it('warns when the value axis drops the unit, scale or currency its data labels give', () => {
    const pct = [
      { label: 'Punjab', value: 78, raw: '78%' },
      { label: 'Bihar', value: 12, raw: '12 per cent' },
      { label: 'Kerala', value: 30, raw: '30%' },
    ];
    expect(chart(spec(pct, { title: 'Farms with electricity' }))).toEqual([
      expect.stringMatching(
        /has the value axis "Farms with electricity" without "%", though its data labels are in %; add the unit to the axis title/,
      ),
    ]);
    expect(chart(spec(pct, { title: 'Farms with electricity, %' }))).toEqual([]);
    const tonnes = ['12 million tonnes', '17 million tonnes', '20 million tonnes'].map(
      (raw, k) => ({ label: `Region ${k}`, value: Number(raw.split(' ')[0]), raw }),
    );
    expect(chart(spec(tonnes, { title: 'Wheat output' }))).toEqual([
      expect.stringMatching(
        /"Wheat output" without "million" and "tonnes", though its data labels are in "million tonnes"; .*e\.g\. "Wheat output, million tonnes"/,
      ),
    ]);
    expect(chart(spec(tonnes, { title: 'Wheat output, tonnes' }))).toEqual([
      expect.stringMatching(/"Wheat output, tonnes" without "million", though/),
    ]);
    expect(chart(spec(tonnes, { title: 'Wheat output, million tonnes' }))).toEqual([]);
    expect(chart(spec(tonnes, { title: null }))).toEqual([
      expect.stringMatching(
        /has a value axis with no title, though its data labels are in "million tonnes"/,
      ),
    ]);
    const money = ['£1.3m', '£0.9m', '£2.4m'].map((raw, k) => ({
      label: `Sector ${k}`,
      value: Number(/[\d.]+/.exec(raw)![0]),
      raw,
    }));
    expect(chart(spec(money, { title: 'Spending' }))).toEqual([
      expect.stringMatching(/"Spending" without "£" and "million"/),
    ]);
    expect(chart(spec(money, { title: 'Spending, £m' }))).toEqual([]);
    // Counted things are named by the bars; only a unit of measure belongs on the axis.
    expect(chart(spec(tonnes, { title: 'Million tonnes' }))).toEqual([
      expect.stringMatching(
        /has the value axis "Million tonnes", which gives the unit but not what is measured/,
      ),
    ]);
    expect(
      chart(spec(money, { title: 'US$ billion' })).filter((f) => /not what is measured/.test(f)),
    ).toHaveLength(1);
    const people = ['730 engineers', '350 engineers', '200 engineers'].map((raw, k) => ({
      label: `Site ${k}`,
      value: Number(raw.split(' ')[0]),
      raw,
    }));
    expect(chart(spec(people, { title: 'People' }))).toEqual([]);
  });
});

describe('the draft review in the deck check', () => {
  it('reports as warnings placed on the slide, never as errors', () => {
    const deck = Deck.parse({
      format: 'lectern-deck',
      version: 1,
      meta: { title: 'Aid' },
      slides: [
        {
          id: 'a',
          layout: 'bullets',
          title: 'Davis',
          blocks: bullets('1932: 200 Germans at Magnitogorsk'),
        },
      ],
    });
    const problems = checkDeck(deck);
    const review = problems.filter((p) => DRAFT_REVIEW.test(p.what));
    expect(review.map((p) => [p.where, p.severity])).toEqual([
      ['slide 1 "Davis"', 'warning'],
      ['slide 1 "Davis"', 'warning'],
    ]);
    expect(checkSlide(deck.slides[0]!, deck).filter((f) => DRAFT_REVIEW.test(f.what))).toHaveLength(
      2,
    );
  });
});
