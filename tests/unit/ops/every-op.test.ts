/**
 * Every registered op, on a real small deck: the change a lecturer would see, a deck the
 * load path accepts, and undo/redo restoring the exact deck (objects and file bytes).
 * The table's type lists every op name, so a new op without a test does not compile.
 */
import { describe, expect, it } from 'vitest';
import type { Block, BulletItem, Deck, Slide } from '../../../common/deck/schema';
import { applyOp } from '../../../common/ops/apply';
import { chartKindOf, tableOf } from '../../../common/ops/chart';
import type { Op, OpArgs, OpName } from '../../../common/ops/registry';
import { roundTrip, smallDeck } from './fixture';

const slide = (d: Deck, id: string): Slide => d.slides.find((s) => s.id === id)!;
const block = (d: Deck, slideId: string, blockId: string): Block =>
  slide(d, slideId).blocks.find((b) => b.id === blockId)!;
const items = (d: Deck, slideId = 's2'): BulletItem[] => {
  const b = slide(d, slideId).blocks.find((x) => x.type === 'bullets');
  return b && b.type === 'bullets' ? b.items : [];
};
const texts = (list: readonly BulletItem[]): unknown[] =>
  list.map((i) => (i.children.length ? [i.text, texts(i.children)] : i.text));
const figure = (d: Deck, id = 'b3') => {
  const b = block(d, 's4', id);
  if (b.type !== 'figure') throw new Error('not a figure');
  return b;
};

function rt<K extends OpName>(
  op: K,
  args: OpArgs<K>,
  check: (after: Deck, before: Deck) => void,
): () => void {
  return () => {
    const { before, after } = roundTrip(smallDeck(), { op, args } as Op<K>);
    check(after, before);
  };
}

const cases: { [K in OpName]: Record<string, () => void> } = {
  'slide/add': {
    'a bullets slide after the second, ready to type in': rt(
      'slide/add',
      { after: 1, layout: 'bullets' },
      (d) => {
        expect(d.slides.map((s) => s.id)).toEqual(['s1', 's2', 's6', 's3', 's4', 's5']);
        expect(d.slides[2]!.blocks).toEqual([
          {
            type: 'bullets',
            id: 'b6',
            items: [{ id: 'i5', text: '', children: [], citations: [] }],
          },
        ]);
      },
    ),
    'a references slide at the start lists every reference': rt(
      'slide/add',
      { after: -1, layout: 'references', title: 'Sources' },
      (d) => {
        expect(d.slides[0]!.title).toBe('Sources');
        expect(d.slides[0]!.blocks).toEqual([{ type: 'references', id: 'b6', refs: ['r1', 'r2'] }]);
      },
    ),
  },
  'slide/duplicate': {
    'copies slides with new ids for the slide, blocks and every bullet': rt(
      'slide/duplicate',
      { slideIds: ['s2', 's4'] },
      (d, before) => {
        expect(d.slides.map((s) => s.id)).toEqual(['s1', 's2', 's6', 's3', 's4', 's7', 's5']);
        const copy = d.slides[2]!;
        expect(copy.title).toBe('Equipment');
        expect(texts(items(d, 's6'))).toEqual(texts(items(before)));
        expect(items(d, 's6').map((i) => i.id)).toEqual(['i5', 'i7', 'i8']);
        expect(items(d, 's6')[0]!.children[0]!.id).toBe('i6');
        expect(d.slides[5]!.blocks.map((b) => b.id)).toEqual(['b7', 'b8']);
      },
    ),
  },
  'slide/delete': {
    'removes several slides at once': rt('slide/delete', { slideIds: ['s1', 's3'] }, (d) => {
      expect(d.slides.map((s) => s.id)).toEqual(['s2', 's4', 's5']);
    }),
  },
  'slide/move': {
    'moves the first slide to the end': rt('slide/move', { from: 0, to: 4 }, (d) => {
      expect(d.slides.map((s) => s.id)).toEqual(['s2', 's3', 's4', 's5', 's1']);
    }),
  },
  'slide/move-many': {
    'moves a selection, in deck order, to an index': rt(
      'slide/move-many',
      { slideIds: ['s4', 's1'], to: 1 },
      (d) => {
        expect(d.slides.map((s) => s.id)).toEqual(['s2', 's1', 's4', 's3', 's5']);
      },
    ),
  },
  'slide/nudge': {
    'moves a split selection up by one': rt(
      'slide/nudge',
      { slideIds: ['s2', 's4'], by: -1 },
      (d) => {
        expect(d.slides.map((s) => s.id)).toEqual(['s2', 's1', 's4', 's3', 's5']);
      },
    ),
    'moves a group down by one': rt('slide/nudge', { slideIds: ['s2', 's3'], by: 1 }, (d) => {
      expect(d.slides.map((s) => s.id)).toEqual(['s1', 's4', 's2', 's3', 's5']);
    }),
  },
  'slide/set-layout': {
    'changes the layout and keeps the content': rt(
      'slide/set-layout',
      { slideId: 's2', layout: 'bullets-figure' },
      (d, b) => {
        expect(slide(d, 's2').layout).toBe('bullets-figure');
        expect(slide(d, 's2').blocks).toEqual(slide(b, 's2').blocks);
      },
    ),
  },
  'slide/set-title': {
    'sets the title, newlines flattened': rt(
      'slide/set-title',
      { slideId: 's2', title: 'Machines\nbought abroad' },
      (d) => {
        expect(slide(d, 's2').title).toBe('Machines bought abroad');
      },
    ),
  },
  'slide/set-subtitle': {
    'adds a subtitle': rt('slide/set-subtitle', { slideId: 's2', subtitle: '1928-1932' }, (d) =>
      expect(slide(d, 's2').subtitle).toBe('1928-1932'),
    ),
    'an empty subtitle removes the field': rt(
      'slide/set-subtitle',
      { slideId: 's1', subtitle: '' },
      (d) => expect('subtitle' in slide(d, 's1')).toBe(false),
    ),
  },
  'slide/set-notes': {
    'keeps line breaks in notes': rt(
      'slide/set-notes',
      { slideId: 's2', notes: 'Line one\r\nLine two\u0007' },
      (d) => {
        expect(slide(d, 's2').notes).toBe('Line one\nLine two');
      },
    ),
  },
  'slide/set-hidden': {
    'hides and the field goes again when shown': rt(
      'slide/set-hidden',
      { slideIds: ['s3', 's4'], hidden: true },
      (d) => {
        expect(d.slides.map((s) => s.hidden ?? false)).toEqual([false, false, true, true, false]);
      },
    ),
  },
  'slide/mark-reviewed': {
    'takes the "reading changed" mark off the slides, and only that': () => {
      const deck = smallDeck();
      deck.slides[1]!.stale = [{ sentence: 's1.2.1', why: 'changed' }];
      deck.slides[2]!.stale = [{ sentence: 's1.2.2', why: 'vanished' }];
      const { after } = roundTrip(deck, { op: 'slide/mark-reviewed', args: { slideIds: ['s2'] } });
      expect(after.slides.map((s) => s.stale?.length ?? 0)).toEqual([0, 0, 1, 0, 0]);
      expect('stale' in after.slides[1]!).toBe(false);
    },
  },
  'bullet/set-text': {
    'sets the text and keeps inline Markdown': rt(
      'bullet/set-text',
      { slideId: 's2', bulletId: 'i2', text: 'The **Fordson** tractor' },
      (d) => {
        expect(items(d)[0]!.children[0]!.text).toBe('The **Fordson** tractor');
      },
    ),
  },
  'bullet/add': {
    'after a bullet, at its level': rt(
      'bullet/add',
      { slideId: 's2', after: 'i2', text: 'Caterpillar' },
      (d) => {
        expect(texts(items(d))).toEqual([
          ['Tractors from *Ford*', ['Fordson', 'Caterpillar']],
          'Turbines',
          'Steel',
        ]);
      },
    ),
    'on a slide with no list makes one': rt('bullet/add', { slideId: 's3' }, (d) => {
      expect(slide(d, 's3').blocks.map((b) => b.type)).toEqual(['bullets', 'quote']);
      expect(items(d, 's3').map((i) => i.id)).toEqual(['i5']);
    }),
  },
  'bullet/paste': {
    'a multi-line paste becomes nested bullets': rt(
      'bullet/paste',
      { slideId: 's2', after: 'i3', text: '- Dams\n  - Dneprostroi\n- Steel mills\n\n' },
      (d) => {
        expect(texts(items(d))).toEqual([
          ['Tractors from *Ford*', ['Fordson']],
          'Turbines',
          ['Dams', ['Dneprostroi']],
          'Steel mills',
          'Steel',
        ]);
      },
    ),
  },
  'bullet/delete': {
    'deletes a bullet with its sub-bullets': rt(
      'bullet/delete',
      { slideId: 's2', bulletId: 'i1' },
      (d) => {
        expect(texts(items(d))).toEqual(['Turbines', 'Steel']);
      },
    ),
    'or lifts the sub-bullets into its place': rt(
      'bullet/delete',
      { slideId: 's2', bulletId: 'i1', keepChildren: true },
      (d) => {
        expect(texts(items(d))).toEqual(['Fordson', 'Turbines', 'Steel']);
      },
    ),
  },
  'bullet/indent': {
    'becomes the last sub-bullet of the one above': rt(
      'bullet/indent',
      { slideId: 's2', bulletId: 'i3' },
      (d) => {
        expect(texts(items(d))).toEqual([
          ['Tractors from *Ford*', ['Fordson', 'Turbines']],
          'Steel',
        ]);
      },
    ),
  },
  'bullet/outdent': {
    'moves out after its parent': rt('bullet/outdent', { slideId: 's2', bulletId: 'i2' }, (d) => {
      expect(texts(items(d))).toEqual(['Tractors from *Ford*', 'Fordson', 'Turbines', 'Steel']);
    }),
  },
  'bullet/move': {
    'moves among its siblings': rt('bullet/move', { slideId: 's2', bulletId: 'i4', to: 0 }, (d) => {
      expect(texts(items(d))).toEqual(['Steel', ['Tractors from *Ford*', ['Fordson']], 'Turbines']);
    }),
  },
  'bullet/toggle-fragment': {
    'marks a bullet to appear step by step': rt(
      'bullet/toggle-fragment',
      { slideId: 's2', bulletId: 'i3' },
      (d) => {
        expect(items(d)[1]!.fragment).toBe(true);
      },
    ),
  },
  'slide/set-build-steps': {
    'every bullet, nested ones too, appears one by one': rt(
      'slide/set-build-steps',
      { slideId: 's2', on: true },
      (d) => {
        expect(items(d).map((i) => i.fragment)).toEqual([true, true, true]);
        expect(items(d)[0]!.children[0]!.fragment).toBe(true);
      },
    ),
  },
  'block/set-build-steps': {
    'a quote appears as one step': rt(
      'block/set-build-steps',
      { slideId: 's3', blockId: 'b2', on: true },
      (d) => {
        expect(block(d, 's3', 'b2')).toMatchObject({ fragment: true });
      },
    ),
  },
  'quote/add': {
    'adds a quote block': rt('quote/add', { slideId: 's1', text: 'Quoted' }, (d) => {
      expect(slide(d, 's1').blocks).toEqual([
        { type: 'quote', id: 'b6', text: 'Quoted', citations: [] },
      ]);
    }),
  },
  'quote/set-text': {
    'sets the quote': rt(
      'quote/set-text',
      { slideId: 's3', blockId: 'b2', text: 'Whole plants, turnkey.' },
      (d) => {
        expect(block(d, 's3', 'b2')).toMatchObject({ text: 'Whole plants, turnkey.' });
      },
    ),
  },
  'quote/set-attribution': {
    'clearing it removes the field': rt(
      'quote/set-attribution',
      { slideId: 's3', blockId: 'b2', attribution: '' },
      (d) => {
        expect('attribution' in block(d, 's3', 'b2')).toBe(false);
      },
    ),
  },
  'formula/add': {
    'adds a formula block': rt('formula/add', { slideId: 's1', tex: 'E = mc^2' }, (d) => {
      expect(slide(d, 's1').blocks).toEqual([
        { type: 'formula', id: 'b6', tex: 'E = mc^2', citations: [] },
      ]);
    }),
  },
  'formula/set-tex': {
    'sets the TeX': () => {
      const deck = smallDeck();
      deck.slides[4]!.blocks.push({ type: 'formula', id: 'b9', tex: 'x', citations: [] });
      const { after } = roundTrip(deck, {
        op: 'formula/set-tex',
        args: { slideId: 's5', blockId: 'b9', tex: '\\frac{a}{b}' },
      });
      expect(block(after, 's5', 'b9')).toMatchObject({ type: 'formula', tex: '\\frac{a}{b}' });
    },
  },
  'formula/set-caption': {
    'sets the caption, and clearing it removes the field': () => {
      const deck = smallDeck();
      deck.slides[4]!.blocks.push({ type: 'formula', id: 'b9', tex: 'x', citations: [] });
      const { after } = roundTrip(deck, {
        op: 'formula/set-caption',
        args: { slideId: 's5', blockId: 'b9', caption: 'Growth, $g$' },
      });
      expect(block(after, 's5', 'b9')).toMatchObject({ caption: 'Growth, $g$' });
      const cleared = roundTrip(after, {
        op: 'formula/set-caption',
        args: { slideId: 's5', blockId: 'b9', caption: '' },
      }).after;
      expect('caption' in block(cleared, 's5', 'b9')).toBe(false);
    },
  },
  'text/set-text': {
    'sets a paragraph block, blank lines kept as paragraph breaks': () => {
      const deck = smallDeck();
      deck.slides[4]!.blocks.push({
        type: 'text',
        id: 'b9',
        text: 'This part of the reading cites no works.',
        citations: [],
      });
      const { after } = roundTrip(deck, {
        op: 'text/set-text',
        args: { slideId: 's5', blockId: 'b9', text: 'First.\n\nSecond.' },
      });
      expect(block(after, 's5', 'b9')).toMatchObject({ type: 'text', text: 'First.\n\nSecond.' });
    },
  },
  'block/delete': {
    'deletes a figure': rt('block/delete', { slideId: 's4', blockId: 'b3' }, (d) => {
      expect(slide(d, 's4').blocks.map((b) => b.id)).toEqual(['b5']);
    }),
  },
  'block/move': {
    'puts the image first': rt('block/move', { slideId: 's4', blockId: 'b5', to: 0 }, (d) => {
      expect(slide(d, 's4').blocks.map((b) => b.id)).toEqual(['b5', 'b3']);
    }),
  },
  'figure/add-chart': {
    'a chart from a table, with the data inline': rt(
      'figure/add-chart',
      {
        slideId: 's2',
        kind: 'line',
        table: {
          columns: ['Year', 'Tractors', 'Trucks'],
          rows: [
            ['1929', 1, 2],
            ['1930', 3, null],
          ],
        },
        alt: 'Two lines',
        caption: 'Imports',
      },
      (d) => {
        const b = block(d, 's2', 'b6');
        if (b.type !== 'figure' || b.figure.kind !== 'chart') throw new Error('no chart');
        expect(b.alt).toBe('Two lines');
        expect(b.figure.spec.data.values).toEqual([
          { Year: '1929', Tractors: 1, Trucks: 2 },
          { Year: '1930', Tractors: 3, Trucks: null },
        ]);
        expect(tableOf(b.figure.spec).columns).toEqual(['Year', 'Tractors', 'Trucks']);
      },
    ),
  },
  'figure/set-cell': {
    'a typed number becomes a number': rt(
      'figure/set-cell',
      { slideId: 's4', blockId: 'b3', row: 1, column: 1, text: '1,250' },
      (d) => {
        const f = figure(d).figure;
        expect(f.kind === 'chart' && tableOf(f.spec).rows).toEqual([
          ['1930', 100],
          ['1931', 1250],
        ]);
      },
    ),
  },
  'figure/set-table': {
    'adds a row and a column': rt(
      'figure/set-table',
      {
        slideId: 's4',
        blockId: 'b3',
        table: {
          columns: ['Year', 'Credit', 'Debt'],
          rows: [
            ['1930', 100, 5],
            ['1931', 250, 9],
            ['1932', 80, 12],
          ],
        },
      },
      (d) => {
        const f = figure(d).figure;
        expect(f.kind === 'chart' && tableOf(f.spec)).toEqual({
          columns: ['Year', 'Credit', 'Debt'],
          rows: [
            ['1930', 100, 5],
            ['1931', 250, 9],
            ['1932', 80, 12],
          ],
        });
      },
    ),
  },
  'figure/set-chart-kind': {
    'bar to line keeps the data': rt(
      'figure/set-chart-kind',
      { slideId: 's4', blockId: 'b3', kind: 'line' },
      (d, b) => {
        const f = figure(d).figure;
        const g = figure(b).figure;
        expect(f.kind === 'chart' && f.spec.mark).toEqual({ type: 'line', point: true });
        expect(f.kind === 'chart' && g.kind === 'chart' && tableOf(f.spec)).toEqual(
          g.kind === 'chart' && tableOf(g.spec),
        );
      },
    ),
  },
  'chart/bar': {
    'a line back to bars, on the same time axis, each bar labelled': () => {
      const applied = applyOp(smallDeck(), {
        op: 'chart/line',
        args: { slideId: 's4', blockId: 'b3' },
      });
      if (!applied.ok) throw new Error('not a line');
      const line = applied.deck;
      const { after } = roundTrip(line, {
        op: 'chart/bar',
        args: { slideId: 's4', blockId: 'b3' },
      });
      const f = figure(after).figure;
      if (f.kind !== 'chart') throw new Error('no chart');
      expect(chartKindOf(f.spec)).toBe('bar');
      expect((f.spec.encoding as { x: { type: string } }).x.type).toBe('temporal');
      expect(JSON.stringify(f.spec.layer)).toContain('"text"');
    },
  },
  'chart/horizontal-bar': {
    'bars across, the years down the side, still a time axis': rt(
      'chart/horizontal-bar',
      { slideId: 's4', blockId: 'b3' },
      (d) => {
        const f = figure(d).figure;
        if (f.kind !== 'chart') throw new Error('no chart');
        expect(chartKindOf(f.spec)).toBe('horizontal-bar');
        expect((f.spec.encoding as { y: { type: string } }).y.type).toBe('temporal');
        expect((f.spec.encoding as { x: { type: string } }).x.type).toBe('quantitative');
      },
    ),
  },
  'chart/line': {
    'bars to a line on a proportional time axis': rt(
      'chart/line',
      { slideId: 's4', blockId: 'b3' },
      (d, b) => {
        const f = figure(d).figure;
        const g = figure(b).figure;
        if (f.kind !== 'chart' || g.kind !== 'chart') throw new Error('no chart');
        expect(f.spec.mark).toEqual({ type: 'line', point: true });
        expect((f.spec.encoding as { x: { type: string } }).x.type).toBe('temporal');
        expect(tableOf(f.spec)).toEqual(tableOf(g.spec));
      },
    ),
  },
  'chart/timeline': {
    'a dot per year, labelled with its year and text': rt(
      'chart/timeline',
      { slideId: 's4', blockId: 'b3' },
      (d) => {
        const f = figure(d).figure;
        if (f.kind !== 'chart') throw new Error('no chart');
        expect(chartKindOf(f.spec)).toBe('timeline');
        expect((f.spec.encoding as { x: { type: string } }).x.type).toBe('temporal');
      },
    ),
  },
  'figure/add-image': {
    'an image from the deck folder': rt(
      'figure/add-image',
      { slideId: 's1', asset: 'assets/map.png', alt: 'Map of the Urals' },
      (d) => {
        expect(slide(d, 's1').blocks).toEqual([
          {
            type: 'figure',
            id: 'b6',
            figure: { kind: 'image', asset: 'assets/map.png' },
            caption: '',
            alt: 'Map of the Urals',
            citations: [],
          },
        ]);
      },
    ),
  },
  'figure/set-image': {
    'replaces the picture': rt(
      'figure/set-image',
      { slideId: 's4', blockId: 'b5', asset: 'assets/dam-2.jpg' },
      (d) => {
        expect(figure(d, 'b5').figure).toEqual({ kind: 'image', asset: 'assets/dam-2.jpg' });
      },
    ),
  },
  'figure/set-caption': {
    'sets the caption': rt(
      'figure/set-caption',
      { slideId: 's4', blockId: 'b3', caption: 'Credit, 1930-31' },
      (d) => expect(figure(d).caption).toBe('Credit, 1930-31'),
    ),
  },
  'figure/set-alt': {
    'sets the alt text': rt(
      'figure/set-alt',
      { slideId: 's4', blockId: 'b5', alt: 'A dam under construction' },
      (d) => expect(figure(d, 'b5').alt).toBe('A dam under construction'),
    ),
  },
  'figure/set-source': {
    'sets the credit line': rt(
      'figure/set-source',
      { slideId: 's4', blockId: 'b3', source: 'Data: Sutton 1971' },
      (d) => expect(figure(d).source).toBe('Data: Sutton 1971'),
    ),
  },
  'citation/add': {
    'cites a reference on a bullet with pages': rt(
      'citation/add',
      { slideId: 's2', targetId: 'i3', ref: 'r1', pages: 'pp. 1-2' },
      (d) => {
        expect(items(d)[1]!.citations).toEqual([{ ref: 'r1', pages: 'pp. 1-2' }]);
      },
    ),
    'cites on a quote block': rt(
      'citation/add',
      { slideId: 's3', targetId: 'b2', ref: 'r2' },
      (d) => {
        expect(block(d, 's3', 'b2')).toMatchObject({ citations: [{ ref: 'r2' }] });
      },
    ),
  },
  'citation/remove': {
    'removes a citation from a figure': rt(
      'citation/remove',
      { slideId: 's4', targetId: 'b3', ref: 'r1' },
      (d) => expect(figure(d).citations).toEqual([]),
    ),
  },
  'citation/set-pages': {
    'changes the pages': rt(
      'citation/set-pages',
      { slideId: 's2', targetId: 'i1', ref: 'r1', pages: '207-209' },
      (d) => {
        expect(items(d)[0]!.citations).toEqual([{ ref: 'r1', pages: '207-209' }]);
      },
    ),
  },
  'reference/add': {
    'adds a reference with missing details': rt(
      'reference/add',
      { label: '[3]', missing: ['URL', 'author'] },
      (d) => {
        expect(d.references[2]).toEqual({
          id: 'r3',
          label: '[3]',
          text: '',
          missing: ['author', 'URL'],
        });
      },
    ),
  },
  'reference/edit': {
    'fills in the text and clears what was missing': rt(
      'reference/edit',
      { refId: 'r2', text: 'Frankel, M. (1993). Credit.', missing: ['author'] },
      (d) => {
        expect(d.references[1]).toEqual({
          id: 'r2',
          label: '[2]',
          text: 'Frankel, M. (1993). Credit.',
          missing: ['author'],
        });
      },
    ),
  },
  'reference/link': {
    'links a bibliography entry: what it lacks of author, title and year becomes missing': rt(
      'reference/link',
      {
        refId: 'r2',
        csl: {
          type: 'book',
          title: 'Credit and the State',
          author: [{ family: 'Frankel', given: 'M.' }],
          publisher: 'Polity',
        },
      },
      (d) => {
        expect(d.references[1]!.csl).toMatchObject({
          title: 'Credit and the State',
          publisher: 'Polity',
        });
        expect(d.references[1]!.missing).toEqual(['issued']);
        expect(d.references[1]!.label).toBe('[2]');
      },
    ),
  },
  'reference/link-many': {
    'links two works in one step, each missing what its entry lacks': rt(
      'reference/link-many',
      {
        links: [
          {
            refId: 'r1',
            csl: {
              type: 'book',
              title: 'Western Technology',
              author: [{ family: 'Sutton' }],
              issued: { 'date-parts': [[1971]] },
            },
          },
          { refId: 'r2', csl: { type: 'book', author: [{ family: 'Frankel' }] } },
        ],
      },
      (d) => {
        expect(d.references.map((r) => [r.csl?.title, r.missing])).toEqual([
          ['Western Technology', []],
          [undefined, ['title', 'issued']],
        ]);
      },
    ),
  },
  'reference/remove': {
    'removes it and every citation of it': rt('reference/remove', { refId: 'r1' }, (d) => {
      expect(d.references.map((r) => r.id)).toEqual(['r2']);
      expect(items(d)[0]!.citations).toEqual([]);
      expect(figure(d).citations).toEqual([]);
      expect(block(d, 's5', 'b4')).toMatchObject({ refs: ['r2'] });
    }),
  },
  'meta/set': {
    'sets the course': rt('meta/set', { field: 'course', value: 'HIST 214' }, (d) =>
      expect(d.meta.course).toBe('HIST 214'),
    ),
    'switches to the dark theme': rt('meta/set', { field: 'theme', value: 'dark' }, (d) =>
      expect(d.meta.theme).toBe('dark'),
    ),
    'sets the aspect ratio': rt('meta/set', { field: 'aspectRatio', value: '4:3' }, (d) =>
      expect(d.meta.aspectRatio).toBe('4:3'),
    ),
    'sets the paper size': rt('meta/set', { field: 'paperSize', value: 'letter' }, (d) =>
      expect(d.meta.paperSize).toBe('letter'),
    ),
    'an empty author removes the field': rt('meta/set', { field: 'author', value: '' }, (d) =>
      expect('author' in d.meta).toBe(false),
    ),
    'sets the citation style': rt('meta/set', { field: 'citationStyle', value: 'apa' }, (d) =>
      expect(d.meta.citationStyle).toBe('apa'),
    ),
    'sets the language': rt('meta/set', { field: 'language', value: 'de-AT' }, (d) =>
      expect(d.meta.language).toBe('de-AT'),
    ),
  },
};

for (const [name, group] of Object.entries(cases)) {
  describe(name, () => {
    for (const [label, run] of Object.entries(group)) it(label, run);
  });
}
