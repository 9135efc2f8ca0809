/**
 * A figure from a section's numbers, only where they compare: a series over time (one
 * measure at three or more dates, drawn as a line) or a comparison (three or more counts of
 * the same kind of thing, or of people, as bars). A span of years ("1929–1945") never sits
 * among point dates. Caption, title and alt text are written from the data; each datum
 * names its sentence.
 */
import type { ChartSpec } from '../deck/schema';
import type { Fact, Sentence } from '../source/model';
import { isStopWord, parseNumber, stem } from '../source/words';

export interface ChartDraft {
  spec: ChartSpec;
  title: string;
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

const MAX_POINTS = 12;

/** Nouns for people: workers, engineers, specialists, Finns, Germans … (compared with each other). */
const PEOPLE = /^(?:people|persons?|men|women|children|workers?|staff|employees?|experts?|specialists?|engineers?|technicians?|advisers?|advisors?|scientists?|doctors?|physicians?|teachers?|students?|soldiers?|officers?|farmers?|peasants?|labou?rers?|migrants?|immigrants?|refugees?|settlers?|residents?|inhabitants?|citizens?|members?|volunteers?|\p{Lu}\p{Ll}+(?:ans|ians|ese|ns|s))$/u;

/** The best chart for a section's sentences, or undefined when nothing compares. */
export function chartFor(sentences: readonly Sentence[]): ChartDraft | undefined {
  const points: Point[] = [];
  for (const s of sentences) {
    for (const f of s.facts) {
      if (!['count', 'percent', 'money', 'range'].includes(f.kind) || f.unit === 'year' || !Number.isFinite(shown(f))) continue;
      // Only a single year or date places a point in time; a span ("1929–1945") does not.
      const span = /\d{4}\s*[–-]\s*\d{2,4}/.test(f.when ?? '');
      const year = span ? undefined : /\b(\d{4})\b/.exec(f.when ?? '')?.[1];
      points.push(year ? { fact: f, sentence: s, year: Number(year) } : { fact: f, sentence: s });
    }
  }
  const families = new Map<string, Point[]>();
  for (const p of points) {
    const key = family(p.fact);
    if (key) families.set(key, [...(families.get(key) ?? []), p]);
  }
  // 1. A series over time: one measure at three or more dates.
  const series = [...families.entries()]
    .map(([key, ps]) => [key, dedupeByTime(ps.filter((p) => p.year !== undefined))] as const)
    // Counts over time must be one measure: their sentences share a phrase ("wheat harvest"),
    // not only a unit (18,000 tonnes of seed is not a harvest).
    .filter(([key, ps]) => ps.length >= 3 && (!key.startsWith('count:') || oneMeasure(ps)))
    .sort((a, b) => b[1].length - a[1].length)[0];
  if (series) return timeChart(series[0], series[1]);
  // 2. Counts of the same kind of thing (people counted together), none of them over a span.
  const same = [...families.entries()]
    .filter(([key]) => key.startsWith('count:'))
    .map(([key, ps]) => [key, distinctLabels(ps.filter((p) => !/\d{4}\s*[–-]/.test(p.fact.when ?? '')))] as const)
    .filter(([key, ps]) => ps.length >= 3 && (key === 'count:people' || oneMeasure(ps)))
    .sort((a, b) => b[1].length - a[1].length)[0];
  return same ? barChart(same[0], same[1]) : undefined;
}

/** Counts are one measure when they come from one sentence or their sentences share a phrase. */
const oneMeasure = (ps: readonly Point[]) => new Set(ps.map((p) => p.sentence.id)).size === 1 || sharedPhrase(ps.map((p) => p.sentence.text)) !== undefined;

const head = (f: Fact) => (f.counts ?? '').split(/\s+/).filter((w) => w && !isStopWord(w)).pop();

function family(f: Fact): string | undefined {
  if (f.kind === 'percent' || f.unit === 'percent') return 'percent';
  if (f.kind === 'money') return `money:${f.currency ?? ''}:${f.unit ?? ''}`;
  const h = head(f);
  if (!h) return undefined;
  return PEOPLE.test(h) ? 'count:people' : `count:${stem(h)}`;
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
    .sort((a, b) => a.year! - b.year! || (a.fact.when!.startsWith('before') ? -1 : 0))
    .slice(0, MAX_POINTS);
}

function label(p: Point): string {
  const what = capitalise(p.fact.counts ?? p.fact.raw);
  return p.fact.when ? `${what} (${p.fact.when})` : what;
}

function distinctLabels(ps: Point[]): Point[] {
  const seen = new Set<string>();
  return ps.filter((p) => !seen.has(label(p)) && Boolean(seen.add(label(p)))).slice(0, MAX_POINTS);
}

/** The number a mark shows, as written: "200 million lire" → 200, "seventy" → 70, "400-500" → 400. */
function shown(f: Fact): number {
  const digits = /\d[\d,]*(?:\.\d+)?/.exec(f.raw)?.[0];
  return digits ? parseNumber(digits.replace(/,$/, '')) : f.value;
}

function datum(p: Point, labelText: string): Record<string, string | number> {
  const row: Record<string, string | number> = { label: labelText, value: shown(p.fact), raw: p.fact.raw, sentence: p.sentence.id };
  if (p.fact.high !== undefined && p.fact.kind === 'range' && p.fact.high > p.fact.value) row.high = p.fact.high;
  return row;
}

function measureName(key: string, ps: Point[]): string {
  if (key === 'percent') return sharedPhrase(ps.map((p) => p.sentence.text)) ?? 'Percentage';
  if (key.startsWith('money:')) {
    const f = ps[0]!.fact;
    return sharedPhrase(ps.map((p) => p.sentence.text)) ?? `Amount (${[f.unit, f.currency].filter(Boolean).join(' ')})`;
  }
  const shared = new Set(ps.map((p) => p.sentence.id)).size > 1 ? sharedPhrase(ps.map((p) => p.sentence.text)) : undefined;
  return shared ?? capitalise(ps[0]!.fact.counts ?? 'Number');
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

function list(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';
const hasRanges = (rows: Record<string, string | number>[]) => rows.some((r) => r.high !== undefined);
const RANGE_NOTE = ' A range is drawn from its low to its high end.';

/** A line over time: points joined in date order, each labelled with its number as written. */
function timeChart(key: string, ps: Point[]): ChartDraft {
  const measure = measureName(key, ps);
  const rows = ps.map((p) => datum(p, p.fact.when!));
  const first = ps[0]!;
  const last = ps[ps.length - 1]!;
  const trend = shown(last.fact) < shown(first.fact) ? 'fell' : shown(last.fact) > shown(first.fact) ? 'rose' : 'stayed';
  const caption = `${measure} ${trend} from ${first.fact.raw} (${first.fact.when}) to ${last.fact.raw} (${last.fact.when})`;
  const ranges = hasRanges(rows);
  const alt = `Line chart of ${measure.toLowerCase()}, ${first.fact.when} to ${last.fact.when}: ${rows.map((r) => `${r.label}, ${r.raw}`).join('; ')}.${ranges ? RANGE_NOTE : ''}`;
  const x = { field: 'label', type: 'ordinal', sort: null, title: null, axis: { labelAngle: 0 } };
  const y = { field: 'value', type: 'quantitative', title: measure };
  const layer: Record<string, unknown>[] = [
    { mark: { type: 'line', point: { size: 80, filled: true }, tooltip: true } },
    // A label sits on the side the line does not pass: above-left of a rising line, above-right of a falling one.
    { mark: { type: 'text', align: trend === 'rose' ? 'right' : 'left', dx: trend === 'rose' ? -8 : 8, dy: -12 }, encoding: { text: { field: 'raw' } } },
  ];
  if (ranges) layer.push({ transform: [{ filter: 'isValid(datum.high)' }], mark: { type: 'rule', strokeWidth: 3, strokeCap: 'round' }, encoding: { y2: { field: 'high' } } });
  const spec = { $schema: SCHEMA, description: alt, width: 'container', data: { values: rows }, encoding: { x, y }, layer } as ChartSpec;
  return { spec, title: `${measure} over time`, caption, alt, sentences: [...new Set(ps.map((p) => p.sentence.id))] };
}

/** Bars of one kind of count, largest first, each labelled with what it counts and when. */
function barChart(key: string, all: Point[]): ChartDraft {
  const ps = [...all].sort((a, b) => shown(b.fact) - shown(a.fact));
  const rows = ps.map((p) => datum(p, label(p)));
  const heads = [...new Set(ps.map((p) => head(p.fact)!.toLowerCase()))];
  const what = key === 'count:people' ? (heads.length <= 3 ? list(heads) : `${heads.slice(0, 2).join(', ')} and others`) : measureName(key, ps).toLowerCase();
  const top = ps[0]!;
  const low = ps[ps.length - 1]!;
  const caption = capitalise(`${what} compared: from ${top.fact.raw} ${top.fact.counts ?? ''} to ${low.fact.raw} ${low.fact.counts ?? ''}`.replace(/\s+/g, ' ').trim());
  const ranges = hasRanges(rows);
  const alt = `Bar chart of ${what}, largest first: ${rows.map((r) => `${r.label}, ${r.raw}`).join('; ')}.${ranges ? RANGE_NOTE : ''}`;
  const category = { field: 'label', type: 'nominal', sort: null, title: null, axis: { labelLimit: 420 } };
  const value = { field: 'value', type: 'quantitative', title: 'Number' };
  const layer: Record<string, unknown>[] = [
    { mark: { type: 'bar', tooltip: true } },
    { mark: { type: 'text', align: 'left', dx: 4 }, encoding: { text: { field: 'raw' }, x: { field: ranges ? 'end' : 'value', type: 'quantitative' } } },
  ];
  if (ranges) layer.splice(1, 0, { transform: [{ filter: 'isValid(datum.high)' }], mark: { type: 'rule', strokeWidth: 3 }, encoding: { x2: { field: 'high' } } });
  const spec = {
    $schema: SCHEMA,
    description: alt,
    width: 'container',
    data: { values: rows },
    ...(ranges ? { transform: [{ calculate: 'isValid(datum.high) ? datum.high : datum.value', as: 'end' }] } : {}),
    encoding: { y: category, x: value },
    layer,
  } as ChartSpec;
  const title = capitalise(key === 'count:people' ? `How many ${heads.length <= 2 ? list(heads) : 'people'}` : `${what} compared`);
  return { spec, title, caption, alt, sentences: [...new Set(ps.map((p) => p.sentence.id))] };
}
