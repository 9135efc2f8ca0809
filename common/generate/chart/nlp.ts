/**
 * The little grammar charts need, from the NLP library `compromise` (pure JS, so it runs in
 * common/): which words of a clause are names, verbs and nouns. Used for what a datum's own
 * clause says about it (the country a sum came from, the subject whose value rose), never to
 * invent words: every phrase returned is a run of the clause's own words.
 */
import nlp from 'compromise/two';
import { atWordBoundaries, hasWordChar, preTag, type Term } from '../nlp/pretag';
import { SentenceWordIndex } from '../nlp/word-index';

export interface Word {
  text: string;
  /** Lower case, punctuation folded. */
  normal: string;
  tags: ReadonlySet<string>;
  /** Punctuation after the word (a comma ends a phrase). */
  post: string;
}

interface RawTerm {
  text: string;
  normal?: string;
  tags: Set<string>;
  post?: string;
}

/**
 * compromise's own steps after tokenizing, up to and including its post-tagger: what `nlp(text)`
 * runs less its chunker and typeahead, which set no tag (the same words and tags, measured on
 * every clause of the test readings, at a fraction of the first-call cost).
 */
const TAGGING = [
  'alias',
  'machine',
  'index',
  'id',
  'freeze',
  'lexicon',
  'preTagger',
  'contractionTwo',
  'postTagger',
];

/**
 * Analyses kept by text, the oldest forgotten first. Chart code asks about the same clause in
 * several passes over a section (its points, its scope, its timeline), so a clause is tagged
 * once; the bound keeps a long session from holding every clause it ever drafted.
 */
const MAX_KEPT = 4000;
const cache = new Map<string, Word[]>();
let finished = 0;

/** How many clauses compromise's post-tagger has run on so far (for the benchmark and tests). */
export const postTaggedCount = (): number => finished;

/** The words of `text`, tagged by compromise (kept, so a section's clauses are tagged once). */
export function words(text: string): Word[] {
  const hit = cache.get(text);
  if (hit) return hit;
  const part = partTerms(text);
  finished++;
  // compromise takes terms as its JSON form ([{ terms }]) in place of a string; its types declare only the string.
  const doc = part
    ? nlp.tokenize([{ terms: part }] as unknown as string).compute(FINISH)
    : nlp.tokenize(text).compute(TAGGING);
  const docs = doc.docs as unknown as RawTerm[][];
  const out = docs.flat().map((t) => ({
    text: t.text,
    normal: t.normal ?? t.text.toLowerCase(),
    tags: t.tags,
    post: t.post ?? '',
  }));
  if (cache.size >= MAX_KEPT) cache.delete(cache.keys().next().value!);
  cache.set(text, out);
  return out;
}

/** The steps of TAGGING after the pre-tagger, for terms a sentence's pre-tagging already gave. */
const FINISH = ['index', 'id', 'freeze', 'contractionTwo', 'postTagger'];

/** The sentences of the section being charted (its clauses are parts of them), indexed by word. */
let sentences = new SentenceWordIndex([]);

/**
 * Tell `words` which sentences the clauses it is asked about come from: each such sentence is
 * tokenized and pre-tagged once (shared with the bullets' tagger), and a clause gets copies of
 * its terms, which compromise's post-tagger then finishes on the clause alone.
 */
export function withinSentences(texts: readonly string[]): void {
  sentences = new SentenceWordIndex(texts);
}

/** Copies of the pre-tagged terms of a sentence that holds `text` exactly at word boundaries, or undefined. */
function partTerms(text: string): Term[] | undefined {
  for (const i of sentences.candidates(text) ?? sentences.sentences.keys()) {
    const s = sentences.sentences[i]!;
    const at = s.indexOf(text);
    if (at < 0 || !atWordBoundaries(s, at, text.length)) continue;
    const { terms, start } = preTag(s, true);
    const end = at + text.length;
    const out: Term[] = [];
    let from = -1;
    let to = -1;
    for (let i = 0; i < terms.length; i++) {
      const t = terms[i]!;
      const a = start[i]!;
      // An implied word (a contraction's) cannot be placed: the clause is tagged on its own.
      if (a < 0) return undefined;
      const b = a + t.text.length;
      if (b <= at || a >= end) continue;
      if (a < at || b > end) return undefined;
      if (from < 0) from = a;
      to = b;
      out.push({ ...t, tags: new Set(t.tags) });
    }
    if (!out.length) return undefined;
    // Before the first word and after the last, only what the clause holds.
    out[0]!.pre = text.slice(0, from - at);
    out[out.length - 1]!.post = text.slice(to - at);
    if (hasWordChar(out[0]!.pre! + out[out.length - 1]!.post!)) return undefined;
    return out;
  }
  return undefined;
}

const isName = (w: Word) =>
  w.tags.has('ProperNoun') && !w.tags.has('Month') && !w.tags.has('Date') && !/^\d/.test(w.text);

/**
 * The names a clause gives (places, organisations, people): runs of proper nouns as written,
 * "the United States" as "United States". Adjectives of nationality ("American") are not names.
 */
export function names(text: string): string[] {
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length) out.push(run.join(' '));
    run = [];
  };
  for (const w of words(text)) {
    if (isName(w) && !w.tags.has('Adjective') && !/(?:an|ese|ish|ic)$/.test(w.normal)) {
      run.push(w.text);
      if (/[,;:.()]/.test(w.post)) flush();
    } else flush();
  }
  flush();
  return out;
}

/** Verbs of change, and "stood at" of a level: "X rose from … to …" makes X the measure. */
const CHANGE_WORDS =
  'rose|rise[sn]?|rising|grew|grow[sn]?|growing|fell|fall(?:s|en|ing)?|increased?|increasing|decreased?|decreasing|declined?|declining|multiplied|multipl(?:y|ies)|surged|swelled|sank|doubled|tripled|trebled|halved|dropped|climbed|reached|passed|topped|exceeded|surpassed|crossed|went|jumped|expanded|shrank|numbered|totall?ed|recovered|rebounded|peaked|plunged|soared|slumped|dipped|tumbled|stood';
const CHANGE = new RegExp(`^(?:${CHANGE_WORDS})$`);
/**
 * A verb of change written anywhere in a text, in any case: a word compromise could read as
 * one (its `normal` is the word lower-cased, punctuation and hyphens split off) is always
 * found, so a text without one can have no change subject.
 */
const CHANGE_ANYWHERE = new RegExp(`(?<!\\p{L})(?:${CHANGE_WORDS})(?!\\p{L})`, 'iu');

/** compromise's own folding of accented letters before it lower-cases a word ("Rosé" → "rose"). */
const UNICODE =
  (nlp.world() as unknown as { model: { one: { unicode?: Record<string, string> } } }).model.one
    .unicode ?? {};
const asciiLetters = (text: string) =>
  /[^\x00-\x7f]/.test(text)
    ? text
        .split('')
        .map((c) => UNICODE[c] ?? c)
        .join('')
    : text;

/** A word of discourse set off by commas: "The Sierra Club, for instance, grew …". */
const DISCOURSE_ASIDE =
  /,\s+(?:for (?:instance|example)|however|in turn|in fact|in particular|by contrast|in contrast|moreover|meanwhile|too|also|indeed|likewise|similarly|in other words|at first|therefore|thus|though),\s+/gi;

/** The clause without its discourse asides, which no subject ends on. */
const withoutAside = (clause: string): string =>
  clause.includes(', ') ? clause.replace(DISCOURSE_ASIDE, ' ') : clause;

/**
 * The subject of a clause whose verb is a verb of change ("Its wheat harvest rose from …" →
 * "wheat harvest"; "Tube wells in the Punjab grew …" → "Tube wells in the Punjab"), or
 * undefined. A leading time ("In 1965,") and determiners are left off.
 */
export function changeSubject(text: string): string | undefined {
  const clause = withoutAside(text);
  if (SETS_ANYWHERE.test(clause)) {
    const set = setObject(clause);
    if (set) return set;
  }
  // Most clauses hold no verb of change: they are answered without tagging (about 1 ms a clause).
  if (!CHANGE_ANYWHERE.test(asciiLetters(clause))) return undefined;
  const ws = words(clause);
  // compromise reads "harvest rose" as a noun phrase; a verb of change before "from"/"to"/"by"/a number is the verb.
  let v = ws.findIndex((w, i) => isVerb(w, ws[i + 1], ws[i - 1]) && CHANGE.test(w.normal));
  // "Postal voting has grown", "The number of hosts then grew": the subject ends before the
  // auxiliary and an adverb.
  while (
    v > 1 &&
    (/^(?:has|have|had|was|were|is|are)$/.test(ws[v - 1]!.normal) ||
      (ws[v - 1]!.tags.has('Adverb') && !/[,;:]/.test(ws[v - 2]!.post)))
  )
    v--;
  // "… the decline of trade union membership, which fell from 13.2m …": what fell is the noun run before ", which".
  if (v > 2 && ws[v - 1]!.normal === 'which' && /,/.test(ws[v - 2]!.post)) {
    let k = v - 2;
    while (
      k >= 0 &&
      v - 2 - k < 4 &&
      (ws[k]!.tags.has('Noun') || ws[k]!.tags.has('Adjective')) &&
      !ws[k]!.tags.has('Pronoun') &&
      !ws[k]!.tags.has('Value') &&
      (k === v - 2 || !/[,;:]/.test(ws[k]!.post))
    )
      k--;
    const run = ws.slice(k + 1, v - 1);
    return run.length && run[run.length - 1]!.tags.has('Noun')
      ? run.map((w) => w.text).join(' ')
      : undefined;
  }
  return subjectBefore(ws, v);
}

/**
 * The whole a share is of, in a clause that gives the share as its subject: "By 1950 close to
 * 80 percent of American farms had power" → "American farms"; undefined otherwise.
 */
export function shareWhole(clause: string): string | undefined {
  return /\b(?:percent|per cent|%)\s+of\s+(?:the\s+|all\s+)?((?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+?)\s+(?:had|have|has|were|was|are|is|used|owned|lived|voted|received|got|took|did|could|would)\b/iu.exec(
    clause,
  )?.[1];
}

/**
 * The subject of a clause's first verb, of any kind ("In 2023 the minimum wage was highest …"
 * → "minimum wage"): what "It stood near 61 percent …" in the next sentence is of.
 */
export function leadSubject(clause: string): string | undefined {
  const ws = words(withoutAside(clause));
  return subjectBefore(
    ws,
    ws.findIndex((w, i) => isVerb(w, ws[i + 1], ws[i - 1])),
  );
}

/**
 * The longest subject that names a measure, in compromise's terms (which split "majority-white"
 * in two): "share of Black Southern students in majority-white schools".
 */
const MAX_MEASURE_WORDS = 9;
/** -ing words that are nouns after a noun: "government spending", "public housing". */
const GERUND_NOUN =
  /^(?:spending|housing|funding|building|lending|borrowing|farming|manufacturing|schooling|training|voting|shipping|mining|banking|clothing|heating|lighting|planning|testing|screening|polling|bleaching|warming|cooling|saving)$/;

/** Nouns whose "of …" says what a number counts. */
const MEASURE_HEAD = /^(?:share|proportion|percentage|fraction|number|rate|count)$/;

/**
 * A long subject that names a measure, cut where a participle starts describing it: "share of
 * Black students in the South | attending majority-white schools" → its first words up
 * to MAX_MEASURE_WORDS, ending on a noun. Other subjects are returned whole (and refused later if long).
 */
function measureSubject(subject: readonly Word[]): readonly Word[] {
  if (subject.length <= 6 || !MEASURE_HEAD.test(subject[0]?.normal ?? '')) return subject;
  if (subject[1]?.normal !== 'of') return subject;
  // "students | attending …", "farms | using …": an -ing or -ed word right after a noun or
  // name opens a participle phrase ("public spending", and a gerund that is a noun, stay).
  let end = subject.findIndex(
    (w, i) =>
      i > 2 &&
      /(?:ing|ed)$/.test(w.normal) &&
      !GERUND_NOUN.test(w.normal) &&
      (/^\p{Lu}/u.test(subject[i - 1]!.text) ||
        (subject[i - 1]!.tags.has('Noun') && !subject[i - 1]!.tags.has('Adjective'))) &&
      !/[-–]$/.test(subject[i - 1]!.post),
  );
  if (end < 0) end = subject.length;
  end = Math.min(end, MAX_MEASURE_WORDS);
  const nounOrName = (w: Word) => w.tags.has('Noun') || /^\p{Lu}/u.test(w.text);
  while (end > 2 && !nounOrName(subject[end - 1]!)) end--;
  return end > 2 ? subject.slice(0, end) : subject;
}

/** What "each", "every" or "last" makes a time of: "Each year the concentration rose …". */
const TIME_UNIT = /^(?:year|month|week|day|decade|century|season|spring|summer|autumn|winter)$/;

/** The noun phrase before the verb at `verb`, a leading time and determiners left off. */
function subjectBefore(ws: readonly Word[], verb: number): string | undefined {
  if (verb <= 0) return undefined;
  let start = 0;
  // Skip a leading time phrase: "In 1965,", "By 1970", "Each year".
  while (
    start < verb &&
    (ws[start]!.tags.has('Preposition') ||
      ws[start]!.tags.has('Date') ||
      /^\d/.test(ws[start]!.text) ||
      ws[start]!.tags.has('Month') ||
      (/^(?:each|every|this|last|next)$/.test(ws[start]!.normal) &&
        TIME_UNIT.test(ws[start + 1]?.normal ?? '')))
  )
    start += /^(?:each|every|this|last|next)$/.test(ws[start]!.normal) ? 2 : 1;
  // "In England the population fell …": a place after the leading preposition is where the
  // measure is, said after it ("population in England"), never part of its name.
  let place: string | undefined;
  if (start > 0 && ws[start - 1]!.tags.has('Preposition') && ws[start - 1]!.normal === 'in') {
    let k = start;
    while (k < verb && /^\p{Lu}/u.test(ws[k]!.text) && !/['’]s?$/.test(ws[k]!.text)) k++;
    if (k > start && k < verb && /^\p{Ll}/u.test(ws[k]!.text) && !/,/.test(ws[k - 1]!.post)) {
      place = joined(ws.slice(start, k));
      start = k;
    }
  }
  // "Its", "their": a possessive pronoun goes; "Women's", "India's" say whose, and stay.
  while (
    start < verb &&
    (ws[start]!.tags.has('Determiner') ||
      (ws[start]!.tags.has('Possessive') && !/['’]s?$/.test(ws[start]!.text)) ||
      /^(?:its|their|his|her|our|my|your)$/.test(ws[start]!.normal))
  )
    start++;
  // "Of that net revenue, about 82 percent went …": a lead phrase ends at its comma.
  for (let k = verb - 2; k >= start; k--)
    if (/,/.test(ws[k]!.post)) {
      start = k + 1;
      break;
    }
  const subject = measureSubject(ws.slice(start, verb));
  // "about 82 percent went to …": an amount is the datum, not what it measures.
  if (subject.some((w) => /^(?:percent|per|%)$/.test(w.normal))) return undefined;
  const last = subject[subject.length - 1];
  // "consumer prices rose": compromise may read the plural before the verb as a verb in -s.
  const plural = (w: Word | undefined) =>
    !!w &&
    w === last &&
    subject.length > 1 &&
    w.tags.has('PresentTense') &&
    /[a-z]s$/.test(w.normal) &&
    !w.tags.has('Auxiliary');
  // A pronoun ("it then climbed") names nothing; the subject must end on a noun.
  if (
    !last ||
    subject.length > (MEASURE_HEAD.test(subject[0]!.normal) ? MAX_MEASURE_WORDS : 6) ||
    (!last.tags.has('Noun') && !plural(last) && !/^\p{Lu}/u.test(last.text)) ||
    subject.some(
      (w) =>
        w.tags.has('Pronoun') ||
        w.tags.has('Conjunction') ||
        w.tags.has('Adverb') ||
        // ("Spending on the NHS rose": a gerund that opens the subject names the measure.)
        (w.tags.has('Verb') &&
          !w.tags.has('Noun') &&
          !plural(w) &&
          !(w === subject[0] && w.tags.has('Gerund'))),
    )
  )
    return undefined;
  return place ? `${joined(subject)} in ${place}` : joined(subject);
}

/** Words as written: "majority-white", which compromise splits in two, keeps its hyphen. */
const joined = (ws: readonly Word[]): string =>
  ws.map((w, i) => w.text + (i === ws.length - 1 ? '' : /-$/.test(w.post) ? '-' : ' ')).join('');

/** Verbs that set or change what their object measures: "raised the minimum to 40 cents". */
const SETS = /^(?:raised|lowered|cut|reduced|increased|set|fixed|doubled|halved)$/;
const SETS_ANYWHERE = /\b(?:raised|lowered|cut|reduced|increased|set|fixed|doubled|halved)\s/i;

/**
 * The object a clause sets or changes, when its amount follows it: "Congress raised the
 * minimum to 40 cents" and "The Act set a minimum of 25 cents" both measure the "minimum".
 */
/** Heads that name no measure without what they are of: "the chance of a false positive". */
const VAGUE_HEAD =
  /^(?:chance|risk|probability|rate|share|number|level|cost|price|proportion|odds)$/;

/** Where a run of at most four nouns and adjectives from `start` ends (no number, pronoun or punctuation inside). */
function nounRunEnd(ws: readonly Word[], start: number): number {
  let k = start;
  while (
    k < ws.length &&
    k - start < 4 &&
    (ws[k]!.tags.has('Noun') || ws[k]!.tags.has('Adjective')) &&
    !ws[k]!.tags.has('Value') &&
    !ws[k]!.tags.has('Pronoun') &&
    !/[,;:]/.test(ws[k - 1]!.post)
  )
    k++;
  return k;
}

function setObject(clause: string): string | undefined {
  const ws = words(clause);
  const v = ws.findIndex((w) => SETS.test(w.normal) && w.tags.has('Verb'));
  if (v < 0) return undefined;
  let k = v + 1;
  while (k < ws.length && (ws[k]!.tags.has('Determiner') || ws[k]!.tags.has('Possessive'))) k++;
  const start = k;
  k = nounRunEnd(ws, start);
  // "raised the chance of a false positive from …": a head that says nothing alone keeps its "of" phrase.
  if (
    k - start === 1 &&
    VAGUE_HEAD.test(ws[start]!.normal) &&
    ws[k]?.normal === 'of' &&
    !/[,;:]/.test(ws[k - 1]!.post)
  ) {
    let from = k + 1;
    while (from < ws.length && ws[from]!.tags.has('Determiner')) from++;
    // (compromise may read the noun as an adjective: "a false positive".)
    const j = nounRunEnd(ws, from);
    if (j > from && /^(?:to|by|from|at)$/.test(ws[j]?.normal ?? '')) k = j;
  }
  // "lowered the threshold for offering statins in England from a 20% to a 10% …": a short
  // phrase may say which threshold; a place after it is where, not what.
  if (k > start && /^(?:for|on)$/.test(ws[k]?.normal ?? '')) {
    const from = ws.findIndex((w, j) => j > k && j <= k + 8 && /^(?:from|to|by)$/.test(w.normal));
    if (
      from > 0 &&
      /\d/.test(
        ws
          .slice(from + 1, from + 4)
          .map((w) => w.text)
          .join(' '),
      )
    ) {
      let end = from;
      const place = ws.findIndex(
        (w, j) => j > k && j < from && w.normal === 'in' && /^\p{Lu}/u.test(ws[j + 1]?.text ?? ''),
      );
      if (place > 0) end = place;
      if (ws.slice(k, end).every((w) => !/[,;:]/.test(w.post))) k = end;
    }
  }
  const next = ws[k]?.normal;
  if (k === start || !/^(?:to|of|by|from|at|in)$/.test(next ?? '') || !/\d/.test(clause))
    return undefined;
  return ws
    .slice(start, k)
    .map((w) => w.text)
    .join(' ');
}

/** A verb as compromise tags it, or a verb of change it took for a noun ("the harvest rose"). */
export const isVerb = (w: Word, next?: Word, prev?: Word) =>
  w.tags.has('Verb') ||
  (CHANGE.test(w.normal) &&
    (/^(?:from|to|by|in|sharply|steadily|again|\d.*)$/.test(next?.normal ?? '') ||
      Boolean(prev?.tags.has('Noun') && !prev.tags.has('Determiner'))));

/** Whether any word of `ws` is a verb. */
export const hasVerb = (ws: readonly Word[]) => ws.some((w, i) => isVerb(w, ws[i + 1], ws[i - 1]));
