/**
 * The figure of a section, by rules that keep a chart from misleading a class:
 *
 * 1. A series over time (one measure at three or more times) is a line on a proportional time
 *    axis; an open-ended time ("before 1926") is drawn as a bracket, a span never as a point.
 * 2. Otherwise a breakdown (one measure at one time split by group or name, three or more
 *    parts) is bars sorted by value; a total or wider set is never a bar beside its parts.
 * 3. Otherwise a change one clause states ("rose from X in 1965 to Y in 1970") is a line of
 *    two points, or dated events (three or more) make a timeline.
 * 4. Otherwise the same with two data, so a section with numbers still gets a figure where
 *    two of them compare; one or two dated events are not a timeline.
 * 5. Otherwise a change between two amounts with one time, or none ("In April 1992 … raised
 *    from $4.25 to $5.05"), is two bars, before and after, in reading order (change.ts).
 * 6. Otherwise a percentage or a fraction in words of a named whole ("about 97 percent of its
 *    counterpart funds", "roughly a quarter of the carbon dioxide released by human activity")
 *    is a bar of the part against the whole, 0 to 100 percent; a fraction stays words in the
 *    datum and its length is computed in the chart (fraction.ts).
 *
 * One chart is one measure: the same kind of quantity, unit and scale (`Point.key`), the same
 * scope (no two data whose clauses name different places), told apart by one thing. Every
 * label on a datum is its own clause's words; the axis title carries the unit and scale, the
 * data labels keep the hedges ("about 3,000").
 */
import type { Sentence } from '../../source/model';
import { isStopWord } from '../../source/words';
import { barChart, breakdown, type Breakdown } from './bars';
import { changeChart, changeOf } from './change';
import type { ChartDraft } from './draft';
import {
  changeSubject,
  isVerb,
  leadSubject,
  names,
  shareWhole,
  withinSentences,
  words,
} from './nlp';
import { sharedPhrase } from './phrases';
import { pointsOf, type Point } from './points';
import { seriesChart } from './series';
import { bestShares, shareChart } from './share';
import { eventsOf, timelineChart } from './timeline';
import { compareWhen, whenKey, type When } from './when';

export type { ChartDraft } from './draft';

/** More than this many points of one series are left to the table and the alt text. */
const MAX_POINTS = 24;
const MAX_BARS = 12;

type Timed = Point & { when: When };

function groupBy<T>(xs: readonly T[], key: (x: T) => string): T[][] {
  const map = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    const group = map.get(k);
    if (group) group.push(x);
    else map.set(k, [x]);
  }
  return [...map.values()];
}

/** The names a datum's clause gives, beyond what it counts: where and whose. */
const scope = (p: Point) => names(p.clause).filter((n) => !(p.fact.counts ?? '').includes(n));

/**
 * Where a datum's clause says its amount was counted, after what it counts: "in the German
 * Reichstag", "in national parliaments worldwide", "in Rwanda's lower house" (never a time:
 * "in 1995"). Content words, lower case; empty when the clause says nowhere.
 */
function whereOf(p: Point): Set<string> {
  const own = WHERE_AFTER.exec(p.after)?.[1];
  if (own) return contentOf(own);
  // ("…, up from 11.3 percent in 1995": a datum with no where of its own has its clause's,
  // read after the clause's first amount and the word after it.)
  const first = WHERE_AFTER.exec(
    p.clause.slice(p.clause.search(/\d/)).replace(/^[^\s]+\s+\S+/, ''),
  );
  return contentOf(first?.[1]);
}

/** "of the seats in the German Reichstag, …": where, after what is counted. */
const WHERE_AFTER =
  /^\s*(?:of\s+(?:the\s+)?[\p{Ll}\s-]{1,40}?\s+)?(?:in|among|across|within)\s+(?!(?:the\s+)?(?:\d|(?:early|mid|late)\b|(?:first|second|last|next|same)\s|(?:year|decade|century|period|month|week)s?\b|\p{Lu}\p{Ll}+\s+\d))((?:the\s+)?[^,;.()\d]+)/u;

/**
 * Keeps the data of one scope: those whose clause names no place, or one the first named does,
 * and says it was counted nowhere, or where the first that says so was ("8.7 percent of the
 * seats in the German Reichstag" is no point of "26.5 percent of seats in national parliaments
 * worldwide", nor of "61 percent of seats in Rwanda's lower house").
 */
function oneScope<T extends Point>(ps: readonly T[]): T[] {
  const placed = ps.find((p) => whereOf(p).size);
  const where = placed ? whereOf(placed) : undefined;
  const scoped = where
    ? ps.filter((p) => {
        const w = whereOf(p);
        return !w.size || [...w].some((x) => where.has(x));
      })
    : [...ps];
  const named = scoped.find((p) => scope(p).length);
  if (!named) return scoped;
  const base = new Set(scope(named));
  return scoped.filter((p) => {
    const s = scope(p);
    return !s.length || s.some((n) => base.has(n));
  });
}

/** Values of one measure: one clause, one counted phrase, one subject phrase all their clauses share. */
function oneMeasure(ps: readonly Point[]): boolean {
  const clauses = [...new Set(ps.map((p) => p.clause))];
  if (clauses.length === 1) return true;
  const counts = new Set(ps.map((p) => (p.fact.counts ?? '').toLowerCase()));
  if (counts.size === 1 && !counts.has('')) return true;
  const topics = new Set(ps.map((p) => p.topic?.toLowerCase()));
  if (topics.size === 1 && !topics.has(undefined)) return true;
  // A shared phrase other than the unit and its scale ("million tonnes" is not a measure).
  const units = new Set(ps.map((p) => (p.fact.counts ?? '').toLowerCase().split(/\s+/).pop()));
  return (
    sharedPhrase(
      clauses,
      (w) => units.has(w) || /^(?:thousand|million|billion|trillion|per|cent|percent)$/.test(w),
    ) !== undefined
  );
}

/** Content words of a phrase, lower case. */
const contentOf = (s: string | undefined) =>
  new Set(
    (s ?? '')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2 && !isStopWord(w)),
  );

/**
 * The content words of the subject a datum's clause names: its topic, else the noun phrase
 * before its first verb, read past an aside ("Ego depletion, the idea that …, was tested").
 * Empty when the clause's subject cannot be read (a pronoun, a passive).
 */
/** A clause without the conjunction that joined it to the one before: "and the Tevatron … excluded …". */
const ownClause = (clause: string): string =>
  clause.replace(/^(?:and|but|while|whereas|yet)\s+/i, '');

const subjectWords = (p: Point): Set<string> =>
  contentOf(
    p.topic ??
      leadSubject(ownClause(p.clause)) ??
      leadSubject(ownClause(p.clause).replace(/,\s[^,]+,\s/, ' ')) ??
      // "close to 80 percent of American farms had power" is of farms.
      shareWhole(p.clause),
  );

/**
 * Whether two data of different clauses are about one subject, as a line between them claims:
 * "Ego depletion was tested … with 2,141 participants in 2016" and "The Many Labs 2 project …
 * with 15,305 participants" count participants of two studies, not one count that grew. A
 * clause whose subject cannot be read does not decide against.
 */
function sameSubject(a: Point, b: Point): boolean {
  if (a.clause === b.clause) return true;
  const [x, y] = [subjectWords(a), subjectWords(b)];
  return !x.size || !y.size || [...y].some((w) => x.has(w));
}

/**
 * A series a clause lists itself ("counted 21 wolves at the end of 1995, 83 in 1998, …") is
 * the reading's own for its span: a datum of another clause may carry it on before or after
 * that span, never fall inside it ("released 14 wolves in January 1995" is no count).
 */
function ownSeries<T extends Timed>(ps: readonly T[]): T[] {
  const perClause = new Map<string, T[]>();
  for (const p of ps) perClause.set(p.clause, [...(perClause.get(p.clause) ?? []), p]);
  const listed = [...perClause.values()].sort((a, b) => b.length - a.length)[0];
  // (A clause that lists amounts of one time, "61 percent in Rwanda, 46 percent in Sweden …",
  // is a breakdown, no series of its own.)
  if (!listed || new Set(listed.map((p) => whenKey(p.when))).size < 3) return [...ps];
  const years = listed.map((p) => p.when.year);
  const [from, to] = [Math.min(...years), Math.max(...years)];
  return ps.filter((p) => p.clause === listed[0]!.clause || p.when.year < from || p.when.year > to);
}

/** One datum per time, in time order: two values of one measure at one time are two measures (a part and its whole), so the first stays. */
function oneByTime<T extends Timed>(ps: readonly T[]): T[] {
  const byTime = new Map<string, T>();
  for (const p of ps) if (!byTime.has(whenKey(p.when))) byTime.set(whenKey(p.when), p);
  return [...byTime.values()].sort((a, b) => compareWhen(a.when, b.when)).slice(0, MAX_POINTS);
}

/**
 * The data grouped by a word of the subject their clauses name ("Turnout at British general
 * elections peaked at 83.9% in 1950", "It reached 61.4% in 2005 …" of turnout; "Postal voting
 * has grown … from 2% in 1997 to 21% in 2019"), one group per word two data or more share. A
 * datum whose clause names no subject is in none ("only 59.4% of registered voters went to the
 * polls" may be turnout, but its clause does not say so).
 */
function bySubject<T extends Point>(ps: readonly T[]): T[][] {
  const subjects = ps.map(subjectWords);
  const counts = new Map<string, number>();
  for (const words of subjects) for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts.entries()]
    .filter(([, n]) => n >= 2)
    .map(([w]) => ps.filter((_, i) => subjects[i]!.has(w)));
}

/** The longest series of one measure: one datum per time, spans left out, in time order. */
function bestSeries(points: readonly Point[]): Timed[] {
  let best: Timed[] = [];
  for (const group of groupBy(points, (p) => p.key)) {
    // (A decade is one time of a series: "1.0 pence in the 1340s, 1.7 pence in the 1360s";
    // so is a year of accounts: "£121.3bn in 2017/18, £129.7bn in 2019/20".)
    const dated = group.filter(
      (p): p is Timed =>
        p.when !== undefined && (p.when.end === undefined || !!p.when.decade || !!p.when.fiscal),
    );
    // A group with no more times than the longest series so far cannot replace it (the first
    // longest wins), so its clauses' names (compromise, the costly part) are never asked for.
    if (
      Math.min(MAX_POINTS, new Set(dated.map((p) => whenKey(p.when))).size) <=
      Math.max(1, best.length)
    )
      continue;
    const timed = ownSeries(oneScope(dated));
    const series = oneByTime(timed);
    // Data of one unit about different subjects: the longest series about one of them.
    const measured = oneMeasure(series)
      ? series
      : bySubject(timed)
          .map(oneByTime)
          .reduce<Timed[]>((a, b) => (b.length > a.length ? b : a), []);
    if (measured.length > best.length && measured.filter((p) => !p.when.open).length >= 2)
      best = measured;
  }
  return best;
}

/** The main verb a datum's clause says of it after the number, stemmed ("reported", "replicat"), if any. */
function predicate(p: Point): string | undefined {
  const ws = words(p.after);
  const i = ws.findIndex(
    (w, k) =>
      isVerb(w, ws[k + 1], ws[k - 1]) &&
      !/^(?:had|has|have|was|were|is|are|been|be|would|could|might|may|will|did|do|does)$/.test(
        w.normal,
      ),
  );
  return i < 0 ? undefined : ws[i]!.normal.replace(/(?:ed|es|s|d)$/, '');
}

/**
 * The data of a breakdown that say one thing of their parts: sentences whose verbs differ
 * ("97 percent of the original studies had reported significant results" and "about 50
 * percent of cognitive psychology studies replicated") are two measures, and the sentence of
 * the first datum keeps its own (a datum with no verb of its own shares its sentence's).
 */
function onePredicate(ps: readonly Point[]): Point[] {
  if (new Set(ps.map((p) => p.sentence.id)).size < 2) return [...ps];
  const verbOf = new Map<string, string>();
  for (const p of ps) {
    const v = predicate(p);
    if (v && !verbOf.has(p.sentence.id)) verbOf.set(p.sentence.id, v);
  }
  const first = verbOf.get(ps[0]!.sentence.id);
  if (!first) return [...ps];
  return ps.filter((p) => (verbOf.get(p.sentence.id) ?? first) === first);
}

/** "an average of about 140 francs each", "£2 a head": an amount per item, not a total. */
const isRate = (p: Point): boolean =>
  /\b(?:an?\s+)?(?:average|mean|median)\s+(?:of\s+)?(?:about\s+|some\s+|roughly\s+|nearly\s+|around\s+)?(?:[$£€¥]|US\$)?$/i.test(
    p.before,
  ) || /^\s*(?:\p{L}+\s+)?(?:each|apiece|a head|per head|per capita)\b/iu.test(p.after);

/** The breakdown with the most parts: one measure at one time (or none given), by one thing. */
function bestBreakdown(points: readonly Point[]): Breakdown | undefined {
  let best: Breakdown | undefined;
  // ("about £2,700 a head in England, £2,900 in Wales …": a rate given with a list's first
  // item is every item's; one given with a later item is that item's alone: "… and the Lille
  // guild an average of 140 livres each".)
  const firstOf = new Map<string, Point>();
  for (const p of points)
    if (!firstOf.has(`${p.clause}|${p.key}`)) firstOf.set(`${p.clause}|${p.key}`, p);
  const rated = new Set([...firstOf].filter(([, p]) => isRate(p)).map(([k]) => k));
  for (const group of groupBy(
    points.filter((p) => p.when?.end === undefined || p.when.fiscal),
    // (An average or a price each is a rate: never a bar beside a total.)
    (p) =>
      `${p.key}|${p.when ? whenKey(p.when) : ''}|${isRate(p) || rated.has(`${p.clause}|${p.key}`) ? 'rate' : ''}`,
  )) {
    // No more data than the most bars so far: it cannot replace them (the first most wins), so it is not labelled.
    if (group.length < 2 || Math.min(MAX_BARS, group.length) <= (best?.bars.length ?? 0)) continue;
    const data = onePredicate(group).slice(0, MAX_BARS);
    // Data that are no breakdown together may be one within a sentence ("81 percent approved
    // of switching …, while only 51 percent approved of pushing …").
    const b = [
      breakdown(data),
      ...groupBy(group, (p) => p.sentence.id)
        .filter((ps) => ps.length >= 2 && ps.length < group.length)
        .map((ps) => breakdown(ps.slice(0, MAX_BARS))),
    ].reduce<Breakdown | undefined>(
      (a, x) => (x && x.bars.length > (a?.bars.length ?? 0) ? x : a),
      undefined,
    );
    if (b && b.bars.length >= 2 && b.bars.length > (best?.bars.length ?? 0)) best = b;
  }
  return best;
}

/**
 * The figure for a section's sentences, or undefined when they hold nothing faithful to draw:
 * no two values of one measure, no three dated events, no percentage of a named whole. One or
 * two dated events are no timeline (a line between two dates says nothing a bullet does not).
 * `subject` (the section's title) names a timeline.
 */
export function chartFor(sentences: readonly Sentence[], subject?: string): ChartDraft | undefined {
  // Every clause asked about below is a part of one of these sentences.
  withinSentences(sentences.map((s) => s.text));
  const points = pointsOf(sentences);
  const series = bestSeries(points);
  if (series.length >= 3) return seriesChart(series);
  const parts = bestBreakdown(points);
  if (parts && parts.bars.length >= 3) return barChart(parts);
  // A change one clause states ("rose from 4.6 million tonnes in 1965 to 8.4 million tonnes in 1970").
  if (
    series.length === 2 &&
    series[0]!.clause === series[1]!.clause &&
    changeSubject(series[0]!.clause)
  )
    return seriesChart(series);
  const events = eventsOf(sentences);
  if (events.length >= 3) return timelineChart(events, subject);
  if (series.length === 2 && sameSubject(series[0]!, series[1]!)) return seriesChart(series);
  if (parts) return barChart(parts);
  // A change between two amounts with one time ("In April 1992 … from $4.25 to $5.05").
  const change = changeOf(points);
  if (change) return changeChart(change);
  // A percentage of a named whole ("about 97 percent of its counterpart funds"), drawn against that whole.
  const shares = bestShares(points, sentences);
  if (shares) return shareChart(shares);
  return undefined;
}
