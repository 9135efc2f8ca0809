/**
 * Editing a generated chart as a lecturer meets it: the table shows the columns a lecturer
 * edits under the axis titles (the draft's labels, hints and sentence ids kept with their
 * rows), a data label follows its value, and alt text Lectern wrote follows the chart type
 * while a lecturer's own is kept. All through the ops, each one undoable step.
 */
import { describe, expect, it } from 'vitest';
import type { ChartSpec, Deck, FigureBlock } from '../../../common/deck/schema';
import { chartKindOf, chartSpec, tableOf } from '../../../common/ops/chart';
import { altFor, formatLike, retellAlt, tableView } from '../../../common/ops/chart-view';
import { createEditorState, dispatch, undo, type EditorState } from '../../../common/ops/history';
import { DATE_TRANSFORM, timeAxis } from '../../../common/generate/chart/when';
import { expectValid, smallDeck } from './fixture';

const ALT =
  'Line chart of steel output, million tonnes, 1950 to 1965: 1950, about 4.8 million; 1955, 9.4 million; 1965, 41.2 million.';

/** A line as the generator draws one (common/generate/chart/series.ts), with its alt text as description. */
function generatedLine(): ChartSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description: ALT,
    width: 'container',
    data: {
      values: [
        { year: 1950, value: 4.8, label: 'about 4.8 million', sentence: 's1.1', side: 'start' },
        {
          year: 1955,
          value: 9.4,
          label: '9.4 million',
          sentence: 's1.2',
          side: 'middle',
          quiet: 'yes',
        },
        { year: 1965, value: 41.2, label: '41.2 million', sentence: 's1.3', side: 'end' },
      ],
    },
    transform: [
      ...DATE_TRANSFORM,
      { calculate: 'isValid(datum.high) ? datum.high : datum.value', as: 'top' },
    ],
    encoding: {
      x: timeAxis(1948, 1967),
      y: { field: 'value', type: 'quantitative', title: 'Steel output, million tonnes' },
    },
    layer: [
      { transform: [{ filter: '!isValid(datum.open)' }], mark: { type: 'line', point: true } },
      ...['start', 'middle', 'end'].map((side) => ({
        transform: [{ filter: `!isValid(datum.quiet) && datum.side === '${side}'` }],
        mark: { type: 'text', dy: -16 },
        encoding: { text: { field: 'label' }, y: { field: 'top', type: 'quantitative' } },
      })),
    ],
  } as unknown as ChartSpec;
}

/** A part-of-whole bar as the generator draws one (share.ts): the value feeds a computed length. */
function generatedShare(): ChartSpec {
  return {
    description:
      'Part-of-whole bar chart, share of world output in percent: Japan, about 35% of world output.',
    data: {
      values: [
        { label: 'Japan', value: 35, shown: 'about 35%', sentence: 's2.1' },
        { label: 'France', value: 12, shown: '12%', sentence: 's2.2' },
      ],
    },
    transform: [{ calculate: 'isValid(datum.value) ? datum.value : 0', as: 'share' }],
    encoding: { y: { field: 'label', type: 'nominal', title: null } },
    layer: [
      {
        mark: { type: 'bar' },
        encoding: {
          x: { field: 'share', type: 'quantitative', title: 'Share of world output, %' },
        },
      },
      { mark: { type: 'text' }, encoding: { text: { field: 'shown' } } },
    ],
  } as unknown as ChartSpec;
}

function deckWith(spec: ChartSpec, alt = ALT): Deck {
  const deck = smallDeck();
  const block = deck.slides[3]!.blocks[0]!;
  if (block.type !== 'figure') throw new Error('fixture changed');
  block.figure = { kind: 'chart', spec };
  block.alt = alt;
  return deck;
}

const figure = (state: EditorState) => state.deck.slides[3]!.blocks[0] as FigureBlock;
const specOf = (state: EditorState) => {
  const f = figure(state).figure;
  if (f.kind !== 'chart') throw new Error('no chart');
  return f.spec;
};
const at = { slideId: 's4', blockId: 'b3' };

describe('the table shows what a lecturer edits', () => {
  it('a generated line: year and value, the value headed by its axis title', () => {
    const view = tableView(generatedLine(), 'line');
    expect(view.table.columns).toEqual(['year', 'value']);
    expect(view.headers).toEqual(['Year', 'Steel output, million tonnes']);
    expect(view.hidden).toEqual(['label', 'sentence', 'side', 'quiet']);
    expect(view.labels).toEqual(['label', 'side', 'quiet']);
    expect(view.renamable).toBe(false);
    expect(view.table.rows[1]).toEqual([1955, 9.4]);
  });

  it('a generated share: the name and the value under the axis its length is computed for', () => {
    const view = tableView(generatedShare(), 'horizontal-bar');
    expect(view.table.columns).toEqual(['label', 'value']);
    expect(view.headers).toEqual(['Label', 'Share of world output, %']);
  });

  it('a spec made by hand shows its own columns but the sentence ids; Lectern’s own chart shows all', () => {
    const spec = {
      data: {
        values: [{ label: 'before 1926', value: 15, high: 20, raw: '15-20%', sentence: 's3.1.2' }],
      },
      mark: 'bar',
      encoding: {
        x: { field: 'label', type: 'nominal' },
        y: { field: 'value', type: 'quantitative' },
      },
    } as unknown as ChartSpec;
    expect(tableView(spec).table.columns).toEqual(['label', 'value', 'high', 'raw']);
    const own = chartSpec(
      { columns: ['Country', 'Aid', 'sentence'], rows: [['Italy', 1204, 'x']] },
      'bar',
    );
    expect(tableView(own).table.columns).toEqual(['Country', 'Aid', 'sentence']);
    expect(tableView(own).renamable).toBe(true);
  });

  it('rows added and removed through set-table keep the internal columns with their rows', () => {
    let state = createEditorState(deckWith(generatedLine()));
    const view = tableView(generatedLine());
    // Remove the middle row's neighbour: the last row goes, and its sentence with it.
    state = dispatch(
      state,
      {
        op: 'figure/set-table',
        args: { ...at, table: { ...view.table, rows: view.table.rows.slice(0, 2) } },
      },
      0,
    );
    expect(state.problems).toEqual([]);
    let spec = specOf(state);
    expect(spec.layer).toEqual(generatedLine().layer);
    expect(spec.data.values).toEqual(generatedLine().data.values.slice(0, 2));
    // A new row: the lecturer's, with no sentence and no label yet, laid out like its neighbour.
    state = dispatch(
      state,
      {
        op: 'figure/set-table',
        args: {
          ...at,
          table: { ...view.table, rows: [...view.table.rows.slice(0, 2), [1960, null]] },
        },
      },
      1,
    );
    spec = specOf(state);
    expect(spec.layer).toEqual(generatedLine().layer);
    expect(spec.data.values[2]).toEqual({
      year: 1960,
      value: null,
      label: null,
      sentence: null,
      side: 'middle',
      quiet: 'yes',
    });
    expect(spec.data.values[0]!.sentence).toBe('s1.1');
    expectValid(state.deck);
    state = undo(undo(state));
    expect(state.deck).toStrictEqual(deckWith(generatedLine()));
  });
});

describe('a data label follows its value, in one undoable step', () => {
  it('the number is rewritten, hedge and unit kept', () => {
    let state = createEditorState(deckWith(generatedLine()));
    state = dispatch(
      state,
      { op: 'figure/set-cell', args: { ...at, row: 0, column: 1, text: '5.25' } },
      0,
    );
    expect(state.problems).toEqual([]);
    expect(specOf(state).data.values[0]).toMatchObject({
      value: 5.25,
      label: 'about 5.25 million',
      sentence: 's1.1',
    });
    state = undo(state);
    expect(state.deck).toStrictEqual(deckWith(generatedLine()));
  });

  it('a share label, a range, thousands, a label written in words, a cleared value', () => {
    let state = createEditorState(deckWith(generatedShare()));
    state = dispatch(
      state,
      { op: 'figure/set-cell', args: { ...at, row: 0, column: 1, text: '36' } },
      0,
    );
    expect(specOf(state).data.values[0]).toMatchObject({ value: 36, shown: 'about 36%' });
    // Typed as a lecturer types: cleared, then "4", then "41", one undoable step.
    for (const text of ['', '4', '41'])
      state = dispatch(
        state,
        { op: 'figure/set-cell', args: { ...at, row: 1, column: 1, text } },
        1,
      );
    expect(specOf(state).data.values[1]).toMatchObject({ value: 41, shown: '41%' });
    expect(undo(state).deck.slides[3]!.blocks[0]).toMatchObject({
      figure: { spec: { data: { values: [{ shown: 'about 36%' }, { shown: '12%' }] } } },
    });

    const range = {
      ...generatedLine(),
      data: {
        values: [
          {
            year: 1926,
            value: 15,
            high: 20,
            label: 'before 1926: 15-20%',
            sentence: 's1',
            side: 'start',
          },
          { year: 1930, value: 3297, label: '3,297 tonnes', sentence: 's2', side: 'middle' },
          { year: 1931, value: 70, label: 'more than seventy', sentence: 's3', side: 'end' },
          { year: 1932, value: 8, label: '8 tonnes', sentence: 's4', side: 'end' },
        ],
      },
    } as ChartSpec;
    state = createEditorState(deckWith(range));
    const full = tableOf(range).columns;
    const cell = (row: number, column: string, text: string) =>
      (state = dispatch(
        state,
        { op: 'figure/set-cell', args: { ...at, row, column: full.indexOf(column), text } },
        0,
      ));
    cell(0, 'value', '16');
    expect(specOf(state).data.values[0]!.label).toBe('before 1926: 16-20%');
    cell(0, 'high', '25');
    expect(specOf(state).data.values[0]!.label).toBe('before 1926: 16-25%');
    cell(0, 'year', '1925'); // the year a bracket's label writes follows too
    expect(specOf(state).data.values[0]!.label).toBe('before 1925: 16-25%');
    cell(1, 'value', '4100');
    expect(specOf(state).data.values[1]!.label).toBe('4,100 tonnes');
    cell(2, 'value', '80'); // words: rebuilt from the number and the unit its neighbours write
    expect(specOf(state).data.values[2]!.label).toBe('80 tonnes');
    // Cleared while typing: the label waits, and the next number takes its place.
    cell(3, 'value', '');
    expect(specOf(state).data.values[3]).toMatchObject({
      value: null,
      label: '8 tonnes',
      sentence: 's4',
    });
    cell(3, 'value', '9');
    expect(specOf(state).data.values[3]).toMatchObject({
      value: 9,
      label: '9 tonnes',
      sentence: 's4',
    });
    expectValid(state.deck);
  });

  it('numbers are written as their label wrote them', () => {
    expect(formatLike(7.5, '7.0')).toBe('7.5');
    expect(formatLike(8, '7.0')).toBe('8.0');
    expect(formatLike(12000, '3,297')).toBe('12,000');
    expect(formatLike(1952, '1950')).toBe('1952');
  });
});

describe('alt text Lectern wrote follows the chart type; a lecturer’s own is kept', () => {
  it('line → bar → horizontal bar → timeline, each one step; undo restores', () => {
    let state = createEditorState(deckWith(generatedLine()));
    const steps = [
      ['chart/bar', 'Bar chart of steel output'],
      ['chart/line', 'Line chart of steel output'],
      ['chart/horizontal-bar', 'Bar chart of steel output'],
      ['chart/timeline', 'Timeline of steel output'],
    ] as const;
    steps.forEach(([op, opening], i) => {
      state = dispatch(state, { op, args: at }, i);
      expect(state.problems).toEqual([]);
      expect(figure(state).alt.startsWith(opening), figure(state).alt).toBe(true);
      expect(specOf(state).description).toBe(figure(state).alt);
    });
    expect(figure(state).alt).toBe(ALT.replace(/^Line chart/, 'Timeline'));
    // The type change kept the draft's internal columns, unshown, and named the value by its axis.
    const view = tableView(specOf(state));
    expect(view.table.columns).toEqual(['Year', 'Steel output, million tonnes']);
    expect(view.hidden).toEqual(['label', 'sentence', 'side', 'quiet']);
    expect(specOf(state).data.values[0]!.sentence).toBe('s1.1');
    expectValid(state.deck);
    for (let i = 0; i < steps.length; i++) state = undo(state);
    expect(state.deck).toStrictEqual(deckWith(generatedLine()));
  });

  it('an alt text edited by hand is never overwritten', () => {
    const mine = 'Steel output grew almost tenfold in fifteen years (bar chart).';
    let state = createEditorState(deckWith(generatedLine(), mine));
    state = dispatch(state, { op: 'chart/bar', args: at }, 0);
    expect(figure(state).alt).toBe(mine);
    expect(chartKindOf(specOf(state))).toBe('bar');
    // Edited after a type change: the alt text no longer matches what Lectern wrote.
    state = createEditorState(deckWith(generatedLine()));
    state = dispatch(state, { op: 'figure/set-chart-kind', args: { ...at, kind: 'bar' } }, 0);
    state = dispatch(
      state,
      { op: 'figure/set-alt', args: { ...at, alt: 'Bar chart of steel output, my words.' } },
      1,
    );
    state = dispatch(state, { op: 'chart/line', args: at }, 2);
    expect(figure(state).alt).toBe('Bar chart of steel output, my words.');
  });

  it('only the opening that names the type changes', () => {
    expect(altFor('Part-of-whole bar chart, share of output: Japan, 35%.', 'line')).toBe(
      'Line chart, share of output: Japan, 35%.',
    );
    expect(altFor('Timeline, 1950 to 1960: 1950, a plan.', 'bar')).toBe(
      'Bar chart, 1950 to 1960: 1950, a plan.',
    );
    expect(altFor('Steel rose.', 'bar')).toBe('Steel rose.');
  });
});

describe('alt text Lectern wrote follows the values a lecturer edits', () => {
  it('a value typed in a cell is retold in the alt text and the description, in the same undo step', () => {
    let state = createEditorState(deckWith(generatedLine()));
    for (const text of ['', '9', '9.9'])
      state = dispatch(
        state,
        { op: 'figure/set-cell', args: { ...at, row: 1, column: 1, text } },
        0,
      );
    expect(figure(state).alt).toBe(ALT.replace('1955, 9.4 million', '1955, 9.9 million'));
    expect(specOf(state).description).toBe(figure(state).alt);
    state = undo(state);
    expect(state.deck).toStrictEqual(deckWith(generatedLine()));
  });

  it('an edit of the whole table (a paste) retells each changed value; a lecturer’s alt is kept', () => {
    const shown = tableView(generatedLine()).table;
    const table = { ...shown, rows: shown.rows.map((r, i) => (i === 2 ? [r[0]!, 40] : r)) };
    let state = createEditorState(deckWith(generatedLine()));
    state = dispatch(state, { op: 'figure/set-table', args: { ...at, table } }, 0);
    expect(figure(state).alt).toContain('1965, 40.0 million.');
    expect(specOf(state).description).toBe(figure(state).alt);
    const mine = 'Steel output grew tenfold.';
    state = createEditorState(deckWith(generatedLine(), mine));
    state = dispatch(
      state,
      { op: 'figure/set-cell', args: { ...at, row: 1, column: 1, text: '9.9' } },
      0,
    );
    expect(figure(state).alt).toBe(mine);
    expect(specOf(state).description).toBe(ALT);
  });

  it('the item that writes the old label is rewritten; a label written twice goes by its category', () => {
    const share =
      'Part-of-whole bar chart, share of output in percent: Japan, about 35% of world output; France, 12%.';
    expect(retellAlt(share, 'Japan', 'about 35%', 'about 36%')).toBe(
      share.replace('about 35%', 'about 36%'),
    );
    const twice = 'Bar chart of aid, largest first: Italy, 1,204; Greece, 1,204; Spain, 3.';
    expect(retellAlt(twice, 'Greece', '1,204', '700')).toBe(
      'Bar chart of aid, largest first: Italy, 1,204; Greece, 700; Spain, 3.',
    );
    expect(retellAlt(twice, 'Nowhere', '1,204', '700')).toBeUndefined();
    expect(retellAlt(twice, 'Spain', '3', '4')).toBe(
      'Bar chart of aid, largest first: Italy, 1,204; Greece, 1,204; Spain, 4.',
    );
    expect(retellAlt('Line chart: 1950, 4.85 million.', '1950', '4.8', '5')).toBeUndefined();
  });
});
