/**
 * The words of a clause as the NLP library `compromise` reads them (pure JS, so it runs in
 * common/), with their offsets in the text so a phrase can be cut out exactly as written.
 *
 * Tagging costs about a millisecond a sentence, which a 50,000-word reading cannot pay for
 * every sentence, so generation asks in two steps: `mayLackVerb` looks words up in
 * compromise's own lexicon (a map lookup per word) and only a text it cannot settle is
 * tagged. Analyses are kept per text (bounded), so asking twice costs nothing.
 */
import nlp from 'compromise/two';
import { atWordBoundaries, forgetOldest, hasWordChar, keepSentences, preTag } from './pretag';
import { isVerbAfterName } from './verb-after-name';
import { particleAndPhrase } from './phrasal-verb';
import { SentenceWordIndex } from './word-index';

/** One word of a text as compromise tagged it. */
export interface Tok {
  /** The word as written, without the punctuation around it. */
  text: string;
  /** Lower case, punctuation folded. */
  normal: string;
  tags: ReadonlySet<string>;
  /** Punctuation and space before and after the word, as written. */
  pre: string;
  post: string;
  /** Offset of `text` in the tagged text; -1 when it could not be placed. */
  start: number;
  end: number;
}

const MAX_KEPT = 4000;
const kept = new Map<string, Tok[]>();
let tagged = 0;

/** How many texts compromise has tagged so far (for the benchmark and tests). */
export const taggedCount = (): number => tagged;

/**
 * Sentences whose parts are about to be asked for, newest first (see `withinSentence`), with
 * compromise's own tags once a part of one has been asked for. A few: condensing one sentence
 * also looks back at the sentences just before it.
 */
const MAX_PARENTS = 6;
const parents: Array<{ text: string; words?: Tok[] }> = [];

/**
 * Tell `tag` that parts of `sentence` will be asked for next: condensing a sentence asks for
 * dozens of its clauses and phrases, and compromise's cost grows with the text it reads, so
 * the sentence is tagged once (when a part of it is first asked for) and each part gets the
 * sentence's words with the tags compromise gave them there. The corrections below then run
 * on the part as they would on the part alone, so a part still reads as a clause of its own.
 */
export function withinSentence(sentence: string): void {
  const at = parents.findIndex((p) => p.text === sentence);
  if (at === 0) return;
  const entry = at > 0 ? parents.splice(at, 1)[0]! : { text: sentence };
  parents.unshift(entry);
  if (parents.length > MAX_PARENTS) parents.pop();
}

/**
 * A registered sentence's words: cut from a sentence registered before it that is the same
 * text with a final stop (condensing registers the reading's sentence, then the sentence
 * without its last "."), which compromise tags alike word for word (measured on every
 * sentence of the bench reading); so the reading's sentence, shared with its chart through
 * `preTag`, is the one tagged.
 */
function parentWords(parent: { text: string; words?: Tok[] }): Tok[] {
  if (parent.words) return parent.words;
  for (const other of parents) {
    if (
      other === parent ||
      other.text.length <= parent.text.length ||
      !other.text.startsWith(parent.text) ||
      !/^[.;,:…\s]+$/.test(other.text.slice(parent.text.length))
    )
      continue;
    const cut = slice(parentWords(other), parent.text, 0);
    if (cut) return (parent.words = cut);
  }
  return (parent.words = fromReading(parent.text) ?? compromiseWords(parent.text, true));
}

/**
 * The words of `text`, tagged by compromise: cut from a sentence registered with
 * `withinSentence` when it is a part of one, tagged alone otherwise. Kept, so asking again
 * gives the same words.
 */
export function tag(text: string): Tok[] {
  const hit = kept.get(text);
  if (hit) return hit;
  const out = fromParent(text) ?? fromReading(text) ?? compromiseWords(text);
  fixNouns(out);
  fixPastTense(out);
  if (kept.size >= MAX_KEPT) kept.delete(kept.keys().next().value!);
  kept.set(text, out);
  return out;
}

/**
 * The words of `text` cut from a registered sentence that holds it at word boundaries (its
 * first letter's case aside: a part may be capitalised to open a bullet), or undefined.
 */
function fromParent(text: string): Tok[] | undefined {
  if (text.length < 2) return undefined;
  const lowerFirst = text.charAt(0).toLowerCase() + text.slice(1);
  const upperFirst = text.charAt(0).toUpperCase() + text.slice(1);
  for (const parent of parents) {
    if (parent.text.length < text.length) continue;
    for (const variant of lowerFirst === upperFirst ? [text] : [text, lowerFirst, upperFirst]) {
      const at = parent.text.indexOf(variant);
      if (at < 0 || !atWordBoundaries(parent.text, at, text.length)) continue;
      const cut = slice(parentWords(parent), text, at);
      if (cut) return cut;
    }
  }
  return undefined;
}

/** The words of the parent lying within [at, at + text.length), as words of `text`; undefined if a word straddles an edge. */
function slice(ts: readonly Tok[], text: string, at: number): Tok[] | undefined {
  const end = at + text.length;
  const out: Tok[] = [];
  for (const t of ts) {
    if (t.start < 0) return undefined;
    if (t.end <= at || t.start >= end) continue;
    if (t.start < at || t.end > end) return undefined;
    out.push({
      text: text.slice(t.start - at, t.end - at),
      normal: t.normal,
      tags: t.tags,
      pre: t.pre,
      post: t.post,
      start: t.start - at,
      end: t.end - at,
    });
  }
  if (!out.length) return undefined;
  // What lies between the words is as in the parent; before the first and after the last, only what the part holds.
  const first = out[0]!;
  const last = out[out.length - 1]!;
  first.pre = text.slice(0, first.start);
  last.post = text.slice(last.end);
  // Outside the words, only punctuation and space: no word of the part is left untagged.
  if (hasWordChar(first.pre + last.post)) return undefined;
  return out;
}

/** The sentences of the reading being drafted (see `withinReading`), indexed by word in lower case. */
let reading = new SentenceWordIndex([], (text) => text.toLowerCase());

/**
 * Tell `tag` the sentences of the reading being drafted (none: `[]`): a text that is no part
 * of a registered sentence as written (a clause without its aside, a title cut from a bullet)
 * is still made of a sentence's words, and gets them with the tags compromise gave them in
 * that sentence, so each sentence is tagged once however many of its parts are asked about.
 */
export function withinReading(sentences: readonly string[]): void {
  reading = new SentenceWordIndex(sentences, (text) => text.toLowerCase());
  // Every sentence of the reading is kept once tagged, and only while it is drafted.
  sentencesMax = Math.max(MAX_SENTENCES, sentences.length);
  forgetOldest(sentenceWords, sentencesMax);
  keepSentences(sentences.length);
}

/**
 * The words of `text` cut from a sentence of the reading that holds it at word boundaries (its
 * first letter's case aside), as `fromParent` cuts them, or undefined.
 */
function fromReading(text: string): Tok[] | undefined {
  if (text.length < 2) return undefined;
  const variants = [
    ...new Set([
      text,
      text.charAt(0).toLowerCase() + text.slice(1),
      text.charAt(0).toUpperCase() + text.slice(1),
    ]),
  ];
  for (const i of reading.candidates(text) ?? []) {
    const s = reading.sentences[i]!;
    if (s.length < text.length) continue;
    for (const variant of variants) {
      const at = s.indexOf(variant);
      if (at < 0 || !atWordBoundaries(s, at, text.length)) continue;
      const cut = slice(compromiseWords(s, true), text, at);
      if (cut) return cut;
    }
  }
  return undefined;
}

/** The words of `text` with compromise's tags, before the corrections below. */
function compromiseWords(text: string, sentence = false): Tok[] {
  const hit = sentence ? sentenceWords.get(text) : undefined;
  if (hit) return hit;
  tagged++;
  // compromise's lexicon and pre-tagger only: its post-tagger's corrections cost six times as
  // much (about 1 ms a sentence) and change little that bullets and titles rely on. A range
  // "400-500" comes back as three terms, two of them empty: only words are kept.
  const { terms, start } = preTag(text, sentence);
  const out: Tok[] = [];
  terms.forEach((t, i) => {
    if (t.text === '') return;
    const s = start[i]!;
    out.push({
      text: t.text,
      normal: t.normal ?? t.text.toLowerCase(),
      tags: t.tags,
      pre: t.pre ?? '',
      post: t.post ?? '',
      start: s,
      end: s < 0 ? -1 : s + t.text.length,
    });
  });
  if (sentence) {
    if (sentenceWords.size >= sentencesMax)
      sentenceWords.delete(sentenceWords.keys().next().value!);
    sentenceWords.set(text, out);
  }
  return out;
}

/**
 * Whole sentences' words, kept by text (the oldest forgotten first, as `preTag` keeps their
 * terms; all of the reading being drafted, see `withinReading`): their parts are cut from them
 * again and again, and are copies, so these are never changed.
 */
const MAX_SENTENCES = 1000;
let sentencesMax = MAX_SENTENCES;
const sentenceWords = new Map<string, Tok[]>();

/** compromise's verb morphology (its types leave `methods` loose). */
interface VerbForms {
  toInfinitive(word: string, model: unknown, tense: string): string;
  conjugate(infinitive: string, model: unknown): Record<string, string | undefined>;
}
const world = nlp.world() as unknown as {
  model: { one: { lexicon: Record<string, string | string[] | undefined> } };
  methods: { two: { transform: { verb: VerbForms } } };
};
const lexicon = world.model.one.lexicon;

/**
 * Answers of compromise's verb morphology by word: conjugating costs far more than a lookup,
 * and a reading asks about the same few nouns after nouns again and again.
 */
const remembered = (
  answers: Map<string, boolean>,
  word: string,
  answer: () => boolean,
): boolean => {
  let hit = answers.get(word);
  if (hit === undefined) answers.set(word, (hit = answer()));
  return hit;
};
/** One map per question, keyed by the word itself: no key is built per word asked about. */
const unchangedPasts = new Map<string, boolean>();
const irregularPasts = new Map<string, boolean>();

/** "set", "cut", "put": a verb whose past tense is its infinitive. */
function isUnchangedPast(word: string): boolean {
  if (!/^[a-z]{3,}$/.test(word)) return false;
  return remembered(
    unchangedPasts,
    word,
    () => world.methods.two.transform.verb.conjugate(word, world.model).PastTense === word,
  );
}

/** Whether one to three nouns or names before `i` follow a count (not a year): "four Royal Navy | ships", "three Dutch merchant | ships". */
function countedAfterName(ts: readonly Tok[], i: number): boolean {
  let k = i - 1;
  while (
    k >= 0 &&
    i - k <= 3 &&
    (/^\p{Lu}/u.test(ts[k]!.text) || (ts[k]!.tags.has('Noun') && !ts[k]!.tags.has('Verb'))) &&
    !/[,;:]/.test(ts[k]!.post)
  )
    k--;
  const count = ts[k];
  return (
    k < i - 1 &&
    !!count?.tags.has('Cardinal') &&
    !/^\d{4}$/.test(count.text) &&
    !/[,;:]/.test(count.post)
  );
}

function isIrregularPast(word: string): boolean {
  return remembered(irregularPasts, word, () => {
    const verb = world.methods.two.transform.verb;
    const inf = verb.toInfinitive(word, world.model, 'PastTense');
    return inf !== word && verb.conjugate(inf, world.model).PastTense === word;
  });
}

/**
 * Built once: esbuild (so tsx and the bundled app too) writes a `\p{…}` pattern as
 * `new RegExp(…)`, which a pattern written in place then rebuilds for every word it tests.
 */
const CAPITAL = /^\p{Lu}/u;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}/u;

/**
 * The two corrections of compromise's post-tagger that bullets need, without its cost: a word
 * right after an article is a noun ("a message of 98 words", not the verb "message"), and a
 * capitalised word inside the sentence is a name even where the lexicon knows it as an
 * adjective ("the Great Eastern landed …").
 */
function fixNouns(ts: Tok[]): void {
  ts.forEach((t, i) => {
    const before = ts[i - 1];
    const after = ts[i + 1];
    // "one in ten farms", "1 in 100 patients": "in" between two counts is part of the amount.
    if (
      t.normal === 'in' &&
      before?.tags.has('Cardinal') &&
      !/^\d{4}$/.test(before.text) &&
      ts[i + 1]?.tags.has('Cardinal') &&
      !/^\d{4}$/.test(ts[i + 1]!.text) &&
      !/[,;:]/.test(before.post + t.post)
    ) {
      t.tags = new Set(['Value']);
      return;
    }
    // "May Donoghue drank …", "Will Hutton argued …": a capitalised modal, or a month no day
    // or year follows, before a capitalised word is a first name (compromise then reads the
    // surname as the modal's verb).
    if (
      /^(?:May|Will|June|April)$/.test(t.text) &&
      (t.tags.has('Modal') || t.tags.has('Month')) &&
      after &&
      /^\p{Lu}\p{Ll}/u.test(after.text) &&
      !after.tags.has('Value') &&
      !after.tags.has('Month') &&
      !isAux(after) &&
      !/[,;:]/.test(t.post) &&
      // ("In May Lenin returned": after "in", "by", "early" … the month is the time.)
      !(
        before &&
        (before.tags.has('Preposition') ||
          /^(?:early|late|mid|last|next|this|that)$/.test(before.normal))
      )
    ) {
      after.tags = new Set(['Noun', 'ProperNoun', 'Singular']);
      t.tags = new Set(['Noun', 'ProperNoun', 'Person', 'FirstName', 'Singular']);
      return;
    }
    // "Like a controlled experiment, a stylised case isolates …": "like" opening a phrase
    // before a noun is a preposition, never the sentence's verb.
    if (
      (t.normal === 'like' || t.normal === 'unlike') &&
      (i === 0 || /[,;:]/.test(before!.post)) &&
      after &&
      (after.tags.has('Determiner') ||
        after.tags.has('Possessive') ||
        after.tags.has('Adjective') ||
        after.tags.has('ProperNoun') ||
        after.tags.has('Noun'))
    ) {
      t.tags = new Set(['Preposition']);
      return;
    }
    // "moved from seminar rooms to engineering", "from farming to mining": the ends of a
    // "from … to" range are nouns, and its "to" a preposition.
    if (
      t.tags.has('Gerund') &&
      before?.normal === 'from' &&
      after?.normal === 'to' &&
      !/[,;:]/.test(t.post)
    ) {
      t.tags = new Set(['Noun', 'Singular']);
      return;
    }
    if (t.tags.has('Gerund') && before?.normal === 'to' && fromBefore(ts, i - 1)) {
      t.tags = new Set(['Noun', 'Singular']);
      before.tags = new Set(['Preposition']);
      return;
    }
    // "severe bleaching", "the heavy fighting": an -ing form after an adjective is its noun;
    // so is one that opens the sentence before its verb ("Bleaching becomes widespread").
    if (
      t.tags.has('Gerund') &&
      ((before?.tags.has('Adjective') && !before.tags.has('Verb') && !/[,;:]/.test(before.post)) ||
        (i === 0 &&
          !!after &&
          !/[,;:]/.test(t.post) &&
          (after.tags.has('PresentTense') || after.tags.has('PastTense') || isAux(after)) &&
          !after.tags.has('Gerund')))
    ) {
      t.tags = new Set(['Noun', 'Singular']);
      return;
    }
    // "Harrison received about £23,000": the name's verb, not an adjective.
    if (isVerbAfterName(t, before, after)) {
      t.tags = new Set(['Verb', 'PastTense']);
      return;
    }
    // "Such claims romanticise …", "These gains come …": after a determiner, an -s word
    // followed by a bare verb is that verb's plural subject, not a verb itself.
    if (
      t.tags.has('PresentTense') &&
      /[^s]s$/.test(t.normal) &&
      !isAux(t) &&
      !!before &&
      /^(?:such|these|those|many|some|most|all|other|both|the|its|their|his|her|our)$/.test(
        before.normal,
      ) &&
      !/[,;:]/.test(before.post + t.post) &&
      !!after?.tags.has('Infinitive') &&
      !after.tags.has('Noun')
    ) {
      t.tags = new Set(['Noun', 'Plural']);
      return;
    }
    // "four Royal Navy ships under …": a count, a name and a plural in -s is what is counted.
    if (
      t.tags.has('PresentTense') &&
      /[^s]s$/.test(t.normal) &&
      !isAux(t) &&
      countedAfterName(ts, i) &&
      !(
        after?.tags.has('Determiner') ||
        after?.tags.has('Possessive') ||
        after?.tags.has('Pronoun') ||
        after?.tags.has('Value') ||
        /^(?:about|some|nearly|almost|roughly|over|more|less|that)$/.test(after?.normal ?? '')
      )
    ) {
      t.tags = new Set(['Noun', 'Plural']);
      return;
    }
    // "worked in the Soviet Union", "racing against": the lexicon's prepositions stay prepositions.
    // ("under Admiral Sir …", "below the dam": compromise may read these as adjectives.)
    if (
      !t.tags.has('Preposition') &&
      (lexTags(t.normal).includes('Preposition') ||
        (/^(?:under|over|below|above|beyond|across|behind|beside|despite|throughout|toward|towards|via|amid)$/.test(
          t.normal,
        ) &&
          !!after &&
          (after.tags.has('Determiner') ||
            after.tags.has('ProperNoun') ||
            /^\p{Lu}/u.test(after.text))))
    ) {
      t.tags = new Set(['Preposition']);
      return;
    }
    if (
      before &&
      // "at work", "in use": a bare present form right after a preposition is its noun; so is
      // one counted ("nine experiments", "28 findings"; not after a year: "in 1930 plants …").
      (/^(?:a|an|the|this|that|these|those|its|their|his|her)$/.test(before.normal) ||
        // ("the new dam flooded …": so is one after an article and an adjective.)
        (before.tags.has('Adjective') &&
          !before.tags.has('Verb') &&
          !/[,;:]/.test(before.post) &&
          /^(?:a|an|the|this|these|those|its|their|his|her)$/.test(ts[i - 2]?.normal ?? '')) ||
        // ("1 in 100 avoids a heart attack": a verb with its object after it stays a verb.)
        (before.tags.has('Cardinal') &&
          !/^\d{4}$/.test(before.text) &&
          !/[,;:]/.test(before.post) &&
          !(
            after?.tags.has('Determiner') ||
            after?.tags.has('Possessive') ||
            after?.tags.has('Pronoun')
          )) ||
        (before.tags.has('Preposition') &&
          /^(?:at|in|on|of|for|from|into|under|without|with)$/.test(before.normal) &&
          !/[,;:]/.test(before.post))) &&
      t.tags.has('Verb') &&
      !t.tags.has('PastTense') &&
      !t.tags.has('Gerund') &&
      !isAux(t)
    ) {
      t.tags = new Set(['Noun', /s$/.test(t.normal) ? 'Plural' : 'Singular']);
    } else if (
      i > 0 &&
      CAPITALISED_WORD.test(t.text) &&
      !t.tags.has('Noun') &&
      !t.tags.has('Verb') &&
      !t.tags.has('Value') &&
      !t.tags.has('Date')
    ) {
      t.tags = new Set([...t.tags, 'Noun', 'ProperNoun', 'Singular']);
    } else if (
      i > 0 &&
      CAPITALISED_WORD.test(t.text) &&
      t.tags.has('Verb') &&
      !t.tags.has('PastTense') &&
      CAPITAL.test(before!.text) &&
      !isAux(t)
    ) {
      // "the International Maize and Wheat Improvement Center": a capitalised word inside a name.
      t.tags = new Set(['Noun', 'ProperNoun', 'Singular']);
    } else if (
      i === 0 &&
      t.tags.has('Verb') &&
      !t.tags.has('PastTense') &&
      !t.tags.has('Gerund') &&
      !isAux(t) &&
      ts[i + 1] &&
      (ts[i + 1]!.tags.has('Verb') ||
        (ts[i + 1]!.tags.has('Adverb') && ts[i + 2]?.tags.has('Verb')))
    ) {
      // "Growth then sped up": a sentence's first word before its verb is its subject, not an imperative.
      t.tags = new Set(['Noun', 'Singular']);
    } else if (
      before &&
      t.tags.has('PresentTense') &&
      !t.tags.has('Adjective') &&
      !/s$/.test(t.normal) &&
      !isAux(t) &&
      before.tags.has('Singular') &&
      !before.tags.has('Pronoun') &&
      !before.tags.has('ProperNoun') &&
      !/[,;:]/.test(before.post)
    ) {
      // "the dollar deficit it expected": a bare present form does not agree with a singular noun before it, so it is a noun.
      t.tags = new Set(['Noun', 'Singular']);
    } else if (
      before &&
      t.tags.has('PresentTense') &&
      /[a-z]s$/.test(t.normal) &&
      !isAux(t) &&
      before.tags.has('Singular') &&
      !before.tags.has('Pronoun') &&
      !/[,;:]/.test(before.post) &&
      ts[i - 2]?.tags.has('Preposition') &&
      (!ts[i + 1] || /[,;:.]/.test(t.post)) &&
      ts.slice(0, i - 2).some((w) => w.tags.has('Verb') && !w.tags.has('Gerund'))
    ) {
      // "replaced in 1847 by soup kitchens": a form in -s that ends a preposition's phrase
      // after the clause's verb is a plural noun ("kitchens"), not a second verb.
      t.tags = new Set(['Noun', 'Plural']);
    }
  });
}

/**
 * compromise reads an irregular past tense that is also a noun as the noun ("Its wheat
 * harvest rose from …": the flower). Such a word after a noun, and not before a noun or
 * adjective, is the verb; its own morphology says which words are such past tenses.
 */
/** Verbs whose simple past is their base form. */
const SAME_PAST =
  /^(?:set|put|cut|let|hit|cost|spread|shut|cast|quit|bid|burst|hurt|split|thrust|upset|broadcast|forecast)$/;

/**
 * Whether word `i` follows a noun that is no possessive, with no comma, semicolon or colon
 * after either: where a subject's noun ends and its verb, misread, may stand.
 */
function afterItsNoun(ts: readonly Tok[], i: number): boolean {
  const before = ts[i - 1];
  return (
    !!before &&
    before.tags.has('Noun') &&
    !before.tags.has('Possessive') &&
    !/[,;:]/.test(before.post + ts[i]!.post)
  );
}

function fixPastTense(ts: Tok[]): void {
  ts.forEach((t, i) => {
    const before = ts[i - 1];
    const after = ts[i + 1];
    // "Grain prices in Paris doubled …": a form in -s after the noun the clause opens with,
    // before a phrase and then a past tense, is that noun's plural head, the past tense the verb.
    if (
      t.tags.has('PresentTense') &&
      /[a-z]s$/.test(t.normal) &&
      !isAux(t) &&
      afterItsNoun(ts, i) &&
      ts
        .slice(0, i)
        .every((x) => x.tags.has('Noun') || x.tags.has('Adjective') || x.tags.has('Determiner')) &&
      after?.tags.has('Preposition') &&
      pastAfterPhrase(ts, i + 1)
    ) {
      t.tags = new Set(['Noun', 'Plural']);
      return;
    }
    // "Rainfall, recorded at the old mill, rose by 12 percent": an irregular past read as a
    // noun ("rose") before the amount it changed by.
    if (
      t.tags.has('Noun') &&
      !t.tags.has('Verb') &&
      after &&
      /^(?:by|from|to)$/.test(after.normal) &&
      byAmount(ts, i + 1) &&
      isIrregularPast(t.normal)
    ) {
      t.tags = new Set(['Verb', 'PastTense']);
      // ("the northern range streams rose": a form in -s right before it is the plural subject.)
      if (before?.tags.has('PresentTense') && /[a-z]s$/.test(before.normal) && !isAux(before))
        before.tags = new Set(['Noun', 'Plural']);
      return;
    }
    // "small differences in causal structure make a moral difference": a verb's base form
    // read as a noun after a noun, before the object it governs, with a plural subject before.
    if (
      t.tags.has('Noun') &&
      !t.tags.has('Verb') &&
      afterItsNoun(ts, i) &&
      (after?.tags.has('Determiner') || after?.tags.has('Possessive')) &&
      lexTags(t.normal).includes('Infinitive') &&
      pluralSubjectBefore(ts, i)
    ) {
      t.tags = new Set(['Verb', 'PresentTense']);
      return;
    }
    // "the Great Eastern landed a complete cable": a regular past tense between a noun and the
    // noun phrase it governs, which the lexicon step alone may read as an adjective.
    if (
      !t.tags.has('Verb') &&
      /[a-z]ed$/.test(t.normal) &&
      before?.tags.has('Noun') &&
      !/[,;:]/.test(before.post) &&
      after &&
      (after.tags.has('Determiner') || after.tags.has('Value'))
    ) {
      t.tags = new Set(['Verb', 'PastTense']);
      return;
    }
    // "Thirty states and the District of Columbia set rates above …": a verb whose past is its
    // base form, read as a noun after a name or plural, before a present form in -s that is
    // the plural noun it governs.
    if (
      !t.tags.has('Verb') &&
      SAME_PAST.test(t.normal) &&
      before &&
      (before.tags.has('ProperNoun') || before.tags.has('Plural') || before.tags.has('Place')) &&
      !/[,;:]/.test(before.post) &&
      after?.tags.has('PresentTense') &&
      /[a-z]s$/.test(after.normal) &&
      !isAux(after) &&
      !/[,;:]/.test(t.post)
    ) {
      t.tags = new Set(['Verb', 'PastTense']);
      after.tags = new Set(['Noun', 'Plural']);
      return;
    }
    // "along the northern range streams rose from …": a present form in -s before such a past
    // tense is the plural noun, and the past tense the clause's verb.
    // (The morphology is asked last: the other tests are cheap and rarely all hold.)
    if (
      !t.tags.has('Verb') &&
      before?.tags.has('PresentTense') &&
      /s$/.test(before.normal) &&
      !isAux(before) &&
      !/[,;:]/.test(before.post) &&
      (ts[i - 2]?.tags.has('Noun') || ts[i - 2]?.tags.has('Adjective')) &&
      after &&
      (after.tags.has('Preposition') || after.tags.has('Value') || after.tags.has('Adverb')) &&
      isIrregularPast(t.normal)
    ) {
      before.tags = new Set(['Noun', 'Plural']);
      t.tags = new Set(['Verb', 'PastTense']);
      return;
    }
    // "Plans for a railway under London date back to the 1940s": a verb the lexicon knows,
    // read as a noun after the subject's noun, before its particle and phrase.
    if (
      t.tags.has('Noun') &&
      !t.tags.has('Verb') &&
      afterItsNoun(ts, i) &&
      after &&
      particleAndPhrase(after, ts[i + 2]) &&
      lexTags(t.normal).includes('Infinitive')
    ) {
      t.tags = new Set(['Verb', 'PresentTense', 'Infinitive']);
      after.tags = new Set(['Adverb', 'Particle']);
      return;
    }
    // "Ypres lost about 2,800 of its …": an irregular past the lexicon knows as an adjective,
    // after the noun phrase the clause opens with and before an amount or an object, is its verb.
    if (
      !t.tags.has('Verb') &&
      t.tags.has('Adjective') &&
      afterItsNoun(ts, i) &&
      ts
        .slice(0, i)
        .every((x) => x.tags.has('Noun') || x.tags.has('Determiner') || x.tags.has('Adjective')) &&
      after &&
      (after.tags.has('Value') ||
        after.tags.has('Determiner') ||
        after.tags.has('Possessive') ||
        (/^(?:about|some|nearly|roughly|almost|around|over|under|just|only)$/.test(after.normal) &&
          !!ts[i + 2]?.tags.has('Value'))) &&
      isIrregularPast(t.normal)
    ) {
      t.tags = new Set(['Verb', 'PastTense']);
      return;
    }
    if (
      t.tags.has('Verb') ||
      !t.tags.has('Noun') ||
      // ("Hermann Ebbinghaus": a name inside the sentence is no past tense.)
      (i > 0 && CAPITAL.test(t.text)) ||
      !before ||
      !before.tags.has('Noun') ||
      before.tags.has('Possessive') ||
      /[,;:]/.test(before.post)
    )
      return;
    if (
      after &&
      (after.tags.has('Noun') || after.tags.has('Adjective')) &&
      !after.tags.has('Value') &&
      !after.tags.has('Date')
    )
      return;
    if (
      isIrregularPast(t.normal) ||
      (after &&
        (after.tags.has('Determiner') ||
          after.tags.has('Value') ||
          // ("the new dam cost about $300 million": a hedge before the amount.)
          (/^(?:about|some|nearly|roughly|almost|around|over|under|just|only)$/.test(
            after.normal,
          ) &&
            !!ts[i + 2]?.tags.has('Value'))) &&
        isUnchangedPast(t.normal))
    )
      t.tags = new Set(['Verb', 'PastTense']);
  });
}

/**
 * Whether a past tense follows the phrase opening at `from` in the same clause (no punctuation
 * or conjunction before it): "… | in Paris doubled".
 */
function pastAfterPhrase(ts: readonly Tok[], from: number): boolean {
  for (let k = from; k < ts.length && k < from + 8; k++) {
    const x = ts[k]!;
    if (k > from && x.tags.has('PastTense') && x.tags.has('Verb')) return true;
    if (/[,;:]/.test(x.post) || /^(?:and|or|but|that|which|who)$/.test(x.normal) || isAux(x))
      return false;
  }
  return false;
}

const AUX = new Set([
  'was',
  'were',
  'is',
  'are',
  'be',
  'been',
  'being',
  'am',
  'has',
  'have',
  'had',
  'do',
  'does',
  'did',
  'will',
  'would',
  'shall',
  'should',
  'can',
  'could',
  'may',
  'might',
  'must',
]);

/** Whether a word is an auxiliary or copula ("was", "had", "could"). */
export const isAux = (t: Tok): boolean => AUX.has(t.normal) && !t.tags.has('ProperNoun');

/**
 * Whether word `i` is a finite verb, the verb a statement needs: a tensed verb or an
 * auxiliary, not an infinitive after "to", not a gerund on its own, and not a participle
 * that only describes a noun ("cotton financed by the Chase Bank").
 */
/**
 * "rose by about 13 percent", "fell by $2 billion": a "by" that gives an amount measures a
 * change; it names no agent, so the verb before it is the clause's own.
 */
function byAmount(ts: readonly Tok[], by: number): boolean {
  let k = by + 1;
  while (
    k < ts.length &&
    k < by + 4 &&
    !ts[k]!.tags.has('Value') &&
    /^(?:about|around|roughly|nearly|almost|some|over|under|more|less|than|just|only|up|to|as|much|many)$/.test(
      ts[k]!.normal,
    )
  )
    k++;
  return !!ts[k]?.tags.has('Value') || /^[$£€¥]\d/.test(ts[k]?.text ?? '');
}

export function isFinite(ts: readonly Tok[], i: number): boolean {
  const t = ts[i]!;
  if (isAux(t)) return !(ts[i - 1]?.normal === 'to');
  if (!t.tags.has('Verb')) return false;
  if (
    ts[i - 1]?.normal === 'to' ||
    t.tags.has('Gerund') ||
    (t.tags.has('Infinitive') && !t.tags.has('PresentTense'))
  )
    return false;
  const prev = ts[i - 1];
  // "equipment made in Germany", "cotton financed by": a participle right after a noun that
  // has no verb of its own before it describes the noun.
  if (
    (t.tags.has('Participle') || t.tags.has('PastTense')) &&
    prev &&
    prev.tags.has('Noun') &&
    !/[,;:]/.test(prev.post)
  ) {
    const next = ts[i + 1]?.normal;
    if (
      (next === 'by' && !byAmount(ts, i + 1)) ||
      (t.tags.has('Participle') && !t.tags.has('PastTense'))
    )
      return false;
  }
  // ", manufactured by Glass": a participle opening an aside (not ", fell by about 30
  // percent", a verb with its amount).
  if (
    (t.tags.has('Participle') || t.tags.has('PastTense')) &&
    prev &&
    /,\s*$/.test(prev.post) &&
    ts[i + 1]?.normal === 'by' &&
    !byAmount(ts, i + 1)
  )
    return false;
  if (
    t.tags.has('PresentTense') &&
    prev &&
    (prev.tags.has('Determiner') || prev.tags.has('Adjective'))
  )
    return false;
  // "on irrigated land": a participle after a preposition describes the noun after it.
  if ((t.tags.has('Participle') || t.tags.has('PastTense')) && prev?.tags.has('Preposition'))
    return false;
  return true;
}

/** The index of the first finite verb, or -1. */
export function firstFinite(ts: readonly Tok[], from = 0, to = ts.length): number {
  for (let i = from; i < to; i++) if (isFinite(ts, i)) return i;
  return -1;
}

/** Whether "from" opens a noun phrase that ends just before `i` ("from seminar rooms | to"). */
function fromBefore(ts: readonly Tok[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    const t = ts[k]!;
    if (t.normal === 'from') return k < i - 1;
    if (/[,;:]/.test(t.post) || t.tags.has('Verb')) return false;
  }
  return false;
}

/** Whether a plural noun comes before `i` in its clause (back to a comma, "that" or a verb). */
function pluralSubjectBefore(ts: readonly Tok[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = ts[k]!;
    if (/[,;:]/.test(t.post) || t.normal === 'that' || t.tags.has('Verb')) return false;
    if (t.tags.has('Plural') && t.tags.has('Noun')) return true;
  }
  return false;
}

/** Whether a text says something: compromise finds a finite verb in it. */
export function hasFiniteVerb(text: string): boolean {
  return !mayLackVerb(text) || firstFinite(tag(text)) >= 0;
}

const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);

const lexTags = (w: string): string[] => {
  const v = lexicon[w];
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
};

/**
 * Cheap first look, from compromise's lexicon alone: false when the text plainly holds a
 * finite verb (an auxiliary or a past tense the lexicon knows, after a word that is not a
 * noun it could describe), true when only tagging can tell.
 */
export function mayLackVerb(text: string): boolean {
  const words = text.toLowerCase().match(/[a-z][a-z'’-]*/g) ?? [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (AUX.has(w) && words[i - 1] !== 'to') return false;
    // "he stayed", "they argued": a past tense right after a personal pronoun (the lexicon,
    // a large map, looked up only there).
    if (i > 0 && PRONOUNS.has(words[i - 1]!) && lexTags(w).includes('PastTense')) return false;
  }
  return true;
}
