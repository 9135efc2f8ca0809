import { describe, expect, it } from 'vitest';
import { groupByReading } from '../../../../renderer/src/library/groups';

const part = (reading: string, n: number, total: number) => ({
  layout: 'title' as const,
  subtitle: `${reading} · Part ${n} of ${total}`,
});

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
    const items = [part('R', 2, 2), part('S', 1, 1), part('R', 1, 2), part('R', 1, 3)].map(
      (first, k) => ({ k, first }),
    );
    const groups = groupByReading(items, (i) => i.first);
    expect(groups.map((g) => [g.reading, g.items.map((i) => i.k)])).toEqual([
      ['R', [2, 0]],
      ['S', [1]],
      ['R', [3]],
    ]);
  });

  it('orders parts by number, so part 10 comes after part 9, not after part 1', () => {
    const items = [10, 2, 9, 1].map((n) => ({ n, first: part('Five-year plans', n, 12) }));
    const [group] = groupByReading(items, (i) => i.first);
    expect(group!.items.map((i) => i.n)).toEqual([1, 2, 9, 10]);
  });

  it('keeps a reading title that has a middle dot of its own', () => {
    const items = [
      { first: part('Stalin · Works, vol. 13', 1, 2) },
      { first: part('Stalin · Works, vol. 13', 2, 2) },
    ];
    expect(groupByReading(items, (i) => i.first).map((g) => [g.reading, g.items.length])).toEqual([
      ['Stalin · Works, vol. 13', 2],
    ]);
  });

  it('groups only title slides that say which part they are; any other deck stands alone', () => {
    const items = [
      { id: 'bullets', first: { layout: 'bullets' as const, subtitle: 'Steel · Part 1 of 2' } },
      { id: 'typed', first: { layout: 'title' as const, subtitle: 'Steel · part one of two' } },
      { id: 'empty', first: { layout: 'title' as const } },
    ];
    const groups = groupByReading(items, (i) => i.first);
    expect(groups.map((g) => [g.reading, g.items.map((i) => i.id)])).toEqual([
      [undefined, ['bullets']],
      [undefined, ['typed']],
      [undefined, ['empty']],
    ]);
  });

  it('keeps two copies of the same part side by side, in list order', () => {
    const items = [
      { id: 'p2', first: part('Steel', 2, 2) },
      { id: 'p1', first: part('Steel', 1, 2) },
      { id: 'p1 copy', first: part('Steel', 1, 2) },
    ];
    expect(groupByReading(items, (i) => i.first)[0]!.items.map((i) => i.id)).toEqual([
      'p1',
      'p1 copy',
      'p2',
    ]);
  });

  it('shows an empty workspace as no groups', () => {
    expect(groupByReading([], () => undefined)).toEqual([]);
  });
});
