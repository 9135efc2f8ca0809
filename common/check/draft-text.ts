/**
 * The draft review of a slide's words: a title should make the slide's point (not be a bare
 * name, not stop mid-phrase) and a bullet should be a short statement (a verb, at most 16
 * words). Verbs and names are compromise's reading (see ./nlp), not word lists of our own.
 * Each rule returns what to tell the lecturer, or nothing.
 */
import { needsPreposition } from '../generate/nlp/verb-prepositions';
import { hasVerb, isFunctionWord, isName, plainText, terms, wordCount, type Term } from './nlp';

/** Bullets longer than this are hard to read from the back of a lecture hall. */
export const MAX_BULLET_WORDS = 16;

/** Opening and closing marks that must come in pairs. */
const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['(', ')'],
  ['[', ']'],
  ['{', '}'],
  ['“', '”'],
  ['«', '»'],
];

/**
 * What to tell the lecturer about a content slide's title, or [] when it reads as a headline.
 * `claims` are the slide's bullets, asked only for a title that ends on a verb: a title cut
 * from a claim right after its verb has lost the verb's object ("Brazil grew" from "Brazil
 * grew about three quarters of the world's coffee").
 */
export function titleFindings(
  title: string,
  names: () => ReadonlySet<string> = () => new Set(),
  claims: () => readonly string[] = () => [],
): string[] {
  const text = plainText(title);
  if (!text) return [];
  const shown = `title "${text}"`;
  const cut = cutReason(text);
  if (cut) return [`${shown} ${cut}; finish the phrase or rephrase it as a short statement`];
  const ts = terms(text);
  if (isBareName(ts, names)) {
    return [
      `${shown} only names who or what the slide is about; make it the slide's point, e.g. who did what (a short headline with a verb)`,
    ];
  }
  // "Interest rate: Germany": a topic and a name side by side, and no claim about either.
  // The words after the colon as tagged in the title, where a capital is a name's, not a sentence's.
  const colon = ts.findIndex((t) => t.post.includes(':'));
  if (colon >= 0 && !hasVerb(ts) && isBareName(ts.slice(colon + 1), names)) {
    return [
      `${shown} only pairs a topic with a name; make it the slide's point, e.g. what the name did or what happened to the topic (a short headline with a verb)`,
    ];
  }
  const lost = lostObject(ts, claims);
  if (lost)
    return [
      `${shown} stops after "${lost.verb}", which the slide's claim goes on with ("${lost.verb} ${lost.next} …"); keep what the verb needs, e.g. its object`,
    ];
  return [];
}

/**
 * What to tell the lecturer about bullet `name` ("bullet 2.1"), or [] when it reads as a
 * statement; `lead` is the text of the bullets it completes (each ending in ":"), read before it.
 */
export function bulletFindings(name: string, markdown: string, lead = ''): string[] {
  const text = plainText(markdown);
  if (!text) return [];
  const out: string[] = [];
  const words = wordCount(text);
  if (words > MAX_BULLET_WORDS)
    out.push(
      `${name} has ${words} words; cut it to ${MAX_BULLET_WORDS} or fewer (about 10 reads best), or split it in two`,
    );
  if (!hasVerb(terms(text)) && !(lead && hasVerb(terms(`${lead} ${text}`))))
    out.push(
      `${name} has no verb ("${short(text)}"); make it a statement that says what happened or who did what`,
    );
  return out;
}

/**
 * Why a title reads as cut off mid-phrase, or undefined: an unclosed bracket or quotation
 * mark, an ellipsis at either end, dangling punctuation, or a last word that only leads into
 * more (a preposition, conjunction or article, as compromise tags it).
 */
export function cutReason(text: string): string | undefined {
  const marked = cutByMarks(text);
  if (marked) return marked;
  const ts = terms(text);
  const last = ts[ts.length - 1];
  const before = ts[ts.length - 2];
  // "The cases teach us much", "Wages changed little": an amount the verb ends on, not a cut.
  const amountEnd =
    !!before &&
    /^(?:much|little|more|less|enough)$/.test(last?.normal ?? '') &&
    !isFunctionWord(before);
  if (
    last &&
    !amountEnd &&
    (isFunctionWord(last) ||
      last.tags.has('Possessive') ||
      (AUXILIARY.test(last.normal) && ts.length > 1)) &&
    !/[.?!]\s*$/.test(last.post)
  )
    return `stops on "${last.text}"`;
  return undefined;
}

/** The reasons of `cutReason` that need no tagging: brackets, marks, an ellipsis, a comparison. */
function cutByMarks(text: string): string | undefined {
  for (const [open, close] of PAIRS) {
    if (count(text, open) > count(text, close)) return `leaves "${open}" open`;
  }
  if (count(text, '"') % 2 === 1) return 'leaves a quotation mark open';
  if (/^(?:…|\.\.\.)|(?:…|\.\.\.)$/.test(text)) return 'is cut off (it has an ellipsis at one end)';
  if (/[,;:–—-]$/.test(text)) return `stops at "${text.slice(-1)}"`;
  // "Aid raised investment by less": a comparison cut before its "than".
  const compared = /\b(?:by|no|rather)\s+(less|more|fewer|greater|smaller)$/i.exec(text);
  if (compared) return `stops on "${compared[1]}"`;
  return undefined;
}

/**
 * The texts `titleFindings(title)` and `bulletFindings(…, bullet)` will tag, as tagged (for
 * `tagAll`): a title only when no mark already shows it cut.
 */
export function taggedTexts(title: string | undefined, bullets: readonly string[]): string[] {
  const out: string[] = [];
  const text = title === undefined ? '' : plainText(title);
  if (text && !cutByMarks(text)) out.push(text);
  for (const b of bullets) {
    const t = plainText(b);
    if (t) out.push(t);
  }
  return out;
}

/** Auxiliaries and copulas: a title never ends on one ("Units has", "The plan was"). */
const AUXILIARY =
  /^(?:is|are|was|were|be|been|being|am|has|have|had|do|does|did|will|would|shall|should|can|could|may|might|must)$/;

/**
 * Whether a title ending on a verb was cut from one of `claims` right there, before the verb's
 * object: the title's words appear in the claim in order, and the claim's next word opens a
 * noun phrase (an article, a number, a noun, an adjective, a possessive), a particle does
 * ("has taken | up roughly a quarter"), or it is the preposition the verb cannot do without
 * ("rested | on imported machinery").
 */
function lostObject(
  ts: readonly Term[],
  claims: () => readonly string[],
): { verb: string; next: string } | undefined {
  const last = ts[ts.length - 1];
  if (!last || last.tags.has('Noun') || ts.length < 2) return undefined;
  // A participle alone reads as an adjective ("The reform was based"): the claim's tags decide then.
  const endsOnVerb = hasVerb([last]);
  const want = ts.map((t) => t.normal);
  for (const claim of claims()) {
    const cs = terms(plainText(claim));
    // The title's words in the claim, in order, the last at `at`.
    let at = -1;
    let k = 0;
    for (let i = 0; i < cs.length && k < want.length; i++) {
      if (cs[i]!.normal !== want[k]) continue;
      at = i;
      k++;
    }
    if (k < want.length || at < 0 || /[,;:.]/.test(cs[at]!.post)) continue;
    const next = cs[at + 1];
    const after = cs[at + 2];
    if (!next) continue;
    const opensPhrase = (t: Term) =>
      t.tags.has('Determiner') ||
      t.tags.has('Value') ||
      t.tags.has('Possessive') ||
      t.tags.has('Adjective') ||
      (t.tags.has('Noun') && !t.tags.has('Pronoun'));
    const particle =
      /^(?:up|out|off|down|away|back)$/.test(next.normal) &&
      after !== undefined &&
      (opensPhrase(after) || after.tags.has('Adverb'));
    const hedge =
      /^(?:about|nearly|almost|roughly|some|over|around)$/.test(next.normal) &&
      after !== undefined &&
      (after.tags.has('Value') || after.tags.has('Determiner'));
    const needed = cs[at]!.tags.has('Verb') && needsPreposition(cs[at]!.root, next.normal);
    if (needed || (endsOnVerb && (opensPhrase(next) || particle || hedge)))
      return { verb: cs[at]!.text, next: next.text };
  }
  return undefined;
}

/**
 * Whether a title is nothing but a name ("Davis", "Sweden and Denmark"): no verb, and every
 * word a name or a word joining names. compromise cannot tell a name from a common noun in
 * the first word of a text (both are capitalised there), so an unknown first word counts as a
 * name only when the slide writes it capitalised somewhere other than a sentence start
 * (`names`, see `namesIn`; asked only when needed).
 */
function isBareName(ts: readonly Term[], names: () => ReadonlySet<string>): boolean {
  if (!ts.length || hasVerb(ts)) return false;
  let named = 0;
  for (const [i, t] of ts.entries()) {
    if (isFunctionWord(t) && i > 0) continue;
    if (isName(t) || (i === 0 && names().has(t.text))) named++;
    else return false;
  }
  return named > 0;
}

/**
 * Capitalised words that `texts` write after the start of a sentence: the names a slide uses.
 * They tell "Magnitogorsk" (written so mid-sentence) from "Irrigation" as a one-word title.
 */
export function namesIn(texts: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const t of texts) {
    // After a lower-case word, a number or a comma: never after a colon or a full stop, which may start a phrase.
    for (const m of plainText(t).matchAll(/(?<=[\p{Ll}\p{N},]\s+)\p{Lu}[\p{L}’'-]*/gu))
      out.add(m[0]);
  }
  return out;
}

function count(text: string, ch: string): number {
  return text.split(ch).length - 1;
}

/** A bullet's opening, to name it in a warning without repeating all of it. */
function short(text: string): string {
  const words = text.split(' ');
  return words.length <= 10 ? text : `${words.slice(0, 10).join(' ')} …`;
}
