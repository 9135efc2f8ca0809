/** Edits that cannot be done are refused with a reason, and the deck stays as it was. */
import { describe, expect, it } from 'vitest';
import { applyOp } from '../../../common/ops/apply';
import { MAX_BULLET_DEPTH } from '../../../common/ops/bullets';
import { chartSpec, parseCell, tableOf } from '../../../common/ops/chart';
import { nextId } from '../../../common/ops/ids';
import { createEditorState, dispatch } from '../../../common/ops/history';
import type { Op } from '../../../common/ops/registry';
import { expectValid, smallDeck } from './fixture';

function refusal(op: Op): string {
  const r = applyOp(smallDeck(), op);
  if (r.ok) throw new Error(`${op.op} was not refused`);
  return r.problems.map((p) => `${p.where}: ${p.what}`).join('; ');
}

describe('refused edits', () => {
  it('explain themselves', () => {
    expect(refusal({ op: 'bullet/indent', args: { slideId: 's2', bulletId: 'i1' } })).toBe(
      'bullet "i1": the first bullet of a list cannot be indented',
    );
    expect(refusal({ op: 'bullet/outdent', args: { slideId: 's2', bulletId: 'i3' } })).toBe(
      'bullet "i3": is already at the top level',
    );
    expect(
      refusal({ op: 'citation/add', args: { slideId: 's2', targetId: 'i3', ref: 'r9' } }),
    ).toMatch(/there is no reference "r9"/);
    expect(
      refusal({ op: 'citation/add', args: { slideId: 's2', targetId: 'i1', ref: 'r1' } }),
    ).toMatch(/already cited here/);
    expect(
      refusal({ op: 'citation/add', args: { slideId: 's2', targetId: 'b1', ref: 'r1' } }),
    ).toMatch(/cite on a bullet instead/);
    expect(
      refusal({ op: 'figure/add-image', args: { slideId: 's1', asset: '../../etc/passwd' } }),
    ).toMatch(/leaves the deck folder/);
    expect(
      refusal({
        op: 'figure/add-image',
        args: { slideId: 's1', asset: 'https://example.org/a.png' },
      }),
    ).toMatch(/is a URL/);
    expect(
      refusal({
        op: 'figure/set-cell',
        args: { slideId: 's4', blockId: 'b5', row: 0, column: 0, text: '1' },
      }),
    ).toMatch(/is an image, not a chart/);
    expect(
      refusal({
        op: 'figure/set-cell',
        args: { slideId: 's4', blockId: 'b3', row: 7, column: 0, text: '1' },
      }),
    ).toMatch(/no cell at row 8/);
    expect(
      refusal({ op: 'quote/set-text', args: { slideId: 's2', blockId: 'b1', text: 'x' } }),
    ).toBe('block "b1": is a bullets block, not a quote block');
    expect(refusal({ op: 'meta/set', args: { field: 'title', value: '' } })).toBe(
      'title: a deck needs a title',
    );
    expect(refusal({ op: 'meta/set', args: { field: 'language', value: 'english!' } })).toMatch(
      /language tag/,
    );
    expect(refusal({ op: 'slide/delete', args: { slideIds: ['nope'] } })).toMatch(
      /none of the selected slides/,
    );
  });

  it('bullets nest no deeper than the limit', () => {
    let s = createEditorState(smallDeck());
    const ids = ['i3'];
    // Build a ladder: each new bullet added after the last, then indented once more.
    for (let k = 0; k < MAX_BULLET_DEPTH + 2; k++) {
      const id = `deep${k}`;
      s = dispatch(
        s,
        { op: 'bullet/add', args: { slideId: 's2', after: ids[ids.length - 1]!, id, text: id } },
        k,
      );
      for (let j = 0; j <= k; j++)
        s = dispatch(s, { op: 'bullet/indent', args: { slideId: 's2', bulletId: id } }, k);
      ids.push(id);
    }
    expect(s.problems[0]?.what).toMatch(/nest at most 6 levels/);
    expectValid(s.deck);
  });
});

describe('ids', () => {
  it('are deterministic: the same edit on the same deck gives the same ids', () => {
    const a = applyOp(smallDeck(), { op: 'slide/duplicate', args: { slideIds: ['s2'] } });
    const b = applyOp(smallDeck(), { op: 'slide/duplicate', args: { slideIds: ['s2'] } });
    expect(a.ok && b.ok && a.deck).toEqual(b.ok && b.deck);
    expect(nextId(smallDeck(), 'slide')).toBe('s6');
  });

  it('a requested id already in use is replaced by a fresh one', () => {
    const r = applyOp(smallDeck(), {
      op: 'slide/add',
      args: { after: 0, layout: 'title', id: 'i1' },
    });
    expect(r.ok && r.deck.slides[1]!.id).toBe('s6');
  });
});

describe('chart tables', () => {
  it('typed cells: numbers with separators, blanks, text', () => {
    expect([
      parseCell('1,250'),
      parseCell(' -3.5 '),
      parseCell(''),
      parseCell('n/a'),
      parseCell('+7'),
      parseCell('1e3'),
    ]).toEqual([1250, -3.5, null, 'n/a', 7, 1000]);
  });

  it('column names the schema would refuse, repeats and blanks are renamed; numeric names keep their order', () => {
    const spec = chartSpec(
      { columns: ['1931', 'url', '1930', '', '1930'], rows: [['a', 1, 2, 3, 4]] },
      'bar',
    );
    expect(tableOf(spec).columns).toEqual(['1931', 'url (column)', '1930', 'Column 4', '1930 2']);
    const r = applyOp(smallDeck(), {
      op: 'figure/set-table',
      args: { slideId: 's4', blockId: 'b3', table: { columns: ['a.b', 'href'], rows: [['x', 1]] } },
    });
    expect(r.ok).toBe(true);
    if (r.ok) expectValid(r.deck);
  });

  it('a spec made elsewhere still gives its table', () => {
    expect(
      tableOf({
        data: {
          values: [
            { x: 'A', y: 1 },
            { x: 'B', z: true },
          ],
        },
      }),
    ).toEqual({
      columns: ['x', 'y', 'z'],
      rows: [
        ['A', 1, null],
        ['B', null, 'true'],
      ],
    });
  });
});
