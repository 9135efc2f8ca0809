import { describe, expect, it } from 'vitest';
import { groupByReading } from '../../../../renderer/src/library/groups';

const part = (reading: string, n: number, total: number) => ({ layout: 'title' as const, subtitle: `${reading} · Part ${n} of ${total}` });

describe('groupByReading', () => {
  it('puts the decks of one reading in one group, in part order, where the first of them stands', () => {
    const items = [
      { id: 'a', first: undefined },
      { id: 'p3', first: part('Soviet industry', 3, 3) },
      { id: 'b', first: { layout: 'title' as const, subtitle: 'No part here' } },
      { id: 'p1', first: part('Soviet industry', 1, 3) },
      { id: 'p2', first: part('Soviet industry', 2, 3) },
    ];
    const groups = groupByReading(items, (i) => i.first);
    expect(groups.map((g) => [g.reading, g.items.map((i) => i.id)])).toEqual([
      [undefined, ['a']],
      ['Soviet industry', ['p1', 'p2', 'p3']],
      [undefined, ['b']],
    ]);
  });

  it('keeps two readings apart, and the same title with another part count apart', () => {
    const items = [part('R', 2, 2), part('S', 1, 1), part('R', 1, 2), part('R', 1, 3)].map((first, k) => ({ k, first }));
    const groups = groupByReading(items, (i) => i.first);
    expect(groups.map((g) => [g.reading, g.items.map((i) => i.k)])).toEqual([
      ['R', [2, 0]],
      ['S', [1]],
      ['R', [3]],
    ]);
  });
});
