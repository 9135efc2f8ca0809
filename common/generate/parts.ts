/**
 * "Part n of N": how a generated deck says where it sits among the decks of its reading (on
 * its title slide), and the library order that follows from it, so the decks of one reading
 * list 1, 2, 3 whatever their folder names.
 */
import type { Slide } from '../deck/schema';

/** The title slide's subtitle of part `n` of `total` of a reading. */
export function partLine(reading: string, n: number, total: number): string {
  return `${reading} · Part ${n} of ${total}`;
}

/** The part a deck is, read from its first slide: `{ reading, n, total }`, or undefined. */
export function partOf(
  first: Pick<Slide, 'layout' | 'subtitle'> | undefined,
): { reading: string; n: number; total: number } | undefined {
  if (first?.layout !== 'title' || !first.subtitle) return undefined;
  const m = /^(.*?)\s*·\s*Part (\d+) of (\d+)$/.exec(first.subtitle.trim());
  return m ? { reading: m[1]!, n: Number(m[2]), total: Number(m[3]) } : undefined;
}

/**
 * `items` in their given order, except that the parts of one reading are listed together in
 * part order, where the first of them stands. Stable; items without a part keep their place.
 */
export function orderByPart<T>(
  items: readonly T[],
  first: (item: T) => Pick<Slide, 'layout' | 'subtitle'> | undefined,
): T[] {
  const parts = items.map((item) => partOf(first(item)));
  const groups = new Map<string, number[]>();
  parts.forEach((p, i) => {
    if (!p) return;
    const key = `${p.total}\u0000${p.reading}`;
    groups.set(key, [...(groups.get(key) ?? []), i]);
  });
  const out: T[] = [];
  const placed = new Set<number>();
  items.forEach((item, i) => {
    if (placed.has(i)) return;
    const p = parts[i];
    if (!p) {
      out.push(item);
      return;
    }
    const members = groups.get(`${p.total}\u0000${p.reading}`)!;
    const sorted = [...members].sort((a, b) => parts[a]!.n - parts[b]!.n || a - b);
    for (const k of sorted) {
      out.push(items[k]!);
      placed.add(k);
    }
  });
  return out;
}
