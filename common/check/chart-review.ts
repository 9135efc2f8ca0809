/**
 * The draft review of a chart: would it mislead a class? It warns when
 * - years are drawn as evenly spaced categories (a nominal or ordinal axis of years), so
 *   1929, 1930, 1935 sit at equal steps and steady growth looks like a jump;
 * - one value axis mixes kinds: data labels in different units, currencies or scales
 *   ("6 percent" beside "350 million lire", "1.2 billion" beside "300 million"), different
 *   counted things ("tonnes" beside "hectares"), or a total drawn beside its own parts;
 * - the value axis drops the unit its data labels give ("Wheat output" for values in
 *   million tonnes, a share without "%"), or gives only the unit ("Million tonnes": of what?).
 * Units, scales and currencies are read with compromise (see ./nlp).
 */
import type { ChartSpec } from '../deck/schema';
import { isFunctionWord, terms, type Term } from './nlp';

type Datum = ChartSpec['data']['values'][number];

/** A channel of a Vega-Lite encoding, as far as the review reads it. */
interface Channel {
  field?: unknown;
  type?: unknown;
  title?: unknown;
  axis?: unknown;
}

/** The unit a data label gives: "12 million tonnes" → scale million, unit tonne. */
interface LabelUnit {
  percent: boolean;
  /** A written scale: thousand, million, billion, trillion (from "m", "bn", "k" too). */
  scale: string;
  /** Currency symbols and words ("$", "£", "rupees"). */
  currency: string;
  /** The noun after the number: the unit or the counted thing ("tonne", "engineer"), base form. */
  unit: string;
  /** What follows the number, as written ("million tonnes"), to quote back to the lecturer. */
  phrase: string;
}

/** A single year, or a label led by one: "1935", "October 1929", "before 1926", "1935 (German loan)". */
const YEAR_LABEL = /^\s*(?:\p{L}+\.?\s+){0,2}(1[0-9]{3}|20[0-9]{2})(?:s|\b)/u;
const SCALES: Record<string, string> = {
  thousand: 'thousand',
  k: 'thousand',
  million: 'million',
  m: 'million',
  mn: 'million',
  billion: 'billion',
  bn: 'billion',
  b: 'billion',
  trillion: 'trillion',
  tn: 'trillion',
};

/** What to tell the lecturer about the chart `what` ("the chart (block 2)"), or []. */
export function chartFindings(what: string, spec: ChartSpec): string[] {
  const rows = spec.data.values;
  if (rows.length < 2) return [];
  const channels = channelsOf(spec);
  const out: string[] = [];
  // A timeline's event labels start with their years, but the time is drawn to scale on the other axis.
  const timed = channels.some(
    ([name, ch]) =>
      (name === 'x' || name === 'y') &&
      (ch.type === 'temporal' ||
        (ch.type === 'quantitative' &&
          typeof ch.field === 'string' &&
          rows.every((r) => isYear(r[ch.field as string])))),
  );
  for (const [name, ch] of timed ? [] : channels) {
    if (name !== 'x' && name !== 'y') continue;
    if (
      (ch.type === 'nominal' || ch.type === 'ordinal') &&
      ch.axis !== null &&
      typeof ch.field === 'string'
    ) {
      const values = distinct(rows.map((r) => r[ch.field as string]));
      if (values.length >= 2 && values.every(isYear)) {
        out.push(
          `${what} draws the years ${sample(values)} as evenly spaced categories, so uneven gaps between them look even; draw them on a time scale (a year axis) instead`,
        );
        break;
      }
    }
  }
  const measure = channels.find(
    ([name, ch]) =>
      (name === 'x' || name === 'y') &&
      ch.type === 'quantitative' &&
      typeof ch.field === 'string' &&
      !rows.every((r) => isYear(r[ch.field as string])),
  )?.[1];
  if (!measure) return out;
  const field = measure.field as string;
  const labelField = channels.find(
    ([name, ch]) => name === 'text' && typeof ch.field === 'string',
  )?.[1].field as string | undefined;
  const labels = rows
    .map((r) => r[labelField ?? field])
    .filter((v): v is string | number => typeof v === 'string' || typeof v === 'number')
    .map(String);
  const units = labels.map(unitOf);
  const mixed = mixedKinds(labels, units);
  if (mixed)
    out.push(
      `${what} mixes ${mixed} on one axis; keep one measure per chart (the same unit and the same kind of thing) and move the rest to bullets`,
    );
  const total = totalBesideParts(rows, field, labels);
  if (total)
    out.push(
      `${what} draws ${total} beside its own parts; show the parts, and give the total in the caption`,
    );
  if (!mixed) {
    const dropped = droppedUnit(axisTitle(measure), units);
    if (dropped) out.push(`${what} ${dropped}`);
  }
  const title = axisTitle(measure);
  if (title && unitOnly(title))
    out.push(
      `${what} has the value axis "${title}", which gives the unit but not what is measured; name the measure too, e.g. "Wheat output, ${title.toLowerCase()}"`,
    );
  return out;
}

/** Whether an axis title is only a unit ("Million tonnes", "%", "US$ billion"): no word for what is measured. */
function unitOnly(title: string): boolean {
  if (/^\s*(?:%|per ?cent|percent)\s*$/i.test(title)) return true;
  const ts = terms(title);
  return (
    ts.length > 0 &&
    ts.every(
      (t) =>
        t.tags.has('Unit') ||
        t.tags.has('Currency') ||
        /\p{Sc}/u.test(t.text) ||
        t.tags.has('Multiple') ||
        t.tags.has('Value') ||
        isFunctionWord(t) ||
        !/\p{L}/u.test(t.text),
    )
  );
}

/** The encoding channels of a spec, its own then its layers' (a layer's own channel first). */
function channelsOf(spec: ChartSpec): Array<[string, Channel]> {
  const out: Array<[string, Channel]> = [];
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const n = node as { encoding?: unknown; layer?: unknown };
    if (n.encoding && typeof n.encoding === 'object') {
      for (const [name, ch] of Object.entries(n.encoding as Record<string, unknown>))
        if (ch && typeof ch === 'object') out.push([name, ch as Channel]);
    }
    if (Array.isArray(n.layer)) for (const l of n.layer) visit(l);
  };
  visit(spec);
  return out;
}

function isYear(v: Datum[string] | undefined): boolean {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 1000 && v <= 2099;
  return typeof v === 'string' && YEAR_LABEL.test(v);
}

function distinct(values: ReadonlyArray<Datum[string] | undefined>): Array<string | number> {
  return [
    ...new Set(
      values.filter((v): v is string | number => typeof v === 'string' || typeof v === 'number'),
    ),
  ];
}

function sample(values: ReadonlyArray<string | number>): string {
  const shown = values.slice(0, 4).map(String).join(', ');
  return values.length > 4 ? `${shown} …` : shown;
}

/** The unit a data label gives, read with compromise. */
export function unitOf(label: string): LabelUnit {
  const percent = /%|\bper ?cent\b|\bpercent(?:age)?\b/i.test(label);
  const currency = new Set<string>();
  for (const m of label.matchAll(/\p{Sc}/gu)) currency.add(m[0]);
  let scale = '';
  // "£1.3m", "$4bn": a scale glued to the digits.
  const glued = /\d(k|m|mn|bn|b|tn)\b/i.exec(label);
  if (glued) scale = SCALES[glued[1]!.toLowerCase()]!;
  const ts = terms(label);
  // The phrase starts after the digits ("million tonnes"), the unit after the whole number.
  const lastDigits = ts.findLastIndex((t) => /\d/.test(t.text));
  const lastNumber = ts.findLastIndex((t) => t.tags.has('Value'));
  let unit = '';
  const after: string[] = [];
  for (const [i, t] of ts.entries()) {
    if (t.tags.has('Multiple') && SCALES[t.normal]) scale = SCALES[t.normal]!;
    if (t.tags.has('Currency') && !percent) currency.add(t.normal);
    if (i <= lastDigits || lastDigits < 0) continue;
    // The unit runs from the number to the first preposition or mark ("tons of steel" → tons).
    if (t.tags.has('Preposition') || t.tags.has('Conjunction')) break;
    after.push(t.text);
    if (
      i > lastNumber &&
      t.tags.has('Noun') &&
      !(percent && /^(?:per|cent|percent)$/.test(t.normal))
    )
      unit = t.root;
    if (/[,;:()]/.test(t.post)) break;
  }
  if (unit && currency.has(unit)) unit = '';
  return {
    percent,
    scale,
    currency: [...currency].sort().join(' '),
    unit,
    phrase: after.join(' '),
  };
}

/** How a chart's data labels mix kinds ("percentages and plain numbers"), or undefined. */
function mixedKinds(labels: readonly string[], units: readonly LabelUnit[]): string | undefined {
  const quote = (pick: (u: LabelUnit) => string) => {
    const seen = new Map<string, string>();
    units.forEach((u, i) => {
      if (!seen.has(pick(u))) seen.set(pick(u), labels[i]!);
    });
    return [...seen.values()].map((l) => `"${l}"`).join(' and ');
  };
  const kinds = (pick: (u: LabelUnit) => string, onlySet = true) =>
    new Set(units.map(pick).filter((k) => !onlySet || k)).size > 1;
  if (new Set(units.map((u) => u.percent)).size > 1)
    return `percentages with other numbers (${quote((u) => String(u.percent))})`;
  if (kinds((u) => u.currency)) return `currencies (${quote((u) => u.currency)})`;
  // A scale matters even where a label has none: "2 million" beside "5,000" is drawn at 2.
  if (units.some((u) => u.scale) && kinds((u) => u.scale, false))
    return `scales (${quote((u) => u.scale)})`;
  if (kinds((u) => u.unit)) return `different things or units (${quote((u) => u.unit)})`;
  return undefined;
}

/** "the total (1,200)" when one bar's value is the sum of all the others (three or more bars). */
function totalBesideParts(
  rows: readonly Datum[],
  field: string,
  labels: readonly string[],
): string | undefined {
  const values = rows.map((r) => r[field]);
  if (values.length < 3 || !values.every((v): v is number => typeof v === 'number'))
    return undefined;
  const sum = values.reduce((a, b) => a + b, 0);
  const i = values.findIndex((v) => v > 0 && Math.abs(2 * v - sum) <= 0.005 * v);
  return i < 0 ? undefined : `a total ("${labels[i] ?? values[i]}")`;
}

/** The axis title as text: '' when there is none (null, or Vega-Lite's default of the field name). */
function axisTitle(ch: Channel): string {
  if (typeof ch.title === 'string') return ch.title;
  if (Array.isArray(ch.title)) return ch.title.filter((t) => typeof t === 'string').join(' ');
  return '';
}

/** What the value axis drops of the unit all its data labels share, as a sentence, or undefined. */
function droppedUnit(title: string, units: readonly LabelUnit[]): string | undefined {
  const all = <K extends keyof LabelUnit>(key: K): LabelUnit[K] | undefined => {
    const first = units[0]?.[key];
    return first && units.every((u) => u[key] === first) ? first : undefined;
  };
  const t = terms(title);
  const has = (test: (term: Term) => boolean) => t.some(test);
  const missing: string[] = [];
  if (all('percent') && !/%|per ?cent|percent/i.test(title)) missing.push('%');
  const currency = all('currency');
  if (
    currency &&
    !/\p{Sc}|\b\p{Lu}{3}\b/u.test(title) &&
    !has((x) => x.tags.has('Currency') || currency.split(' ').includes(x.normal))
  )
    missing.push(currency);
  const scale = all('scale');
  const spellings = Object.keys(SCALES).filter((k) => SCALES[k] === scale);
  if (
    scale &&
    !new RegExp(`(?:^|[^\\p{L}])(?:${spellings.join('|')})(?![\\p{L}])`, 'iu').test(title)
  )
    missing.push(scale);
  const unit = all('unit');
  // A counted thing (engineers, farms) is named by the bars; a unit of measure must be on the axis.
  const measured =
    unit &&
    units.some((u) =>
      terms(u.phrase).some(
        (x) => x.root === unit && (x.tags.has('Unit') || x.tags.has('Currency')),
      ),
    );
  if (unit && measured && !has((x) => x.root === unit))
    missing.push(units.flatMap((u) => terms(u.phrase)).find((x) => x.root === unit)?.text ?? unit);
  if (!missing.length) return undefined;
  const phrase = units.find((u) => u.phrase)?.phrase;
  const given =
    phrase && missing.every((m) => m === '%' || phrase.toLowerCase().includes(m))
      ? `"${phrase}"`
      : missing.join(' and ');
  if (!title)
    return `has a value axis with no title, though its data labels are in ${given}; title the axis with the measure and its unit`;
  const suggestion =
    phrase && !t.some((x) => terms(phrase).some((p) => p.root === x.root))
      ? `, e.g. "${title}, ${phrase}"`
      : '';
  return `has the value axis "${title}" without ${missing.map((m) => `"${m}"`).join(' and ')}, though its data labels are in ${given}; add the unit to the axis title${suggestion}`;
}
