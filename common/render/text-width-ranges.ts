/**
 * The characters whose Source Sans 3 widths text-width-table.ts holds, as inclusive code point
 * ranges: Basic Latin, Latin-1, Latin Extended-A, Cyrillic, and the punctuation and symbols
 * that decks use (dashes, quotes, bullet, ellipsis, primes, №, €, minus).
 */
export const WIDTH_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e],
  [0xa0, 0x17f],
  [0x400, 0x45f],
  [0x2010, 0x2026],
  [0x2032, 0x2033],
  [0x20ac, 0x20ac],
  [0x2116, 0x2116],
  [0x2212, 0x2212],
];
