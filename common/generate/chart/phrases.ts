/** The words of a chart: its measure, axis title, lists and trends, from the data's own sentences. */
import { isStopWord } from '../../source/words';
import { isVerb, words as tagged } from './nlp';
import { head, type Point } from './points';
import { capitalise } from '../text';

/** (Chart modules import it from here, with the other words of a chart.) */
export { capitalise };

export function list(items: readonly string[]): string {
  return items.length <= 1
    ? items.join('')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The first two-word phrase every text shares ("interest rate"), if any. */
export function sharedPhrase(
  texts: readonly string[],
  skip: (word: string) => boolean = () => false,
): string | undefined {
  const bigrams = (t: string) => {
    const ws = t.toLowerCase().match(/[\p{L}-]+/gu) ?? [];
    const out: string[] = [];
    for (let i = 0; i + 1 < ws.length; i++) {
      const [a, b] = [ws[i]!, ws[i + 1]!];
      if (!isStopWord(a) && !isStopWord(b) && !skip(a) && !skip(b)) out.push(`${a} ${b}`);
    }
    return out;
  };
  const [first, ...rest] = texts.map(bigrams);
  return first?.find((b) => rest.every((r) => r.includes(b)));
}

const SCALE_WORD = /^(?:thousands?|millions?|billions?|trillions?|per|cent|percent)$/;

/**
 * What the chart measures, in the reading's words: the subject of "X rose from … to …" that
 * most data share (`Point.topic`), a phrase every datum's clause shares ("interest rate") other
 * than the unit itself, or the counted noun phrase.
 */
export function measureName(ps: readonly Point[]): string {
  const topics = new Map<string, number>();
  for (const p of ps) if (p.topic) topics.set(p.topic, (topics.get(p.topic) ?? 0) + 1);
  const topic = [...topics.entries()].sort((a, b) => b[1] - a[1])[0];
  // The subject most data share, or the only one any datum's clause gives ("Crude steel output rose …. It was 4.8 million tonnes in 1950, …").
  if (topic && (topic[1] * 3 >= ps.length || topics.size === 1)) return capitalise(topic[0]);
  const texts = [...new Set(ps.map((p) => p.clause))];
  const units = new Set(ps.map((p) => head(p.fact)).filter(Boolean));
  const shared =
    texts.length > 1
      ? sharedPhrase(texts, (w) => SCALE_WORD.test(w) || units.has(w) || CURRENCY.test(w))
      : undefined;
  if (shared) return capitalise(shared);
  const counts = [...new Set(ps.map((p) => p.fact.counts).filter((c): c is string => Boolean(c)))];
  // ("21 percent of families …, down from 39 percent": the families did not fall, their share did.)
  if (counts.length === 1)
    return ps[0]!.key === 'percent'
      ? (shareThat(ps[0]!) ?? `Share of ${wholeOf(counts[0]!)}`)
      : capitalise(madeBy(ps[0]!.clause, counts[0]!) ?? counts[0]!);
  const f = ps[0]!.fact;
  if (ps[0]!.key === 'percent') return shareThat(ps[0]!) ?? shareOfLead(ps[0]!) ?? 'Share';
  if (f.kind === 'money') return moneyOf(ps) ?? 'Amount';
  return capitalise(head(f) ?? 'Number');
}

/**
 * "American firms made about 21 billion units in 1943, …" → "units made by American firms":
 * what is counted, with who made, sold or shipped it, when the clause opens so (after a time).
 */
function madeBy(clause: string, counted: string): string | undefined {
  const m = MADE_BY.exec(clause);
  if (!m || /^(?:it|they|he|she|we|this|these|there)$/i.test(m[1]!)) return undefined;
  return `${counted} ${m[2]} by ${m[1]!.replace(/^The\s/, 'the ')}`;
}
const MADE_BY =
  /^(?:(?:In|By|From|During|Between)\s[^,]{2,40},\s+)?((?:The\s+)?\p{L}[\p{L}'’-]*(?:\s[\p{L}'’-]+){0,3}?)\s+(made|produced|built|sold|exported|imported|shipped|mined|printed|manufactured|issued)\s/u;

/** "the households spoke the dialect" → "households": the noun phrase a share is of, up to its verb. */
function wholeOf(counts: string): string {
  const ws = tagged(counts.replace(/^(?:the|all)\s+/i, ''));
  const verb = ws.findIndex((w, i) => i > 0 && isVerb(w, ws[i + 1], ws[i - 1]));
  return (verb > 0 ? ws.slice(0, verb) : ws).map((w) => w.text).join(' ');
}

/**
 * "97 percent of the original studies had reported significant results" → "Share that
 * reported significant results": what the part did, from the verb after its whole to the next
 * comma, when that is a short phrase of the clause's own words (an auxiliary left out).
 */
function shareThat(p: Point): string | undefined {
  const m =
    /^\s+of\s+[^,;:]*?\s((?:had|has|have)\s+)?(\p{Ll}+ed\s[^,;:.()]+?)\s*(?=[,;:.()]|$)/u.exec(
      p.after,
    );
  if (!m) return undefined;
  const phrase = m[2]!;
  const ws = tagged(phrase);
  if (ws.length > 5 || !isVerb(ws[0]!, ws[1]) || /\d/.test(phrase)) return undefined;
  return `Share that ${phrase}`;
}

/** "Of that net revenue, about 82 percent went to …" → "Share of net revenue": the whole a lead names. */
function shareOfLead(p: Point): string | undefined {
  const whole = /^\s*Of\s+(?:(?:the|that|this|these|those|its|their)\s+)?([^,;:]{3,40}),/i.exec(
    p.clause,
  )?.[1];
  return whole && !/\d/.test(whole) ? `Share of ${whole}` : undefined;
}

/** Words that name a sum without saying what it is ("a total of", "the sum of"). */
const SUM_WORD = /^(?:total|sum|amount|value|figure|level|tune|order|excess|worth)$/i;
/** "…with loans from London of [about] £10 million": the noun phrase the sum is of, and its place. */
const SUM_OF =
  /((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s+of\s+(?:(?:about|some|nearly|almost|around|roughly|over|more than|less than|up to)\s+)?(?:US\$|[$£€¥])?\s*$/u;

/**
 * What money is, when a clause writes "<noun phrase> of <sum>": "loans from London" of "loans
 * from London of 10 million pounds in 1926 and 20 million pounds in 1930". The phrase starts at
 * its first content word, so "with" or "its" stay out; a word that only names a sum is no answer.
 */
function moneyOf(ps: readonly Point[]): string | undefined {
  const found = new Set<string>();
  for (const p of ps) {
    const m = SUM_OF.exec(p.before);
    if (!m) continue;
    // From the first noun or adjective after the last verb: "spent a total" has none left.
    const ws = tagged(m[1]!);
    const verb = ws.reduce((last, w, i) => (isVerb(w, ws[i + 1], ws[i - 1]) ? i : last), -1);
    const rest = ws.slice(verb + 1);
    const from = rest.findIndex(
      (w) => !isStopWord(w.text) && (w.tags.has('Noun') || w.tags.has('Adjective')),
    );
    const phrase = from < 0 ? [] : rest.slice(from).map((w) => w.text);
    if (
      !phrase.length ||
      phrase.some((w) => SUM_WORD.test(w)) ||
      isStopWord(phrase[phrase.length - 1]!)
    )
      continue;
    found.add(phrase.join(' '));
  }
  return found.size === 1 ? capitalise([...found][0]!) : undefined;
}

const CURRENCY =
  /^(?:dollars?|pounds?|lire|lira|roubles?|rubles?|marks?|francs?|yen|yuan|euros?|rupees?|pesos?)$/;

/**
 * The value axis title: measure, then scale and unit as the text writes them ("Wheat harvest,
 * million tonnes", "Interest rate, %", "Loans, million lire", "Messages").
 */
export function axisTitle(measure: string, ps: readonly Point[]): string {
  const f = ps[0]!.fact;
  if (ps[0]!.key === 'percent') {
    const against = relation(ps);
    // A long measure and its reference do not fit up a value axis (the plot collapses): the slide title names the measure.
    const head = measure.split(/\s+(?:in|of|for|at|on|from)\s+/i)[0]!;
    if (against && measure.split(/\s+/).length > 3 && head.split(/\s+/).length <= 3)
      return `${capitalise(head)}, % ${against}`;
    return `${measure}, %${against ? ` ${against}` : ''}`;
  }
  const scale = f.scale ?? '';
  // A rate any datum is given at is the axis's ("cents a pound"): without it the unit misleads.
  const per = ps.map((p) => p.fact.per).find(Boolean);
  const rated = (unit: string) => [unit, per].filter(Boolean).join(' ');
  if (f.kind === 'money') {
    const cur = f.currency ?? '';
    const unit = /^\p{Sc}|^US\$|^Rs\.?$|^INR$/u.test(cur)
      ? [cur, scale].filter(Boolean).join(' ')
      : [scale, cur].filter(Boolean).join(' ');
    return unit ? `${measure}, ${rated(unit)}` : measure;
  }
  const unit = head(f) ?? '';
  const named = unit !== '' && measure.toLowerCase().includes(unit);
  if (named)
    return `${scale ? `${capitalise(scale)} ${measure.charAt(0).toLowerCase()}${measure.slice(1)}` : measure}${per ? `, ${per}` : ''}`;
  const units = rated([scale, unit].filter(Boolean).join(' '));
  return units ? `${measure}, ${units}` : measure;
}

/** "above its prewar level" after the first percentage, when every one is above (or below) something. */
const RELATION =
  /^\s+((?:above|below|over|under)\s+(?:its|their|the)\s+[^,;:.()]{2,30}?)(?=\s+(?:when|in|by|as|at|during)\b|[,;:.()]|$)/i;

/** What every percentage of `ps` is measured against ("above prewar level"), or undefined. */
export function relation(ps: readonly Point[]): string | undefined {
  if (!ps.every((p) => /^\s+(?:above|below|over|under)\b/i.test(p.after))) return undefined;
  return RELATION.exec(ps[0]!.after)?.[1]?.replace(/\b(?:its|their)\s+/i, '');
}

/**
 * Where a sequence peaks (or bottoms out) between its ends, standing clear of both by a tenth
 * or more: "174 in 2003" between "21 in 1995" and "94 in 2012". The index of that value and
 * which it is; undefined for fewer than three values or none so placed.
 */
export function turnOf(
  values: readonly number[],
): { kind: 'peak' | 'low'; at: number } | undefined {
  if (values.length < 3) return undefined;
  const [first, last] = [values[0]!, values[values.length - 1]!];
  const inner = values.slice(1, -1);
  const [max, min] = [Math.max(...inner), Math.min(...inner)];
  if (max > Math.max(first, last) * 1.1) return { kind: 'peak', at: values.indexOf(max) };
  if (min < Math.min(first, last) * 0.9) return { kind: 'low', at: values.indexOf(min) };
  return undefined;
}

/** "rose", "fell" or "stayed level", with a factor where the change is large ("rose tenfold"). */
export function trend(first: number, last: number): string {
  if (last === first) return 'stayed level';
  const ratio = last > first ? last / first : first / last;
  const factor = ratio >= 1.95 && first > 0 && last > 0 ? FACTORS[Math.round(ratio)] : undefined;
  // A factor only where it is near a whole number (2.0×, 10×): otherwise the text's own numbers say it.
  const whole = factor && Math.abs(ratio - Math.round(ratio)) < 0.15;
  if (last < first) return whole && Math.round(ratio) === 2 ? 'halved' : 'fell';
  return `rose${whole ? ` ${factor}` : ''}`;
}

const FACTORS: Record<number, string> = {
  2: 'twofold',
  3: 'threefold',
  4: 'fourfold',
  5: 'fivefold',
  6: 'sixfold',
  7: 'sevenfold',
  8: 'eightfold',
  9: 'ninefold',
  10: 'tenfold',
};
