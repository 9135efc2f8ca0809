/**
 * A table of the reading drawn as its numbers say: the first column names the rows, the first
 * column whose every cell is a number, and not a year, is the measure (one chart, one measure), its header the
 * axis title. Rows named by years are a line on a proportional year axis; rows named otherwise
 * are bars sorted by value. Every label is the cell as the table writes it, and every datum
 * names its row, which the paragraph holds as a sentence (source/parse.ts).
 */
import type { ChartSpec } from '../../deck/schema';
import type { Paragraph } from '../../source/model';
import { parseNumber } from '../../source/words';
import { barSpec } from './bars';
import { SCHEMA, fitOr, sentenceIds, words, type ChartDraft } from './draft';
import { capitalise, trend, turnOf } from './phrases';

/** A number as a table cell writes it: "441,703", "12.5", "$3.4", "61%", "about 40", "2.4 million". */
const NUMBER_CELL =
  /^(?:about|around|nearly|roughly|some|over|under|c\.)?\s*(?:[$£€¥]|US\$)?\s*(\d[\d,]*(?:\.\d+)?)\s*(?:%|(thousand|million|billion|trillion|bn|m)\b)?$/i;
const SCALE: Readonly<Record<string, number>> = {
  thousand: 1e3,
  million: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  trillion: 1e12,
};

/** A cell's value, its scale word applied ("2.4 million" → 2,400,000). */
function cellValue(cell: string): number {
  const m = NUMBER_CELL.exec(cell)!;
  const scale = SCALE[(m[2] ?? '').toLowerCase()] ?? 1;
  return Number((parseNumber(m[1]!) * scale).toPrecision(15));
}
const YEAR = /^(?:1\d{3}|20\d{2})$/;
/** A column header that names a rate: "Deaths per 10,000 houses", "Turnout rate". */
const RATE_HEADER = /\bper\b(?!\s?cent)|\brate\b/i;

interface Row {
  label: string;
  cell: string;
  value: number;
  sentence: string;
}

/** The chart of a table paragraph, or undefined when it has no column of numbers to draw. */
export function tableChart(p: Paragraph): ChartDraft | undefined {
  const header = p.table?.header ?? [];
  const cells = p.sentences.map((s) => s.text.split('|').map((c) => c.trim()));
  const width = Math.min(header.length, ...cells.map((c) => c.length));
  if (width < 2 || cells.length < 2) return undefined;
  // A column of years says when each row was, not how much: "Year 1994, 1995, 2002" is no measure.
  const measures = [...Array(width).keys()]
    .slice(1)
    .filter(
      (k) =>
        cells.every((row) => NUMBER_CELL.test(row[k]!)) &&
        !cells.every((row) => YEAR.test(row[k]!)) &&
        !/^(?:years?|dates?|when)$/i.test(header[k]!.replace(/\*+/g, '').trim()),
    );
  // ("Houses | Deaths | Deaths per 10,000 houses": a rate compares rows of different
  // sizes, which their counts do not; it is the table's measure when it gives one.)
  const column = measures.find((k) => RATE_HEADER.test(header[k]!)) ?? measures[0];
  if (column === undefined) return undefined;
  const rows: Row[] = cells.map((row, i) => ({
    label: row[0]!,
    cell: row[column]!,
    value: cellValue(row[column]!),
    sentence: p.sentences[i]!.id,
  }));
  if (rows.some((r) => !Number.isFinite(r.value) || !r.label)) return undefined;
  const measure = capitalise(header[column]!.replace(/\*+/g, '').trim()) || 'Value';
  const by = header[0]!.replace(/\*+/g, '').trim().toLowerCase() || 'row';
  return rows.every((r) => YEAR.test(r.label))
    ? lineOf(rows, measure, p)
    : barsOf(rows, measure, by, p);
}

function lineOf(rows: Row[], measure: string, p: Paragraph): ChartDraft {
  const sorted = [...rows].sort((a, b) => Number(a.label) - Number(b.label));
  const [first, last] = [sorted[0]!, sorted[sorted.length - 1]!];
  // A peak or a low between the ends is the table's point: first-to-last would hide it.
  const found = turnOf(sorted.map((r) => r.value));
  const turn = found && { kind: found.kind, at: sorted[found.at]! };
  const span = `${first.label}–${last.label}`;
  const title = turn
    ? `${measure} ${turn.kind === 'peak' ? 'peaked' : 'bottomed out'} in ${turn.at.label}, ${span}`
    : `${measure} ${trend(first.value, last.value)}, ${span}`;
  const caption = turn
    ? `${measure} ${turn.kind === 'peak' ? 'rose' : 'fell'} from ${first.cell} in ${first.label} to ${turn.kind === 'peak' ? 'a peak' : 'a low'} of ${turn.at.cell} in ${turn.at.label}, then ${turn.kind === 'peak' ? 'fell' : 'rose'} to ${last.cell} in ${last.label}, as the reading's table gives it`
    : `${measure} ${trend(first.value, last.value)} from ${first.cell} in ${first.label} to ${last.cell} in ${last.label}, as the reading's table gives it`;
  const alt = `Line chart of ${measure.toLowerCase()}, ${first.label} to ${last.label}: ${sorted.map((r) => `${r.label}, ${r.cell}`).join('; ')}.`;
  const spec = {
    $schema: SCHEMA,
    description: alt,
    width: 'container',
    data: {
      values: sorted.map((r) => ({
        year: Number(r.label),
        value: r.value,
        label: r.cell,
        sentence: r.sentence,
      })),
    },
    encoding: {
      // Years at their true distances: a quantitative axis, written as years.
      x: {
        field: 'year',
        type: 'quantitative',
        title: null,
        scale: { zero: false, nice: false },
        axis: { format: 'd', labelAngle: 0, grid: false },
      },
      y: { field: 'value', type: 'quantitative', title: measure, scale: { zero: true } },
    },
    layer: [
      { mark: { type: 'line', point: { size: 80, filled: true } } },
      { mark: { type: 'text', dy: -14 }, encoding: { text: { field: 'label' } } },
    ],
  } as unknown as ChartSpec;
  return {
    spec,
    title: words(title),
    caption,
    alt,
    sentences: sentenceIds(p.sentences.map((s) => s.id)),
  };
}

function barsOf(rows: Row[], measure: string, by: string, p: Paragraph): ChartDraft {
  const sorted = [...rows].sort((a, b) => b.value - a.value);
  const top = sorted[0]!;
  const alt = `Bar chart of ${measure.toLowerCase()} by ${by}, largest first: ${sorted.map((r) => `${r.label}, ${r.cell}`).join('; ')}.`;
  const spec = barSpec(
    alt,
    sorted.map((r) => ({ label: r.label, value: r.value, shown: r.cell, sentence: r.sentence })),
    measure,
  );
  // "Asia has the most languages: 2,290" says what is counted; "Asia highest: 2,290" does not.
  // A measure that is no plural count ("Share (%)", "Endangered") says what is highest by what.
  const counted = /^\p{L}+s$/u.test(measure) && !/ss$/.test(measure);
  const title = counted
    ? fitOr(
        `${capitalise(top.label)} has the most ${measure.toLowerCase()}: ${top.cell}`,
        `${capitalise(top.label)} has the most ${measure.toLowerCase()}`,
      )
    : fitOr(
        `${capitalise(measure)} by ${by}: ${top.label} highest`,
        `${capitalise(top.label)} highest`,
      );
  return {
    spec,
    title,
    caption: `${measure} by ${by}, largest to smallest, as the reading's table gives it`,
    alt,
    sentences: sentenceIds(p.sentences.map((s) => s.id)),
  };
}
