/**
 * The library's sections: the decks drafted from one reading form one group, titled with
 * the reading and listed in part order 1, 2, 3; every other deck stands alone, in list order.
 */
import { orderByPart, partOf } from '../../../common/generate/parts';
import type { Slide } from '../../../common/deck/schema';

export interface LibraryGroup<T> {
  /** The reading's title, or undefined for a deck that is not part of a reading. */
  reading?: string;
  items: T[];
}

/** Groups `items` (in their given order) by reading; a reading's group stands where its first part does. */
export function groupByReading<T>(
  items: readonly T[],
  first: (item: T) => Pick<Slide, 'layout' | 'subtitle'> | undefined,
): LibraryGroup<T>[] {
  const groups: LibraryGroup<T>[] = [];
  const byKey = new Map<string, LibraryGroup<T>>();
  for (const item of orderByPart(items, first)) {
    const p = partOf(first(item));
    if (!p) {
      groups.push({ items: [item] });
      continue;
    }
    const key = `${p.total}\u0000${p.reading}`;
    let g = byKey.get(key);
    if (!g) {
      g = { reading: p.reading, items: [] };
      byKey.set(key, g);
      groups.push(g);
    }
    g.items.push(item);
  }
  return groups;
}
