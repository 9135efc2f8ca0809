/**
 * The three curated sample decks, reproducibly: parse the sample reading, build each deck
 * from hand-written slides (tight wording, chosen figures, a timeline), point every bullet at
 * the sentences it restates, write notes as generation does (talking points, then those
 * sentences; the curator's corrections as talking points of their own), then refuse to write unless
 * the deck validates and the deck check finds no error. Generation code is not involved in the
 * wording; this file is the lecturer's hand edits, written down so they can be re-applied.
 *
 * Run: npx tsx decks/curate.ts [path/to/soviet-industrialization-1930s.txt]
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDeck } from '../common/check';
import { Deck, type Citation, type Slide } from '../common/deck/schema';
import { serializeDeck } from '../common/deck/serialize';
import { passage, speakerNotes, talkingPoints } from '../common/generate/notes';
import { partLine } from '../common/generate/parts';
import type { Sentence } from '../common/source/model';
import { parseSource } from '../common/source/parse';
import { sha256 } from '../main/store/read';

const HERE = dirname(fileURLToPath(import.meta.url));
const SOURCE = resolve(
  process.argv[2] ?? join(HERE, '../tests/fixtures/sources/soviet-industrialization-1930s.txt'),
);
const FILE = 'soviet-industrialization-1930s.txt';
const SRC = 'soviet-industrialization-1930s';
const bytes = readFileSync(SOURCE);
const model = parseSource(bytes.toString('utf8'), { hash: sha256(bytes), format: 'text' });
const sentences = new Map<string, Sentence>(
  model.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.sentences)).map((s) => [s.id, s]),
);
const TITLE = model.title;

const REF1 = 'ref-1';
const REF2 = 'ref-2';
const c = (ref: string, pages: string): Citation => ({ ref, pages });

interface B {
  text: string;
  from: string[];
  cite?: Citation[];
}
const b = (text: string, from: string | string[], ...cite: Citation[]): B => ({
  text,
  from: ([] as string[]).concat(from),
  cite,
});

/** The passage a slide restates; its talking points are added once the deck is whole (see `deck`). */
function notesFor(ids: string[]): string {
  return passage(ids.map((id) => sentences.get(id)).filter((s): s is Sentence => !!s));
}

/** The curator's own talking points per slide (a correction to say aloud, a caution about a chart). */
const ownPoints = new Map<string, string[]>();
const said = (id: string, points: string[]) =>
  points.length ? ownPoints.set(id, points) : undefined;

function bullets(id: string, title: string, items: B[], extra: string[] = []): Slide {
  const ids = [...new Set(items.flatMap((i) => i.from))];
  said(`${title}/${id}`, extra);
  return {
    id,
    layout: 'bullets',
    title,
    blocks: [
      {
        type: 'bullets',
        id: `${id}-b1`,
        items: items.map((i, k) => ({
          id: `${id}-i${k + 1}`,
          text: i.text,
          children: [],
          citations: i.cite ?? [],
          provenance: { source: SRC, sentences: i.from },
        })),
      },
    ],
    notes: notesFor(ids),
    provenance: { source: SRC, sentences: ids },
  };
}

/** One datum of a chart: its label, value, the text as written, and the sentence it comes from. */
type Row = Record<string, string | number>;

function chart(
  id: string,
  title: string,
  caption: string,
  alt: string,
  spec: Record<string, unknown>,
  rows: Row[],
  cite: Citation[],
  extra: string[] = [],
): Slide {
  const ids = [...new Set(rows.map((r) => String(r.sentence)))];
  said(`${title}/${id}`, extra);
  return {
    id,
    layout: 'figure',
    title,
    blocks: [
      {
        type: 'figure',
        id: `${id}-b1`,
        figure: {
          kind: 'chart',
          spec: {
            $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
            description: alt,
            width: 'container',
            ...spec,
            data: { values: rows },
          },
        },
        caption,
        alt,
        citations: cite,
        provenance: { source: SRC, sentences: ids },
      },
    ],
    notes: notesFor(ids),
    provenance: { source: SRC, sentences: ids },
  };
}

function bars(valueTitle: string): Record<string, unknown> {
  return {
    encoding: {
      y: { field: 'label', type: 'nominal', sort: null, title: null, axis: { labelLimit: 320 } },
      x: { field: 'value', type: 'quantitative', title: valueTitle, axis: { tickMinStep: 1 } },
    },
    layer: [
      { mark: { type: 'bar', tooltip: true } },
      { mark: { type: 'text', align: 'left', dx: 4 }, encoding: { text: { field: 'raw' } } },
    ],
  };
}

/** A timeline: one dot per event on a year axis, the event named beside it. */
function timeline(from: number, to: number): Record<string, unknown> {
  return {
    encoding: {
      x: {
        field: 'year',
        type: 'quantitative',
        title: null,
        scale: { domain: [from, to] },
        axis: { format: 'd', tickCount: 8 },
      },
      y: { field: 'event', type: 'nominal', sort: null, title: null, axis: null },
    },
    layer: [
      { mark: { type: 'point', filled: true, size: 90 } },
      { mark: { type: 'text', align: 'left', dx: 8 }, encoding: { text: { field: 'event' } } },
    ],
  };
}

function title(t: string, part: number): Slide {
  return {
    id: 'title',
    layout: 'title',
    title: t,
    subtitle: partLine(TITLE, part, 3),
    blocks: [],
    notes: '',
  };
}

/** The works cited, [1] before [2]; the slide draws each with the pages the deck cites. */
function references(refs: string[]): Slide {
  if (!refs.length)
    return {
      id: 'refs1',
      layout: 'references',
      title: 'References',
      blocks: [
        {
          type: 'text',
          id: 'refs1-b1',
          text: 'This part of the reading cites no works.',
          citations: [],
        },
      ],
      notes: '',
    };
  return {
    id: 'refs1',
    layout: 'references',
    title: 'References',
    blocks: [{ type: 'references', id: 'refs1-b1', refs: [...refs].sort() }],
    notes: '',
  };
}

const missing = (id: string, label: string) => ({
  id,
  label,
  text: '',
  missing: ['author', 'title', 'issued', 'publisher'] as const,
});

function deck(metaTitle: string, content: Slide[], refs: string[]): Deck {
  const references = [...refs]
    .sort()
    .map((r) => missing(r, r === REF1 ? '[1]' : '[2]'))
    .map((r) => ({ ...r, missing: [...r.missing] }));
  const byId = new Map(references.map((r) => [r.id, r]));
  // Talking points as generation writes them, with the curator's own in place of the last ones.
  const slides = content.map((slide, i) => {
    if (slide.layout === 'title' || slide.layout === 'references') return slide;
    const own = ownPoints.get(`${slide.title}/${slide.id}`) ?? [];
    const auto = talkingPoints(slide, byId, content[i + 1], metaTitle);
    return {
      ...slide,
      notes: speakerNotes(
        [...auto.slice(0, Math.max(2, 3 - own.length)), ...own].slice(0, 3),
        slide.notes,
      ),
    };
  });
  return Deck.parse({
    format: 'lectern-deck',
    version: 1,
    meta: { title: metaTitle, subtitle: TITLE, language: 'en' },
    slides,
    references,
    sources: [{ id: SRC, title: TITLE, hash: model.hash, path: `sources/${FILE}` }],
  });
}

const q = sentences.get('s1.1.2')!.quotes[0]!;
const molotov = sentences.get('s3.1.6')!.quotes[0]!;

const technology = deck(
  'Western technology and equipment',
  [
    title('Western technology and equipment', 1),
    bullets('c1', 'Buying technology from the West', [
      b('Advanced techniques came in through foreign firms, engineers and experts', 's1.1.1'),
      b(
        'October 1929: more than seventy technical-assistance agreements approved',
        's1.1.3',
        c(REF2, 'p. 207'),
      ),
      b(
        'The United States accounted for fifty-five of them, seventy-eight per cent',
        's1.1.3',
        c(REF2, 'p. 207'),
      ),
      b(
        '1930: of 104 agreements executed, about 84 were with American and German companies',
        's1.1.4',
      ),
      b('1929–1945: about 200 agreements in execution', 's1.1.5', c(REF1, 'p. 16')),
    ]),
    {
      id: 'q1',
      layout: 'quote',
      title: 'How Moscow saw it',
      blocks: [
        {
          type: 'quote',
          id: 'q1-b1',
          text: q.clean ?? q.text,
          attribution: 'Soviet magazine "For the sake of industrialization", August 14, 1933',
          citations: [c(REF1, 'pp. 1-2')],
          provenance: { source: SRC, sentences: ['s1.1.2'] },
        },
      ],
      notes: notesFor(['s1.1.2']),
      provenance: { source: SRC, sentences: ['s1.1.2'] },
    },
    bullets(
      'c2',
      'Steel and power built with U.S. help',
      [
        b(
          'The three largest steel plants, Magnitogorsk, Kuznets and Zaporozhye, were built with U.S. assistance',
          's1.2.1',
        ),
        b(
          "Magnitogorsk was modelled on U.S. Steel's Gary Works, then the world's largest steel conglomerate",
          's1.2.2',
        ),
        b('The other 20 original iron and steel plants were upgraded with foreign help', 's1.2.2'),
        b('Dnieper hydroelectric plant, 1933: American equipment and American experts', 's1.2.3'),
      ],
      [
        'Say it right: the reading spells the plant "Gerry Plant"; U.S. Steel\'s plant is the Gary Works (Gary, Indiana).',
      ],
    ),
    bullets('c3', 'Cars, tractors and aircraft', [
      b('Gorky automobile plant: new in the early 1930s, built with Ford', 's1.2.4'),
      b('Old plants in Moscow and Yaroslavl expanded and re-equipped', 's1.2.4'),
      b('With a Moscow assembly plant (1940), the whole pre-war Soviet car industry', 's1.2.5'),
      b(
        'Stalingrad Tractor Plant: made in the U.S. by some 80 manufacturers, shipped and assembled in the USSR',
        's1.2.6',
      ),
      b('Kharkov Tractor Plant: German and U.S. equipment, an American chief engineer', 's1.2.7'),
      b('Aircraft and engines: U.S. supplies and technical assistance', 's1.2.8'),
    ]),
    bullets('c4', 'Beyond heavy industry', [
      b('Light industry, agriculture and transport imported Western technology too', 's1.3.1'),
      b(
        'Cotton textiles revived with German help and U.S. raw cotton financed by the Chase Bank',
        's1.3.2',
      ),
      b(
        'Irrigation in Turkestan and Transcaucasia advised by Davis, former head of the U.S. Bureau of Reclamation',
        's1.3.3',
      ),
      b(
        'Davis surveyed the "hungry steppes" in 1913 and was invited to Moscow in June 1929',
        's1.3.4',
      ),
      b('He stayed as general adviser for the whole Central Asia irrigation scheme', 's1.3.5'),
    ]),
    chart(
      'fig1',
      'Who built the large enterprises?',
      'Large Soviet enterprises by who helped build them, as Stalin told the Americans in June 1944 (in thirds)',
      'Bar chart in thirds of the large Soviet enterprises: built with U.S. help, 2/3; with help from Germany, France, Great Britain, Sweden, Italy, Czechoslovakia, Denmark, Finland and Japan, 1/3.',
      bars('Thirds of the large enterprises'),
      [
        { label: 'United States', value: 2, raw: '2/3', sentence: 's1.1.7' },
        { label: 'Nine other countries', value: 1, raw: '1/3', sentence: 's1.1.7' },
      ],
      [],
    ),
    chart(
      'fig2',
      'A timeline of technology transfer',
      'Technology transfer to the USSR: events the reading dates',
      'Timeline: 1913, Davis surveys the hungry steppes; June 1929, Davis invited to Moscow; October 1929, more than seventy agreements approved; 1930, 104 agreements executed; 1933, Dnieper hydroelectric plant built; 1940, Moscow assembly plant opens; June 1944, Stalin credits the U.S. with 2/3 of large enterprises.',
      timeline(1910, 1946),
      [
        { year: 1913, event: '1913 · Davis surveys the "hungry steppes"', sentence: 's1.3.4' },
        { year: 1929, event: 'June 1929 · Davis invited to Moscow', sentence: 's1.3.4' },
        {
          year: 1929,
          event: 'October 1929 · over seventy agreements approved',
          sentence: 's1.1.3',
        },
        { year: 1930, event: '1930 · 104 agreements executed', sentence: 's1.1.4' },
        { year: 1933, event: '1933 · Dnieper hydroelectric plant', sentence: 's1.2.3' },
        { year: 1940, event: '1940 · Moscow assembly plant opens', sentence: 's1.2.5' },
        { year: 1944, event: 'June 1944 · Stalin: 2/3 built with U.S. help', sentence: 's1.1.7' },
      ],
      [c(REF2, 'p. 207')],
    ),
    references([REF1, REF2]),
  ],
  [REF1, REF2],
);

const groups: Row[] = [
  { label: 'Foreign specialists, 1932', value: 6800, raw: '6,800', sentence: 's2.1.2' },
  { label: 'U.S. engineers', value: 1700, raw: '1,700', sentence: 's2.1.2' },
  { label: 'Americans at Stalingrad', value: 730, raw: '730', sentence: 's2.1.4' },
  { label: 'American Finns', value: 400, raw: '400-500', high: 500, sentence: 's2.1.3' },
  { label: 'Metropolitan-Vickers', value: 350, raw: '350', sentence: 's2.1.5' },
  { label: 'Germans, Magnitogorsk', value: 200, raw: '200', sentence: 's2.1.4' },
];
const specialists = deck(
  'Western technicians and specialists',
  [
    title('Western technicians and specialists', 2),
    bullets('c1', 'People came with the machines', [
      b('Western technicians and experts arrived in large numbers with the technology', 's2.1.1'),
      b(
        '1932: about 6,800 foreign specialists in heavy industry (a Soviet document of 1936)',
        's2.1.2',
      ),
      b('About 1,700 American engineers in heavy industry (another Soviet document)', 's2.1.2'),
      b('First five-year plan: about 400-500 American Finns', 's2.1.3'),
    ]),
    bullets(
      'c2',
      'Where they worked',
      [
        b('1932: 200 Germans at Magnitogorsk', 's2.1.4'),
        b(
          '730 American engineers and specialists at the Stalingrad Tractor Plant, at various times',
          's2.1.4',
        ),
        b("350 construction workers from Britain's Metropolitan-Vickers, before 1933", 's2.1.5'),
      ],
      [
        'Say it right: the reading writes "Metropolitan-Wick Company"; the British firm is Metropolitan-Vickers.',
      ],
    ),
    chart(
      'fig1',
      'How many foreigners?',
      'Foreign specialists in the USSR as the reading counts them (different years and places)',
      `Bar chart: ${groups.map((g) => `${g.label}, ${g.raw}`).join('; ')}. The range 400-500 is drawn at 400.`,
      bars('People'),
      groups,
      [],
      [
        'Warn the class: the counts come from different sources, years and places; they are not parts of one total.',
      ],
    ),
    references([]),
  ],
  [],
);

const rates: Row[] = [
  // Three loans, not a series over time: named by the loan, so the axis is not read as years.
  { label: 'Corporate loans, before 1926', value: 15, high: 20, raw: '15-20%', sentence: 's3.1.2' },
  { label: 'German loan, 1935', value: 6, raw: '6 percent', sentence: 's3.1.4' },
  { label: 'British loan, 1936', value: 5.5, raw: '5.5 percent', sentence: 's3.1.4' },
];
const credit = deck(
  'Foreign credit',
  [
    title('Foreign credit', 3),
    bullets('c1', 'Before the crisis: isolated and expensive', [
      b(
        'Before the economic crisis the USSR was isolated; Western loans were hard to get',
        's3.1.1',
      ),
      b('Before 1926: only small short-term corporate loans, at 15-20% interest', 's3.1.2'),
    ]),
    bullets('c2', 'After 1929: credit guarantees', [
      b('1929: British credit guarantees for Soviet exports', 's3.1.3'),
      b(
        '1930: Italian state guarantees for loans of 200 million lire, raised to 350 million lire in 1937',
        's3.1.3',
      ),
      b('Germany, Sweden, Denmark and Norway gave similar credits', 's3.1.4'),
      b('1935: first German financial loan, five years at only 6 percent', 's3.1.4'),
      b('1936: a British loan at 5.5 percent', 's3.1.4'),
      b('August 1939: Nazi-Soviet trade agreement with loans for German equipment', 's3.1.5'),
    ]),
    chart(
      'fig1',
      'Credit got cheaper',
      'Interest on Western loans to the USSR',
      `Bar chart of interest rates: ${rates.map((r) => `${r.label}, ${r.raw}`).join('; ')}. The range 15-20% is drawn at 15.`,
      {
        encoding: {
          x: { field: 'label', type: 'nominal', sort: null, title: null, axis: { labelAngle: 0 } },
          y: { field: 'value', type: 'quantitative', title: 'Interest rate (%)' },
        },
        layer: [
          { mark: { type: 'bar', tooltip: true } },
          {
            mark: { type: 'text', baseline: 'bottom', dy: -4 },
            encoding: { text: { field: 'raw' } },
          },
        ],
      },
      rates,
      [],
    ),
    chart(
      'fig2',
      'A timeline of foreign credit',
      'Foreign credit to the USSR, 1926-1939',
      'Timeline: before 1926, loans at 15-20%; 1929, British credit guarantees; 1930, Italy guarantees 200 million lire; 1935, German loan at 6 percent; 1936, British loan at 5.5 percent; 1937, Italian guarantees raised to 350 million lire; August 1939, Nazi-Soviet trade agreement.',
      timeline(1924, 1941),
      [
        { year: 1926, event: 'before 1926 · short-term loans at 15-20%', sentence: 's3.1.2' },
        { year: 1929, event: '1929 · British credit guarantees', sentence: 's3.1.3' },
        { year: 1930, event: '1930 · Italy guarantees 200 million lire', sentence: 's3.1.3' },
        { year: 1935, event: '1935 · German loan at 6 percent', sentence: 's3.1.4' },
        { year: 1936, event: '1936 · British loan at 5.5 percent', sentence: 's3.1.4' },
        { year: 1937, event: '1937 · Italian guarantees: 350 million lire', sentence: 's3.1.3' },
        { year: 1939, event: 'August 1939 · Nazi-Soviet trade agreement', sentence: 's3.1.5' },
      ],
      [],
    ),
    {
      id: 'q1',
      layout: 'quote',
      title: 'Molotov on the German credit terms',
      blocks: [
        {
          type: 'quote',
          id: 'q1-b1',
          text: molotov.clean ?? molotov.text,
          attribution: 'Molotov',
          citations: [c(REF1, 'p. 3')],
          provenance: { source: SRC, sentences: ['s3.1.6'] },
        },
      ],
      notes: notesFor(['s3.1.6']),
      provenance: { source: SRC, sentences: ['s3.1.6'] },
    },
    bullets('c3', 'What the credit bought', [
      b('Credits paid for imported equipment', 's3.1.7'),
      b('They gave industrialization financial security', 's3.1.7'),
    ]),
    references([REF1]),
  ],
  [REF1],
);

const DECKS: Array<[string, Deck]> = [
  ['western-technology', technology],
  ['western-specialists', specialists],
  ['foreign-credit', credit],
];
const map = new Map([...sentences].map(([id, s]) => [id, s.text]));
let failed = false;
for (const [slug, d] of DECKS) {
  const errors = checkDeck(d, {
    sentences: (id) => (id === SRC ? map : undefined),
    assetExists: () => false,
  }).filter((p) => p.severity === 'error');
  for (const e of errors) console.error(`${slug}: ${e.where}: ${e.what}`);
  if (errors.length) {
    failed = true;
    continue;
  }
  const dir = join(HERE, slug);
  mkdirSync(join(dir, 'sources'), { recursive: true });
  writeFileSync(join(dir, `${slug}.lectern`), serializeDeck(d));
  copyFileSync(SOURCE, join(dir, 'sources', FILE));
  console.log(join('decks', slug, `${slug}.lectern`));
}
process.exitCode = failed ? 1 : 0;
