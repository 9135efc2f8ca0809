/**
 * Charts that never mislead, one rule per test, on readings written for them (a money
 * breakdown by country, a long yearly series with hedges, dated events only) and on the
 * sample and fixture readings of other topics and citation styles.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chartFor, type ChartDraft } from '../../../common/generate/chart';
import { generateDecks } from '../../../common/generate';
import { chartFindings } from '../../../common/check/chart-review';
import { extractFacts } from '../../../common/source/facts';
import { parseSource } from '../../../common/source/parse';
import type { Deck, FigureBlock } from '../../../common/deck/schema';
import type { SourceModel, Sentence } from '../../../common/source/model';
import { untracedNumbers } from './helpers';

const FIX = join(__dirname, '../../fixtures/sources');
const read = (path: string): SourceModel =>
  parseSource(readFileSync(join(FIX, path), 'utf8'), {
    hash: 'sha256:' + 'c'.repeat(64),
    format: path.endsWith('.md') ? 'markdown' : 'text',
  });
const sentencesOf = (m: SourceModel, section: number): Sentence[] =>
  m.sections[section]!.paragraphs.flatMap((p) => p.sentences);
const opts = { sourceId: 'reading', sourcePath: 'sources/reading.txt' };

type Spec = {
  encoding: Record<string, { type?: string; title?: unknown; field?: string }>;
  layer: Array<{ mark: { type: string } | string; encoding?: { text?: { field: string } } }>;
};
const specOf = (c: ChartDraft) => c.spec as unknown as Spec;
const marks = (c: ChartDraft) =>
  specOf(c).layer.map((l) => (typeof l.mark === 'string' ? l.mark : l.mark.type));
const rows = (c: ChartDraft) => c.spec.data.values;
const textField = (c: ChartDraft) =>
  specOf(c)
    .layer.map((l) => l.encoding?.text?.field)
    .find(Boolean)!;

/** A chart for a made-up paragraph (one section, one paragraph). */
const chartOfText = (text: string) =>
  chartFor(
    sentencesOf(
      parseSource(`Reading\n\n1. Part\n\n${text}`, {
        hash: 'sha256:' + 'd'.repeat(64),
        format: 'text',
      }),
      0,
    ),
    'Part',
  );

const READINGS = [
  'soviet-industrialization-1930s.txt',
  'green-revolution.md',
  'cholera-london.txt',
  'atlantic-telegraph.txt',
  'charts/aid-by-country.txt',
  'charts/railway-growth.md',
  'charts/printing-dates.txt',
];
const decksOf = (path: string) => {
  const model = read(path);
  return { model, decks: generateDecks(model, opts).map((g) => g.deck) };
};
const charts = (d: Deck): FigureBlock[] =>
  d.slides
    .flatMap((s) => s.blocks)
    .filter((b): b is FigureBlock => b.type === 'figure' && b.figure.kind === 'chart');

describe('facts keep what a chart needs', () => {
  it('keeps the hedge and the scale of a number', () => {
    const [f] = extractFacts('By 1900 the network reached nearly 40,000 kilometres.').filter(
      (x) => x.kind === 'count',
    );
    expect(f).toMatchObject({ raw: '40,000', hedge: 'nearly', when: 'by 1900' });
    const [g] = extractFacts('Its wheat harvest rose to 8.4 million tonnes in 1970.').filter(
      (x) => x.kind === 'count',
    );
    expect(g).toMatchObject({
      raw: '8.4 million',
      scale: 'million',
      counts: 'tonnes',
      when: '1970',
    });
    expect(extractFacts('About 90 percent of the total was given outright.')[0]).toMatchObject({
      hedge: 'about',
    });
    expect(extractFacts('They approved more than seventy agreements.')[0]).toMatchObject({
      hedge: 'more than',
    });
  });
  it('never borrows a year from another clause, but a year that heads the sentence holds for all of it', () => {
    const [germans, americans] = extractFacts(
      'In 1932, 200 Germans were in Magnitogorsk, and 730 American engineers worked at various times at the Stalingrad Tractor Plant.',
    ).filter((x) => x.kind === 'count');
    expect(germans!.when).toBe('1932');
    expect(americans!.when).toBeUndefined();
    const [, other] = extractFacts(
      'A document of 1936 reported that in 1932 there were about 6,800 foreign specialists, and another document reported that about 1,700 American engineers were working.',
    ).filter((x) => x.kind === 'count');
    expect(other!.when).toBeUndefined();
    const [rate] = extractFacts(
      'Before 1926, the USSR got a few short-term loans, and the interest rate was as high as 15-20%.',
    ).filter((x) => x.kind === 'range');
    expect(rate!.when).toBe('before 1926');
  });
  it('reads a span of month-dates as one span, not as its last date', () => {
    const facts = extractFacts(
      'Between April 1948 and June 1952 the United States gave about $13.3 billion.',
    );
    expect(facts[0]).toMatchObject({ kind: 'range', unit: 'year' });
    expect(facts.find((f) => f.kind === 'money')!.when).not.toBe('June 1952');
  });
});

describe('a series over years is drawn on a proportional time axis', () => {
  const rail = chartFor(sentencesOf(read('charts/railway-growth.md'), 0))!;
  it('draws a long yearly series as a line on a temporal axis, never as evenly spaced categories', () => {
    expect(marks(rail)).toContain('line');
    expect(specOf(rail).encoding.x).toMatchObject({ field: 'date', type: 'temporal' });
    // Uneven gaps stay uneven: 1870 → 1880 → 1890 are data at their own years, 1875 and 1885 are absent.
    expect(rows(rail).map((r) => r.year)).toEqual([1850, 1855, 1860, 1865, 1870, 1880, 1890, 1900]);
  });
  it('draws "before 1926" as a bracket that ends at 1926, not as a point of the line', () => {
    const rates = chartFor(sentencesOf(read('soviet-industrialization-1930s.txt'), 2))!;
    expect(rows(rates)[0]).toMatchObject({
      year: 1926,
      open: 'before',
      label: 'before 1926: 15-20%',
    });
    const line = specOf(rates).layer.find(
      (l) => (typeof l.mark === 'string' ? l.mark : l.mark.type) === 'line',
    ) as unknown as { transform: Array<{ filter: string }> };
    expect(line.transform[0]!.filter).toBe('!isValid(datum.open)');
    expect(marks(rates)).toContain('rect');
    expect(rates.alt).toContain('"before 1926" is drawn as a dashed bracket ending at 1926');
  });
  it('draws a series over whole decades at the decades, each across its ten years', () => {
    const c = chartOfText(
      'The yearly rent of a London shop rose from 4.0 shillings in the 1520s to 6.5 shillings in the 1550s and 11.0 shillings in the 1590s.',
    )!;
    expect(marks(c)).toContain('line');
    expect(specOf(c).encoding.x).toMatchObject({ field: 'date', type: 'temporal' });
    expect(rows(c).map((r) => [r.year, r.decade, r.value])).toEqual([
      [1520, 'decade', 4],
      [1550, 'decade', 6.5],
      [1590, 'decade', 11],
    ]);
    // Each value's decade is drawn as a bar across it, and said so.
    expect(marks(c)).toContain('rule');
    expect(c.alt).toContain('1520s, 4.0 shillings; 1550s, 6.5 shillings; 1590s, 11.0 shillings');
    expect(c.caption).toContain('in the 1520s');
    expect(c.title).toMatch(/1520s–1590s$/);
  });
  it('never puts a span of years ("1848-49") on a line', () => {
    const c = chartOfText(
      'The outbreak of 1848-49 killed 14,137 people, that of 1853-54 killed 10,738 people, and that of 1866 killed 5,596 people.',
    );
    if (c && marks(c).includes('line')) for (const r of rows(c)) expect(r.end).toBeUndefined();
  });
});

describe('one chart compares one measure', () => {
  it('does not bar all foreign specialists beside the Germans at one site or Finns over a plan period', () => {
    const c = chartFor(sentencesOf(read('soviet-industrialization-1930s.txt'), 1))!;
    expect(marks(c)).not.toContain('bar');
  });
  it('leaves a total out of the bars and a part out of a series', () => {
    const c = chartOfText(
      'In 1931 the fund received $40 million from the United States, $25 million from Britain and $12 million from France. Of the $85 million in total, about $30 million went on bridges.',
    );
    expect(rows(c!).map((r) => r.label)).toEqual(['United States', 'Britain', 'France']);
  });
  it('never draws an average beside a total, nor two studies as one line', () => {
    // About 140 livres each is a rate: no bar beside the sums two guilds raised.
    const sale = chartOfText(
      'In 1791 the Lyon guild raised 10,349 livres, the Rouen guild 6,200 livres and the Lille guild an average of 140 livres each.',
    );
    expect(rows(sale!).map((r) => r.value)).toEqual([10349, 6200]);
    // Participants of two different studies are no count that grew.
    const studies = chartOfText(
      'Ego depletion, the idea that willpower runs out, was tested in 23 laboratories with 2,141 participants in 2016. The Many Labs 2 project, published in 2018, ran 28 classic findings in 125 samples from 36 countries with a total of 15,305 participants.',
    );
    expect(studies).toBeUndefined();
  });
  it('names each item of a list by its own words, never by the unit of the amount before', () => {
    const c = chartOfText(
      'In 1791 the Lyon guild raised 10,349 livres, the Rouen guild 6,200 livres and the Lille guild 3,100 livres.',
    );
    expect(rows(c!).map((r) => r.label)).toEqual([
      'The Lyon guild',
      'The Rouen guild',
      'The Lille guild',
    ]);
  });
  it('keeps shares that say different things of their parts apart', () => {
    const c = chartOfText(
      'Whereas 92 percent of the first surveys had found a decline, only 40 percent of the repeat surveys did. About 60 percent of northern colonies recovered, compared with roughly 20 percent of southern colonies.',
    );
    expect(rows(c!).map((r) => r.value)).toEqual([92, 40]);
  });
  it('never joins amounts counted in different places into one line', () => {
    // Members of one assembly, of all assemblies in the world and of another assembly: no
    // share that "rose" from the first to the last.
    const c = chartOfText(
      "At the first election after 1919, unions won 12.4 percent of the seats in the Austrian Nationalrat. By 2020, unions held 18.2 percent of seats in regional councils nationwide, up from 9.6 percent in 1990. In 2020 unions held 55 percent of seats in Vienna's city council, 31 percent in Graz, 22 percent in Linz and 8 percent in Salzburg.",
    );
    expect(marks(c!)).not.toContain('line');
    // The list of one year is the breakdown, by place, largest first.
    expect(rows(c!).map((r) => r.label)).toEqual([
      "Vienna's city council",
      'Graz',
      'Linz',
      'Salzburg',
    ]);
    expect(rows(c!).map((r) => r.value)).toEqual([55, 31, 22, 8]);
  });
  it('keeps tonnes of seed and tonnes of harvest apart', () => {
    const c = chartOfText(
      'In 1966 India imported 18,000 tonnes of wheat seed. In 1967 it imported 20,000 tonnes of rice. In 1968 it imported 26,000 tonnes of wheat seed.',
    );
    if (c && marks(c).includes('line'))
      expect(rows(c).map((r) => r.value)).not.toEqual([18000, 20000, 26000]);
  });
});
describe('a breakdown becomes bars sorted by value', () => {
  const model = read('charts/aid-by-country.txt');
  const paid = chartFor(sentencesOf(model, 0))!;
  const bought = chartFor(sentencesOf(model, 1))!;
  it('never names a bar by a study\'s scope, a dangling "to" or a hedge', () => {
    // Two acts approved of, and the two ends of a range by country: no breakdown of one thing.
    const c = chartOfText(
      'A survey of 9,000 voters in 12 regions found that 78 percent backed the first reform, while only 44 percent backed the second one. Support for the second ranged from 21 percent in Tarn to 59 percent in Gers.',
    );
    const labels = c && marks(c).includes('bar') ? rows(c).map((r) => String(r.label)) : [];
    expect(labels).not.toContain('Regions');
    expect(labels.filter((l) => /\b(?:to|only)$/i.test(l))).toEqual([]);
  });

  it('bars a share list whose first item keeps its verb, the whole from "Of …," on the axis', () => {
    // Another sentence's shares, with verbs of their own, come first and must not hide it.
    const c = chartOfText(
      'In the first year, admissions fell by about 12 percent and waiting times fell by 20 percent. Of the hospital budget, about 64 percent went to staff, 15 percent to drugs and equipment, 11 percent to nursing and caring and 10 percent to buildings.',
    )!;
    expect(rows(c).map((r) => [r.label, r.value])).toEqual([
      ['Staff', 64],
      ['Drugs and equipment', 15],
      ['Nursing and caring', 11],
      ['Buildings', 10],
    ]);
    expect(specOf(c).encoding?.x?.title).toBe('Share of hospital budget, %');
    expect(c.title).toBe('About 64 percent went to staff');
  });

  it('bars what one verb was done to, named in its own words, the verb on the axis', () => {
    const c = chartOfText(
      'A poll of 2,000 adults found that 72 percent supported taxing carbon, while only 38 percent supported raising fuel duty.',
    )!;
    expect(marks(c)).toContain('bar');
    expect(rows(c).map((r) => [r.label, r.value])).toEqual([
      ['Taxing carbon', 72],
      ['Raising fuel duty', 38],
    ]);
    expect(specOf(c).encoding?.x?.title).toBe('Share who supported, %');
  });

  it('bars money by country, largest first, each named by its own clause', () => {
    expect(marks(paid)).toContain('bar');
    expect(rows(paid).map((r) => [r.label, r.shown])).toEqual([
      ['United States', '$40 million'],
      ['Britain', '$25 million'],
      ['France', '$12 million'],
      ['Japan', '$8 million'],
    ]);
  });
  it("titles the bars by what the leader did, in its own clause's verb, or by the largest", () => {
    const got = chartOfText(
      'Britain received $3,297 million, France $2,296 million, West Germany $1,448 million and Italy $1,204 million.',
    )!;
    expect(got.title).toBe('Britain received the most: $3,297 million');
    // "the fund received $40 million from the United States": the fund received, not the country.
    expect(paid.title).not.toMatch(/United States received/);
    // Without such a verb: the largest bar and its amount as written, hedge kept.
    expect(paid.title).toBe('United States largest: $40 million');
    expect(bought.title).toBe('New bridges largest: about $30 million');
  });
  it('titles a list of possessions by its own words, and bars of places by their measure', () => {
    const rates = chartOfText(
      "Washington's rate was $15.74 in 2023, California's $15.50 and New York's $14.20.",
    )!;
    expect(rows(rates).map((r) => r.label)).toEqual(['Washington', 'California', 'New York']);
    expect(rates.title).toBe("Washington's rate was highest: $15.74");
    const shares = chartOfText(
      'In 2023 the minimum wage was highest in Australia. It stood near 61 percent in the United Kingdom, 50 percent in Germany, and 34 percent in the United States, where the federal rate had not changed since 2009.',
    )!;
    expect(rows(shares).map((r) => [r.label, r.shown])).toEqual([
      ['United Kingdom', 'near 61 percent'],
      ['Germany', '50 percent'],
      ['United States', '34 percent'],
    ]);
    // "since 2009" is the later clause's time, not the 34 percent's.
    expect(shares.caption).not.toMatch(/2009/);
    expect(shares.title).toBe('Minimum wage was highest in the United Kingdom');
  });
  it('draws a change with one time as two bars, before and after, that time on the axis', () => {
    const c = chartOfText(
      'In April 1992 New Jersey raised its minimum wage from $4.25 to $5.05 an hour.',
    )!;
    expect(rows(c).map((r) => [r.label, r.shown])).toEqual([
      ['Before', '$4.25'],
      ['After', '$5.05'],
    ]);
    expect(c.title).toBe('Minimum wage rose: $4.25 to $5.05');
    expect(specOf(c).encoding.y!.title).toBe('Minimum wage, $ an hour');
    // The one time titles the axis: two dated labels would read as two times, evenly spaced.
    expect(specOf(c).encoding.x!.title).toBe('April 1992');
  });
  it('bars money by what it bought, the hedge kept on its label', () => {
    expect(rows(bought).map((r) => [r.label, r.shown])).toEqual([
      ['New bridges', 'about $30 million'],
      ['River ports', '$22 million'],
      ['Flood walls', '$18 million'],
      ['Roads', '$9 million'],
    ]);
  });
});

describe('labels, axis titles and captions', () => {
  it('puts the measure, scale and unit on the value axis', () => {
    expect(
      specOf(chartFor(sentencesOf(read('charts/railway-growth.md'), 0))!).encoding.y!.title,
    ).toBe('Railway network, kilometres');
    expect(
      specOf(chartFor(sentencesOf(read('charts/railway-growth.md'), 1))!).encoding.y!.title,
    ).toBe('Million passengers');
    expect(
      specOf(chartFor(sentencesOf(read('charts/aid-by-country.txt'), 0))!).encoding.x!.title,
    ).toBe('Amount received, $ million');
    expect(
      specOf(chartFor(sentencesOf(read('soviet-industrialization-1930s.txt'), 2))!).encoding.y!
        .title,
    ).toBe('Interest rate, %');
    const share = chartOfText(
      'The share of farms with electricity rose from about 10 percent in 1930 to 33 percent in 1940 and nearly 80 percent in 1950.',
    )!;
    expect(specOf(share).encoding.y!.title).toBe('Share of farms with electricity, %');
  });
  it('keeps the rate a value is given at on the axis and in the caption ("cents a pound", "per head")', () => {
    const price = chartOfText(
      'Wholesale prices in New York rose from 7 cents a pound in 1906 to 11 cents in 1909 and 14 cents in 1912.',
    )!;
    expect(specOf(price).encoding.y!.title).toBe('Wholesale prices in New York, cents a pound');
    expect(price.caption).toContain('7 cents a pound in 1906');
    const aid = chartOfText(
      'Aid rose from $12 per head in 1948 to $20 per head in 1950 and $31 per head in 1952.',
    )!;
    expect(specOf(aid).encoding.y!.title).toMatch(/, \$ per head$/);
    // "A" makes a rate only of a unit: what follows a count otherwise is not taken for one.
    expect(
      extractFacts('Wages rose to 5 roubles a day in 1935.').find(
        (f) => f.kind === 'count' || f.kind === 'money',
      ),
    ).toMatchObject({ per: 'a day' });
    expect(
      extractFacts('It hired 400 workers a factory manager had chosen.').find(
        (f) => f.kind === 'count',
      )!.per,
    ).toBeUndefined();
  });
  it('names money by what it is of ("loans from London of 10 million pounds"), never by a word for a sum', () => {
    const loans = chartOfText(
      'The Institute financed its purchases with loans from London of 10 million pounds in 1926 and 20 million pounds in 1930.',
    )!;
    expect(specOf(loans).encoding.y!.title).toBe('Loans from London, million pounds');
    expect(loans.caption).toMatch(/^Loans from London rose twofold from 10 million pounds in 1926/);
    const total = chartOfText(
      'The ministry spent a total of $4 million in 1950 and a total of $9 million in 1955.',
    )!;
    expect(specOf(total).encoding.y!.title).not.toMatch(/total|spent/i);
    expect(
      specOf(
        chartOfText('The ministry received grants of $4 million in 1950 and $9 million in 1955.')!,
      ).encoding.y!.title,
    ).toBe('Grants, $ million');
  });
  it('keeps hedges in the data labels, the caption and the alt text', () => {
    const c = chartFor(sentencesOf(read('charts/railway-growth.md'), 1))!;
    expect(rows(c).map((r) => r.label)).toEqual([
      'some 3 million',
      'about 21 million',
      'more than 70 million',
    ]);
    expect(c.caption).toBe(
      'Passengers rose from some 3 million in 1860 to more than 70 million by 1900',
    );
    expect(c.alt).toContain('by 1900, more than 70 million');
  });
  it('names the subject in the caption and states the data in the alt text', () => {
    const rail = chartFor(sentencesOf(read('charts/railway-growth.md'), 0))!;
    expect(rail.caption).toBe(
      'Railway network rose from about 1,200 kilometres in 1850 to nearly 40,000 kilometres in 1900',
    );
    for (const r of rows(rail)) expect(rail.alt).toContain(`${r.year}, ${r.label}`);
    expect(rail.title.split(/\s+/).length).toBeLessThanOrEqual(8);
  });
});

describe('dated events with no series make a timeline', () => {
  const c = chartFor(sentencesOf(read('charts/printing-dates.txt'), 0), 'I. Arrival')!;
  it('places each event at its own date on a time axis, in date order', () => {
    expect(marks(c)).toEqual(expect.arrayContaining(['point', 'text']));
    expect(specOf(c).encoding.x!.type).toBe('temporal');
    expect(rows(c).map((r) => [r.year, r.month ?? '', r.day ?? ''])).toEqual([
      [1471, '', ''],
      [1473, 'March', ''],
      [1478, 'June', 4],
      [1481, '', ''],
      [1490, '', ''],
    ]);
  });
  it('labels each event with its date and its own clause, and names the section in the caption', () => {
    expect(rows(c).map((r) => r.label)).toContain('1490 · Asch died');
    expect(c.caption).toBe('Arrival: events the reading dates, 1471–1490');
    expect(c.alt).toMatch(/^Timeline, 1471 to 1490: 1471, /);
  });
});

describe.each(READINGS)('every chart drafted from %s', (path) => {
  const { model, decks } = decksOf(path);
  const sentences = new Map(
    model.sections
      .flatMap((s) => s.paragraphs.flatMap((p) => p.sentences))
      .map((s) => [s.id, s.text]),
  );
  it('gives every deck a figure where its section has numbers that compare or dated events', () => {
    // These readings date two or more events, or give a series or breakdown, in every section.
    for (const d of decks) expect(charts(d).length, d.meta.title).toBe(1);
  });
  it('labels every datum only with numbers and words of its own sentence', () => {
    for (const d of decks) expect(untracedNumbers(d, model)).toEqual([]);
    for (const b of decks.flatMap(charts)) {
      for (const r of b.figure.kind === 'chart' ? b.figure.spec.data.values : []) {
        const own = sentences.get(String(r.sentence))!.toLowerCase();
        for (const key of ['label', 'shown'] as const) {
          if (typeof r[key] !== 'string') continue;
          const words = String(r[key])
            .toLowerCase()
            .replace(/ …$/, '')
            .split(/ · |: /)
            .flatMap((part) => part.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,%$£-]*/gu) ?? []);
          for (const w of words)
            expect(own, `${w} of "${r[key]}"`).toContain(w.replace(/[.,]+$/, ''));
        }
      }
    }
  });
  it('passes the draft review: years on a time scale, one kind of number, the unit on the axis', () => {
    for (const b of decks.flatMap(charts))
      if (b.figure.kind === 'chart') expect(chartFindings('the chart', b.figure.spec)).toEqual([]);
  });
  it('sorts bars by value and keeps the caption to what is shown', () => {
    for (const b of decks.flatMap(charts)) {
      if (b.figure.kind !== 'chart') continue;
      const spec = b.figure.spec as unknown as Spec;
      if (spec.encoding.x!.type === 'quantitative') {
        const values = b.figure.spec.data.values.map((r) => Number(r.value));
        expect([...values].sort((p, q) => q - p)).toEqual(values);
      }
      expect(b.caption).toMatch(/\d/);
      expect(b.alt.length).toBeGreaterThan(20);
    }
  });
});

it('draws a chart for each of 50 sections of one repeated text, each alike', () => {
  const text = readFileSync(join(FIX, 'charts/railway-growth.md'), 'utf8');
  const model = parseSource(Array.from({ length: 25 }, () => text).join('\n\n'), {
    hash: 'sha256:' + 'e'.repeat(64),
    format: 'markdown',
  });
  // (How fast it is lives in the benchmark, `npm run bench -- generate`.)
  const charts = model.sections.map((s) =>
    chartFor(
      s.paragraphs.flatMap((p) => p.sentences),
      s.title,
    ),
  );
  expect(charts.every(Boolean)).toBe(true);
  expect(textField(chartFor(sentencesOf(model, 0))!)).toBe('label');
});

describe('a series whose lead says what multiplied', () => {
  it('draws "X multiplied: there were about 120 in 1952, 2,400 in 1961 …" as a line of X', () => {
    const c = chartOfText(
      'Branch libraries multiplied after the reform: there were about 120 in 1952, 2,400 in 1961 and more than 9,000 by 1975.',
    )!;
    expect(rows(c).map((r) => [r.year, r.value])).toEqual([
      [1952, 120],
      [1961, 2400],
      [1975, 9000],
    ]);
    expect(c.caption).toMatch(
      /^Branch libraries rose from about 120 in 1952 to more than 9,000 by 1975/,
    );
  });

  it('draws "The number of X then grew …: about 1,000 in 1984, …" (an adverb before the verb)', () => {
    const c = chartOfText(
      'The number of registered clinics then grew far faster than before: about 300 in 1984, 1,200 in 1987, 4,500 in 1989 and more than 9,000 by 1992.',
    )!;
    expect(rows(c).map((r) => [r.year, r.value])).toEqual([
      [1984, 300],
      [1987, 1200],
      [1989, 4500],
      [1992, 9000],
    ]);
    expect(c.caption).toMatch(/^Number of registered clinics rose/);
  });

  it('draws values spanning a factor of 1,000 on a log axis that says so, others from zero', () => {
    const wide = chartOfText(
      'The number of hosts grew fast: there were about 1,000 in 1984, 10,000 in 1987, 100,000 in 1989 and more than 1,000,000 in 1992.',
    )!;
    const y = (c: ChartDraft) =>
      (specOf(c) as unknown as { encoding: { y: { title: string; scale: object; axis?: object } } })
        .encoding.y;
    expect(y(wide).title).toBe('Number of hosts (log scale)');
    expect(y(wide).scale).toEqual({ type: 'log', domain: [1000, 1000000] });
    expect(y(wide).axis).toMatchObject({ values: [1000, 10000, 100000, 1000000] });
    expect(wide.alt).toMatch(/the axis is logarithmic/);
    const narrow = chartOfText(
      'The number of hosts grew fast: there were about 1,000 in 1984, 10,000 in 1987 and 90,000 in 1989.',
    )!;
    expect(y(narrow).scale).toEqual({ zero: true });
  });
});

describe('two values of one unit said of two subjects', () => {
  it('are no series: "X ruled out masses below 114 GeV by 2000, and Y excluded … 160 GeV in 2010"', () => {
    expect(
      chartOfText(
        'The Large Electron–Positron collider at CERN ruled out masses below 114 GeV by 2000, and the Tevatron at Fermilab excluded a narrow band around 160 GeV in 2010.',
      ),
    ).toBeUndefined();
    // One subject told in two clauses still is.
    expect(
      chartOfText(
        'The collider at CERN reached 114 GeV by 2000, and the collider reached about 160 GeV in 2010.',
      ),
    ).toBeDefined();
  });
});

describe("a chart's title names what it measures", () => {
  it('names where a measure is when the clause opens on "In <place>", never as part of its name', () => {
    const c = chartOfText(
      'In Scotland the herring catch fell from about 2.1 million barrels in 1907 to about 0.9 million barrels in 1933.',
    )!;
    expect(c.title).toBe('Herring catch in Scotland fell, 1907–1933');
    expect(c.caption).toMatch(
      /^Herring catch in Scotland fell from about 2\.1 million barrels in 1907/,
    );
  });
  it('titles a table of counts by what is counted: "Asia has the most languages: 2,290"', () => {
    const model = parseSource(
      '# Reading\n\n## Ports\n\nThe ports differ in size.\n\n| Port | Ships | Tonnage (%) |\n|---|---|---|\n| Genoa | 410 | 31 |\n| Marseille | 620 | 44 |\n| Naples | 150 | 12 |\n',
      { hash: 'sha256:' + 'f'.repeat(64), format: 'markdown' },
    );
    const titles = generateDecks(model, opts)
      .flatMap((g) => g.deck.slides)
      .filter((s) => s.layout === 'figure' || s.blocks.some((b) => b.type === 'figure'))
      .map((s) => s.title);
    expect(titles).toContain('Marseille has the most ships: 620');
  });

  it('says a share fell, not what it is a share of: "Share of families fell"', () => {
    const c = chartOfText(
      'Use declined. Only 18 percent of households spoke the dialect at home in 2015, down from 44 percent in 1995.',
    )!;
    expect(c.caption).toMatch(/^Share of households fell/);
  });

  it('names a share by what it counts, up to a participle, and leaves its verb room in the title', () => {
    const south = chartOfText(
      'The share of girls in rural Kenya attending secondary schools rose from 12 percent in 1990 to 24 percent in 2000 and 41 percent in 2010.',
    )!;
    expect(south.caption).toMatch(/^Share of girls in rural Kenya rose from 12 percent in 1990/);
    const long = chartOfText(
      'The share of Black Southern students in majority-white schools peaked at 43.5 percent in 1988, then fell to 30.2 percent in 2001 and to 23.2 percent in 2011.',
    )!;
    expect(long.caption).toMatch(
      /^Share of Black Southern students in majority-white schools fell from 43\.5 percent/,
    );
    // Eight words at most, and the verb kept: the last phrase of the measure goes instead.
    expect(long.title).toBe('Share of Black Southern students fell, 1988–2011');
  });
});

describe('a bar says what "ones" stands for', () => {
  it('labels "35 percent of rural ones" with the noun of the bar beside it, a word of its sentence', () => {
    const c = chartOfText(
      'Coverage varied. In 2015 about 70 percent of coastal schools had a library, against 25 percent of inland ones.',
    )!;
    expect(rows(c).map((r) => r.label)).toEqual(['Coastal schools', 'Inland schools']);
  });
});

describe('a share of a named whole, and what is not a chart', () => {
  it('draws a percentage of a named whole as a bar against 0–100 %, whose it is and the hedge kept', () => {
    const c = chartOfText(
      'Countries spent the money differently. Britain, by contrast, used about 97 percent of its counterpart funds to retire public debt, which officials found disappointing.',
    )!;
    expect(c, 'a chart').toBeDefined();
    expect(c.title).toBe('Britain: about 97 percent of its counterpart funds');
    expect(rows(c)).toEqual([
      expect.objectContaining({
        label: 'Britain',
        value: 97,
        shown: 'about 97 percent to retire public debt',
      }),
    ]);
    // The whole is the scale (0 to 100), never a datum: every datum is a number the sentence gives.
    expect(JSON.stringify(c.spec)).toContain('"domain":[0,100]');
    expect(c.caption).toMatch(
      /^Britain used about 97 percent of its counterpart funds to retire public debt\./,
    );
    expect(c.alt).toContain('does not say what the rest was');
    expect(chartFindings('the share', c.spec)).toEqual([]);
  });

  it('never draws shares of different wholes together, nor a percentage that is no part ("35 percent above it")', () => {
    const c = chartOfText(
      'France lent about 40 percent of its budget to farms. Italy sold 12 percent of world wine.',
    )!;
    expect(rows(c)).toHaveLength(1);
    expect(chartOfText('Prices were 35 percent above the old level.')).toBeUndefined();
  });

  it('takes no event from a quotation or an impersonal frame: what was said is no event', () => {
    const c = chartOfText(
      'The bank opened in March 1694. Its first governor was chosen in April 1694. In 1697 it faced its first run. "Credit is a thing of opinion, and the public must be taught to trust it," wrote one director in 1698. It can be said that in the 1700s the bank financed every war. The charter was renewed in 1709.',
    )!;
    const labels = rows(c).map((r) => String(r.label));
    expect(labels.length).toBeGreaterThanOrEqual(3);
    expect(labels.join(' | ')).not.toMatch(/Credit is a thing|It can be said/);
    expect(labels).toContain('1709 · The charter was renewed');
  });

  it('draws no timeline of two dated events', () => {
    expect(
      chartOfText(
        'In 1965 Sumitomo Metal refused the production cuts. The firm built a new works in 1968.',
      ),
    ).toBeUndefined();
  });

  it('reads "X was 10 percent above … in 1948, and by 1951 it was 35 percent above it" as one series of X', () => {
    const c = chartOfText(
      'Industrial production in Western Europe was already 10 percent above its prewar level when the first shipments arrived in 1948, and by 1951 it was 35 percent above it.',
    )!;
    expect(marks(c)).toContain('line');
    expect(rows(c).map((r) => r.value)).toEqual([10, 35]);
    expect(c.title).toBe('Industrial production in Western Europe rose, 1948–1951');
    expect(JSON.stringify(c.spec)).toContain('% above prewar level');
  });
});

describe('a series told over several sentences, its subject named once', () => {
  it('joins "it stood at" and "the rate recovered" to the rate named before, as one line', () => {
    const c = chartOfText(
      'By 1975 the infant mortality rate had fallen to 38, and by 1990 it stood at 21. The rate rose slightly to 24 in 1994 before falling again, to 12 in 2005 and 7 in 2020.',
    )!;
    expect(marks(c)).toContain('line');
    expect(rows(c).map((r) => [r.year, r.value])).toEqual([
      [1975, 38],
      [1990, 21],
      [1994, 24],
      [2005, 12],
      [2020, 7],
    ]);
    expect(c.title).toBe('Infant mortality rate fell, 1975–2020');
  });
  it('keeps two rates named apart: "the death rate" is not the birth rate before it', () => {
    const c = chartOfText(
      'By 1975 the birth rate had fallen to 30, and by 1990 it stood at 21. The death rate fell to 9 in 1994, to 8 in 2005 and 7 in 2020.',
    );
    expect(
      c && rows(c).some((r) => r.value === 30) && rows(c).some((r) => r.value === 9),
    ).toBeFalsy();
  });
  it('joins a share given of its whole ("80 percent of Danish homes") and "the figure" to the share before', () => {
    const c = chartOfText(
      'The share of homes with a telephone rose to about 20 percent in 1950 and 35 percent in 1955. By 1960 close to 60 percent of Danish homes had one, and by 1970 the figure was 90 percent.',
    )!;
    expect(rows(c).map((r) => [r.year, r.value])).toEqual([
      [1950, 20],
      [1955, 35],
      [1960, 60],
      [1970, 90],
    ]);
  });
  it('says whose rate it is: a possessive noun stays in the subject, a possessive pronoun goes', () => {
    expect(
      chartOfText("Women's employment rate rose from 47 percent in 2000 to 61 percent in 2023.")!
        .title,
    ).toBe("Women's employment rate rose, 2000–2023");
    expect(
      chartOfText(
        'Its wheat harvest rose from 12 million tonnes in 1965 to 20 million tonnes in 1972.',
      )!.title,
    ).toBe('Wheat harvest rose, 1965–1972');
  });
  it('names the subject past a word of discourse set off by commas, never "For instance rose"', () => {
    const c = chartOfText(
      'The Sierra Club, for instance, grew from about 114,000 members in 1970 to more than 550,000 in 1995.',
    )!;
    expect(c.title).toBe('Sierra Club rose, 1970–1995');
    expect(c.caption).toMatch(/^Sierra Club rose from about 114,000 members in 1970/);
  });
});

/** The length the chart draws for each row, as Vega computes it from the spec (a fraction's words turned into percent there). */
async function drawnShares(c: ChartDraft): Promise<number[]> {
  const { compile } = await import('vega-lite');
  const { parse, View } = await import('vega');
  const compiled = compile(c.spec as never).spec;
  const view = new View(parse(compiled), { renderer: 'none' });
  await view.runAsync();
  const rowsWith = (compiled.data ?? [])
    .map((d) => view.data(d.name) as Array<{ share?: unknown }>)
    .find((v) => v.some((r) => typeof r.share === 'number')) as
    Array<{ share: number }> | undefined;
  view.finalize();
  return (rowsWith ?? []).map((r) => Math.round(r.share! * 100) / 100);
}

describe('a fraction in words is drawn as the share it names, of its whole', () => {
  it('draws "roughly a quarter of the water pumped from the aquifer" as 25 % of that water, the hedge kept', async () => {
    const c = chartOfText(
      'The town has long depended on its wells. Roughly a quarter of the water pumped from the aquifer is lost to leaks before it reaches a tap.',
    )!;
    expect(c, 'a chart').toBeDefined();
    // The datum is the reading's words, never a number it does not give; the chart computes 25.
    expect(rows(c)).toEqual([
      expect.objectContaining({
        parts: 'a',
        per: 'quarter',
        shown: 'roughly a quarter is lost to leaks',
      }),
    ]);
    expect(JSON.stringify(rows(c))).not.toMatch(/25/);
    expect(await drawnShares(c)).toEqual([25]);
    // The axis names the whole as the reading gives it; the hedge stays in the label and caption, never on the axis.
    expect(
      specOf(c).layer.map(
        (l) => (l as { encoding?: { x?: { title?: unknown } } }).encoding?.x?.title,
      ),
    ).toContain('Share of water pumped from the aquifer, %');
    expect(JSON.stringify(c.spec)).toContain('"domain":[0,100]');
    expect(c.title).toBe('Roughly a quarter of the water');
    expect(c.caption).toMatch(
      /^Roughly a quarter of the water pumped from the aquifer is lost to leaks before it reaches a tap\. The full bar is all of the water pumped from the aquifer$/,
    );
    expect(c.alt).toContain('roughly a quarter');
    expect(chartFindings('the share', c.spec)).toEqual([]);
  });

  it('draws "two thirds of the villages in the valley" as 66.67 %, the place kept with its whole and what the part had as its label', async () => {
    const c = chartOfText('Two thirds of the villages in the valley had a school by 1930.')!;
    expect(rows(c)).toEqual([
      expect.objectContaining({ parts: 'Two', per: 'thirds', shown: 'two thirds had a school' }),
    ]);
    expect(await drawnShares(c)).toEqual([66.67]);
    expect(JSON.stringify(c.spec)).toContain('Share of villages in the valley, %');
    expect(c.title).toBe('Two thirds of the villages had a school');
    expect(c.caption).toContain('by 1930');
  });

  it('names whose share it is, and reads a participle before the noun ("the displaced families") as part of the whole', async () => {
    const c = chartOfText(
      'The Red Cross reached nearly two-thirds of the displaced families within a week.',
    )!;
    expect(rows(c)).toEqual([
      expect.objectContaining({ label: 'The Red Cross', shown: 'nearly two-thirds' }),
    ]);
    expect(await drawnShares(c)).toEqual([66.67]);
    expect(JSON.stringify(c.spec)).toContain('Share of displaced families, %');
    expect(c.caption).toMatch(/The full bar is all of the displaced families$/);
  });

  it('draws "about 3,000 of the 5,000 works" as the count of a counted whole, the numbers as written', async () => {
    const c = chartOfText(
      'Entries to the prize climbed every year. In 1998 the committee shortlisted about 1,200 of the 4,800 novels submitted.',
    )!;
    expect(rows(c)).toEqual([
      expect.objectContaining({
        label: 'The committee',
        parts: '1,200',
        per: '4,800',
        shown: 'about 1,200 of the 4,800 novels',
      }),
    ]);
    // Computed in the chart from the counts as written (thousands separators and all): 25 %.
    expect(JSON.stringify(rows(c))).not.toMatch(/"value"|\b25\b/);
    expect(await drawnShares(c)).toEqual([25]);
    expect(c.title).toBe('The committee shortlisted about 1,200 of 4,800 novels');
    expect(c.caption).toMatch(/The full bar is all 4,800 novels$/);
    expect(c.alt).toContain('about 1,200 of the 4,800 novels');
    expect(chartFindings('the share', c.spec)).toEqual([]);
  });

  it('titles a leading count with what it did, and reads its past tense as the verb, not a participle', async () => {
    const c = chartOfText('Only 9 of the 24 trials succeeded.')!;
    expect(c.title).toBe('Only 9 of the 24 trials succeeded');
    expect(await drawnShares(c)).toEqual([37.5]);
    const v = chartOfText('Eleven of the 15 members of the board voted for the merger.')!;
    expect(v.title).toBe('Eleven of 15 members voted for the merger');
    expect(v.caption).toMatch(/The full bar is all 15 members of the board$/);
  });

  it('names no holder of a share across a colon, and says what the part was when the share leads its clause', () => {
    const c = chartOfText(
      'Housing was poor: in 1901 some 30 per cent of families were living in a single room.',
    )!;
    expect(rows(c)).toEqual([
      expect.objectContaining({
        label: '',
        value: 30,
        shown: 'some 30 per cent were living in a single room',
      }),
    ]);
  });

  it('ends a whole before the auxiliary that closes its clause, and captions a leaning clause by its sentence', () => {
    const c = chartOfText(
      'In 1900 only about one in five Swedish households had a telephone, while nearly 60 percent of offices did.',
    )!;
    expect(JSON.stringify(c.spec)).toContain('Share of offices, %');
    expect(c.caption).toBe(
      'In 1900 only about one in five Swedish households had a telephone, while nearly 60 percent of offices did. The full bar is all of offices',
    );
  });

  it('draws no share of a small or a dated whole: "one of the two engineers", "300 of the 1930 budget"', () => {
    expect(chartOfText('One of the two engineers resigned in 1931.')).toBeUndefined();
    expect(chartOfText('Three of the five reactors were shut down.')).toBeUndefined();
    expect(chartOfText('The council spent 300 of the 1930 budget on roads.')).toBeUndefined();
  });

  it('draws no share of time: "the second half of the year", "a quarter of a century"', () => {
    expect(chartOfText('Rain fell mostly in the second half of the year.')).toBeUndefined();
    expect(chartOfText('The dam took a quarter of a century to build.')).toBeUndefined();
  });
});

describe('a timeline label is a whole phrase of its own sentence', () => {
  const labels = (text: string) =>
    (rows(chartOfText(text)!) as Array<{ label: string }>).map((r) => r.label);
  const EVENTS =
    'In the 1930s the state built dams across the northern rivers. The first turbine of the great northern dam on the Volga started turning in 1937 after years of delay. In 1941 the invasion halted work on the canal system and the locks of the lower river. Engineers from the Leningrad Hydraulic Institute and their foreign advisers reopened the lower locks in 1946.';
  it('ends a cut label at a phrase boundary, never on a function word, in at most seven words of its own sentence', () => {
    const ls = labels(EVENTS);
    expect(ls).toContain('1937 · The first turbine started turning …');
    expect(ls).toContain('1941 · The invasion halted work …');
    for (const l of ls) {
      const what = l.split(' · ')[1]!.replace(/ …$/, '');
      expect(what.split(/\s+/).length, l).toBeLessThanOrEqual(7);
      expect(what, l).not.toMatch(/\b(?:the|a|an|of|on|in|to|and|its|their)$/i);
      // Every word is the sentence's own.
      for (const w of what.split(/\s+/)) expect(EVENTS.toLowerCase(), l).toContain(w.toLowerCase());
    }
  });
  it('never leaves a label that is no sentence once its date is out', () => {
    const ls = labels(
      'The first mill opened in 1801. Bad harvests kept flour dear throughout the 1810s. Only after 1825 did prices fall to their old level. Lyon banned night work in 1831 and Nantes in 1836, and the weavers struck in 1834 and returned only in 1835. Some historians argue that the guilds that already existed before 1790 mattered more.',
    ).join(' | ');
    // "throughout the" goes with its decade; an inversion without its date is no sentence.
    expect(ls).toContain('1810s · Bad harvests kept flour dear');
    expect(ls).not.toMatch(/Only did|throughout the\b/);
    // A name and its own date joined by "and" are no part of the first event.
    expect(ls).toContain('1831 · Lyon banned night work');
    expect(ls).not.toMatch(/and Nantes/);
    // A predicate whose subject is in another clause, and a date inside what someone argues.
    expect(ls).not.toMatch(/returned only|argue/i);
    expect(ls).toContain('1834 · The weavers struck');
  });
  it('keeps what an amount is of when a long subject loses a phrase, and reads "states attended" as noun then verb', () => {
    const ls = labels(
      'The first clinic opened in 1990. In 2009 about 60 percent of rural households in the three largest provinces owned a radio. By 2012 only about 8 percent of clinics in the former mining states had a doctor.',
    );
    // Not "About 60 percent owned a radio": of whom is the claim.
    expect(ls).toContain('2009 · About 60 percent of rural households owned a radio');
    // Not "only about 8 percent states had": the phrase goes whole, up to the real verb.
    expect(ls.join(' | ')).not.toMatch(/percent states/);
  });
  it('never takes a name after "after" or "since" for whose share a bar is', () => {
    const c = chartOfText(
      'A decade after Brown, in 1964, only about 2 percent of Black students in the eleven former Confederate states attended school with white students.',
    );
    expect(JSON.stringify(c?.spec.data.values ?? [])).not.toMatch(/"label":"Brown"/);
  });
  it('draws a decade ("in the 1930s") as a span of its ten years, not a point, with no year the sentence lacks', () => {
    const c = chartOfText(EVENTS)!;
    const decade = rows(c).find((r) => r.year === 1930)!;
    expect(decade).toMatchObject({ decade: 'decade', label: '1930s · The state built dams …' });
    expect(JSON.stringify(decade)).not.toContain('1939');
    // The span's end is computed in the chart: the last day of 1939.
    expect(JSON.stringify(c.spec)).toContain('isValid(datum.decade) ? utc(datum.year + 9, 11, 31)');
  });
  it('leaves out a decade whose label has no room beside its span (it would be written over the next row), and says so', () => {
    const c = chartOfText(
      'In the 1930s the Soviet Union brought in many advanced foreign techniques and machines. In 1930 the council approved a new plan. In 1933 the dam was built. In 1935 the plant opened. In 1940 the first tractors left.',
    )!;
    expect(rows(c).map((r) => r.year)).toEqual([1930, 1933, 1935, 1940]);
    expect(rows(c).some((r) => r.decade)).toBe(false);
    expect(c.caption).toMatch(/what it says of the 1930s as a whole is left out$/);
  });
  it('leaves out part of a decade ("by the mid-1960s") rather than drawing it as the whole', () => {
    const c = chartOfText(
      'In 1950 the works opened. In 1955 the second furnace was lit. In 1958 the third furnace was lit. By the mid-1960s nearly all of the steel was sold abroad.',
    )!;
    expect(rows(c).map((r) => r.year)).toEqual([1950, 1955, 1958]);
  });
  it('never dates an event by when the work citing it appeared: "Okafor and Lee (2019) surveyed …"', () => {
    const c = chartOfText(
      'Okafor and Lee (2019) surveyed the clinics of the delta between 2006 and 2011. In 2003 the ministry opened the first clinic. The second clinic opened in 2008. A third followed in 2013.',
    )!;
    expect(rows(c).map((r) => r.year)).toEqual([2003, 2006, 2008, 2013]);
    const ls = (rows(c) as Array<{ label: string }>).map((r) => r.label);
    expect(ls).toContain(
      'between 2006 and 2011 · Okafor and Lee surveyed the clinics of the delta',
    );
    expect(JSON.stringify(c.spec)).not.toContain('2019');
  });
  it('keeps "and" between names inside the label: no cut at "New York, Newfoundland and London"', () => {
    const ls = labels(
      'In 1854 Cyrus Field formed the New York, Newfoundland and London Telegraph Company to lay a cable. In 1856 he founded a second company. The first cable snapped in 1857. The second cable was landed in 1858.',
    );
    // The name is whole or the event is left out: never "the New York, Newfoundland …".
    expect(ls.length).toBeGreaterThanOrEqual(3);
    expect(ls.join(' ')).not.toMatch(/Newfoundland …|York, …|York …/);
  });
});
