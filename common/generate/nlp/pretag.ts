/**
 * compromise's own terms of a text after its lexicon and pre-tagger, with each term's offset
 * in the text: the one tagging both taggers start from. Bullets and titles read these terms
 * (nlp/tag.ts); charts finish a clause's terms with compromise's post-tagger
 * (chart/nlp.ts), so a sentence is tokenized and pre-tagged once for both.
 */
import nlp from 'compromise/two';

/** A term as compromise keeps it: the fields read here, and the ones its taggers set. */
export interface Term {
  text: string;
  normal?: string;
  tags: Set<string>;
  pre?: string;
  post?: string;
  [field: string]: unknown;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether `text` holds a letter or digit: what lies outside a part's words must not. */
export const hasWordChar = (text: string): boolean => WORD_CHAR.test(text);

/** Whether the `length` characters at `at` of `whole` start and end at word boundaries. */
export function atWordBoundaries(whole: string, at: number, length: number): boolean {
  const before = whole[at - 1];
  const after = whole[at + length];
  return (
    !(before !== undefined && WORD_CHAR.test(before)) &&
    !(after !== undefined && WORD_CHAR.test(after))
  );
}

export interface PreTagged {
  terms: Term[];
  /** Offset of each term's text in the tagged text; -1 when it could not be placed (an implied word of a contraction). */
  start: number[];
}

/**
 * Whole sentences' terms, kept by text, the oldest forgotten first, so a sentence asked about
 * by bullets and then by its chart is tagged once; bounded (a few sections' worth, or the
 * reading being drafted: see `keepSentences`) so a long session does not hold every sentence.
 * Parts are not kept: the taggers keep their own words.
 */
const MAX_KEPT = 1000;
let keptMax = MAX_KEPT;
const kept = new Map<string, PreTagged>();
let count = 0;

/**
 * Keep up to `n` sentences' terms (at least MAX_KEPT) while a reading of `n` sentences is
 * drafted, and trim back once it is done (`keepSentences(0)`): a sentence's words are asked
 * for again far from where they were first asked (a clause or title found in an earlier
 * sentence, a chart after its section's bullets, a paragraph the reading repeats), and a
 * 1.5 MB reading re-tagged a third of its sentences with a few sections' worth kept.
 */
export function keepSentences(n: number): void {
  keptMax = Math.max(MAX_KEPT, n);
  forgetOldest(kept, keptMax);
}

/** Forgets a map's oldest entries until it holds at most `max`. */
export function forgetOldest(map: Map<string, unknown>, max: number): void {
  for (const key of map.keys()) {
    if (map.size <= max) return;
    map.delete(key);
  }
}

/** How many texts compromise has tokenized and pre-tagged so far (for the benchmark and tests). */
export const preTaggedCount = (): number => count;

/**
 * compromise's terms of `text` after its lexicon and pre-tagger (the terms are compromise's:
 * not to be changed); kept when `sentence` says it is a whole sentence whose parts may be asked about.
 */
export function preTag(text: string, sentence: boolean): PreTagged {
  const hit = kept.get(text);
  if (hit) return hit;
  count++;
  // `tokenize` has already run compromise's 'alias', 'normal', 'machine' and 'contractions' steps.
  const doc = nlp.tokenize(text).compute(['lexicon', 'preTagger']);
  const terms = (doc.docs as unknown as Term[][]).flat();
  let at = 0;
  const start = terms.map((t) => {
    if (t.text === '') return -1;
    const s = text.indexOf(t.text, at);
    if (s >= 0) at = s + t.text.length;
    return s;
  });
  const out = { terms, start };
  if (!sentence) return out;
  if (kept.size >= keptMax) kept.delete(kept.keys().next().value!);
  kept.set(text, out);
  return out;
}
