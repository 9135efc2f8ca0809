/**
 * A percentage the reading gives as a part of a named whole ("Britain used about 97 percent of
 * its counterpart funds to retire public debt", "about 2.5 percent of world output") drawn as
 * what it is: a bar of the part against the whole's full length, 0 to 100 percent. Nothing is
 * added: the whole is the scale, not a datum, and the rest of it is left unlabelled (the
 * reading does not say what it was). Shares of different wholes are different measures and
 * never share a chart; shares of one whole by different subjects are one bar each.
 */
import type { ChartSpec } from '../../deck/schema';
import { SCHEMA, sentenceIds, type ChartDraft } from './draft';
import { words as tagged } from './nlp';
import { capitalise } from './phrases';
import { shown, written, type Point } from './points';

/** A part of a whole: the datum, whose it is, what the whole is, what the part went to. */
export interface Share {
  point: Point;
  /** The whole as written: "its counterpart funds", "world output", "the world's steel". */
  whole: string;
  /** The name the clause gives before the number, whose share it is ("Britain"), if any. */
  subject?: string;
  /** What the part was, when the clause says it after the whole ("to retire public debt"). */
  purpose?: string;
}

/** "of <whole>" right after the number, up to a comma, a verb's "to", or a preposition of time or place. */
const OF_WHOLE = /^\s+of\s+((?:the\s+|its\s+|their\s+|his\s+|her\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}?)(?=\s+(?:to|for|in|on|at|by|over|during|from|was|were|is|are|went|had|and)\b|[,;:.)]|$)/iu;
/** What the part went to: "to retire public debt", "for reconstruction", up to a comma. */
const PURPOSE = /^\s+((?:to|for|on|into)\s+[^,;:.()]{3,50}?)\s*(?=[,;:.()]|$)/i;
/** A whole that is no whole: "of the time", "of them" say nothing a bar can show. */
const NOT_A_WHOLE = /^(?:the\s+)?(?:time|them|it|those|these|all|cases?|total)$/i;

/** The whole of `p`, when its clause gives the percentage as a part of one. */
export function shareOf(p: Point): Share | undefined {
  if (p.key !== 'percent' || p.fact.kind === 'range') return undefined;
  const value = shown(p.fact);
  if (!(value > 0 && value < 100)) return undefined;
  const m = OF_WHOLE.exec(p.after);
  if (!m) return undefined;
  const whole = m[1]!.trim();
  if (NOT_A_WHOLE.test(whole) || /\d/.test(whole)) return undefined;
  // The whole is a noun phrase: it ends on a noun (the tagger may read "funds" as a verb), never a function word.
  const ws = tagged(whole);
  const last = ws[ws.length - 1];
  if (!last || /Preposition|Determiner|Conjunction|Adverb|Pronoun|Adjective/.test([...last.tags].join(' ')) || (!last.tags.has('Noun') && ws.length < 2)) return undefined;
  const purpose = PURPOSE.exec(p.after.slice(m[0].length))?.[1];
  const before = p.clause.slice(0, Math.max(0, p.clause.indexOf(p.fact.raw)));
  // The first run of proper nouns ("Britain", "Japan", "West Germany"), not a month or a year.
  const run: string[] = [];
  for (const w of tagged(before)) {
    // A capitalised noun is a name too: the tagger may not know "Britain" at a sentence's start.
    const name = (w.tags.has('ProperNoun') || (w.tags.has('Noun') && /^\p{Lu}/u.test(w.text) && !w.tags.has('Pronoun'))) && !w.tags.has('Month') && !w.tags.has('Date') && !/\d/.test(w.text);
    if (name) run.push(w.text.replace(/[,;:.]+$/, ''));
    else if (run.length) break;
    if (run.length && /[,;:.()]/.test(w.post)) break;
  }
  const subject = run.length ? run.join(' ') : undefined;
  return { point: p, whole, ...(subject ? { subject } : {}), ...(purpose ? { purpose } : {}) };
}

/** The whole without its possessive ("its counterpart funds" → "counterpart funds"), to compare and to name the axis. */
const bareWhole = (w: string) => w.replace(/^(?:its|their|his|her)\s+/i, '');

/**
 * The shares of one whole among `points`: the whole given most often (the first on a tie),
 * one per subject. Undefined when no percentage is a part of a named whole.
 */
export function bestShares(points: readonly Point[]): Share[] | undefined {
  const byWhole = new Map<string, Share[]>();
  for (const p of points) {
    const s = shareOf(p);
    if (!s) continue;
    const key = bareWhole(s.whole).toLowerCase();
    const list = byWhole.get(key) ?? [];
    // One bar per subject: a second share of one subject's whole is another part, not another bar.
    if (!list.some((o) => (o.subject ?? '') === (s.subject ?? ''))) list.push(s);
    byWhole.set(key, list);
  }
  const best = [...byWhole.values()].sort((a, b) => b.length - a.length)[0];
  if (!best || best.length === 1) return best;
  // Bars are told apart by whose share each is: shares without a subject stand alone.
  const named = best.filter((s) => s.subject);
  return named.length >= 2 ? named : [best[0]!];
}

/** Slide titles are at most eight words. */
const fits = (t: string) => t.split(/\s+/).filter(Boolean).length <= 8;

/** Asides that link a clause to its neighbour ("Britain, by contrast, used …") and a closing "which …". */
const tidy = (clause: string) =>
  clause
    .replace(/,\s*(?:by contrast|in contrast|however|in turn|for its part|instead|too|also|meanwhile),\s*/gi, ' ')
    .replace(/,\s+(?:which|who)\b.*$/i, '')
    .replace(/[\s,;:.]+$/, '')
    .trim();

/** A bar per share against the whole's full length (0 to 100 percent), largest first. */
export function shareChart(shares: readonly Share[]): ChartDraft {
  const parts = [...shares].sort((a, b) => shown(b.point.fact) - shown(a.point.fact));
  const first = parts[0]!;
  const whole = bareWhole(first.whole);
  const axis = `Share of ${whole}, %`;
  const said = (s: Share) => `${written(s.point.fact)} of ${s.whole}${s.purpose ? ` ${s.purpose}` : ''}`;
  const rows = parts.map((s) => ({
    label: s.subject ?? '',
    value: shown(s.point.fact),
    shown: `${written(s.point.fact)}${s.purpose ? ` ${s.purpose}` : ''}`,
    sentence: s.point.sentence.id,
  }));
  const when = parts.length === 1 ? first.point.when?.text : undefined;
  const candidates = [
    `${first.subject ? `${first.subject}: ` : ''}${written(first.point.fact)} of ${first.whole}${when ? `, ${when}` : ''}`,
    `${first.subject ? `${first.subject}: ` : ''}${written(first.point.fact)} of ${first.whole}`,
    `${capitalise(written(first.point.fact))} of ${first.whole}`,
    `Share of ${whole}`,
  ];
  const title = parts.length === 1 ? candidates.find(fits)! : `Shares of ${whole}`;
  const clauses = [...new Set(parts.map((s) => tidy(s.point.clause)))];
  const caption = `${capitalise(clauses.join('; '))}. The full bar is all of ${parts.length === 1 ? first.whole : whole}`;
  const alt = `Part-of-whole bar chart, ${axis.replace(/, %$/, ' in percent')}: ${parts.map((s) => `${s.subject ? `${s.subject}, ` : ''}${said(s)}`).join('; ')}. Each bar's full length is all of ${parts.length === 1 ? first.whole : whole}; the reading does not say what the rest was.`;
  const labelled = rows.some((r) => r.label);
  const spec = {
    $schema: SCHEMA,
    description: alt,
    width: 'container',
    data: { values: rows },
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
      { mark: { type: 'bar', opacity: 0.2 }, encoding: { x: { datum: 100, type: 'quantitative', scale: { domain: [0, 100] }, title: axis } } },
      { mark: { type: 'bar' }, encoding: { x: { field: 'value', type: 'quantitative', title: axis } } },
      // The number as written (hedge kept) above its bar's start, where it never leaves the plot.
      { mark: { type: 'text', align: 'left', baseline: 'bottom', dy: -6 }, encoding: { x: { datum: 0, type: 'quantitative', title: axis }, y: { field: 'label', type: 'nominal', sort: null, bandPosition: 0 }, text: { field: 'shown' } } },
    ],
  } as unknown as ChartSpec;
  return { spec, title, caption, alt, sentences: sentenceIds(parts.map((s) => s.point.sentence.id)) };
}
