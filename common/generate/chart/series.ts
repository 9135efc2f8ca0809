/**
 * A series over time as a line on a proportional time axis: the gap between 1929 and 1935 is
 * six times the gap between 1935 and 1936. An open-ended time ("before 1926") is drawn as what
 * it is, a dashed bracket reaching back from its year (or on from it, for "after"/"since"), not
 * as a point; a range ("15-20%") as a bar from its low to its high end.
 */
import type { ChartSpec } from '../../deck/schema';
import { SCHEMA, sentenceIds, words, type ChartDraft } from './draft';
import { axisTitle, capitalise, measureName, relation, trend, turnOf } from './phrases';
import { shown, withUnit, written, type Point } from './points';
import {
  axisYears,
  DATE_TRANSFORM,
  timeAxis,
  timeFields,
  whenPhrase,
  yearStart,
  type When,
} from './when';

type Timed = Point & { when: When };

/** Each datum's row: its time, its value as drawn, its label as written, its sentence. */
function row(p: Timed): Record<string, string | number> {
  const label = p.when.open ? `${p.when.text}: ${written(p.fact)}` : written(p.fact);
  const r: Record<string, string | number> = {
    ...timeFields(p.when),
    value: shown(p.fact),
    label,
    sentence: p.sentence.id,
  };
  if (p.fact.kind === 'range' && p.fact.high !== undefined && p.fact.high > p.fact.value)
    r.high = shownHigh(p);
  return r;
}

/** The high end of a range as written ("15-20%" → 20). */
function shownHigh(p: Point): number {
  const nums = [...p.fact.raw.matchAll(/\d[\d,]*(?:\.\d+)?/g)].map((m) =>
    Number(m[0].replace(/,/g, '')),
  );
  return nums[1] ?? p.fact.high!;
}

/**
 * The highest (or lowest) datum, when it lies between the ends and stands clear of both by a
 * tenth or more: "174 in 2003" between "21 in 1995" and "94 in 2012".
 */
function turningPoint(ps: readonly Timed[]): { kind: 'peak' | 'low'; at: Timed } | undefined {
  const exact = ps.filter((p) => !p.when.open);
  const turn = turnOf(exact.map((p) => shown(p.fact)));
  return turn && { kind: turn.kind, at: exact[turn.at]! };
}

/** How many times the largest value may be the smallest before the axis is logarithmic. */
const LOG_SPAN = 1000;

/**
 * A measure short enough to leave its verb room in a title of eight words: "Share of Black
 * Southern students | in majority-white schools" loses its last phrase (the caption and the axis
 * keep it), never its verb to a cut.
 */
function titled(measure: string, room: number): string {
  const ws = measure.split(/\s+/);
  if (ws.length <= room) return measure;
  const at = ws
    .slice(0, room + 1)
    .findLastIndex((w, i) => i > 1 && /^(?:in|at|on|for|with|from|among|across|by)$/i.test(w));
  return at > 1 ? ws.slice(0, at).join(' ') : measure;
}

/** The powers of ten from the one at or below `low` to the one at or above `high`. */
function powersOfTen(low: number, high: number): number[] {
  const out: number[] = [];
  for (let e = Math.floor(Math.log10(low)); e <= Math.ceil(Math.log10(high)); e++)
    out.push(10 ** e);
  return out;
}

/** A line chart of one measure over time (`ps` in time order, one datum per time). */
export function seriesChart(ps: readonly Timed[]): ChartDraft {
  const measure = measureName(ps);
  const axis = axisTitle(measure, ps);
  const rows = ps.map(row);
  const exactRows = rows.filter((r) => !r.open);
  for (const r of rows)
    r.side =
      r === exactRows[0] && exactRows.length > 1
        ? 'start'
        : r === exactRows[exactRows.length - 1] && exactRows.length > 1
          ? 'end'
          : 'middle';
  // A long series keeps labels on its first and last points and its highest and lowest, so
  // labels never pile up; every value is still in the alt text and the data table.
  if (rows.length > 8) {
    const values = rows.map((r) => Number(r.value));
    const keep = new Set([
      0,
      rows.length - 1,
      values.indexOf(Math.max(...values)),
      values.indexOf(Math.min(...values)),
    ]);
    rows.forEach((r, i) => {
      if (!keep.has(i)) r.quiet = 'yes';
    });
  }
  const exact = ps.filter((p) => !p.when.open);
  const first = exact[0] ?? ps[0]!;
  const last = exact[exact.length - 1] ?? ps[ps.length - 1]!;
  // The trend is told from the first datum, open or not: "fell from 15-20% before 1926".
  const start = ps[0]!;
  const end = ps[ps.length - 1]!;
  const change = trend(shown(start.fact), shown(end.fact));
  // "Passengers rose from some 3 million in 1860": the unit once, where the measure does not already name it.
  // A percentage above (or below) something says so: "10 percent above prewar level".
  const against = relation(ps);
  const said = (p: Timed) =>
    `${measure.toLowerCase() === (p.fact.counts ?? '').toLowerCase() ? written(p.fact) : withUnit(p)}${against ? ` ${against}` : ''}`;
  // A peak or a low between the ends is the series' point: "rose" from first to last would hide it.
  const turn = turningPoint(ps);
  const caption = turn
    ? `${measure} ${turn.kind === 'peak' ? 'rose' : 'fell'} from ${said(start)} ${whenPhrase(start.when)} to ${turn.kind === 'peak' ? 'a peak' : 'a low'} of ${said(turn.at)} ${whenPhrase(turn.at.when)}, then ${turn.kind === 'peak' ? 'fell' : 'rose'} to ${said(end)} ${whenPhrase(end.when)}`
    : `${measure} ${change} from ${said(start)} ${whenPhrase(start.when)} to ${said(end)} ${whenPhrase(end.when)}`;
  const open = ps.filter((p) => p.when.open);
  // Values that span three orders of magnitude or more (1,000 hosts to 1,000,000) sit flat on
  // zero but for the last on a linear axis: a log axis shows each step, and says it is one.
  const values = rows.map((r) => Number(r.value));
  const logScale =
    !open.length &&
    !rows.some((r) => r.high !== undefined) &&
    Math.min(...values) > 0 &&
    Math.max(...values) / Math.min(...values) >= LOG_SPAN;
  const decades = logScale ? powersOfTen(Math.min(...values), Math.max(...values)) : [];
  const notes = [
    ...(logScale
      ? [
          'The values span a factor of 1,000 or more, so the axis is logarithmic: each step up multiplies.',
        ]
      : []),
    ...open.map(
      (p) =>
        `"${p.when.text}" is drawn as a dashed bracket ${p.when.open === 'before' ? 'ending at' : 'starting at'} ${p.when.year}, since the reading gives no exact year.`,
    ),
    ...(rows.some((r) => r.high !== undefined)
      ? ['A range is drawn from its low to its high end.']
      : []),
    ...(ps.some((p) => p.when.decade)
      ? ["A decade's value is drawn at its middle, with a bar across its ten years."]
      : []),
    ...(ps.some((p) => p.when.fiscal)
      ? ['A year written across two calendar years (2019/20) is drawn where the two meet.']
      : []),
  ];
  const alt = `Line chart of ${axis.charAt(0).toLowerCase()}${axis.slice(1)}, ${start.when.text} to ${end.when.text.replace(/^by\s+/, '')}: ${ps.map((p) => `${p.when.text}, ${written(p.fact)}`).join('; ')}.${notes.length ? ' ' + notes.join(' ') : ''}`;
  const years = ps.flatMap((p) => [p.when.year, ...(p.when.decade ? [p.when.end!] : [])]);
  let [from, to] = axisYears(Math.min(...years), Math.max(...years));
  // A bracket needs room to reach back (or on) from its year.
  const room = Math.max(2, Math.ceil((last.when.year - first.when.year) * 0.2));
  if (open.some((p) => p.when.open === 'before'))
    from = Math.min(from, Math.min(...open.map((p) => p.when.year)) - room);
  if (open.some((p) => p.when.open === 'after'))
    to = Math.max(to, Math.max(...open.map((p) => p.when.year)) + room);
  // Two labelled points close in time ("68.8%" in 2017, "67.3%" in 2019 on a 90-year axis)
  // would print their labels over each other: the second goes below its point.
  let previous: { year: number; below: boolean } | undefined;
  for (const r of rows) {
    if (r.open || r.quiet) continue;
    const year = Number(r.year);
    const below =
      !!previous && !previous.below && (year - previous.year) / Math.max(1, to - from) < 0.07;
    if (below) r.below = 'yes';
    previous = { year, below };
  }
  const layer: Record<string, unknown>[] = [
    {
      transform: [{ filter: '!isValid(datum.open)' }],
      mark: { type: 'line', point: { size: 80, filled: true } },
    },
    {
      transform: [
        { filter: '!isValid(datum.open) && !isValid(datum.quiet) && isValid(datum.below)' },
      ],
      mark: { type: 'text', align: 'center', dy: 18 },
      encoding: { text: { field: 'label' }, y: { field: 'value', type: 'quantitative' } },
    },
    // A label sits on the side the line does not pass: above-left of a rising line, above-right of a falling one.
    // Labels sit above their points; the first leans left and the last right, so neighbours do not collide.
    ...(['start', 'middle', 'end'] as const).map((side) => ({
      transform: [
        {
          filter: `!isValid(datum.open) && !isValid(datum.quiet) && !isValid(datum.below) && datum.side === '${side}'`,
        },
      ],
      mark: {
        type: 'text',
        align: side === 'start' ? 'right' : side === 'end' ? 'left' : 'center',
        dx: side === 'start' ? -4 : side === 'end' ? 4 : 0,
        dy: -16,
      },
      encoding: { text: { field: 'label' }, y: { field: 'top', type: 'quantitative' } },
    })),
  ];
  if (rows.some((r) => r.high !== undefined && !r.open)) {
    layer.push({
      transform: [{ filter: '!isValid(datum.open) && isValid(datum.high)' }],
      mark: { type: 'rule', strokeWidth: 4, strokeCap: 'round' },
      encoding: { y2: { field: 'high' } },
    });
  }
  // A decade's value holds for its ten years: a bar across them, its point at their middle.
  const decadeRows = rows.some((r) => r.decade !== undefined);
  const fiscalRows = rows.some((r) => r.fiscal !== undefined);
  if (decadeRows)
    layer.push({
      transform: [
        { filter: 'isValid(datum.decade)' },
        { calculate: 'utc(datum.year, 0, 1)', as: 'date' },
      ],
      mark: { type: 'rule', strokeWidth: 3, opacity: 0.5 },
      encoding: { x2: { field: 'until' }, y: { field: 'value', type: 'quantitative' } },
    });
  if (open.length) {
    layer.push(
      {
        // Layers move a mark by rewriting `date`, never by another x field: one x channel, one scale.
        transform: [{ filter: 'isValid(datum.open)' }, { calculate: 'datum.x1', as: 'date' }],
        mark: { type: 'rect', fillOpacity: 0.2 },
        encoding: {
          x2: { field: 'x2' },
          y: { field: 'value', type: 'quantitative' },
          y2: { field: 'top' },
        },
      },
      {
        // The bracket's dashed edge, in the theme's mark colour (an unfilled mark is stroked in it).
        transform: [{ filter: 'isValid(datum.open)' }, { calculate: 'datum.x1', as: 'date' }],
        mark: { type: 'rect', filled: false, strokeWidth: 2, strokeDash: [6, 4] },
        encoding: {
          x2: { field: 'x2' },
          y: { field: 'value', type: 'quantitative' },
          y2: { field: 'top' },
        },
      },
      {
        transform: [{ filter: 'isValid(datum.open)' }, { calculate: 'datum.mid', as: 'date' }],
        mark: { type: 'text', align: 'center', dy: -12 },
        encoding: { y: { field: 'top', type: 'quantitative' }, text: { field: 'label' } },
      },
    );
  }
  const spec = {
    $schema: SCHEMA,
    description: alt,
    width: 'container',
    data: { values: rows },
    transform: [
      ...DATE_TRANSFORM,
      ...(decadeRows
        ? [
            {
              calculate: 'isValid(datum.decade) ? utc(datum.year + 5, 0, 1) : datum.date',
              as: 'date',
            },
          ]
        : []),
      ...(fiscalRows
        ? [
            {
              calculate: 'isValid(datum.fiscal) ? utc(datum.year + 1, 0, 1) : datum.date',
              as: 'date',
            },
          ]
        : []),
      { calculate: 'isValid(datum.high) ? datum.high : datum.value', as: 'top' },
      { calculate: `datum.open === 'before' ? ${yearStart(from)} : datum.date`, as: 'x1' },
      { calculate: `datum.open === 'after' ? ${yearStart(to)} : datum.date`, as: 'x2' },
      { calculate: '(datum.x1 + datum.x2) / 2', as: 'mid' },
    ],
    encoding: {
      x: timeAxis(from, to),
      y: logScale
        ? {
            field: 'value',
            type: 'quantitative',
            title: `${axis} (log scale)`,
            scale: { type: 'log', domain: [decades[0]!, decades[decades.length - 1]!] },
            // One tick and gridline a power of ten: the minor ticks between crowd the axis.
            axis: { values: decades, format: ',' },
          }
        : { field: 'value', type: 'quantitative', title: axis, scale: { zero: true } },
    },
    layer,
  } as unknown as ChartSpec;
  const yearOf = (w: When) => (w.decade || w.fiscal ? w.text : String(w.year));
  const span =
    start.when.year === end.when.year ? '' : `, ${yearOf(start.when)}–${yearOf(end.when)}`;
  return {
    spec,
    title: words(
      turn
        ? `${titled(measure, 5)} ${turn.kind === 'peak' ? 'peaked' : 'bottomed out'} in ${turn.at.when.year}${span}`
        : `${titled(measure, 7)} ${change}${span}`,
      8,
    ),
    caption: capitalise(caption),
    alt,
    sentences: sentenceIds(ps.map((p) => p.sentence.id)),
  };
}
