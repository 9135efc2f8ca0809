/**
 * A change one clause states between two amounts with one time, or none: "In April 1992 New
 * Jersey raised its minimum wage from $4.25 to $5.05 an hour". Two bars in reading order, the
 * amount before and the amount after, labelled "Before" and "After", the clause's own time
 * ("April 1992") as the axis title. Two times make a line instead (series.ts), since a line
 * puts the gap between them to scale.
 */
import type { ChartSpec } from '../../deck/schema';
import { SCHEMA, fitOr, sentenceIds, type ChartDraft } from './draft';
import { changeSubject } from './nlp';
import { axisTitle, capitalise, trend } from './phrases';
import { shown, written, type Point } from './points';

/** "… from $4.25": the first amount of a change, hedge allowed. */
// ("from the nominal 5 percent", "from an official $2.50": a word saying which amount it was.)
const FROM =
  /\bfrom\s+(?:(?:the|an?)\s+(?:nominal|official|initial|original|previous|earlier|usual|expected|statutory)\s+|an?\s+)?(?:about\s+|some\s+|roughly\s+|nearly\s+|around\s+)?$/i;
/** " to ": nothing but "to" between the two amounts. */
const TO = /^\s*to\s+(?:an?\s+)?(?:about\s+|some\s+|roughly\s+|nearly\s+|around\s+)?$/i;

export interface Change {
  from: Point;
  to: Point;
  /** What changed, as the clause names it ("minimum wage"). */
  measure: string;
}

/** The first change of `points` stated as "from A to B" in one clause with one measure, if any. */
export function changeOf(points: readonly Point[]): Change | undefined {
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i]!, points[i + 1]!];
    if (
      a.clause !== b.clause ||
      a.sentence !== b.sentence ||
      a.key !== b.key ||
      !FROM.test(a.before) ||
      !TO.test(b.before) ||
      // Two times are a series, drawn to scale as a line.
      (a.when && b.when && a.when.text !== b.when.text)
    )
      continue;
    const measure = changeSubject(a.clause);
    if (measure) return { from: a, to: b, measure };
  }
  return undefined;
}

/** The two bars of a change, before then after. */
export function changeChart(c: Change): ChartDraft {
  const when = c.from.when?.text ?? c.to.when?.text;
  // The time is the axis's title, not part of two labels: two dated categories would read as
  // two times drawn evenly apart.
  const labels = ['Before', 'After'];
  const measure = capitalise(c.measure);
  const ps = [c.from, c.to];
  const axis = axisTitle(measure, ps);
  const rows = ps.map((p, i) => ({
    label: labels[i]!,
    value: shown(p.fact),
    shown: written(p.fact),
    sentence: p.sentence.id,
  }));
  const change = trend(shown(c.from.fact), shown(c.to.fact));
  const alt = `Bar chart of ${axis.charAt(0).toLowerCase()}${axis.slice(1)}, before and after${when ? ` ${when}` : ' the change'}: ${rows.map((r) => `${r.label.toLowerCase()}, ${r.shown}`).join('; ')}.`;
  const spec = {
    $schema: SCHEMA,
    description: alt,
    width: 'container',
    data: { values: rows },
    encoding: {
      x: {
        field: 'label',
        type: 'nominal',
        sort: null,
        title: when ?? null,
        axis: { labelAngle: 0 },
      },
      y: { field: 'value', type: 'quantitative', title: axis, scale: { zero: true } },
    },
    layer: [
      { mark: { type: 'bar', width: { band: 0.5 } } },
      { mark: { type: 'text', dy: -10 }, encoding: { text: { field: 'shown' } } },
    ],
  } as unknown as ChartSpec;
  return {
    spec,
    // The amounts when they fit eight words with the measure, else the measure and its change:
    // a title cut after the first amount would say the opposite.
    title: fitOr(
      `${measure} ${change}: ${written(c.from.fact)} to ${written(c.to.fact)}`,
      `${measure} ${change}`,
    ),
    caption: c.from.clause.replace(/[.;,:]+$/, ''),
    alt,
    sentences: sentenceIds(ps.map((p) => p.sentence.id)),
  };
}
