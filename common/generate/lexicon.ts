/**
 * What generation needs to know about a whole reading before it writes a slide: which
 * capitalised words are names (a word capitalised only at the start of sentences is not),
 * which names are everywhere (the country a reading is about says nothing on one slide),
 * and how many sentences use each term, for TF-IDF style slide titles. Built once, linear.
 */
import type { SourceModel } from '../source/model';
import { isStopWord, stem } from '../source/words';

export interface Lexicon {
  /** Number of sentences in the reading. */
  sentences: number;
  /** Lower-cased terms (see `termsOf`) → number of sentences using them. */
  df: ReadonlyMap<string, number>;
  /** Names that appear in so many sentences that they carry no information on a slide. */
  ubiquitous: ReadonlySet<string>;
  /** Capitalised words seen in the middle of a sentence: names, even at a sentence start. */
  midCaps: ReadonlySet<string>;
}

/** Capitalised sentence openers that are never names on their own. */
const OPENERS = new Set([
  'In',
  'On',
  'At',
  'By',
  'For',
  'From',
  'During',
  'After',
  'Before',
  'Between',
  'Among',
  'Later',
  'These',
  'This',
  'Those',
  'That',
  'Its',
  'His',
  'Her',
  'Their',
  'Of',
  'Some',
  'Most',
  'Many',
  'Then',
  'When',
  'While',
  'Although',
  'However',
  'Thus',
  'Yet',
  'But',
  'And',
  'As',
  'It',
  'He',
  'She',
  'They',
  'We',
  'There',
  'Since',
  'Until',
  'With',
  'Without',
  'About',
  'Over',
  'Under',
  'Only',
  'Also',
  'Both',
  'Each',
  'Such',
  'A',
  'An',
  'The',
]);

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

const SPACE = /\s/;
const BREAK = /[.!?:;"“]/;
/**
 * Built once: esbuild (so tsx and the bundled app too) writes a `\p{…}` pattern as
 * `new RegExp(…)`, which a pattern written in place then rebuilds for every word it tests.
 */
const CAPITAL = /^\p{Lu}/u;
const ONE_CAPITAL = /^\p{Lu}$/u;
const INITIALS = /^(?:\p{L}\.)+$/u;

/**
 * Whether the text before offset `at` ends a sentence or clause (".", ":", an opening quote),
 * space after it aside: what `/[.!?:;"“]\s*$/` says of `text.slice(0, at)`, read backwards from
 * `at`, since that regex tried at every offset of the prefix made each word cost the length of
 * the sentence before it.
 */
function afterBreak(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && SPACE.test(text[i]!)) i--;
  return i >= 0 && BREAK.test(text[i]!);
}

/** A token that looks like a name: capitalised ("Kharkov"), an acronym ("USSR", "U.S."). */
export function isCapitalised(token: string): boolean {
  return CAPITAL.test(token);
}

export interface NameRun {
  text: string;
  index: number;
}

/**
 * Runs of capitalised words ("Stalingrad Tractor Plant", "U.S. Steel"); a run may hold one
 * inner "of" ("Bureau of Reclamation"). A capitalised sentence opener counts only when the
 * reading also capitalises it mid-sentence.
 */
export function nameRuns(text: string, midCaps?: ReadonlySet<string>): NameRun[] {
  const out: NameRun[] = [];
  const tokens = [...text.matchAll(WORD)].map((m) => ({ t: cleanToken(m[0]), i: m.index }));
  let run: { t: string; i: number }[] = [];
  const close = () => {
    while (run.length && run[run.length - 1]!.t === 'of') run.pop();
    if (run.length) {
      const first = run[0]!;
      const last = run[run.length - 1]!;
      out.push({ text: text.slice(first.i, last.i + last.t.length), index: first.i });
    }
    run = [];
  };
  tokens.forEach((tok, k) => {
    const atStart = k === 0 || afterBreak(text, tok.i);
    const cap = isCapitalised(tok.t) && !ONE_CAPITAL.test(tok.t);
    const name =
      cap && !(atStart && (OPENERS.has(tok.t) || (midCaps !== undefined && !midCaps.has(tok.t))));
    // A gap wider than one space (a comma, a quote) ends the run.
    const gap = run.length
      ? text.slice(run[run.length - 1]!.i + run[run.length - 1]!.t.length, tok.i)
      : ' ';
    if (name && gap === ' ') run.push(tok);
    else if (tok.t === 'of' && run.length && gap === ' ' && isCapitalised(tokens[k + 1]?.t ?? ''))
      run.push(tok);
    else {
      close();
      if (name) run.push(tok);
    }
  });
  close();
  return out;
}

/** "Ford's" → "Ford", "U.S." stays "U.S.", "plant." → "plant". */
export function cleanToken(raw: string): string {
  const t = raw.replace(/['’]s$/, '');
  return INITIALS.test(t) ? t : t.replace(/[.'’-]+$/, '');
}

/** The content terms of a text: stems of content words and adjacent pairs of them, lower-cased. */
export function termsOf(text: string): string[] {
  const out: string[] = [];
  for (const clause of text.split(/[,;:()"“”]/)) {
    let prev: string | undefined;
    for (const m of clause.matchAll(WORD)) {
      const w = m[0].replace(/[.'’-]+$/, '');
      if (w.length < 3 || isStopWord(w) || /\d/.test(w)) {
        prev = undefined;
        continue;
      }
      const s = stem(w);
      out.push(s);
      if (prev) out.push(`${prev} ${s}`);
      prev = s;
    }
  }
  return out;
}

/** Builds the lexicon of a reading (every sentence, repeats included). */
export function buildLexicon(model: SourceModel): Lexicon {
  const midCaps = new Set<string>();
  const texts: string[] = [];
  for (const sec of model.sections)
    for (const p of sec.paragraphs) for (const s of p.sentences) texts.push(s.text);
  for (const text of texts) {
    for (const m of text.matchAll(WORD)) {
      if (m.index === 0 || !isCapitalised(m[0]) || afterBreak(text, m.index)) continue;
      midCaps.add(cleanToken(m[0]));
    }
  }
  const df = new Map<string, number>();
  const nameDf = new Map<string, number>();
  for (const text of texts) {
    for (const t of new Set(termsOf(text))) df.set(t, (df.get(t) ?? 0) + 1);
    for (const n of new Set(nameRuns(text, midCaps).map((r) => r.text)))
      nameDf.set(n, (nameDf.get(n) ?? 0) + 1);
  }
  const ubiquitous = new Set<string>();
  for (const [name, n] of nameDf) if (n >= 4 && n >= texts.length * 0.2) ubiquitous.add(name);
  return { sentences: texts.length, df, ubiquitous, midCaps };
}
