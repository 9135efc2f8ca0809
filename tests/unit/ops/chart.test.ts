/**
 * Charts from the editor's table: a column of years stays a proportional time axis through
 * every edit (issue 10), the four chart types, pasting a block from a spreadsheet, and the
 * drawing rules that make a chart readable from the back row (issue 11, item 7).
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { ChartSpec, Deck } from '../../../common/deck/schema';
import { applyOp } from '../../../common/ops/apply';
import {
  axisKindOf,
  chartKindOf,
  chartSpec,
  parseTabular,
  pasteTable,
  tableOf,
  withTable,
  type ChartKind,
  type DataTable,
} from '../../../common/ops/chart';
import { createEditorState, dispatch, undo } from '../../../common/ops/history';
import { DATE_TRANSFORM, timeAxis } from '../../../common/generate/chart/when';
import { chartBox } from '../../../common/render/chart-size';
import { chartToSvg } from '../../../common/render/chart-svg';
import { BODY_TEXT_SIZE, chartTextSize, readableSpec } from '../../../common/render/chart-theme';
import { expectValid, roundTrip, smallDeck } from './fixture';

type Channel = { type?: string; field?: string; timeUnit?: string };
const enc = (spec: ChartSpec, name: 'x' | 'y'): Channel =>
  ((spec.encoding ?? {}) as Record<string, Channel>)[name] ?? {};

const YEARS: DataTable = {
  columns: ['Year', 'Output'],
  rows: [
    ['1929', 5],
    ['1935', 12],
    ['1936', 16],
  ],
};
const NAMES: DataTable = {
  columns: ['Country', 'Aid'],
  rows: [
    ['Britain', 3297],
    ['France', 2296],
  ],
};
const EVENTS: DataTable = {
  columns: ['Year', 'Event'],
  rows: [
    [1928, 'First Five-Year Plan'],
    [1932, 'Magnitogorsk lit'],
  ],
};

/** A line chart as the generator draws one (common/generate/chart/series.ts): layers over a computed date. */
function generatedLine(): ChartSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: 'container',
    data: {
      values: [
        { year: 1950, value: 4.8, label: '4.8 million tonnes', sentence: 's1.1', side: 'start' },
        { year: 1955, value: 9.4, label: '9.4 million tonnes', sentence: 's1.2', side: 'middle' },
        { year: 1965, value: 41.2, label: '41.2 million tonnes', sentence: 's1.3', side: 'end' },
      ],
    },
    transform: [...DATE_TRANSFORM],
    encoding: {
      x: timeAxis(1948, 1967),
      y: { field: 'value', type: 'quantitative', title: 'Steel output, million tonnes' },
    },
    layer: [
      { mark: { type: 'line', point: true } },
      { mark: { type: 'text', dy: -16 }, encoding: { text: { field: 'label' } } },
    ],
  } as unknown as ChartSpec;
}

function deckWith(spec: ChartSpec): Deck {
  const deck = smallDeck();
  const block = deck.slides[3]!.blocks[0]!;
  if (block.type !== 'figure') throw new Error('fixture changed');
  block.figure = { kind: 'chart', spec };
  return deck;
}

describe('a column of years is a time axis, never categories (issue 10)', () => {
  it('for every chart type, whether the years are numbers or text', () => {
    for (const kind of ['bar', 'line', 'timeline'] as ChartKind[]) {
      expect(enc(chartSpec(YEARS, kind), 'x').type, kind).toBe('temporal');
      expect(
        enc(
          chartSpec({ ...YEARS, rows: YEARS.rows.map(([y, v]) => [Number(y), v ?? null]) }, kind),
          'x',
        ).type,
        kind,
      ).toBe('temporal');
    }
    expect(enc(chartSpec(YEARS, 'horizontal-bar'), 'y').type).toBe('temporal');
    expect(
      axisKindOf({
        columns: ['Month', 'Rain'],
        rows: [
          ['1935-10', 3],
          ['1936-01', 4],
        ],
      }),
    ).toBe('time');
    expect(axisKindOf(NAMES)).toBe('category');
    expect(
      axisKindOf({
        columns: ['Dose', 'Effect'],
        rows: [
          [0.5, 1],
          [2, 3],
        ],
      }),
    ).toBe('number');
    expect(enc(chartSpec(NAMES, 'bar'), 'x').type).toBe('nominal');
  });

  it('the time axis is proportional: 1929, 1935, 1936 are drawn six years and one year apart', async () => {
    const svg = await chartToSvg(chartSpec(YEARS, 'line'), {
      theme: 'light',
      width: 1000,
      height: 400,
    });
    const doc = new JSDOM(svg).window.document;
    const points = [
      ...doc.querySelectorAll('path[aria-roledescription="point"], g.mark-symbol path'),
    ]
      .map((p) => Number(/translate\(([-\d.]+)/.exec(p.getAttribute('transform') ?? '')?.[1]))
      .filter(Number.isFinite);
    expect(points).toHaveLength(3);
    const [a, b, c] = points as [number, number, number];
    expect((b - a) / (c - b)).toBeCloseTo(6, 0);
  });

  it('editing the table of an own chart (add a row) keeps the time axis', () => {
    const { after } = roundTrip(deckWith(chartSpec(YEARS, 'line')), {
      op: 'figure/set-table',
      args: {
        slideId: 's4',
        blockId: 'b3',
        table: { ...YEARS, rows: [...YEARS.rows, ['1940', 18]] },
      },
    });
    const f = after.slides[3]!.blocks[0]!;
    if (f.type !== 'figure' || f.figure.kind !== 'chart') throw new Error('no chart');
    expect(enc(f.figure.spec, 'x').type).toBe('temporal');
    expect(tableOf(f.figure.spec).rows).toHaveLength(4);
  });

  it('a generated line keeps its whole drawing when rows change, and a time axis when columns do', () => {
    const spec = generatedLine();
    const table = tableOf(spec);
    const more = withTable(spec, {
      ...table,
      rows: [...table.rows, [1960, 22.1, '22.1 million tonnes', 's1.4', 'middle']],
    });
    expect(more.layer).toEqual(spec.layer);
    expect(more.transform).toEqual(spec.transform);
    expect(enc(more, 'x').type).toBe('temporal');
    expect(more.data.values).toHaveLength(4);
    // A renamed column redraws the chart from the table: still on a time axis.
    const renamed = withTable(spec, { ...table, columns: ['Year', ...table.columns.slice(1)] });
    expect(enc(renamed, 'x').type).toBe('temporal');
    expect(chartKindOf(renamed)).toBe('line');
  });

  it('through the ops: set-cell and set-table on a generated line, undoable', () => {
    let state = createEditorState(deckWith(generatedLine()));
    state = dispatch(
      state,
      {
        op: 'figure/set-cell',
        args: { slideId: 's4', blockId: 'b3', row: 1, column: 1, text: '9.9' },
      },
      0,
    );
    const table = tableOf(
      (state.deck.slides[3]!.blocks[0] as { figure: { spec: ChartSpec } }).figure.spec,
    );
    state = dispatch(
      state,
      {
        op: 'figure/set-table',
        args: { slideId: 's4', blockId: 'b3', table: { ...table, rows: table.rows.slice(0, 2) } },
      },
      1,
    );
    expect(state.problems).toEqual([]);
    const spec = (state.deck.slides[3]!.blocks[0] as { figure: { spec: ChartSpec } }).figure.spec;
    expect(enc(spec, 'x').type).toBe('temporal');
    expect(spec.data.values.map((v) => v.value)).toEqual([4.8, 9.9]);
    expectValid(state.deck);
    state = undo(undo(state));
    expect(state.deck).toStrictEqual(deckWith(generatedLine()));
  });

  it('a generated chart is recognised as its type', () => {
    expect(chartKindOf(generatedLine())).toBe('line');
    expect(
      chartKindOf({
        data: { values: [] },
        mark: 'bar',
        encoding: { y: { field: 'l', type: 'nominal' } },
      } as ChartSpec),
    ).toBe('horizontal-bar');
    expect(
      chartKindOf({
        data: { values: [] },
        layer: [{ mark: 'point' }],
        encoding: { x: { field: 'd', type: 'temporal' } },
      } as ChartSpec),
    ).toBe('timeline');
  });
});

describe('chart types', () => {
  it('bars carry their values as labels; a timeline its dates and events', async () => {
    for (const [table, kind, want] of [
      [NAMES, 'bar', ['3,297', '2,296']],
      [NAMES, 'horizontal-bar', ['3,297', 'Britain']],
      [YEARS, 'bar', ['12', '16', '1935']],
      [EVENTS, 'timeline', ['1928', 'First Five-Year Plan', 'Magnitogorsk lit']],
    ] as const) {
      const svg = await chartToSvg(chartSpec(table, kind), {
        theme: 'light',
        width: 1152,
        height: 420,
      });
      const texts = [...new JSDOM(svg).window.document.querySelectorAll('text')].map(
        (t) => t.textContent,
      );
      for (const w of want) expect(texts.join(' | '), `${kind}: ${w}`).toContain(w);
    }
  });

  it('several series are side by side, never stacked', () => {
    const spec = chartSpec(
      {
        columns: ['Country', '1948', '1949'],
        rows: [
          ['Britain', 1300, 900],
          ['France', 1100, 700],
        ],
      },
      'bar',
    );
    expect((spec.encoding as Record<string, unknown>).xOffset).toBeDefined();
  });

  it('a timeline needs dates; the ops refuse one over categories and say why', () => {
    const r = applyOp(deckWith(chartSpec(NAMES, 'bar')), {
      op: 'chart/timeline',
      args: { slideId: 's4', blockId: 'b3' },
    });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.what).toMatch(/years or dates/);
    const image = applyOp(smallDeck(), {
      op: 'chart/line',
      args: { slideId: 's4', blockId: 'b5' },
    });
    expect(!image.ok && image.problems[0]!.what).toMatch(/image, not a chart/);
  });
});

describe('pasting from a spreadsheet', () => {
  it('reads tab-separated lines, quoted cells and Windows line ends', () => {
    expect(parseTabular('a\tb\r\n1\t"x\ty"\r\n"say ""hi"""\t2\r\n')).toEqual([
      ['a', 'b'],
      ['1', 'x\ty'],
      ['say "hi"', '2'],
    ]);
  });

  it('a block with a header row replaces the table', () => {
    const out = pasteTable(YEARS, 'Country\tAid, $m\tLoans\nBritain\t3,297\t10\nFrance\t2296\t\n');
    expect(out).toEqual({
      columns: ['Country', 'Aid, $m', 'Loans'],
      rows: [
        ['Britain', 3297, 10],
        ['France', 2296, null],
      ],
    });
  });

  it('a block without a header is written from the cell pasted into, growing the table', () => {
    expect(pasteTable(YEARS, '1937\t17\n1938\t19', { row: 2, column: 0 })).toEqual({
      columns: ['Year', 'Output'],
      rows: [
        ['1929', 5],
        ['1935', 12],
        [1937, 17],
        [1938, 19],
      ],
    });
    expect(pasteTable(YEARS, '7\t8', { row: 0, column: 1 })).toEqual({
      columns: ['Year', 'Output', 'Series 2'],
      rows: [
        ['1929', 7, 8],
        ['1935', 12, null],
        ['1936', 16, null],
      ],
    });
  });

  it('one value without a tab is an ordinary paste', () => {
    expect(pasteTable(YEARS, '42')).toBeUndefined();
    expect(pasteTable(YEARS, '42\n')).toBeUndefined();
  });
});

describe('readable from the back row', () => {
  it('chart text is at least 60% of body text, in full and half-width charts', () => {
    for (const layout of ['figure', 'bullets-figure', 'bullets'] as const) {
      expect(chartTextSize(chartBox(layout, '16:9').width)).toBeGreaterThanOrEqual(
        0.6 * BODY_TEXT_SIZE,
      );
    }
  });

  it('axis labels are drawn level and at that size', async () => {
    const box = chartBox('bullets-figure', '16:9');
    const svg = await chartToSvg(chartSpec(NAMES, 'bar'), { theme: 'light', ...box });
    const labels = [...new JSDOM(svg).window.document.querySelectorAll('.role-axis-label text')];
    expect(labels.length).toBeGreaterThan(0);
    for (const t of labels) {
      expect(Number(t.getAttribute('font-size')?.replace('px', ''))).toBeGreaterThanOrEqual(
        0.6 * BODY_TEXT_SIZE,
      );
      expect(t.getAttribute('transform') ?? '').not.toMatch(/rotate\((?!0\))/);
    }
  });

  it('bars with a long category name are drawn horizontally; short ones stay upright', () => {
    const long = chartSpec(
      {
        columns: ['Group', 'Count'],
        rows: [
          ['Foreign specialists in the USSR', 6800],
          ['Finns', 120],
        ],
      },
      'bar',
    );
    expect(enc(readableSpec(long, 1152), 'y').type).toBe('nominal');
    expect(enc(readableSpec(chartSpec(NAMES, 'bar'), 1152), 'x').type).toBe('nominal');
    // Many short names that cannot sit side by side under their bars go across too.
    const many = chartSpec(
      {
        columns: ['Country', 'Aid'],
        rows: Array.from({ length: 16 }, (_, i) => [`Country ${i}`, i]),
      },
      'bar',
    );
    expect(enc(readableSpec(many, 560), 'y').type).toBe('nominal');
    // A single bar mark made elsewhere is turned and labelled in place.
    const plain = {
      data: {
        values: [
          { plant: 'Magnitogorsk Iron and Steel Works', t: 12 },
          { plant: 'Gary', t: 30 },
        ],
      },
      mark: 'bar',
      encoding: { x: { field: 'plant', type: 'nominal' }, y: { field: 't', type: 'quantitative' } },
    } as ChartSpec;
    const turned = readableSpec(plain, 1152);
    expect(enc(turned, 'y')).toMatchObject({ field: 'plant', type: 'nominal' });
    expect(JSON.stringify(turned.layer)).toContain('"text"');
    // A generated draft (layered, labelled its own way) is drawn as it is.
    const generated = generatedLine();
    expect(readableSpec(generated, 1152)).toBe(generated);
  });
});

describe('a blank row being filled in', () => {
  it('does not stretch a time axis back to 1900', async () => {
    const generated = generatedLine();
    const blank = withTable(generated, {
      ...tableOf(generated),
      rows: [...tableOf(generated).rows, [null, null, null, null, null]],
    });
    const own = chartSpec({ ...YEARS, rows: [...YEARS.rows, [null, null]] }, 'line');
    for (const spec of [blank, own]) {
      const svg = await chartToSvg(spec, { theme: 'light', width: 1000, height: 400 });
      const labels = [
        ...new JSDOM(svg).window.document.querySelectorAll('.role-axis-label text'),
      ].map((t) => Number(t.textContent));
      expect(Math.min(...labels.filter((n) => n > 1000))).toBeGreaterThan(1920);
    }
  });
});
