/**
 * Reading → decks: parse + generate for synthetic readings of 5k to 50k words with 50
 * sections (numbers, citations, quotations, repeats), how the time grows (it should be
 * linear), and the target of under 1 s at 50,000 words.
 */
import { generateDecks } from '../../common/generate';
import { parseSource } from '../../common/source/parse';
import type { BenchRow } from './types';

const NAMES = ['Harlow', 'Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Ibarra', 'Kowalski', 'Devi'];
const THINGS = ['engineers', 'looms', 'tractors', 'schools', 'railway stations', 'hospitals', 'mills', 'printing presses'];
const CITIES = ['Leeds', 'Lyon', 'Osaka', 'Turin', 'Lodz', 'Pune', 'Recife', 'Gdansk'];

/** A deterministic reading of about `words` words in `sections` numbered sections. */
export function syntheticReading(words: number, sections = 50): string {
  let seed = 7;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const sentence = (k: number) => {
    const year = 1900 + rnd(80);
    const name = NAMES[rnd(NAMES.length)]!;
    const thing = THINGS[rnd(THINGS.length)]!;
    const city = CITIES[rnd(CITIES.length)]!;
    switch (k % 6) {
      case 0: return `In ${year} the city of ${city} had about ${100 + rnd(9000)} ${thing}, of which ${10 + rnd(80)} percent were new [${1 + rnd(9)}] (p. ${1 + rnd(300)}).`;
      case 1: return `${name} said, "the ${thing} of ${city} changed the lives of ordinary people within a single generation of work."`;
      case 2: return `Between ${year} and ${year + 5 + rnd(20)}, loans of ${5 + rnd(400)} million lire paid for ${thing} in ${city} (${name} ${1950 + rnd(60)}, p. ${1 + rnd(90)}).`;
      case 3: return `The number of ${thing} in ${city} rose from ${rnd(500)} to ${500 + rnd(5000)} over the decade, as local records show.`;
      case 4: return `Local councils in ${city} argued about the cost of new ${thing} for many years before ${year}.`;
      default: return `About 2/3 of the ${thing} were built with help from abroad, and the rest at home by ${name}'s firm.`;
    }
  };
  const perSection = Math.ceil(words / sections / 17); // ~17 words a sentence
  const out: string[] = ['A synthetic reading for the generation benchmark', ''];
  let k = 0;
  for (let s = 1; s <= sections; s++) {
    out.push(`${s}. Section ${s} on ${THINGS[s % THINGS.length]} in ${CITIES[s % CITIES.length]}`, '');
    for (let p = 0; p < perSection; p += 5) {
      const para: string[] = [];
      for (let i = p; i < Math.min(perSection, p + 5); i++) para.push(sentence(k++));
      out.push(para.join(' '), '');
    }
  }
  return out.join('\n');
}

function time(fn: () => void, runs = 3): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

export default async function bench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const results = new Map<number, number>();
  for (const words of [5_000, 10_000, 25_000, 50_000]) {
    const text = syntheticReading(words);
    const actual = text.split(/\s+/).length;
    const ms = time(() => {
      const model = parseSource(text, { hash: 'sha256:' + '0'.repeat(64), format: 'text' });
      generateDecks(model, { sourceId: 'bench', sourcePath: 'sources/bench.txt' });
    });
    // The plainest way to touch the same text: a naive sentence split and one JSON round.
    const base = time(() => JSON.stringify(text.split(/(?<=[.!?])\s+/).map((s) => ({ s, n: s.match(/\d+/g) }))));
    results.set(words, ms);
    rows.push({
      name: `parse + generate ${actual.toLocaleString('en')} words, 50 sections`,
      value: ms,
      unit: 'ms',
      baseline: { name: 'naive split + JSON', value: base },
      ...(words === 50_000 ? { target: '< 1000 ms', met: ms < 1000 } : {}),
    });
  }
  const t5 = results.get(5_000)!;
  const t50 = results.get(50_000)!;
  rows.push({
    name: 'growth 5k → 50k words (50k time vs 10 × the 5k time)',
    value: t50,
    unit: 'ms',
    baseline: { name: 'linear: 10 × 5k time', value: 10 * t5 },
    target: 'ratio ≤ 1.5 (linear)',
    met: t50 <= 1.5 * 10 * t5,
  });
  return rows;
}
