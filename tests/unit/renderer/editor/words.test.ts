/**
 * The editor's words for lecturers: refusals name bullets and slides by number (never by
 * internal id), references sort by label ([2] after [1], [10] after [9]), and the sorter's
 * drag announcements say "Slide 3, Large enterprises, moved to position 5".
 */
import { describe, expect, it } from 'vitest';
import { Deck } from '../../../../common/deck/schema';
import { applyOp } from '../../../../common/ops';
import { refusalText } from '../../../../renderer/src/editor/op-messages';
import {
  compareLabels,
  inLabelOrder,
  matches,
  nextLabel,
  summarize,
} from '../../../../renderer/src/editor/reference-order';
import { dropPlan, sorterAnnouncer } from '../../../../renderer/src/editor/sorter-moves';

const deck = Deck.parse({
  format: 'lectern-deck',
  version: 1,
  meta: { title: 'Soviet industrialization', theme: 'light', aspectRatio: '16:9', language: 'en' },
  references: [
    {
      id: 'r10',
      label: '[10]',
      text: 'Nove, A. An Economic History of the USSR. Penguin, 1969.',
      missing: [],
    },
    {
      id: 'r2',
      label: '[2]',
      text: 'Davies, R. W. The Industrialisation of Soviet Russia. Macmillan, 1980.',
      missing: [],
    },
    {
      id: 'r1',
      label: '[1]',
      text: 'Sutton, A. C. Western Technology and Soviet Economic Development 1930 to 1945. Hoover Institution, 1971.',
      missing: [],
    },
    { id: 'r9', label: '[9]', text: '', missing: ['author', 'title', 'issued'] },
  ],
  slides: [
    { id: 's1', layout: 'title', title: 'Soviet industrialization', blocks: [], notes: '' },
    {
      id: 's2',
      layout: 'bullets',
      title: 'Large enterprises',
      notes: '',
      blocks: [
        {
          type: 'bullets',
          id: 'c1',
          items: [
            {
              id: 'c1-i1',
              text: 'Magnitogorsk',
              children: [{ id: 'c1-i2', text: 'Steel', children: [], citations: [] }],
              citations: [{ ref: 'r1' }],
            },
          ],
        },
      ],
    },
  ],
});

describe('refusals in words', () => {
  it('names the first bullet by number, not by id', () => {
    const r = applyOp(deck, { op: 'bullet/indent', args: { slideId: 's2', bulletId: 'c1-i1' } });
    expect(r.ok).toBe(false);
    const text = refusalText(deck, r.ok ? { where: '', what: '' } : r.problems[0]!);
    expect(text).toBe('Bullet 1 on slide 2: the first bullet of a list cannot be indented.');
    expect(text).not.toContain('c1-i1');
  });

  it('reads on from the subject, and names references by label', () => {
    const r = applyOp(deck, { op: 'bullet/outdent', args: { slideId: 's2', bulletId: 'c1-i1' } });
    expect(refusalText(deck, r.ok ? { where: '', what: '' } : r.problems[0]!)).toBe(
      'Bullet 1 on slide 2 is already at the top level.',
    );
    expect(refusalText(deck, { where: '"c1-i2"', what: 'does not cite reference "r2"' })).toBe(
      'Bullet 1.1 on slide 2 does not cite reference [2].',
    );
    expect(
      refusalText(deck, {
        where: 'citation',
        what: 'this reference is already cited here; edit its pages instead',
      }),
    ).toBe('This reference is already cited here; edit its pages instead.');
    expect(refusalText(deck, { where: 'slide "gone"', what: 'this slide no longer exists' })).toBe(
      'This slide: this slide no longer exists.',
    );
    expect(
      refusalText(deck, {
        where: 'block "c1"',
        what: 'a bullets block has no citations of its own; cite on a bullet instead',
      }),
    ).toBe(
      'The bullet list on slide 2: a bullets block has no citations of its own; cite on a bullet instead.',
    );
  });
});

describe('references in label order', () => {
  it('sorts numeric labels numerically', () => {
    expect(inLabelOrder(deck.references).map((r) => r.label)).toEqual([
      '[1]',
      '[2]',
      '[9]',
      '[10]',
    ]);
    expect(['Porter 2001', 'porter 1999', '', 'Allen 2003'].sort(compareLabels)).toEqual([
      'Allen 2003',
      'porter 1999',
      'Porter 2001',
      '',
    ]);
  });

  it('gives a new reference the next number', () => {
    expect(nextLabel(deck.references)).toBe('[11]');
    expect(nextLabel([])).toBe('[1]');
    expect(nextLabel([{ label: 'Porter 1999' }])).toBe('');
  });

  it('summarizes label, author, title and year, and searches them', () => {
    const s = summarize(deck.references[2]!);
    expect(s).toMatchObject({ label: '[1]', author: 'Sutton, A. C.', year: '1971' });
    expect(s.title).toMatch(/^Western Technology and Soviet Economic Development/);
    expect(summarize(deck.references[3]!).text).toBe('[9] (no details yet)');
    expect(matches(deck.references[2]!, s, 'sutton 1971')).toBe(true);
    expect(matches(deck.references[2]!, s, 'nove')).toBe(false);
  });
});

describe('drag announcements', () => {
  const ids = ['a', 'b', 'c', 'd', 'e'];
  const titles = new Map(
    ids.map((id, i) => [
      id,
      { id, title: ['Title', 'Plans', 'Large enterprises', 'Credit', 'Specialists'][i]! },
    ]),
  );
  const none = new Set<string>();

  it('plans drops down and up the list', () => {
    expect(dropPlan(ids, 'c', 'e', none)).toEqual({ moving: ['c'], to: 4, position: 5 });
    expect(dropPlan(ids, 'e', 'b', none)).toEqual({ moving: ['e'], to: 1, position: 2 });
    expect(dropPlan(ids, 'b', 'd', new Set(['b', 'c']))).toEqual({
      moving: ['b', 'c'],
      to: 2,
      position: 3,
    });
  });

  it('speaks in slide numbers and titles, never ids', () => {
    const say = sorterAnnouncer(ids, titles, none);
    expect(say.start('c')).toBe(
      'Picked up slide 3, Large enterprises. Use the up and down arrow keys to move it, Space to drop it, Escape to cancel.',
    );
    expect(say.over('c', 'c')).toBeUndefined(); // dnd-kit's first report, before any move
    expect(say.over('c', 'd')).toBe('Slide 3, Large enterprises, is over position 4.');
    expect(say.over('c', 'c')).toBe('Slide 3, Large enterprises, is back at position 3.');
    expect(say.end('c', 'e')).toBe('Slide 3, Large enterprises, moved to position 5.');
    expect(say.end('c', 'c')).toBe('Slide 3, Large enterprises, stays at position 3.');
    expect(say.cancel('c')).toBe(
      'Moving cancelled. Slide 3, Large enterprises, stays at position 3.',
    );
    expect(sorterAnnouncer(ids, titles, new Set(['c', 'd'])).end('c', 'e')).toBe(
      'Slide 3, Large enterprises, with 1 more selected slide, moved to position 4.',
    );
  });
});
