/**
 * Garbled repeats in real-world text: a sentence that restates its neighbour (a translation
 * left in twice), or a clause run into its own restatement ("… in the course of three or four
 * years In three or four years …"). Measured on content words, never on particular text.
 */
import { contentWords, isStopWord } from './words';

/** Share of `b`'s distinct content words that also occur in `a` (0 … 1). */
export function containment(a: string, b: string): number {
  const setA = new Set(contentWords(a));
  const setB = new Set(contentWords(b));
  if (setB.size === 0) return 0;
  let shared = 0;
  for (const w of setB) if (setA.has(w)) shared++;
  return shared / setB.size;
}

/** How much of `b` must already be in `a` for `b` to count as a repeat. */
export const REPEAT_THRESHOLD = 0.75;
/** Shorter sentences share words by chance; they are never called repeats. */
const MIN_WORDS = 5;

/**
 * Whether `b` repeats `a`: nearly all its content words are in `a`, and it brings no number
 * `a` lacks (a sentence with a new figure adds information even if the words are the same).
 */
export function repeats(a: string, b: string): boolean {
  return repeatsWords(new Set(contentWords(a)), new Set(contentWords(b)));
}

/** `repeats` on content-word sets already computed (the importer computes each once). */
export function repeatsWords(wordsA: ReadonlySet<string>, wordsB: ReadonlySet<string>): boolean {
  if (wordsB.size < MIN_WORDS) return false;
  let shared = 0;
  for (const w of wordsB) {
    if (wordsA.has(w)) shared++;
    else if (w.startsWith('#')) return false;
  }
  return shared / wordsB.size >= REPEAT_THRESHOLD;
}

export interface RunOn {
  /** The restatement that reads well. */
  kept: string;
  /** The garbled first attempt. */
  dropped: string;
}

/**
 * Finds a clause run into its own restatement: a lower-case word directly followed by a
 * capitalised one with no punctuation between ("years In three"), where the two sides say
 * the same thing. Returns the side to keep (the later, complete one) and the side to drop.
 */
export function findRunOnRepeat(text: string): RunOn | undefined {
  let best: { score: number; at: number } | undefined;
  for (const m of text.matchAll(/[a-z] ([A-Z][a-z]*) /g)) {
    // A capitalised function word mid-sentence ("years In three") is where a restart begins.
    if (!isStopWord(m[1]!)) continue;
    const at = m.index + 2;
    const l = new Set(contentWords(text.slice(0, at)));
    const r = new Set(contentWords(text.slice(at)));
    if (l.size < MIN_WORDS || r.size < MIN_WORDS) continue;
    let shared = 0;
    for (const w of l) if (r.has(w)) shared++;
    const score = shared / Math.max(l.size, r.size);
    if (shared / Math.min(l.size, r.size) >= REPEAT_THRESHOLD && (!best || score > best.score))
      best = { score, at };
  }
  if (!best) return undefined;
  return { kept: text.slice(best.at).trim(), dropped: text.slice(0, best.at).trim() };
}
