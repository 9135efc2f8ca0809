/**
 * A figure from a section's numbers: a series over time (three or more values of one measure
 * at different dates) or a comparison (three or more counts of the same kind of thing, or of
 * people/things in general). Vega-Lite with inline data; each datum names its sentence.
 */
import type { ChartSpec } from '../deck/schema';
import type { Fact, Sentence } from '../source/model';
import { isStopWord, parseNumber, stem } from '../source/words';

export interface ChartDraft {
  spec: ChartSpec;
  caption: string;
  alt: string;
  /** Sentence ids of every datum, in data order without repeats. */
  sentences: string[];
}

interface Point {
  fact: Fact;
  sentence: Sentence;
  year?: number;
}

const MAX_BARS = 12;

/** The best chart for a section's sentences, or undefined when nothing compares. */
export function chartFor(sentences: readonly Sentence[]): ChartDraft | undefined {
  const points: Point[] = [];
  for (const s of sentences) {
    for (const f of s.facts) {
      if (!['count', 'percent', 'money', 'range'].includes(f.kind) || f.unit === 'year' || !Number.isFinite(shown(f))) continue;
      // A span of years sorts by its end: "1929–1945" comes after "1930".
      const year = /\b(\d{4})\b(?!.*\d{4})/.exec(f.when ?? '')?.[1];
      points.push(year ? { fact: f, sentence: s, year: Number(year) } : { fact: f, sentence: s });
    }
  }
  const families = new Map<string, Point[]>();
  for (const p of points) {
    const key = family(p.fact);
    families.set(key, [...(families.get(key) ?? []), p]);
  }
  // 1. A series over time: one measure at three or more dates.
  const series = [...families.entries()]
    .map(([key, ps]) => [key, dedupeByTime(ps.filter((p) => p.year !== undefined))] as const)
    .filter(([, ps]) => ps.length >= 3)
    .sort((a, b) => b[1].length - a[1].length)[0];
  if (series) return timeChart(series[0], series[1]);
  // 2. Counts of the same kind of thing; 3. counts in general.
  const same = [...families.values()].filter((ps) => ps.length >= 3).sort((a, b) => b.length - a.length)[0];
  if (same) return barChart(same);
  const counts = points.filter((p) => (p.fact.kind === 'count' || p.fact.kind === 'range') && p.fact.unit !== 'percent' && p.fact.counts);
  if (counts.length >= 3) return barChart(counts);
  return undefined;
}

function family(f: Fact): string {
  if (f.kind === 'percent' || f.unit === 'percent') return 'percent';
  if (f.kind === 'money') return `money:${f.currency ?? ''}:${f.unit ?? ''}`;
  const head = (f.counts ?? '').split(/\s+/).filter((w) => !isStopWord(w)).pop();
  return `count:${head ? stem(head) : '?'}`;
}

function dedupeByTime(ps: Point[]): Point[] {
  const seen = new Set<string>();
  return ps
    .filter((p) => {
      const key = p.fact.when ?? '';
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => a.year! - b.year! || (a.fact.when!.startsWith('before') ? -1 : 0));
}

/** The number a bar shows, as written: "200 million lire" → 200, "seventy" → 70, "400-500" → 400. */
function shown(f: Fact): number {
  const digits = /\d[\d,]*(?:\.\d+)?/.exec(f.raw)?.[0];
  return digits ? parseNumber(digits.replace(/,$/, '')) : f.value;
}

function datum(p: Point, label: string): Record<string, string | number> {
  const row: Record<string, string | number> = { label, value: shown(p.fact), raw: p.fact.raw, sentence: p.sentence.id };
  if (p.fact.high !== undefined && p.fact.kind === 'range') row.high = p.fact.high;
  return row;
}

function measureName(key: string, ps: Point[]): string {
  if (key === 'percent') return sharedPhrase(ps.map((p) => p.sentence.text)) ?? 'Percentage';
  if (key.startsWith('money:')) {
    const f = ps[0]!.fact;
    return `Amount (${[f.unit, f.currency].filter(Boolean).join(' ')})`;
  }
  return capitalise(ps[0]!.fact.counts ?? 'Number');
}

/** The first two-word phrase every sentence shares ("interest rate"), if any. */
function sharedPhrase(texts: string[]): string | undefined {
  const bigrams = (t: string) => {
    const ws = t.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
    const out: string[] = [];
    for (let i = 0; i + 1 < ws.length; i++) if (!isStopWord(ws[i]!) && !isStopWord(ws[i + 1]!)) out.push(`${ws[i]} ${ws[i + 1]}`);
    return out;
  };
  const [first, ...rest] = texts.map(bigrams);
  const found = first?.find((b) => rest.every((r) => r.includes(b)));
  return found ? capitalise(found) : undefined;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function spec(rows: Record<string, string | number>[], description: string, horizontal: boolean, valueTitle: string, labelTitle: string): ChartSpec {
  const category = { field: 'label', type: 'nominal', sort: null, title: labelTitle, axis: { labelLimit: 220 } };
  const value = { field: 'value', type: 'quantitative', title: valueTitle };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    description,
    width: 'container',
    data: { values: rows },
    encoding: horizontal ? { y: category, x: value } : { x: category, y: value },
    layer: [
      { mark: { type: 'bar', tooltip: true } },
      { mark: horizontal ? { type: 'text', align: 'left', dx: 4 } : { type: 'text', baseline: 'bottom', dy: -4 }, encoding: { text: { field: 'raw' } } },
    ],
  };
}

function finish(rows: Record<string, string | number>[], ps: Point[], caption: string, altLead: string, horizontal: boolean, valueTitle: string, labelTitle: string): ChartDraft {
  const ranges = ps.some((p) => p.fact.kind === 'range');
  const alt = `${altLead}: ${rows.map((r) => `${r.label}, ${r.raw}`).join('; ')}.${ranges ? ' Ranges are drawn at their low end.' : ''}`;
  const sentences = [...new Set(ps.map((p) => p.sentence.id))];
  return { spec: spec(rows, alt, horizontal, valueTitle, labelTitle), caption, alt, sentences };
}

function timeChart(key: string, ps: Point[]): ChartDraft {
  const measure = measureName(key, ps);
  const rows = ps.slice(0, MAX_BARS).map((p) => datum(p, p.fact.when!));
  const caption = `${measure} over time`;
  return finish(rows, ps.slice(0, MAX_BARS), caption, `Bar chart of ${measure.toLowerCase()} over time`, false, measure, 'When');
}

function barChart(all: Point[]): ChartDraft {
  const ps = all.slice(0, MAX_BARS);
  const labels = new Set<string>();
  const rows = ps.map((p) => {
    let label = capitalise(p.fact.counts ?? p.fact.raw);
    if (p.fact.when) label += ` (${p.fact.when})`;
    for (let n = 2; labels.has(label); n++) label = `${label} ${'′'.repeat(n - 1)}`;
    labels.add(label);
    return datum(p, label);
  });
  const same = new Set(ps.map((p) => family(p.fact))).size === 1;
  const caption = same ? `${measureName(family(ps[0]!.fact), ps)} compared` : 'The numbers in this section compared';
  return finish(rows, ps, caption, 'Bar chart comparing', true, 'Number', '');
}
