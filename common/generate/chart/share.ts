/**
 * A part of a named whole the reading gives, drawn as what it is: a bar of the part against the
 * whole's full length, 0 to 100 percent. A percentage ("Britain used about 97 percent of its
 * counterpart funds to retire public debt", "about 2.5 percent of world output") or a fraction
 * in words ("The ocean has taken up roughly a quarter of the carbon dioxide released by human
 * activity", "half of the farms", "one in five farms": see fraction.ts). Nothing is added: the
 * whole is the scale, not a datum, and the rest of it is left unlabelled (the reading does not
 * say what it was); a fraction in words stays words in the datum, its length computed in the
 * chart. Shares of different wholes are different measures and never share a chart; shares of
 * one whole by different subjects are one bar each.
 */
import type { ChartSpec } from '../../deck/schema';
import type { Sentence } from '../../source/model';
import { SCHEMA, fits, sentenceIds, type ChartDraft } from './draft';
import {
  FRACTION_TRANSFORM,
  fractionValue,
  predicateOf,
  wordShares,
  type WordShare,
} from './fraction';
import { words as tagged } from './nlp';
import { capitalise } from './phrases';
import { shown, written, type Point } from './points';

/** A part of a whole: the datum, whose it is, what the whole is, what the part went to. */
export interface Share {
  /** The percentage, when the reading gives one. */
  point?: Point;
  /** The fraction in words, when the reading gives one. */
  word?: WordShare;
  sentence: Sentence;
  clause: string;
  /** The part as written, hedge kept: "about 97 percent", "roughly a quarter". */
  said: string;
  /** The part in percent, to order the bars (for a word share, never stored in the chart). */
  value: number;
  /** What joins the part to its whole: " of " ("a quarter of the …"), or " " ("one in five farms"). */
  link: string;
  /** The whole as written: "its counterpart funds", "world output", "the carbon dioxide released by human activity". */
  whole: string;
  /** The whole's noun phrase alone, for a title ("the carbon dioxide"). */
  core?: string;
  /** How many the whole holds, when the reading counts it ("5,000"). */
  counted?: string;
  /** Whose share it is, named before the number ("Britain", "The ocean"), if any. */
  subject?: string;
  /** What the part was, when the clause says it after the whole ("to retire public debt", "had electricity"). */
  purpose?: string;
  /** The part's time as written ("in 1950", "since 1800"), if any. */
  when?: string;
}
/** "of <whole>" right after the number, up to a comma, a verb's "to", or a preposition of time or place. */
const OF_WHOLE =
  /^\s+of\s+((?:the\s+|its\s+|their\s+|his\s+|her\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}?)(?=\s+(?:to|for|in|on|at|by|over|during|from|was|were|is|are|went|had|and)\b|[,;:.)]|$)/iu;
/** Words that qualify an amount, before it: "some", "about", "nearly". */
const HEDGES =
  /\b(?:some|about|around|roughly|nearly|almost|approximately|over|under|more than|less than|fewer than|at least|only|just|barely|close to)\b/gi;
/** What the part went to: "to retire public debt", "for reconstruction", up to a comma. */
const PURPOSE = /^\s+((?:to|for|on|into)\s+[^,;:.()]{3,50}?)\s*(?=[,;:.()]|$)/i;
/** An auxiliary that ends its clause after the whole: "… of city homes did". */
const AUX_END = /\s+(?:did|does|do|had|has|have|was|were|is|are|could|would|can|will)$/i;
/** A whole that is no whole: "of the time", "of them" say nothing a bar can show. */
const NOT_A_WHOLE = /^(?:the\s+)?(?:time|them|it|those|these|all|cases?|total)$/i;

/** The whole of `p`, when its clause gives the percentage as a part of one. */
export function shareOf(p: Point): Share | undefined {
  if (p.key !== 'percent' || p.fact.kind === 'range') return undefined;
  const value = shown(p.fact);
  if (!(value > 0 && value < 100)) return undefined;
  const m = OF_WHOLE.exec(p.after);
  if (!m) return undefined;
  // "of city homes did": an auxiliary closing the clause is no part of the whole.
  const whole = m[1]!.trim().replace(AUX_END, '');
  if (NOT_A_WHOLE.test(whole) || /\d/.test(whole)) return undefined;
  // The whole is a noun phrase: it ends on a noun (the tagger may read "funds" as a verb), never a function word.
  const ws = tagged(whole);
  const last = ws[ws.length - 1];
  if (
    !last ||
    /Preposition|Determiner|Conjunction|Adverb|Pronoun|Adjective/.test([...last.tags].join(' ')) ||
    (!last.tags.has('Noun') && ws.length < 2)
  )
    return undefined;
  const rest = p.after.slice(m[0].length);
  // Whose share it is, named in the number's own clause: never across a colon or semicolon
  // ("Holdings were small: in 1841 some 45 per cent of farms …" names no holder).
  const before = p.clause
    .slice(0, Math.max(0, p.clause.indexOf(p.fact.raw)))
    .replace(/^.*[:;]\s/s, '');
  // The first run of proper nouns ("Britain", "Japan", "West Germany"), not a month or a year.
  const run: string[] = [];
  let previous = '';
  for (const w of tagged(before)) {
    // "A decade after Brown, …": a name after a preposition of time dates the clause.
    if (!run.length && TIME_PREPOSITION.test(previous)) {
      previous = /^\p{Lu}/u.test(w.text) && !/[,;:.()]/.test(w.post) ? previous : w.normal;
      continue;
    }
    previous = w.normal;
    // A capitalised noun is a name too: the tagger may not know "Britain" at a sentence's start.
    const name =
      (w.tags.has('ProperNoun') ||
        (w.tags.has('Noun') && /^\p{Lu}/u.test(w.text) && !w.tags.has('Pronoun'))) &&
      // "Reef-building corals": the first part of a hyphened compound is no name.
      !/^-/.test(w.post) &&
      !w.tags.has('Month') &&
      !w.tags.has('Date') &&
      !/\d/.test(w.text);
    if (name) run.push(w.text.replace(/[,;:.]+$/, ''));
    else if (run.length) break;
    if (run.length && /[,;:.()]/.test(w.post)) break;
  }
  const subject = run.length ? run.join(' ') : undefined;
  // What the part went to ("to retire public debt"), or, when the share leads its clause, what
  // it was or did ("some 45 per cent of farms were under five acres").
  const leads = !/\p{L}/u.test(
    before.replace(/^(?:(?:in|by|since|until|after|before)\s+\S+,?\s*)/i, '').replace(HEDGES, ''),
  );
  const purpose =
    PURPOSE.exec(rest)?.[1] ?? (leads && !subject ? predicateOf(tagged(rest.trim())) : undefined);
  const when = p.when?.text;
  return {
    point: p,
    sentence: p.sentence,
    clause: p.clause,
    said: written(p.fact),
    value,
    link: ' of ',
    whole,
    ...(subject ? { subject } : {}),
    ...(purpose ? { purpose } : {}),
    ...(when ? { when } : {}),
  };
}

/** The whole without its possessive ("its counterpart funds" → "counterpart funds"), to compare and to name the axis. */
const bareWhole = (w: string) => w.replace(/^(?:its|their|his|her)\s+/i, '');
/** The whole without a leading article too, to compare wholes ("the farms" and "farms" are one whole). */
const wholeKey = (w: string) =>
  bareWhole(w)
    .replace(/^the\s+/i, '')
    .toLowerCase();

/** A fraction in words as a share. */
function fromWords(w: WordShare): Share {
  const said = w.hedge ? `${w.hedge} ${w.fraction}` : w.fraction;
  return {
    word: w,
    sentence: w.sentence,
    clause: w.clause,
    said: /^\p{Lu}/u.test(said) && !w.subject ? said.charAt(0).toLowerCase() + said.slice(1) : said,
    value: fractionValue(w),
    link: w.of ? ' of ' : ' ',
    whole: w.whole,
    core: w.core,
    ...(w.counted ? { counted: w.counted } : {}),
    ...(w.subject ? { subject: w.subject } : {}),
    ...(w.predicate ? { purpose: w.predicate } : {}),
    ...(w.when ? { when: w.when } : {}),
  };
}

/**
 * The shares of one whole among `points` and the fractions in words of `sentences`: the whole
 * given most often (the first on a tie), one per subject. Undefined when no percentage or
 * fraction is a part of a named whole.
 */
export function bestShares(
  points: readonly Point[],
  sentences: readonly Sentence[] = [],
): Share[] | undefined {
  const byWhole = new Map<string, Share[]>();
  const all = [
    ...points.map(shareOf).filter((s): s is Share => s !== undefined),
    ...wordShares(sentences).map(fromWords),
  ];
  for (const s of all) {
    const key = wholeKey(s.whole);
    const list = byWhole.get(key) ?? [];
    // One bar per subject (or, with none, per thing the part did): a second share of one subject's whole is another part, not another bar.
    if (!list.some((o) => barOf(o) === barOf(s))) list.push(s);
    byWhole.set(key, list);
  }
  const best = [...byWhole.values()].sort((a, b) => b.length - a.length)[0];
  if (!best || best.length === 1) return best;
  // Bars are told apart by whose share each is ("Britain", "France") or, where no share names
  // a subject, by what each part of the whole did at one time ("had electricity", "had a
  // tractor"); shares told apart by neither stand alone.
  const named = best.filter((s) => s.subject);
  if (named.length >= 2) return named;
  const done = best.filter(
    (s) => !s.subject && s.purpose && (s.when ?? '') === (best[0]!.when ?? ''),
  );
  return done.length >= 2 && new Set(done.map((s) => s.purpose!.toLowerCase())).size === done.length
    ? done
    : [best[0]!];
}

/** What tells a share's bar apart: its subject, or what the part did. */
const barOf = (s: Share) =>
  s.subject ? `who:${s.subject}` : `did:${(s.purpose ?? '').toLowerCase()}`;
/** The bar's name on the axis: whose share, or what the part did. */
const nameOf = (s: Share, byDeed: boolean) =>
  s.subject ? capitalise(s.subject) : byDeed ? capitalise(s.purpose ?? '') : '';

/** Prepositions after which a name is a time, not who: "after Brown", "since Maastricht". */
const TIME_PREPOSITION = /^(?:after|before|since|until|during|following)$/;

/** Asides that link a clause to its neighbour ("Britain, by contrast, used …") and a closing "which …". */
const tidy = (clause: string) =>
  clause
    .replace(
      /,\s*(?:by contrast|in contrast|however|in turn|for its part|instead|too|also|meanwhile),\s*/gi,
      ' ',
    )
    .replace(/,\s+(?:which|who)\b.*$/i, '')
    .replace(/[\s,;:.]+$/, '')
    .trim();

/** "of the" between two counts ("3,000 of the 5,000"): a title may say "3,000 of 5,000". */
const COUNT_OF_THE = /\s+of\s+(?:the|its|their|his|her)\s+(?=\d)/;

/**
 * The share's subject and verb as the clause words them ("The jury rejected ", "Britain used "),
 * when a short verb phrase joins them to the part; undefined otherwise.
 */
function didWith(s: Share): string | undefined {
  if (!s.subject) return undefined;
  const from = s.clause.indexOf(s.subject);
  const to = s.clause.toLowerCase().indexOf(s.said.toLowerCase(), from + s.subject.length);
  if (from < 0 || to < 0) return undefined;
  const verb = s.clause.slice(from + s.subject.length, to).trim();
  if (!verb || /[,;:()]/.test(verb) || verb.split(/\s+/).length > 3) return undefined;
  return capitalise(`${s.subject} ${verb} `);
}

/** A headline's noun phrase: the article dropped ("the carbon dioxide" → "carbon dioxide"). */
const headline = (np: string) => np.replace(/^(?:the|a|an)\s+/i, '');

/** A bar per share against the whole's full length (0 to 100 percent), largest first. */
export function shareChart(shares: readonly Share[]): ChartDraft {
  const parts = [...shares].sort((a, b) => b.value - a.value);
  const first = parts[0]!;
  const whole = bareWhole(first.whole);
  // The axis names the whole as a measure: "Share of carbon dioxide released by human activity, %".
  const axis = `Share of ${first.word ? headline(whole) : whole}, %`;
  const said = (s: Share) => `${s.said}${s.link}${s.whole}${s.purpose ? ` ${s.purpose}` : ''}`;
  const byDeed = parts.length > 1 && !first.subject;
  // A percentage is stored as the reading's number; a fraction in words as its words, its length computed in the chart.
  const rows = parts.map((s) => ({
    label: nameOf(s, byDeed),
    ...(s.point
      ? { value: shown(s.point.fact) }
      : { ...(s.word!.parts ? { parts: s.word!.parts } : {}), per: s.word!.per }),
    // "one in five farms", "14 of the 28 effects": a count form's label names what it counts.
    shown: `${s.said}${s.word && s.link === ' ' && s.core ? ` ${s.core}` : ''}${s.purpose && !byDeed ? ` ${s.purpose}` : ''}`,
    sentence: s.sentence.id,
  }));
  const when = parts.length === 1 ? first.when : undefined;
  const who = first.subject ? `${first.subject}: ` : '';
  // "3,000 of the 5,000 works" may go shorter as "3,000 of 5,000 works".
  const saids = [...new Set([first.said, first.said.replace(COUNT_OF_THE, ' of ')])];
  const deed = didWith(first);
  const candidates = [
    // The clause's own words from its subject: "The jury rejected about 3,000 of 5,000 works".
    ...(deed
      ? saids.flatMap((said) => [
          `${deed}${said}${first.link}${first.whole}`,
          ...(first.core ? [`${deed}${said}${first.link}${first.core}`] : []),
        ])
      : []),
    // The clause's own words when the share is its subject: "Half of the farms had electricity".
    ...(first.word && first.purpose && !first.subject
      ? saids.flatMap((said) => [
          capitalise(`${said}${first.link}${first.whole} ${first.purpose}`),
          capitalise(`${said}${first.link}${first.core} ${first.purpose}`),
        ])
      : []),
    `${who}${first.said}${first.link}${first.whole}${when ? `, ${when}` : ''}`,
    `${who}${first.said}${first.link}${first.whole}`,
    ...(first.core
      ? [
          `${who}${first.said}${first.link}${first.core}`,
          `${who}${first.said}${first.link}${headline(first.core)}`,
        ]
      : []),
    `${capitalise(first.said)}${first.link}${first.whole}`,
    `Share of ${whole}`,
  ];
  // A title opens with a capital, as a share with no subject does not ("roughly a quarter of …").
  const title =
    parts.length === 1
      ? capitalise(candidates.find(fits)!)
      : ([`Shares of ${whole}${first.when ? `, ${first.when}` : ''}`, `Shares of ${whole}`].find(
          fits,
        ) ?? `Shares of ${headline(first.core ?? whole)}`);
  // A clause that leans on the one before it ("while nearly 90 percent of city homes did") is
  // captioned by its whole sentence.
  const leans = (c: string) =>
    /^(?:while|whereas|although|though|but|and)\s/i.test(c) ||
    AUX_END.test(c.replace(/[.;,:]+$/, ''));
  const clauses = [
    ...new Set(parts.map((s) => tidy(leans(s.clause) ? s.sentence.text : s.clause))),
  ];
  // "all 5,000 works" when the reading counts the whole, else "all of the farms".
  const all =
    parts.length === 1 && first.counted
      ? `all ${first.counted} ${first.whole}`
      : `all of ${parts.length === 1 ? first.whole : whole}`;
  const caption = `${capitalise(clauses.join('; '))}. The full bar is ${all}`;
  const alt = `Part-of-whole bar chart, ${axis.replace(/^Share/, 'share').replace(/, %$/, ' in percent')}: ${parts.map((s) => `${s.subject ? `${s.subject}, ` : ''}${said(s)}${s.when && !s.point?.when ? ` ${s.when}` : ''}`).join('; ')}. Each bar's full length is ${all}; the reading does not say what the rest was.`;
  const labelled = rows.some((r) => r.label);
  const spec = {
    $schema: SCHEMA,
    description: alt,
    width: 'container',
    data: { values: rows },
    // A share's length: a percentage's value as it is, a fraction's computed from its words.
    transform: FRACTION_TRANSFORM,
    encoding: {
      y: {
        field: 'label',
        type: 'nominal',
        sort: null,
        title: null,
        // A lone bar stays a bar, not a block filling the slide.
        scale: { paddingInner: 0.5, paddingOuter: parts.length === 1 ? 1.2 : 0.5 },
        axis: labelled ? { labelLimit: 420, ticks: false, domain: false } : null,
      },
    },
    layer: [
      // The whole: the scale's full length, faint, with no number (the reading gives none).
      {
        mark: { type: 'bar', opacity: 0.2 },
        encoding: {
          x: { datum: 100, type: 'quantitative', scale: { domain: [0, 100] }, title: axis },
        },
      },
      {
        mark: { type: 'bar' },
        encoding: { x: { field: 'share', type: 'quantitative', title: axis } },
      },
      // The number as written (hedge kept) above its bar's start, where it never leaves the plot.
      {
        mark: { type: 'text', align: 'left', baseline: 'bottom', dy: -6 },
        encoding: {
          x: { datum: 0, type: 'quantitative', title: axis },
          y: { field: 'label', type: 'nominal', sort: null, bandPosition: 0 },
          text: { field: 'shown' },
        },
      },
    ],
  } as unknown as ChartSpec;
  return { spec, title, caption, alt, sentences: sentenceIds(parts.map((s) => s.sentence.id)) };
}
