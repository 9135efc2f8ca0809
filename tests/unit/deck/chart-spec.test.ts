/**
 * What a chart in a deck may be (common/deck/chart-spec.ts), issue 15 findings 1 and 8: every
 * chart Lectern makes passes; an expression off the allow-list (a long `sequence`, a regular
 * expression, an unknown function) or a paint value that is not a colour (`url(http://…)`) is
 * refused, and a deck holding one still opens, with a warning naming the slide and what is
 * refused, the rest of the deck as it was.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  chartProblems,
  chartSpecProblems,
  chartSpecRefusal,
  MAX_CATEGORIES,
  MAX_MARKS,
} from '../../../common/deck/chart-spec';
import { isChartColour } from '../../../common/deck/chart-spec-colour';
import { expressionProblem, MAX_SEQUENCE } from '../../../common/deck/chart-spec-expression';
import { parseDeck } from '../../../common/deck/load';
import type { ChartSpec, DeckInput } from '../../../common/deck/schema';
import { chartSpec, CHART_KINDS, type DataTable } from '../../../common/ops/chart';
import { decksFor } from '../../../main/import/generate';
import { readSourceFile } from '../../../main/import/read-source';

const root = join(import.meta.dirname, '../../..');
const bars = (extra: Record<string, unknown> = {}) => ({
  data: {
    values: [
      { k: 'a', v: 1 },
      { k: 'b', v: 2 },
    ],
  },
  mark: 'bar',
  encoding: { x: { field: 'k', type: 'nominal' }, y: { field: 'v', type: 'quantitative' } },
  ...extra,
});
const calculating = (expr: string) => bars({ transform: [{ calculate: expr, as: 'c' }] });

/** A deck of four slides whose third holds the chart `spec`. */
function deckWith(spec: unknown): DeckInput {
  return {
    format: 'lectern-deck',
    version: 1,
    meta: { title: 'Steel' },
    slides: [
      { id: 's1', layout: 'title', title: 'Steel' },
      {
        id: 's2',
        layout: 'bullets',
        title: 'Plants',
        blocks: [{ type: 'bullets', id: 'b', items: [{ id: 'i', text: 'Magnitogorsk' }] }],
      },
      {
        id: 's3',
        layout: 'figure',
        title: 'Output',
        blocks: [
          {
            type: 'figure',
            id: 'f',
            figure: { kind: 'chart', spec: spec as ChartSpec },
            caption: 'Output',
          },
        ],
      },
      {
        id: 's4',
        layout: 'bullets',
        title: 'After',
        blocks: [{ type: 'bullets', id: 'b2', items: [{ id: 'i2', text: 'Gary Works' }] }],
      },
    ],
  };
}

function chartsIn(file: string): unknown[] {
  const deck = JSON.parse(readFileSync(file, 'utf8')) as {
    slides?: Array<{ blocks?: Array<{ figure?: { kind?: string; spec?: unknown } }> }>;
  };
  return (deck.slides ?? []).flatMap((s) =>
    (s.blocks ?? []).flatMap((b) => (b.figure?.kind === 'chart' ? [b.figure.spec] : [])),
  );
}

describe('the charts Lectern makes', () => {
  it('pass: the sample decks and the test decks', () => {
    const files = [
      ...readdirSync(join(root, 'decks'), { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => join(root, 'decks', d.name, `${d.name}.lectern`)),
      ...readdirSync(join(root, 'tests/fixtures/decks'))
        .filter((f) => f.endsWith('.lectern'))
        .map((f) => join(root, 'tests/fixtures/decks', f)),
    ];
    const specs = files.flatMap(chartsIn);
    expect(specs.length).toBeGreaterThan(5);
    for (const spec of specs) expect(chartSpecProblems(spec)).toEqual([]);
  });

  it('pass: every chart kind the editor draws, up to the largest table it allows', () => {
    const series = Array.from({ length: 19 }, (_, i) => `Series ${i}`);
    const tables: DataTable[] = [
      {
        columns: ['Year', 'Output'],
        rows: [
          ['1929', 5],
          [1935, 12],
          ['1936-10', 16],
          [null, 3],
        ],
      },
      {
        columns: ['Country', 'Aid', 'Loans'],
        rows: [
          ['Britain', 3297, 1],
          ['A country with a very long name indeed', 2296, null],
        ],
      },
      {
        columns: ['Year', 'Event'],
        rows: [
          [1928, 'First Five-Year Plan'],
          [1932, 'Magnitogorsk lit'],
        ],
      },
      {
        columns: ['n', 'v'],
        rows: [
          [1, 2],
          [3, 4],
        ],
      },
      // 1,000 rows of 19 series: the most a chart's table holds (TABLE_LIMITS).
      {
        columns: ['Year', ...series],
        rows: Array.from({ length: 1000 }, (_, r) => [1000 + r, ...series.map((_, i) => r * i)]),
      },
      {
        columns: ['Name', ...series],
        rows: Array.from({ length: 1000 }, (_, r) => [`Name ${r}`, ...series.map((_, i) => r * i)]),
      },
    ];
    for (const table of tables) {
      for (const kind of CHART_KINDS) {
        let spec: ChartSpec;
        try {
          spec = chartSpec(table, kind);
        } catch {
          continue;
        }
        expect(chartSpecProblems(spec), `${kind} of ${table.columns.join(', ')}`).toEqual([]);
      }
    }
  });

  it('pass: the charts drafted from the test readings', async () => {
    let count = 0;
    for (const name of [
      'charts/aid-by-country.txt',
      'charts/printing-dates.txt',
      'charts/railway-growth.md',
      'marshall-plan-aid.txt',
      'coffee-valorization.txt',
    ]) {
      const read = await readSourceFile(join(root, 'tests/fixtures/sources', name));
      if (!read.ok) throw new Error(JSON.stringify(read.problems));
      for (const { deck } of decksFor(read.value).decks) {
        for (const slide of deck.slides) {
          for (const block of slide.blocks) {
            if (block.type !== 'figure' || block.figure.kind !== 'chart') continue;
            count++;
            expect(chartSpecProblems(block.figure.spec), `${name} / ${slide.title}`).toEqual([]);
          }
        }
      }
    }
    expect(count).toBeGreaterThan(5);
  });
});

describe('chart expressions', () => {
  it('refuses a sequence longer than a short run, naming the expression (finding 1)', () => {
    expect(chartSpecRefusal(calculating('length(sequence(0, 1e9))'))).toBe(
      `transform[0].calculate: the expression "length(sequence(0, 1e9))" calls sequence() over more than ${MAX_SEQUENCE.toLocaleString('en')} numbers`,
    );
    expect(expressionProblem('sequence(0, datum.v)')).toMatch(
      /sequence\(\) with numbers that are not written out/,
    );
    expect(expressionProblem('indexof(sequence(1, 13), datum.v)')).toBeUndefined();
    expect(expressionProblem('sequence(-5, 5, 0.5)')).toBeUndefined();
  });

  it('refuses every regular expression: regexp(), test(), a /…/ literal (finding 1)', () => {
    const slow = `test(regexp('^(a+)+$'), '${'a'.repeat(40)}!')`;
    expect(chartSpecRefusal(calculating(slow))).toBe(
      `transform[0].calculate: the expression "${slow}" calls test(); a chart may not use regular expressions`,
    );
    expect(expressionProblem("regexp('a')")).toMatch(
      /calls regexp\(\); a chart may not use regular expressions/,
    );
    expect(expressionProblem("replace(datum.k, /(a+)+$/, '')")).toMatch(
      /uses a regular expression/,
    );
    expect(expressionProblem("replace(datum.k, 'a', 'b')")).toBeUndefined();
  });

  it('refuses unknown functions, method calls, object machinery and names that are not fields', () => {
    expect(expressionProblem('now()')).toMatch(
      /calls now\(\), which is not one of the functions a chart may use/,
    );
    expect(expressionProblem('timeSequence("day", 0, 1e15)')).toMatch(/calls timeSequence\(\)/);
    expect(expressionProblem("datum.k.constructor('return 1')()")).toMatch(
      /reads "constructor"|calls a method/,
    );
    expect(expressionProblem('datum["__proto__"]')).toMatch(/__proto__/);
    expect(expressionProblem('{a: 1}')).toMatch(/builds an object/);
    expect(expressionProblem('window.alert')).toMatch(/reads a field of "window"/);
    expect(expressionProblem('window')).toMatch(/uses "window", which is not a field of the row/);
    expect(expressionProblem('1 +')).toMatch(/is not a valid expression/);
    expect(expressionProblem('('.repeat(3000) + '1' + ')'.repeat(3000))).toMatch(
      /longer than|not a valid expression|more than/,
    );
  });

  it('allows what Lectern writes: dates, tests, arithmetic, indexof over a list, declared params', () => {
    for (const e of [
      "!isValid(datum['Year']) || datum['Year'] === '' ? null : isNumber(datum['Year']) ? utc(datum['Year'], 0, 1) : toDate(trim(datum['Year']))",
      'datum.lectern_span > 0 && (datum.lectern_date - datum.lectern_from) > 0.6 * datum.lectern_span',
      'indexof(["a","b"], lower(datum.k)) + floor(PI)',
      "if(datum.v > 1, 'many', 'few')",
    ]) {
      expect(expressionProblem(e), e).toBeUndefined();
    }
    expect(
      chartSpecRefusal(
        bars({
          params: [{ name: 'scale', value: 2 }],
          transform: [{ calculate: 'datum.v * scale', as: 'c' }],
        }),
      ),
    ).toBeUndefined();
    expect(
      chartSpecRefusal(bars({ transform: [{ calculate: 'datum.v * scale', as: 'c' }] })),
    ).toMatch(/uses "scale"/);
    expect(
      chartSpecRefusal(bars({ params: [{ name: 'n', expr: 'length(sequence(0, 1e9))' }] })),
    ).toMatch(/^params\[0\]\.expr: .*sequence/);
  });

  it('refuses a filter in a layer as at the top', () => {
    const spec = {
      ...bars(),
      mark: undefined,
      layer: [
        { mark: 'bar' },
        { transform: [{ filter: "test(regexp('x'), datum.k)" }], mark: 'text' },
      ],
    };
    expect(chartSpecRefusal(spec)).toMatch(
      /^layer\[1\]\.transform\[0\]\.filter: .*regular expressions/,
    );
  });
});

describe('chart paint values (finding 8)', () => {
  it('are colours: names, #hex, rgb(), hsl()', () => {
    for (const c of [
      'steelblue',
      'Transparent',
      '#0066aa',
      '#06a',
      '#0066aa80',
      'rgb(0, 102, 170)',
      'rgba(0,102,170,0.5)',
      'rgb(0 102 170 / 50%)',
      'hsl(200, 100%, 33%)',
      'hsla(200deg 100% 33% / 0.5)',
    ]) {
      expect(isChartColour(c), c).toBe(true);
    }
    for (const c of [
      'url(http://example.org/x.svg#a)',
      'url(#grad)',
      'expression(alert(1))',
      'var(--x)',
      'red; fill: url(x)',
      'rgb(1,2,3) url(x)',
      '#12345',
      '',
      'notacolour',
      42,
    ]) {
      expect(isChartColour(c), String(c)).toBe(false);
    }
  });

  it('refuse url(…) wherever a chart paints: a mark, a channel value, an axis, a scale range, the background', () => {
    const url = 'url(http://127.0.0.1:9/x.svg#a)';
    const cases: Array<[unknown, string]> = [
      [bars({ mark: { type: 'bar', fill: url } }), 'mark.fill'],
      [bars({ mark: { type: 'line', point: { color: url } } }), 'mark.point.color'],
      [
        bars({ encoding: { x: { field: 'k', type: 'nominal' }, color: { value: url } } }),
        'encoding.color.value',
      ],
      [
        bars({ encoding: { x: { field: 'k', type: 'nominal', axis: { labelColor: url } } } }),
        'encoding.x.axis.labelColor',
      ],
      [
        bars({
          encoding: { color: { field: 'k', type: 'nominal', scale: { range: ['red', url] } } },
        }),
        'encoding.color.scale.range[1]',
      ],
      [bars({ background: url }), 'background'],
    ];
    for (const [spec, where] of cases) {
      const [problem] = chartSpecProblems(spec);
      expect(problem, where).toBeDefined();
      expect(`${problem!.path.join('.')}`.replace(/\.(\d+)/g, '[$1]')).toBe(where);
      expect(problem!.what).toMatch(/^"url\(http:\/\/127\.0\.0\.1:9\/x\.svg#a\)" is not a colour/);
    }
  });
});

describe('what else a chart may not be', () => {
  it('refuses what Lectern never draws: config, bins, nested views, unknown marks and transforms', () => {
    expect(chartSpecRefusal(bars({ config: { background: 'red' } }))).toBe(
      'config: is not something a chart may use',
    );
    expect(chartSpecRefusal(bars({ encoding: { x: { field: 'v', bin: { maxbins: 1e9 } } } }))).toBe(
      'encoding.x.bin: is not something a chart may use',
    );
    expect(chartSpecRefusal(bars({ mark: 'no-such-mark' }))).toMatch(
      /^mark: must be one of "area", "bar"/,
    );
    expect(chartSpecRefusal(bars({ transform: [{ sample: 3 }] }))).toMatch(
      /^transform\[0\]: is not a transform a chart may use/,
    );
    expect(chartSpecRefusal({ ...bars(), mark: undefined, hconcat: [bars()] })).toMatch(/hconcat/);
    expect(
      chartSpecRefusal(bars({ encoding: { x: { field: 'k', axis: { tickCount: 1e9 } } } })),
    ).toMatch(/tickCount: may be at most 100/);
    expect(
      chartSpecRefusal(
        bars({ encoding: { x: { field: 'k', axis: { tickCount: { interval: 'millisecond' } } } } }),
      ),
    ).toMatch(/tickCount\.interval: must be one of/);
  });

  it('refuses a chart with more marks than a slide can show, counting folds and layers', () => {
    const values = Array.from({ length: 5000 }, (_, i) => ({ a: i, b: i }));
    const folded = {
      data: { values },
      transform: [{ fold: ['a', 'b', 'a', 'b', 'a', 'b', 'a', 'b', 'a', 'b', 'a'] }],
      mark: 'point',
      encoding: { x: { field: 'value', type: 'quantitative' } },
    };
    expect(chartSpecRefusal(folded)).toMatch(
      new RegExp(
        `has too much to draw: up to 55,000 marks, more than the ${MAX_MARKS.toLocaleString('en')}`,
      ),
    );
    const layered = {
      data: { values },
      layer: Array.from({ length: 11 }, () => ({ mark: 'point' })),
    };
    expect(chartSpecRefusal(layered)).toMatch(/too much to draw/);
    expect(chartSpecRefusal({ ...layered, layer: layered.layer.slice(0, 10) })).toBeUndefined();
  });

  it('refuses an axis with more categories than a slide can show', () => {
    const values = Array.from({ length: 2500 }, (_, i) => ({ k: `c${i % 2100}`, v: i }));
    expect(chartSpecRefusal(bars({ data: { values } }))).toBe(
      `encoding.x: has up to 2,100 categories along one axis, more than the ${MAX_CATEGORIES.toLocaleString('en')} a chart may show`,
    );
    expect(chartSpecRefusal(bars({ data: { values: values.slice(0, 2000) } }))).toBeUndefined();
  });

  it('refuses expressions that would run too long over the rows', () => {
    const values = Array.from({ length: 10_000 }, (_, i) => ({ v: i }));
    const long = Array.from({ length: 60 }, (_, i) => `abs(datum.v - ${i})`).join(' + ');
    const spec = {
      data: { values },
      transform: Array.from({ length: 30 }, (_, i) => ({ calculate: long, as: `c${i}` })),
      mark: 'point',
    };
    expect(chartSpecRefusal(spec)).toMatch(/asks too much of its expressions/);
  });
});

describe('a deck with a chart that may not be drawn', () => {
  it('opens with a warning naming the slide and the expression; the rest of the deck is kept (finding 1)', () => {
    const loaded = parseDeck(JSON.stringify(deckWith(calculating('length(sequence(0, 1e9))'))));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.value.deck.slides.map((s) => s.id)).toEqual(['s1', 's2', 's3', 's4']);
    expect(loaded.warnings).toEqual([
      {
        severity: 'warning',
        where: 'slides[2].blocks[0].figure.spec.transform[0].calculate',
        what: `the chart on slide 3 ("Output") will not be drawn: the expression "length(sequence(0, 1e9))" calls sequence() over more than 1,000 numbers`,
      },
    ]);
    // Kept as written: saving does not lose the lecturer's spec.
    const block = loaded.value.deck.slides[2]!.blocks[0]!;
    expect(
      block.type === 'figure' && block.figure.kind === 'chart' && block.figure.spec.transform,
    ).toEqual([{ calculate: 'length(sequence(0, 1e9))', as: 'c' }]);
  });

  it('opens with a warning for the backtracking regexp (finding 1)', () => {
    const loaded = parseDeck(
      JSON.stringify(
        deckWith(
          bars({
            transform: [
              { filter: `test(regexp('^(a+)+$'), 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!')` },
            ],
          }),
        ),
      ),
    );
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.warnings).toHaveLength(1);
    expect(loaded.warnings[0]!.where).toBe('slides[2].blocks[0].figure.spec.transform[0].filter');
    expect(loaded.warnings[0]!.what).toMatch(
      /^the chart on slide 3 \("Output"\) will not be drawn: the expression "test\(regexp\('\^\(a\+\)\+\$'\), 'a+.*" calls test\(\); a chart may not use regular expressions$/,
    );
  });

  it('opens with a warning for a url() fill (finding 8)', () => {
    const loaded = parseDeck(
      JSON.stringify(
        deckWith(bars({ mark: { type: 'bar', fill: 'url(http://127.0.0.1:9/track.svg#a)' } })),
      ),
    );
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.warnings.map((w) => [w.where, w.what])).toEqual([
      [
        'slides[2].blocks[0].figure.spec.mark.fill',
        expect.stringMatching(
          /^the chart on slide 3 \("Output"\) will not be drawn: "url\(http:\/\/127\.0\.0\.1:9\/track\.svg#a\)" is not a colour/,
        ),
      ],
    ]);
  });

  it('opens without a warning when its charts may be drawn', () => {
    const loaded = parseDeck(
      JSON.stringify(deckWith(bars({ mark: { type: 'bar', color: '#0066aa' } }))),
    );
    expect(loaded.ok && loaded.warnings).toEqual([]);
    if (loaded.ok) expect(chartProblems(loaded.value.deck)).toEqual([]);
  });
});
