/**
 * A timeline of the dated events of a section: a dot per event on a proportional time axis
 * (a bar for a span such as "1848-49"), each labelled with its date as written and a short
 * phrase of its own clause. Drawn where a section dates events but has no series to plot.
 */
import type { ChartSpec } from '../../deck/schema';
import { dropNarrativeCitations } from '../../source/citations';
import type { Sentence } from '../../source/model';
import { SCHEMA, sentenceIds, type ChartDraft } from './draft';
import { changeSubject, hasVerb, isVerb, words as tagged, type Word } from './nlp';
import { capitalise } from './phrases';
import {
  axisYears,
  compareWhen,
  DATE_TRANSFORM,
  decadeWhen,
  eraWhen,
  parseWhen,
  signedYear,
  timeAxis,
  timeFields,
  type When,
} from './when';

const isVerbAt = (ws: readonly Word[], i: number) => isVerb(ws[i]!, ws[i + 1]);

export interface Event {
  when: When;
  /** A phrase of the event's own clause, the date taken out. */
  what: string;
  sentence: Sentence;
}

const MAX_EVENTS = 8;
/** A label is its date over a phrase of at most this many words and characters, so it fits beside its dot. */
const MAX_WORDS = 7;
const MAX_CHARS = 52;
/** Where no phrase ends within that, a whole clause, or a phrase of it, of up to this many words and characters. */
const LONG_WORDS = 12;
const LONG_CHARS = 72;
/** Words that open a phrase of their own: a label may end just before one ("rose | from 7 cents"). */
const OPENS_PHRASE =
  /^(?:that|which|who|to|and|but|or|while|when|after|before|because|until|since|as|so|for|from|in|on|at|by|with|into|across|over|under|during|through|without|against|near)$/;
const CLAUSE =
  /;\s+|:\s+|,\s+(?=(?:and|while|but|whereas|although|though)\b)|\s+(?=and\s+(?:another|other)\b)/g;

/** "It can be said", "It was written": an impersonal frame cut from its claim tells no event. */
const IMPERSONAL =
  /^it\s+(?:(?:can|could|may|might|must|should|would|will)\s+)?(?:be|is|was|has been|had been)\s+\w+$/i;

/** "Others argue that …", "Historians have claimed that …": a report's claim before the date. */
const REPORTED_BEFORE =
  /\b(?:argue|argues|argued|claim|claims|claimed|suggest|suggests|suggested|contend|contends|contended|believe|believes|believed|maintain|maintains|maintained)\s+that\s/i;

/** The dated events of `sentences`, in time order, at most eight spread over the span. */
export function eventsOf(sentences: readonly Sentence[]): Event[] {
  const out: Event[] = [];
  const seen = new Set<string>();
  for (const s of sentences) {
    // A quotation's date is when it was said or written, and its words are no event:
    // "'The judgement of God sent the calamity …,' wrote Trevelyan in 1848" is a quote slide.
    if (s.quotes.some((q) => q.attribution && q.text.split(/\s+/).length >= 6)) continue;
    // One event per clause: "grew from 7,000 in 1960 to 287,000 in 1978" is one change over a span.
    const byClause = new Map<number, Event>();
    let cursor = 0;
    for (const f of s.facts) {
      const at = s.text.indexOf(f.raw, cursor);
      if (at < 0) continue;
      cursor = at + f.raw.length;
      const dated =
        f.kind === 'date' || f.kind === 'year' || (f.kind === 'range' && f.unit === 'year');
      if (!dated) continue;
      const lead = /\b(before|after|until|since|by)\s+$/i.exec(
        s.text.slice(Math.max(0, at - 8), at),
      )?.[1];
      // A decade ("in the 1930s") is a span of ten years, never a point; "by the 1930s" has no start to draw.
      // Only a whole decade ("in the 1930s"), not part of one ("by the mid-1960s", "the early 1930s").
      const wholeDecade = /\b(?:in|during|through|throughout)\s+the\s+$/i.test(
        s.text.slice(Math.max(0, at - 16), at),
      );
      const when =
        f.unit === 'decade'
          ? wholeDecade
            ? decadeWhen(f.raw)
            : undefined
          : (parseWhen(lead ? `${lead.toLowerCase()} ${f.raw}` : f.raw) ??
            (f.kind === 'date' ? eraWhen(f.raw) : undefined));
      if (!when) continue;
      const { start, clause } = clauseAt(s.text, at, f.raw.length);
      const earlier = byClause.get(start);
      if (earlier) {
        if (
          changeSubject(clause) &&
          !earlier.when.era &&
          !when.era &&
          !earlier.when.end &&
          !earlier.when.open &&
          when.year > earlier.when.year
        ) {
          earlier.when = {
            text: `${earlier.when.text}–${when.year}`,
            year: earlier.when.year,
            end: when.year,
            endWritten: when.year,
          };
        }
        continue;
      }
      // ("Suri and Jack (2016) followed …": a label names who, never when they published.)
      const phrase = phraseOf(clause, at - start, f.raw);
      const what = phrase && dropNarrativeCitations(phrase);
      if (!what || IMPERSONAL.test(what.replace(/ …$/, ''))) continue;
      const key = `${when.text}|${what.toLowerCase()}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const event = { when, what, sentence: s };
      byClause.set(start, event);
      out.push(event);
    }
  }
  // One line of years per timeline: before the common era, or after it, whichever dates more
  // events (an excavation in 1995 beside pillars raised in 9600 BCE would crowd both ends).
  const bce = out.filter((e) => e.when.era);
  const kept = bce.length > out.length - bce.length ? bce : out.filter((e) => !e.when.era);
  return sample(kept.sort((a, b) => compareWhen(a.when, b.when)));
}

/** At most MAX_EVENTS of `out`, in time order. */
function sample(out: Event[]): Event[] {
  if (out.length <= MAX_EVENTS) return out;
  // Keep the first and the last, and events spread between them.
  return Array.from(
    { length: MAX_EVENTS },
    (_, i) => out[Math.round((i * (out.length - 1)) / (MAX_EVENTS - 1))]!,
  );
}

/** The clause of `text` holding offset `at`, and where it starts. */
function clauseAt(text: string, at: number, len: number): { start: number; clause: string } {
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(CLAUSE)) {
    if (m.index + m[0].length <= at) start = m.index + m[0].length;
    else if (m.index >= at + len) {
      end = m.index;
      break;
    }
  }
  return { start, clause: text.slice(start, end) };
}

/** The clause around a date, the date (and any other) and its preposition taken out, cut to a short phrase. */
function phraseOf(clause: string, rel: number, raw: string): string | undefined {
  let before = clause
    .slice(0, rel)
    .replace(
      /\b(?:in|on|by|during|from|since|until|before|after|of|between|through|throughout|over|across|into|within)\s+(?:the\s+)?(?:(?:about|around|circa|c\.|some|roughly)\s+)?$/i,
      '',
    );
  // "Only after 1375 did prices settle …": without its date the inversion reads as no
  // sentence ("Only did prices settle"), so the clause tells no event.
  if (
    /\bonly\s*$/i.test(before) &&
    /^\s*(?:did|does|do|was|were|had|has|could|would)\s/i.test(clause.slice(rel + raw.length))
  )
    return undefined;
  // "… argue that the difference owed more to institutions that already existed before 1348":
  // a date in what someone argues dates no event of the reading.
  if (REPORTED_BEFORE.test(before)) return undefined;
  // Other dates of the clause go too: the event is placed by the first. A short conjunct
  // with a date of its own is another event and goes whole ("Finland enfranchised women in
  // 1906 and Norway in 1913" is Finland's, never "… and Norway"; "struck in 1834 and returned
  // only in 1835", never "struck and returned only").
  let after = clause
    .slice(rel + raw.length)
    .replace(
      /\s+(?:and|or)\s+[^,;]{1,40}?\s+(?:in|by|on|during)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:1\d{3}|20\d{2})\b/gu,
      '',
    )
    .replace(
      /\s+(?:in|by|on|during)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:1\d{3}|20\d{2})\b/g,
      '',
    );
  // "The last epidemic, in 1866, struck …": the date's commas go with it.
  if (/,\s*$/.test(before) && /^\s*,/.test(after)) {
    before = before.replace(/,\s*$/, '');
    after = after.replace(/^\s*,/, '');
  }
  let phrase = `${before} ${after}`
    // A quotation mark between two words or numbers parts them: '1"0' is not "10".
    .replace(/(?<=[\p{L}\d])["“”](?=[\p{L}\d])/gu, ' ')
    .replace(/["“”]/g, '')
    // Asides: "Cyrus Field, a New York paper merchant who had retired at thirty-three, formed …".
    .replace(/(?<=\p{L}),\s+(?:a|an|who|whose|which)\s[^,]*(?:,|$)/giu, ' ')
    // "His Bible, finished in about 1455, survives …" loses its date: the participle goes too.
    .replace(/,\s+[a-z]+ed\s*,\s+/g, ' ')
    .replace(/^[\s,]*(?:and|but|while|then)\s+/i, '')
    .replace(/\s+,/g, ',')
    .replace(/,{2,}/g, ',')
    .replace(/\s{2,}/g, ' ')
    .replace(/^[\s,:;.]+|[\s,:;.]+$/g, '');
  // A leading phrase of a preposition and no verb, up to a comma, is an opener ("After the crisis,").
  const opener = /^([^,]{1,40}),\s+/.exec(phrase);
  if (opener && tagged(opener[1]!)[0]?.tags.has('Preposition') && !hasVerb(tagged(opener[1]!)))
    phrase = phrase.slice(opener[0].length);
  const ws = tagged(phrase);
  if (!hasVerb(ws)) return undefined;
  // "…, and approved it only in 1971": a predicate whose subject is in another clause says
  // nothing of who ("Approved it only").
  if (ws[0]?.tags.has('PastTense') && !ws[0].tags.has('Noun') && !/^\p{Lu}/u.test(clause.trim()))
    return undefined;
  // An aside after a comma goes first ("…the Karagan wastelands, the "hungry steppes" of Central Asia").
  // (Not a comma inside a list of names: "the New York, Newfoundland and London Telegraph Company".)
  const comma = ws.findIndex(
    (w, i) => i >= 3 && /,/.test(w.post) && !/^\p{Lu}/u.test(ws[i + 1]?.text ?? ''),
  );
  let kept = comma >= 0 && hasVerb(ws.slice(0, comma + 1)) ? ws.slice(0, comma + 1) : ws;
  // A subject too long to keep its verb loses its prepositional phrase first: "350 construction
  // workers from the British Metropolitan-Wick Company worked …" → "350 construction workers worked …".
  let verbAt = kept.findIndex((w, i) => isVerbAt(kept, i));
  // "… Confederate states | attended": a plural in -s before the verb is read as one.
  if (
    verbAt > 0 &&
    /s$/.test(kept[verbAt]!.normal) &&
    kept[verbAt]!.tags.has('PresentTense') &&
    isVerbAt(kept, verbAt + 1)
  )
    verbAt++;
  if (verbAt >= MAX_WORDS - 1) {
    // Only a phrase of place or source ("from …", "in …", "of …"); "with …" may name the doer.
    // Never what an amount is of: "2.3 percent | of Black students" says who.
    const prep = kept.findIndex(
      (w, i) =>
        i > 0 &&
        i < verbAt &&
        w.tags.has('Preposition') &&
        /^(?:from|in|at|on|of|near)$/.test(w.normal) &&
        !(
          w.normal === 'of' &&
          (kept[i - 1]!.tags.has('Value') || /^(?:percent|%)$/.test(kept[i - 1]!.normal))
        ),
    );
    if (prep > 0) kept = [...kept.slice(0, prep), ...kept.slice(verbAt)];
  }
  const dangling = (i: number) => danglingAt(kept, i);
  const fits = (ws: readonly Word[], words: number, chars: number) =>
    ws.length <= words && charsOf(ws) <= chars;
  // A cut label ends where a phrase ends: the longest prefix within the budget that holds its
  // verb, ends on no word that needs another, and is followed by a word that opens a phrase of
  // its own. Short first; then the whole clause if it is not long; then a longer phrase of it.
  // Where none fits, the event is left out rather than labelled mid-phrase.
  const phraseEnd = (words: number, chars: number): number => {
    let k = Math.min(words, kept.length - 1);
    while (
      k >= 2 &&
      !(
        charsOf(kept.slice(0, k)) <= chars &&
        endsPhrase(kept, k) &&
        !dangling(k - 1) &&
        hasVerb(kept.slice(0, k))
      )
    )
      k--;
    return k;
  };
  let cut = false;
  if (!fits(kept, MAX_WORDS, MAX_CHARS)) {
    const short = phraseEnd(MAX_WORDS, MAX_CHARS);
    const long =
      short >= 2 || fits(kept, LONG_WORDS, LONG_CHARS) ? short : phraseEnd(LONG_WORDS, LONG_CHARS);
    if (long >= 2) {
      kept = kept.slice(0, long);
      cut = true;
    } else if (!fits(kept, LONG_WORDS, LONG_CHARS)) return undefined;
  }
  if (!hasVerb(kept)) return undefined;
  // The phrase as written (hyphens, quotes and all): runs of kept words copied from it, so a
  // dropped phrase leaves no gap.
  const parts: string[] = [];
  let at = 0;
  let run: { from: number; to: number } | undefined;
  for (const w of kept) {
    const i = phrase.indexOf(w.text, at);
    const gap = run ? phrase.slice(run.to, i) : '';
    // Brackets stay with their words: "basic oxygen (LD) converters", "Industry (MITI)".
    if (run && /^[\s,;:"“”'’()-]*$/.test(gap)) run.to = i + w.text.length;
    else {
      if (run) parts.push(phrase.slice(run.from, run.to));
      run = { from: i, to: i + w.text.length };
    }
    at = i + w.text.length;
  }
  if (run) parts.push(phrase.slice(run.from, run.to));
  // A cut never leaves a bracket open ("basic oxygen (LD …"): the bracket goes with its end.
  const out = parts
    .join(' ')
    .replace(/\s*\([^)]*$/, '')
    .replace(/[\s,;:]+$/, '');
  return capitalise(out) + (cut ? ' …' : '');
}

const charsOf = (ws: readonly Word[]) => ws.reduce((n, w) => n + w.text.length + 1, 0);

/**
 * Whether a label may end before word `k` of `ws`: the word before closes with a comma or
 * stop (not a comma inside a list of names, "New York, Newfoundland and London"), or word `k`
 * opens a phrase of its own ("from", "that", "and", "after").
 */
function endsPhrase(ws: readonly Word[], k: number): boolean {
  const prev = ws[k - 1]!;
  const next = ws[k];
  if (!next) return true;
  if (/[,;:.]/.test(prev.post)) return !/^\p{Lu}/u.test(next.text);
  // "and" between names joins them: "Newfoundland and London Telegraph Company" is one name.
  const cap = (w: Word | undefined) => /^\p{Lu}/u.test(w?.text ?? '');
  if (/^(?:and|or)$/.test(next.normal) && cap(prev) && cap(ws[k + 1])) return false;
  return OPENS_PHRASE.test(next.normal) && !/[(]/.test(prev.post);
}

/**
 * Whether a label ending on word `i` would leave it dangling: a word that needs another after
 * it ("of", "the", "and", "foreign"), or a number after a preposition, cut from what it counts
 * ("to 8.4" of "to 8.4 million tonnes"). A number the clause gives as an object stays
 * ("killed a further 10,738").
 */
function danglingAt(kept: readonly Word[], i: number): boolean {
  const w = kept[i]!;
  if (isVerbAt(kept, i)) return false;
  if (
    /\d/.test(w.text) ||
    w.tags.has('Value') ||
    /^(?:thousand|million|billion|trillion)$/.test(w.normal)
  ) {
    let j = i - 1;
    while (
      j >= 0 &&
      (/\d/.test(kept[j]!.text) ||
        kept[j]!.tags.has('Value') ||
        /^(?:about|some|nearly|almost|roughly|over|than|more|less|further|a|an|the)$/.test(
          kept[j]!.normal,
        ))
    )
      j--;
    return j >= 0 && kept[j]!.tags.has('Preposition');
  }
  return (
    /Preposition|Determiner|Conjunction|Adjective|Adverb|Possessive/.test([...w.tags].join(' ')) ||
    /^(?:to|than|that|about|some)$/.test(w.normal)
  );
}

/**
 * A timeline chart of `events` (two or more), named after `subject` when given. A decade whose
 * label has room on neither side of its span would be written under it, over the next row's
 * label: it is left out, and the caption says so, when three events remain.
 */
export function timelineChart(events: readonly Event[], subject?: string): ChartDraft {
  if (events[0]!.when.era) return drawTimeline(events, subject);
  const first = events[0]!.when.year;
  const [from, to] = axisYears(first, Math.max(...events.map((e) => e.when.end ?? e.when.year)));
  const crowded = (e: Event) =>
    e.when.decade === true &&
    Math.max(to - e.when.end!, e.when.year - from) <
      `${e.when.text} · ${e.what}`.length * ((to - from) / 120);
  const kept = events.filter((e) => !crowded(e));
  if (kept.length === events.length || kept.length < 3) return drawTimeline(events, subject);
  const left = events.filter(crowded).map((e) => `the ${e.when.text}`);
  return drawTimeline(
    kept,
    subject,
    `; what it says of ${left.join(' and ')} as a whole is left out`,
  );
}

function drawTimeline(events: readonly Event[], subject?: string, note = ''): ChartDraft {
  const first = events[0]!.when;
  const era = first.era;
  // (Before the common era the later year is the smaller: positions are signed years.)
  const at = (w: When, year = w.year) => signedYear(w, year);
  const lastAt = Math.max(...events.map((e) => at(e.when, e.when.end ?? e.when.year)));
  const lastYear = Math.abs(lastAt);
  const [from, to] = axisYears(at(first), lastAt);
  // Each label goes where it has room: right of its event (after a span's end), left of it, or,
  // for a long span with room on neither side, under the span's start. Room is judged in years
  // from the label's length (about 120 characters across a slide's plot).
  const yearsPerChar = (to - from) / 120;
  const place = (e: Event, label: string): string => {
    const need = Math.max(...label.split(' · ').map((l) => l.length)) * yearsPerChar;
    const right = to - at(e.when, e.when.end ?? e.when.year);
    const left = at(e.when) - from;
    if (right >= need || (e.when.end === undefined && right >= left)) return 'right';
    if (left >= need || e.when.end === undefined) return 'left';
    return 'below';
  };
  const rows = events.map((e) => {
    const label = `${e.when.text} · ${e.what}`;
    return { ...timeFields(e.when), label, place: place(e, label), sentence: e.sentence.id };
  });
  const span =
    (lastYear === first.year ? `${first.year}` : `${first.year}–${lastYear}`) +
    (era ? ` ${era}` : '');
  // The section's title without its number ("II. The rationalisation plans") or closing stop.
  const about = subject?.replace(/^(?:[IVXLC]+|\d+|[A-Za-z])[.)]\s+/, '').replace(/[\s.:;,]+$/, '');
  const caption =
    (about ? `${about}: events the reading dates, ${span}` : `Events the reading dates, ${span}`) +
    note;
  const alt = `Timeline, ${span.replace('–', ' to ')}: ${events.map((e) => `${e.when.text}, ${e.what.replace(/ …$/, '')}`).join('; ')}.`;
  const spec = {
    $schema: SCHEMA,
    description: alt,
    width: 'container',
    data: { values: rows },
    transform: era
      ? // Years as written, counting back: the axis runs from the larger to the smaller.
        [
          { calculate: 'datum.year', as: 'date' },
          { calculate: 'isValid(datum.end) ? datum.end : null', as: 'until' },
          { calculate: 'isValid(datum.until) ? datum.until : datum.date', as: 'labelAt' },
        ]
      : [
          ...DATE_TRANSFORM,
          { calculate: 'isValid(datum.until) ? datum.until : datum.date', as: 'labelAt' },
        ],
    // A row's label runs a line below its dot: the outer padding keeps the last one off the axis.
    encoding: {
      x: era ? eraAxis(era) : timeAxis(from, to),
      y: {
        field: 'label',
        type: 'nominal',
        sort: null,
        title: null,
        axis: null,
        scale: { padding: 1 },
      },
    },
    layer: [
      { mark: { type: 'point', filled: true, size: 90 } },
      {
        transform: [{ filter: 'isValid(datum.until)' }],
        mark: { type: 'rule', strokeWidth: 4, strokeCap: 'round' },
        encoding: { x2: { field: 'until' } },
      },
      // A label right of its event starts after a span's end (the layer rewrites `date`: one x channel, one scale).
      {
        transform: [
          { filter: "datum.place === 'right'" },
          { calculate: 'datum.labelAt', as: 'date' },
        ],
        mark: { type: 'text', align: 'left', dx: 9, lineBreak: ' · ' },
        encoding: { text: { field: 'label' } },
      },
      {
        transform: [{ filter: "datum.place === 'left'" }],
        mark: { type: 'text', align: 'right', dx: -9, lineBreak: ' · ' },
        encoding: { text: { field: 'label' } },
      },
      {
        transform: [{ filter: "datum.place === 'below'" }],
        mark: { type: 'text', align: 'left', baseline: 'top', dy: 8, lineBreak: ' · ' },
        encoding: { text: { field: 'label' } },
      },
    ],
  } as unknown as ChartSpec;
  const title = `Key dates, ${span}`;
  return {
    spec,
    title,
    caption: capitalise(caption),
    alt,
    sentences: sentenceIds(events.map((e) => e.sentence.id)),
  };
}

/**
 * The x channel of a timeline before the common era: the years as written on a proportional
 * axis that runs from the larger number to the smaller, titled with the era.
 */
function eraAxis(era: 'BCE'): Record<string, unknown> {
  return {
    field: 'date',
    type: 'quantitative',
    title: era,
    scale: { reverse: true, zero: false, nice: true, padding: 28 },
    axis: { format: 'd', labelAngle: 0, grid: false },
  };
}
