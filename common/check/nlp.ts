/**
 * The draft review's reading of short slide texts (titles, bullets, chart labels) with the
 * NLP library `compromise`: which words are verbs, names, prepositions, units. Pure JS, no
 * Node or DOM, so it runs in the editor and on the command line alike.
 *
 * Tagging a text costs about a millisecond, and the editor re-checks a slide on every
 * keystroke, so analyses are kept by text: after a keystroke only the bullet being typed is
 * tagged again, its neighbours and the title come from the cache.
 */
import nlp from 'compromise';

/** One word of a text as compromise tagged it. */
export interface Term {
  /** The word as written, without the punctuation around it. */
  text: string;
  /** Lower case, accents and punctuation folded (compromise's `normal`). */
  normal: string;
  /** The word's base form where compromise knows one ("engineers" → "engineer"), else `normal`. */
  root: string;
  /** compromise's tags: Verb, ProperNoun, Preposition, Unit, Currency, Multiple, … */
  tags: ReadonlySet<string>;
  /** Punctuation and space before and after the word. */
  pre: string;
  post: string;
}

/** What compromise's term objects carry (its types leave `docs` loose). */
interface RawTerm {
  text: string;
  normal?: string;
  root?: string;
  tags: Set<string>;
  pre?: string;
  post?: string;
}

const MAX_KEPT = 5000;
const kept = new Map<string, readonly Term[]>();

/**
 * The words of `text`, tagged. The same text always gives the same result (the analysis is
 * kept, a few thousand texts at most), so the check stays a pure function of the slide.
 */
export function terms(text: string): readonly Term[] {
  let found = kept.get(text);
  if (found) return found;
  const doc = nlp(text);
  doc.compute('root');
  const docs = doc.docs as unknown as RawTerm[][];
  found = docs.flat().map((t) => {
    const normal = t.normal ?? t.text.toLowerCase();
    return {
      text: t.text,
      normal,
      root: t.root ?? normal,
      tags: t.tags,
      pre: t.pre ?? '',
      post: t.post ?? '',
    };
  });
  // Forget the oldest analyses first; a lecture deck never comes near the limit.
  if (kept.size >= MAX_KEPT) kept.delete(kept.keys().next().value!);
  kept.set(text, found);
  return found;
}

/** Whether compromise reads any word of `ts` as a verb (finite, participle or infinitive). */
export function hasVerb(ts: readonly Term[]): boolean {
  return ts.some((t, i) => t.tags.has('Verb') || isPastTenseAfterSubject(ts, i));
}

/** The slice of compromise's verb morphology the review uses (its types leave `methods` loose). */
interface VerbForms {
  toInfinitive(word: string, model: unknown, tense: string): string;
  conjugate(infinitive: string, model: unknown): Record<string, string | undefined>;
}

const world = nlp.world() as unknown as {
  model: unknown;
  methods: { two: { transform: { verb: VerbForms } } };
};

/**
 * compromise tags an irregular past tense that is also a noun as the noun ("Output rose to 12
 * million tonnes": "rose" the flower; "a message cost $100": "cost" the noun), which would
 * leave the review calling a plain statement verbless. A word it tagged a noun still reads as
 * a verb when compromise's own morphology makes it a past tense (rise → rose, grow → grew,
 * cost → cost; never "plant" or "harvest", whose past is "planted", "harvested"), it follows
 * a noun or pronoun (its subject), and no noun or adjective follows it ("the rose garden").
 */
function isPastTenseAfterSubject(ts: readonly Term[], i: number): boolean {
  const t = ts[i]!;
  const before = ts[i - 1];
  const after = ts[i + 1];
  if (
    !t.tags.has('Noun') ||
    !before ||
    !(before.tags.has('Noun') || before.tags.has('Pronoun')) ||
    before.tags.has('Possessive')
  )
    return false;
  if (
    /[,;:]/.test(before.post) ||
    (after && (after.tags.has('Noun') || after.tags.has('Adjective')) && !after.tags.has('Value'))
  )
    return false;
  const verb = world.methods.two.transform.verb;
  // "rose" (rise), and the verbs whose past is their own infinitive: "cost", "cut", "set", "spread".
  return (
    verb.conjugate(verb.toInfinitive(t.normal, world.model, 'PastTense'), world.model).PastTense ===
    t.normal
  );
}

/** Whether compromise reads the word as a name: a person, place, organisation or other proper noun. */
export function isName(t: Term): boolean {
  return (
    t.tags.has('ProperNoun') ||
    t.tags.has('Person') ||
    t.tags.has('Place') ||
    t.tags.has('Organization')
  );
}

/** Whether the word only joins or introduces others: a preposition, conjunction or determiner. */
export function isFunctionWord(t: Term): boolean {
  return t.tags.has('Preposition') || t.tags.has('Conjunction') || t.tags.has('Determiner');
}

/** Slide text without its inline Markdown (`**strong**`, `*em*`, `` `code` ``, `[link](url)`). */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|_|`)(?=\S)([^]*?\S)\1/g, '$2')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words as a reader counts them: runs of non-space holding a letter or digit ("–" is not a word). */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
