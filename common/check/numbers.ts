/**
 * "Is every number on this slide in the sentences it came from?" Numbers compare by value,
 * so "6,800" matches 6800 and a chart's 78 matches "seventy-eight per cent".
 */
import { numbersIn, parseNumber } from '../source/words';

/** Numbers written in a slide text (digits only: what a reader sees as a figure). */
export function slideNumbers(text: string): { raw: string; value: number }[] {
  const out: { raw: string; value: number }[] = [];
  for (const m of text.matchAll(/\d[\d,]*(?:\.\d+)?/g)) {
    const raw = m[0].replace(/[,.]+$/, '');
    out.push({ raw, value: parseNumber(raw) });
  }
  return out;
}

/** Every value a set of source sentences states, digits and number words alike. */
export function sourceValues(texts: readonly string[]): Set<number> {
  const values = new Set<number>();
  for (const t of texts) {
    for (const v of numbersIn(t)) values.add(round(v));
    // "200 million" also states 200,000,000.
    for (const m of t.matchAll(/(\d[\d,]*(?:\.\d+)?)\s(thousand|million|billion)/g)) {
      const scale = m[2] === 'thousand' ? 1e3 : m[2] === 'million' ? 1e6 : 1e9;
      values.add(round(parseNumber(m[1]!) * scale));
    }
  }
  return values;
}

export function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}
