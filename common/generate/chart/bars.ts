/**
 * A breakdown as bars sorted by value: one measure (the same kind of quantity, unit, scale and
 * time) split by one thing that varies, a group ("Germans", "Finns") or a name ("Britain",
 * "Japan") from each datum's own clause. A total or a wider set drawn beside its own part would
 * mislead, so it is left out of the bars and stated in the caption instead; data that vary in
 * more than one way (a different group and a different place) are not a breakdown at all.
 */
import type { ChartSpec } from '../../deck/schema';
import { isStopWord, stem } from '../../source/words';
import { SCHEMA, fitOr, fits, sentenceIds, type ChartDraft } from './draft';
import { names, words as tagged, type Word } from './nlp';
import { axisTitle, capitalise, measureName } from './phrases';
import { shown, written, type Point } from './points';

/** A bar: its datum and its category label, made of its own clause's words. */
export interface Bar {
  point: Point;
  label: string;
}

export interface Breakdown {
  bars: Bar[];
  /** Totals and wider sets left out of the bars, for the caption. */
  totals: Bar[];
  /** A leading phrase of time the first datum's clause gives ("In the first two years"), for the caption. */
  scope?: string;
  /** Bars named from their clause's words (places, sectors), not by the group they count. */
  byName: boolean;
  /** The verb the bars' data share, when they are named by what it was done to ("approved"). */
  verb?: string;
}

/** `text` as a pattern that matches it literally. */
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const contentWords = (s: string) =>
  new Set(
    s
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((w) => w && !isStopWord(w)),
  );

/** The names of a datum's piece that are not part of what it counts ("Magnitogorsk", not "Germans"). */
function scopeNames(p: Point): string[] {
  const counted = contentWords(p.fact.counts ?? '');
  return names(p.piece).filter((n) => ![...contentWords(n)].every((w) => counted.has(w)));
}

/** The text before the number in its piece says it is a total: "Of the 104 …", "a total of …". */
// ("Of the original budget of £14.8 billion, the Department … provided …": the whole the
// parts are of, named before them.)
const TOTAL_BEFORE =
  /\b(?:of the|out of|a total of|in total|in all|altogether|all)\s+(?:[$£€¥]|US\$)?$|^\s*(?:of|out of)\s+(?:the|a|an|its|their)\s[^,]{1,50}\sof\s+(?:(?:about|some|nearly|roughly)\s+)?(?:[$£€¥]|US\$)?$/i;
const TOTAL_WORD = /\b(?:total|overall|all|altogether|combined|whole)\b/i;

const HEDGE_TAIL =
  /(?:\s+(?:about|around|roughly|approximately|some|nearly|almost|over|under|only|just|more than|less than|fewer than|up to|at least|as much as|as many as))+\s*$/i;
// ("82 percent went to bus improvements, 6 percent to roads …": the first item may keep the verb.)
// ("61 percent of seats in Rwanda's lower house, 46 percent in Sweden …": the first item
// says what it counts before where.)
// ("about £2,700 a head in England, £2,900 in Wales …": so may its rate.)
const AFTER_NAME =
  /^\s*(?:of\s+(?:the\s+)?[a-z-]+(?:\s+[a-z-]+)?\s+(?=(?:in|at|from|for)\s))?(?:(?:a|an|per)\s+[a-z]+\s+(?=(?:in|at|from|for)\s))?(?:(?:went|go|goes|came|comes|flowed|(?:was|were) (?:spent|given|allocated))\s+)?(?:from|for|to|in|at|on|by|with)\s+(?:the\s+)?([^,;:.()]+)/i;

/**
 * The words that name a datum in a list, from its own clause: before the number ("Britain
 * received $3,297 million", "raw materials $3.4 billion") or, where the list runs that way,
 * after it ("$40 million from the United States"). Undefined when they are not a short name.
 */
function listLabel(p: Point, after: boolean): string | undefined {
  let t: string;
  // "… from France and $8 million from Japan": the "and" leads to the next datum.
  if (after) t = (AFTER_NAME.exec(p.after)?.[1] ?? '').replace(/\s+(?:and|or)\s*$/i, '');
  else {
    // "10,349 livres, the Rouen guild 6,200 livres and the Lille guild …": the word right after
    // the amount before is that amount's unit, not part of this item's name.
    const afterAmount = !p.clause.trimStart().startsWith(p.before.trimStart());
    t = (afterAmount ? p.before.replace(/^\s*\p{Ll}+(?=,\s|\s+(?:and|or)\s)/u, '') : p.before)
      .replace(/^.*[:;]\s*/, '')
      .trimStart()
      .replace(/,\s+(?:which|who|whose)\b[^,]*,/gi, ' ')
      .replace(/^(?:(?:in|by|on|during)\s+[^,]*?\d{4},?\s*)/i, '')
      // A leading phrase of time or place up to its comma: "In the first two years, food, feed …".
      .replace(/^(?:in|by|on|during|over|for|after|before|within|across)\s[^,]*,\s*/i, '')
      .replace(/^[\s,]*(?:(?:and|or|while|but|with)\s+)?/i, '')
      .replace(HEDGE_TAIL, '');
    // "Denmark was granted", "France received": the verb goes, the name stays.
    let ws = tagged(t);
    // A lower-case word in -ed after a name is a verb even misspelt ("Greece … recieved").
    const verbLike = (w: Word) =>
      /Verb|Auxiliary|Adverb|Preposition|Copula/.test([...w.tags].join(' ')) ||
      /^[a-z]+ed$/.test(w.text);
    // ("the Department for Transport provided": a capitalised word ends a name, no verb.)
    while (
      ws.length > 1 &&
      verbLike(ws[ws.length - 1]!) &&
      !/^\p{Lu}/u.test(ws[ws.length - 1]!.text)
    )
      ws = ws.slice(0, -1);
    // "Owner-occupiers turned out at a rate of roughly 72%": the subject before the verb names the datum.
    const verb = ws.findIndex((w) => w.tags.has('Verb') && !w.tags.has('Noun'));
    // (A determiner only first: "The auction the painters held" is a noun and a clause.)
    if (
      verb > 0 &&
      ws
        .slice(0, verb)
        .every(
          (w, k) =>
            w.tags.has('Noun') || w.tags.has('Adjective') || (k === 0 && w.tags.has('Determiner')),
        ) &&
      !ws[0]!.tags.has('Pronoun')
    )
      ws = ws.slice(0, verb);
    if (!ws.length) return undefined;
    const last = ws[ws.length - 1]!;
    const end = t.lastIndexOf(last.text) + last.text.length;
    // "A study in 42 countries found that 81 percent approved": the number is in a clause of
    // its own, and the words before "that" name the study's scope, not the datum.
    if (/\bthat\b/i.test(t.slice(end))) return undefined;
    t = t.slice(0, end);
  }
  t = t.replace(/[\s,]+$/, '').trim();
  // "Washington's rate was $15.74, California's $15.50": whose it is names the bar.
  t = /^(\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)*)['’]s(?:\s+\p{Ll}[\p{L}-]*)?$/u.exec(t)?.[1] ?? t;
  const ws = tagged(t);
  // A label names a group: it ends on a noun or a name, never on "to", "only" or "the".
  const end = ws[ws.length - 1];
  if (
    !end ||
    (/Preposition|Determiner|Conjunction|Adverb/.test([...end.tags].join(' ')) &&
      !end.tags.has('Noun')) ||
    ws.length > 6 ||
    /\d/.test(t) ||
    ws.some(
      (w) =>
        // (After a preposition an -ing word names an activity: "to walking and cycling".)
        (after
          ? /PastTense|Copula|Auxiliary|Modal/
          : /PastTense|Copula|Auxiliary|Modal|Gerund/
        ).test([...w.tags].join(' ')) &&
        !w.tags.has('Noun') &&
        !w.tags.has('Adjective'),
    )
  )
    return undefined;
  return capitalise(t);
}

/** "Washington's rate was": whose, what of theirs, and the verb of being, before an amount. */
export function possessed(
  before: string,
): { whose: string; noun: string; verb: string } | undefined {
  const m =
    /(?:^|[\s,;:])(\p{Lu}[\p{L}.-]*(?:\s\p{Lu}[\p{L}.-]*)*)['’]s\s+(\p{Ll}[\p{L}-]*(?:\s\p{Ll}[\p{L}-]*)?)\s+(was|were|is|are|stood at)$/u.exec(
      before.replace(HEDGE_TAIL, '').trimEnd(),
    );
  return m ? { whose: m[1]!, noun: m[2]!, verb: m[3] === 'stood at' ? 'was' : m[3]! } : undefined;
}

/** Verbs whose participle reads after "Amount" ("Amount received"); others ("took") do not. */
const PARTICIPLE =
  /^(?:received|granted|lent|spent|invested|paid|raised|borrowed|allocated|earned|owed|exported|imported|produced|sold|bought|collected|donated|pledged)$/;

/** The verb a list of data shares before their numbers ("received"), for the measure's name. */
export function sharedVerb(ps: readonly Point[]): string | undefined {
  const verbs = ps
    .map(
      (p) =>
        tagged(
          p.before
            .replace(/^.*[:;]\s*/, '')
            .replace(/,\s+(?:which|who|whose)\b[^,]*,/gi, ' ')
            .replace(HEDGE_TAIL, ''),
        )
          .filter((w) => w.tags.has('Verb') && !w.tags.has('Auxiliary'))
          .pop()?.normal,
    )
    .filter((v): v is string => Boolean(v));
  // A list states its verb once and implies it after ("France received $2,296 million, West Germany $1,448 million").
  const counts = new Map<string, number>();
  for (const v of verbs) counts.set(v, (counts.get(v) ?? 0) + 1);
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  return top && top[1] * 2 >= verbs.length ? top[0] : undefined;
}

/**
 * "81 percent approved of switching the trolley, while only 51 percent approved of pushing
 * the man": data of one sentence that do one verb to different things are named by those
 * things ("Switching the trolley", "Pushing the man"), words of their own clause after the
 * verb they share. Undefined unless every datum is followed by that verb and a short phrase.
 */
function verbObjects(ps: readonly Point[]): { verb: string; labels: string[] } | undefined {
  if (new Set(ps.map((p) => p.sentence.id)).size !== 1) return undefined;
  const found = ps.map((p) => {
    const m = /^\s*(\p{Ll}+)\s+((?:of|for|to|on|in)\s+)?([^,;:.()]+)/u.exec(p.after);
    if (!m) return undefined;
    const verb = tagged(m[1]!)[0];
    if (!verb?.tags.has('Verb') || verb.tags.has('Auxiliary')) return undefined;
    // The phrase up to where the next datum's clause begins ("…, while only").
    const object = m[3]!.replace(/\s+(?:while|whereas|but|and|or|than)\b.*$/, '').trim();
    return { verb: `${m[1]} ${m[2] ?? ''}`.trim(), object };
  });
  if (found.some((f) => !f)) return undefined;
  const labels = found.map((f) => f!.object);
  if (
    new Set(found.map((f) => f!.verb)).size !== 1 ||
    new Set(labels.map((l) => l.toLowerCase())).size !== labels.length ||
    labels.some((l) => !l || /\d/.test(l) || l.split(/\s+/).length > 6)
  )
    return undefined;
  return { verb: found[0]!.verb, labels: labels.map(capitalise) };
}

/**
 * "60 percent of urban households …, against 35 percent of rural ones": a bar labelled
 * "Rural ones" names what "ones" stands for, the noun that ends the first label that gives
 * one ("Rural households"), a word of the same sentence.
 */
function namedOnes(bars: Bar[]): Bar[] {
  const noun = bars
    .map((b) => /\s(\p{Ll}{3,}s)$/u.exec(b.label)?.[1])
    .find((w) => w !== undefined && w !== 'ones');
  if (!noun) return bars;
  return bars.map((b) =>
    /\sones$/.test(b.label) && b.point.sentence.text.includes(noun)
      ? { ...b, label: b.label.replace(/ones$/, noun) }
      : b,
  );
}

/**
 * The bars of one measure at one time (`ps`), or undefined when they do not break one whole
 * down by one thing.
 */
export function breakdown(ps: readonly Point[]): Breakdown | undefined {
  // An item of the first datum's own list counts what the first says it counts ("61 percent
  // of seats in Rwanda's lower house, 46 percent in Sweden").
  const counts = ps.map((p) =>
    (p.fact.counts || (p.clause === ps[0]!.clause ? ps[0]!.fact.counts : '') || '').trim(),
  );
  // ("44 seats" … "1 seat": one thing counted, in the singular or the plural.)
  const sameCounts = new Set(counts.map((c) => c.split(/\s+/).map(stem).join(' '))).size === 1;
  // Only a list of different counts needs one scope (and the names, from compromise, for it).
  const sameScope = () => new Set(ps.map((p) => scopeNames(p).join(' / '))).size === 1;
  let bars: Bar[] | undefined;
  let verb: string | undefined;
  if (sameCounts) {
    // A list runs "<amount> from <name>" when most of its data are followed by a name.
    const after = ps.filter((p) => AFTER_NAME.test(p.after)).length * 2 > ps.length;
    const labels = ps.map((p) => listLabel(p, after));
    const objects = labels.every(Boolean) ? undefined : verbObjects(ps);
    if (labels.every(Boolean)) bars = ps.map((p, i) => ({ point: p, label: labels[i]! }));
    else if (objects) {
      bars = ps.map((p, i) => ({ point: p, label: objects.labels[i]! }));
      verb = objects.verb;
    }
  } else if (counts.every(Boolean) && sameScope())
    bars = ps.map((p, i) => ({ point: p, label: capitalise(counts[i]!) }));
  if (!bars) return undefined;
  bars = namedOnes(bars);
  if (new Set(bars.map((b) => b.label.toLowerCase())).size !== bars.length) return undefined;
  // A bar whose words are all in another's label is the wider set ("engineers" beside
  // "American engineers"); a bar marked a total, or worth the sum of the rest, is the whole.
  const sum = bars.reduce((a, b) => a + shown(b.point.fact), 0);
  const isTotal = (b: Bar) => {
    const own = contentWords(b.label);
    const at = b.point.piece.indexOf(b.point.fact.raw);
    return (
      TOTAL_WORD.test(b.label) ||
      TOTAL_BEFORE.test(
        b.point.piece
          .slice(0, Math.max(0, at))
          .replace(/\b(?:about|around|some|nearly|almost|roughly|over|more than)\s+$/i, ''),
      ) ||
      bars.some(
        (o) =>
          o !== b && o.label !== b.label && [...own].every((w) => contentWords(o.label).has(w)),
      ) ||
      (bars.length >= 3 && Math.abs(2 * shown(b.point.fact) - sum) <= 0.01 * shown(b.point.fact))
    );
  };
  const totals = bars.filter(isTotal);
  const parts = bars.filter((b) => !totals.includes(b));
  const scope = /^\s*((?:in|during|over|within)\s[^,]{3,40}?),/i.exec(ps[0]!.before)?.[1];
  return {
    bars: parts.sort((a, b) => shown(b.point.fact) - shown(a.point.fact)),
    totals,
    byName: sameCounts,
    ...(verb ? { verb } : {}),
    ...(scope && !/\d{4}/.test(scope)
      ? { scope: scope.charAt(0).toLowerCase() + scope.slice(1) }
      : {}),
  };
}

/**
 * "Britain received the most: $3,297 million": when the largest bar's own clause says who did
 * what ("Britain received $3,297 million"), the title says it of the leader, with its amount
 * as written when that still fits eight words. Undefined when the clause does not read so.
 */
function leaderTitle(top: Bar, verb: string | undefined): string | undefined {
  const before = top.point.before.replace(HEDGE_TAIL, '').trimEnd();
  // "Washington's rate was $15.74, California's $15.50 …" → "Washington's rate was highest: $15.74".
  const own = possessed(before);
  if (own && own.whose.toLowerCase() === top.label.toLowerCase()) {
    const title = `${own.whose}'s ${own.noun} ${own.verb} highest: ${written(top.point.fact)}`;
    return fitOr(title, `${own.whose}'s ${own.noun} ${own.verb} highest`);
  }
  if (!verb || !PARTICIPLE.test(verb)) return undefined;
  if (!before.toLowerCase().endsWith(`${top.label} ${verb}`.toLowerCase())) return undefined;
  const leader = `${capitalise(top.label)} ${verb} the most`;
  const withAmount = `${leader}: ${written(top.point.fact)}`;
  return fitOr(withAmount, leader);
}

/**
 * The title of a breakdown whose clauses give no verb to say it with: the top bar and its
 * amount ("Raw materials and semi-finished goods largest: $3.4 billion"), or, where the bars
 * are places and the measure has a name, "Minimum wage was highest in the United Kingdom".
 */
function topTitle(top: Bar, measure: string): string {
  const superlative = top.point.key === 'percent' ? 'highest' : 'largest';
  const escaped = literal(top.label);
  const place = new RegExp(`\\bin\\s+((?:the\\s+)?${escaped})(?![\\p{L}])`, 'iu').exec(
    top.point.piece,
  );
  if (place && !/^(?:Amount|Share|Number)\b/.test(measure)) {
    const title = `${capitalise(measure)} was ${superlative} in ${place[1]}`;
    if (fits(title)) return title;
  }
  const withAmount = `${capitalise(top.label)} ${superlative}: ${written(top.point.fact)}`;
  return fitOr(withAmount, `${capitalise(top.label)} ${superlative}`);
}

/**
 * "National won the most seats: 44": when the top bar's own clause reads "<label> <past
 * tense> <amount> <what is counted>", the title says so of the leader. Undefined otherwise.
 */
function countedTitle(top: Bar, measure: string): string | undefined {
  if (!/^\p{L}+s$/u.test(measure) || /ss$/.test(measure)) return undefined;
  const before = top.point.before.replace(HEDGE_TAIL, '').trimEnd();
  const m = new RegExp(`(?:^|\\s)${literal(top.label)}\\s+(\\p{Ll}+)$`, 'iu').exec(before);
  if (!m) return undefined;
  const verb = tagged(before).at(-1);
  if (!verb?.tags.has('PastTense') || verb.normal !== m[1]!.toLowerCase()) return undefined;
  const leader = `${capitalise(top.label)} ${m[1]} the most ${measure.toLowerCase()}`;
  return fitOr(`${leader}: ${written(top.point.fact)}`, leader);
}

/** The first title given, and the others after it for a slide that repeats it. */
function titles(...given: Array<string | undefined>): { title: string; otherTitles: string[] } {
  const [title, ...otherTitles] = given.filter((t): t is string => t !== undefined);
  return { title: title!, otherTitles };
}

/** "81 percent approved of switching the trolley": the top bar in its own clause's words. */
function verbTitle(top: Bar, verb: string | undefined): string | undefined {
  // "About 82 percent went to bus improvements": the top bar's own verb, before its label.
  const own = new RegExp(
    `^\\s*(\\p{Ll}+\\s+(?:to|for|on|in|into)(?:\\s+the)?)\\s+${literal(top.label)}\\b`,
    'iu',
  ).exec(top.point.after)?.[1];
  const said = verb ?? own;
  if (!said) return undefined;
  const title = `${capitalise(written(top.point.fact))} ${said} ${top.label.charAt(0).toLowerCase()}${top.label.slice(1)}`;
  return fits(title) && top.point.sentence.text.includes(title.slice(1)) ? title : undefined;
}

/**
 * Two bars say how they compare: "Original studies 97 percent vs replications 36 percent",
 * when that fits eight words (a name keeps its capital). Undefined otherwise.
 */
function pairTitle(bars: readonly Bar[]): string | undefined {
  if (bars.length !== 2) return undefined;
  const [a, b] = bars as [Bar, Bar];
  const first = tagged(b.label)[0];
  // A name keeps its capital: "Earth" as its sentence writes it after its first word.
  const named =
    first?.tags.has('ProperNoun') ||
    new RegExp(`\\s${literal(b.label)}\\b`).test(b.point.sentence.text);
  const second = named ? b.label : b.label.charAt(0).toLowerCase() + b.label.slice(1);
  const title = `${capitalise(a.label)} ${written(a.point.fact)} vs ${second} ${written(b.point.fact)}`;
  return fits(title) ? title : undefined;
}

/**
 * Horizontal bars in the order of `rows` (each `label`, `value`, and `shown`, the number as
 * written, drawn at the bar's end), the value axis titled `axis`.
 */
export function barSpec(
  alt: string,
  rows: ReadonlyArray<Record<string, string | number>>,
  axis: string,
): ChartSpec {
  return {
    $schema: SCHEMA,
    description: alt,
    width: 'container',
    data: { values: rows },
    encoding: {
      y: { field: 'label', type: 'nominal', sort: null, title: null, axis: { labelLimit: 420 } },
      x: { field: 'value', type: 'quantitative', title: axis, scale: { zero: true } },
    },
    layer: [
      { mark: { type: 'bar' } },
      { mark: { type: 'text', align: 'left', dx: 6 }, encoding: { text: { field: 'shown' } } },
    ],
  } as unknown as ChartSpec;
}

/** A bar chart of a breakdown, largest first, each bar labelled with its number as written. */
export function barChart(b: Breakdown): ChartDraft {
  const ps = b.bars.map((x) => x.point);
  const verb = sharedVerb(ps);
  // "Washington's rate was $15.74, …": the measure is what the list's names each have.
  const own = possessed(ps[0]!.before);
  const named =
    own && /^(?:Amount|Number)$/.test(measureName(ps)) ? capitalise(own.noun) : measureName(ps);
  // "Amount received": the verb the list shares says what the amounts are.
  // "Share who approved": what the bars' data did, when the bars name what it was done to.
  const measure =
    b.verb && named === 'Share'
      ? `Share who ${b.verb.split(' ')[0]}`
      : verb && PARTICIPLE.test(verb) && /^(?:Amount|Share|Number)$/.test(named)
        ? `${named} ${verb}`
        : named;
  const axis = axisTitle(measure, ps);
  const when = ps[0]!.when?.text;
  const rows = b.bars.map((x) => ({
    label: x.label,
    value: shown(x.point.fact),
    shown: written(x.point.fact),
    sentence: x.point.sentence.id,
  }));
  const items = b.bars.map((x) => `${x.label}, ${written(x.point.fact)}`);
  const shownItems =
    b.bars.length <= 5 ? b.bars : [...b.bars.slice(0, 3), b.bars[b.bars.length - 1]!];
  const totals = b.totals.length
    ? `; in all: ${b.totals.map((t) => `${written(t.point.fact)} ${t.label.toLowerCase()}`).join(', ')}`
    : '';
  const listed = shownItems
    .map((x, i) => `${i === 3 && b.bars.length > 5 ? '… ' : ''}${x.label} ${written(x.point.fact)}`)
    .join(', ');
  const caption = `${measure}${when ? `, ${when}` : ''}${b.scope ? `, ${b.scope}` : ''}, largest to smallest: ${listed}${totals}`;
  const alt = `Bar chart of ${axis.charAt(0).toLowerCase()}${axis.slice(1)}${when ? `, ${when}` : ''}, largest first: ${items.join('; ')}.${totals ? ` Not drawn as a bar${totals.replace(/^; in all/, ', the whole')}.` : ''}`;
  const spec = barSpec(alt, rows, axis);
  const top = b.bars[0]!;
  return {
    spec,
    ...titles(
      leaderTitle(top, verb),
      verbTitle(top, b.verb),
      pairTitle(b.bars),
      countedTitle(top, measure),
      topTitle(top, measure),
    ),
    caption,
    alt,
    sentences: sentenceIds([...ps, ...b.totals.map((t) => t.point)].map((p) => p.sentence.id)),
  };
}
