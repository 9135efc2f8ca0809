/**
 * The draft review's reading of short slide texts (titles, bullets, chart labels) with the
 * NLP library `compromise`: which words are verbs, names, prepositions, units. Pure JS, no
 * Node or DOM, so it runs in the editor and on the command line alike.
 *
 * Tagging a text costs about a millisecond, and the editor re-checks a slide on every
 * keystroke, so analyses are kept by text: after a keystroke only the bullet being typed is
 * tagged again, its neighbours and the title come from the cache. A whole deck's texts are
 * tagged many at a time (`tagAll`), which gives each text what tagging it alone gives, in
 * about two thirds of the time.
 */
import nlp from 'compromise';
import { isVerbAfterName } from '../generate/nlp/verb-after-name';
import { particleAndPhrase } from '../generate/nlp/phrasal-verb';

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
  const found = kept.get(text);
  if (found) return found;
  tag([text]);
  return kept.get(text)!;
}

/** Texts compromise tags in one pass; more makes each pass slower per text, not faster. */
const BATCH = 200;

/**
 * Tags those of `texts` not kept yet, many in one pass of compromise, so that `terms` finds
 * them kept: for a caller about to ask for many texts (a whole deck's titles and bullets).
 */
export function tagAll(texts: Iterable<string>): void {
  const todo = new Set<string>();
  for (const text of texts) if (!kept.has(text)) todo.add(text);
  const list = [...todo];
  for (let i = 0; i < list.length; i += BATCH) tag(list.slice(i, i + BATCH));
}

/** compromise's tagging steps, which `nlp(text)` runs on its own (its types leave them loose). */
interface World {
  hooks: readonly string[];
  model: unknown;
  methods: {
    one: { tokenize: { fromString(text: string, world: World): RawTerm[][] } };
    two: { transform: { verb: VerbForms } };
  };
}

/** A compromise document over sentences of terms, its `compute` running named steps on them. */
type View = new (document: RawTerm[][]) => { compute(steps: string | readonly string[]): void };

const world = nlp.world() as unknown as World;
const NlpView = nlp('').constructor as unknown as View;

/**
 * Tags `texts` and keeps the result of each, the same as `nlp(text)` alone gives it: each text
 * is split into sentences by itself, as `nlp(text)` does, and compromise tags each sentence
 * by itself, so the sentences of many texts are tagged together as one document (one pass
 * of every step instead of one per text). Of `nlp(text)`'s steps, 'chunks' (noun and verb
 * phrases) is left out: it sets no tag, and nothing here reads its phrases. The words' base
 * forms ('root') are made only when one is first asked for (see `lostObject`), for the
 * whole batch.
 */
function tag(texts: readonly string[]): void {
  const sentences: RawTerm[][] = [];
  const spans: Array<[number, number]> = [];
  for (const text of texts) {
    const split = text ? world.methods.one.tokenize.fromString(text, world) : [];
    spans.push([sentences.length, split.length]);
    for (const s of split) sentences.push(s);
  }
  if (sentences.length) {
    const doc = new NlpView(sentences);
    doc.compute(world.hooks.filter((step) => step !== 'chunks'));
    let rooted = false;
    const roots = () => {
      if (!rooted) doc.compute('root');
      rooted = true;
    };
    texts.forEach((text, i) => {
      const [from, count] = spans[i]!;
      keep(
        text,
        sentences
          .slice(from, from + count)
          .flat()
          .map((t) => term(t, roots)),
      );
    });
  } else for (const text of texts) keep(text, []);
}

/** One word as the review reads it; its base form is looked up when first asked for. */
function term(t: RawTerm, roots: () => void): Term {
  const normal = t.normal ?? t.text.toLowerCase();
  return {
    text: t.text,
    normal,
    get root() {
      roots();
      return t.root ?? normal;
    },
    tags: t.tags,
    pre: t.pre ?? '',
    post: t.post ?? '',
  };
}

function keep(text: string, found: readonly Term[]): void {
  // Forget the oldest analyses first; a lecture deck never comes near the limit.
  if (kept.size >= MAX_KEPT) kept.delete(kept.keys().next().value!);
  kept.set(text, found);
}

/** Whether compromise reads any word of `ts` as a verb (finite, participle or infinitive). */
export function hasVerb(ts: readonly Term[]): boolean {
  return (
    ts.some(
      (t, i) =>
        t.tags.has('Verb') ||
        isPastTenseAfterSubject(ts, i) ||
        isPastAdjectiveBeforeObject(ts, i) ||
        isPhrasalVerbAfterSubject(ts, i) ||
        isVerbAfterName(t, ts[i - 1], ts[i + 1]),
    ) || isReportFrame(ts)
  );
}

/** Verbs of reporting that compromise reads as nouns in the present ("Others note", "Critics claim"). */
const REPORTING_NOUN =
  /^(?:note|notes|claim|claims|report|reports|estimate|estimates|find|finds|argue|warn|warns)$/;

/** "Others note:", "Critics claim:": a report's frame over its claims, its verb read as a noun. */
function isReportFrame(ts: readonly Term[]): boolean {
  const last = ts[ts.length - 1];
  const before = ts[ts.length - 2];
  return (
    !!last &&
    !!before &&
    /:\s*$/.test(last.post) &&
    REPORTING_NOUN.test(last.normal) &&
    (before.tags.has('Noun') || before.tags.has('Pronoun')) &&
    !before.tags.has('Determiner') &&
    !/^(?:the|a|an|this|that|its|their|his|her)$/.test(before.normal)
  );
}

/** The slice of compromise's verb morphology the review uses (its types leave `methods` loose). */
interface VerbForms {
  toInfinitive(word: string, model: unknown, tense: string): string;
  conjugate(infinitive: string, model: unknown): Record<string, string | undefined>;
}

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
  const after = ts[i + 1];
  if (
    !t.tags.has('Noun') ||
    !subjectEndsBefore(ts, i, ['Noun', 'Pronoun']) ||
    (after && (after.tags.has('Noun') || after.tags.has('Adjective')) && !after.tags.has('Value'))
  )
    return false;
  // "rose" (rise), and the verbs whose past is their own infinitive: "cost", "cut", "set", "spread".
  return infinitiveOfPast(t.normal) !== undefined;
}

/**
 * Whether word `i` follows what ends a subject: a word with one of `kinds` (a noun, a pronoun,
 * the year of "his report of 1868"), no possessive, with no comma, semicolon or colon after it.
 */
function subjectEndsBefore(ts: readonly Term[], i: number, kinds: readonly string[]): boolean {
  const before = ts[i - 1];
  return (
    !!before &&
    kinds.some((k) => before.tags.has(k)) &&
    !before.tags.has('Possessive') &&
    !/[,;:]/.test(before.post)
  );
}

/** The infinitive of a word that is its simple past ("rose" → "rise", "cost" → "cost"), else undefined. */
function infinitiveOfPast(word: string): string | undefined {
  const verb = world.methods.two.transform.verb;
  const infinitive = verb.toInfinitive(word, world.model, 'PastTense');
  return verb.conjugate(infinitive, world.model).PastTense === word ? infinitive : undefined;
}

/**
 * compromise also tags some past tenses as adjectives ("Ypres lost about 2,800 …", "His report
 * of 1868 accepted Snow's explanation"): such a word still reads as the verb after its subject
 * (a noun, pronoun or the year that ends it) and before an object or an amount.
 */
function isPastAdjectiveBeforeObject(ts: readonly Term[], i: number): boolean {
  const t = ts[i]!;
  const after = ts[i + 1];
  if (
    !t.tags.has('Adjective') ||
    !after ||
    !subjectEndsBefore(ts, i, ['Noun', 'Pronoun', 'Value']) ||
    /[,;:]/.test(t.post) ||
    !(
      after.tags.has('Determiner') ||
      after.tags.has('Possessive') ||
      after.tags.has('Value') ||
      /^(?:about|some|nearly|roughly|almost|around|over|only)$/.test(after.normal)
    )
  )
    return false;
  const infinitive = infinitiveOfPast(t.normal);
  return infinitive !== undefined && infinitive !== t.normal;
}

/**
 * "Plans for a railway under London date back to the 1940s": a verb compromise tags as a
 * noun, after the subject's noun and before its particle and that particle's phrase.
 */
function isPhrasalVerbAfterSubject(ts: readonly Term[], i: number): boolean {
  const t = ts[i]!;
  if (
    !t.tags.has('Noun') ||
    !subjectEndsBefore(ts, i, ['Noun']) ||
    /[,;:]/.test(t.post) ||
    !particleAndPhrase(ts[i + 1], ts[i + 2])
  )
    return false;
  // (A verb the lexicon knows: "date", never any noun the morphology would conjugate.)
  const known = (world.model as { one: { lexicon: Record<string, string | string[] | undefined> } })
    .one.lexicon[t.normal];
  return known === 'Infinitive' || (Array.isArray(known) && known.includes('Infinitive'));
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
