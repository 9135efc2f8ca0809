/**
 * Which sentences share a slide. Each paragraph is cut into slides of at most six bullets
 * where its topic turns (between the two neighbouring sentences that share the fewest
 * words), never across a paragraph unless one side is a stub of one or two bullets. A quote
 * slide follows the content of its paragraph that came before it. Linear in sentences.
 */
import type { Quotation, Section, Sentence } from '../source/model';
import { contentWords } from '../source/words';
import type { Bullet } from './condense';

export const MAX_BULLETS = 6;

export interface Unit {
  sentence: Sentence;
  bullets: Bullet[];
}

/** The lines a bullet takes on a slide: itself and the bullets under it, at every depth. */
/**
 * The room a bullet takes, in lines: a short item of a list ("83 in 1998", "174 in 2003") takes
 * half a line's room, so a list of counts and the sentence after it share a slide.
 */
const lines = (b: Bullet, child = false): number =>
  (child && !b.children.length && b.text.split(/\s+/).length <= 5 ? 0.5 : 1) +
  b.children.reduce((n, c) => n + lines(c, true), 0);
const textOf = (b: Bullet): string => [b.text, ...b.children.map(textOf)].join(' ');

export type Piece =
  | { kind: 'content'; paragraph: string; units: Unit[]; dropped: Sentence[] }
  | { kind: 'quote'; paragraph: string; sentence: Sentence; quote: Quotation; dropped: Sentence[] };

/** What one sentence becomes: bullets, or a quote slide. */
export type Classified =
  { kind: 'bullets'; bullets: Bullet[] } | { kind: 'quote'; quote: Quotation };

const count = (units: readonly Unit[]) =>
  units.reduce((n, u) => n + u.bullets.reduce((k, b) => k + lines(b), 0), 0);

/** How much two sentences share, each word weighted by how rare it is in the reading (0 … 1). */
function overlap(
  a: ReadonlySet<string>,
  b: ReadonlySet<string>,
  weight: (w: string) => number,
): number {
  let shared = 0;
  let wa = 0;
  let wb = 0;
  for (const w of a) wa += weight(w);
  for (const w of b) {
    wb += weight(w);
    if (a.has(w)) shared += weight(w);
  }
  const least = Math.min(wa, wb);
  return least > 0 ? shared / least : 0;
}

/** Cuts a run of sentences into slides of at most six bullets, cutting where the topic turns. */
function partition(units: Unit[], weight: (w: string) => number): Unit[][] {
  const terms = units.map(
    (u) => new Set(contentWords(u.sentence.text).filter((w) => !w.startsWith('#'))),
  );
  const cuts = units.map((_, j) => (j > 0 ? overlap(terms[j - 1]!, terms[j]!, weight) : 0));
  const best: number[] = [0];
  const from: number[] = [0];
  for (let k = 1; k <= units.length; k++) {
    best[k] = Infinity;
    from[k] = k - 1;
    let sum = 0;
    let words = 0;
    for (let j = k - 1; j >= 0; j--) {
      sum += count([units[j]!]);
      words += units[j]!.bullets.reduce((n, b) => n + textOf(b).split(/\s+/).length, 0);
      if (sum > MAX_BULLETS && j < k - 1) break;
      // A slide costs 1; a stub of one or two bullets and a crowded one of five or six cost
      // more; cutting between two sentences that share rare words costs up to 2.
      const stub = sum <= 1 ? 0.8 : sum <= 2 ? 0.3 : 0;
      const crowded = 0.15 * Math.max(0, sum - 4) + Math.max(0, words - 70) / 40;
      const cost = best[j]! + 1 + stub + crowded + 2 * cuts[j]!;
      if (cost < best[k]!) {
        best[k] = cost;
        from[k] = j;
      }
    }
  }
  const chunks: Unit[][] = [];
  for (let k = units.length; k > 0; k = from[k]!) chunks.unshift(units.slice(from[k]!, k));
  return chunks;
}

/** A sentence's bullets, at most a slide's worth of lines. */
function fit(bullets: readonly Bullet[]): Bullet[] {
  const out: Bullet[] = [];
  let n = 0;
  for (const b of bullets) {
    const room = MAX_BULLETS - n - 1;
    if (room < 0) break;
    // Only whole bullets are kept: a list under its lead is never cut.
    const kids: Bullet[] = [];
    let used = 0;
    for (const c of b.children) {
      if (used + lines(c, true) > room) break;
      kids.push(c);
      used += lines(c, true);
    }
    // A lead ending in ":" with nothing under it would read as cut off.
    if (!kids.length && b.children.length && b.text.endsWith(':')) break;
    out.push(kids.length < b.children.length ? { text: b.text, children: kids } : b);
    n += 1 + used;
  }
  return out;
}

/** The slides of a section as pieces: content chunks and quotes, in reading order. */
export function groupSection(
  section: Section,
  classify: (s: Sentence) => Classified,
  weight: (word: string) => number = () => 1,
): Piece[] {
  const pieces: Piece[] = [];
  const dropped: Sentence[] = [];
  for (const paragraph of section.paragraphs) {
    let run: Unit[] = [];
    const flush = () => {
      for (const units of partition(run, weight))
        pieces.push({ kind: 'content', paragraph: paragraph.id, units, dropped: [] });
      run = [];
    };
    for (const sentence of paragraph.sentences) {
      if (sentence.duplicateOf) {
        dropped.push(sentence);
        continue;
      }
      if (paragraph.item && underLead(pieces, sentence, () => classify(sentence))) continue;
      const c = classify(sentence);
      if (c.kind === 'quote') {
        flush();
        pieces.push({
          kind: 'quote',
          paragraph: paragraph.id,
          sentence,
          quote: c.quote,
          dropped: [],
        });
      } else {
        // A sentence that makes no bullet still belongs to its slide: its words are in the
        // notes' passage and its id in the provenance, so nothing of the reading is lost.
        run.push({ sentence, bullets: fit(c.bullets) });
      }
    }
    flush();
  }
  absorbBare(pieces);
  mergeStubs(pieces);
  placeDropped(pieces, dropped, section);
  return pieces;
}

/**
 * A chunk whose sentences made no bullet (a paragraph of one such sentence) is no slide of its
 * own: its sentences join the content slide before it, or else the one after it.
 */
function absorbBare(pieces: Piece[]): void {
  for (let i = 0; i < pieces.length; i++) {
    const a = pieces[i]!;
    if (a.kind !== 'content' || count(a.units) > 0) continue;
    const before = pieces.slice(0, i).findLast((p) => p.kind === 'content');
    const after = pieces.slice(i + 1).find((p) => p.kind === 'content');
    if (before?.kind === 'content') before.units.push(...a.units);
    else if (after?.kind === 'content') after.units.unshift(...a.units);
    else continue;
    pieces.splice(i--, 1);
  }
}

/**
 * An item of a list in the reading, set under the sentence that introduced the list ("…
 * shared among the member states:" over "Germany paid about 20 percent;", "the United
 * Kingdom about 14 percent;", …) when that sentence ends its slide with its colon and the slide
 * has room: the item as written, one bullet completing its lead, its sentence in the slide's
 * notes. False when the item is to be drafted as a sentence of its own.
 */
function underLead(pieces: Piece[], sentence: Sentence, drafted: () => Classified): boolean {
  const piece = pieces[pieces.length - 1];
  if (piece?.kind !== 'content') return false;
  const units = piece.units.filter((u) => u.bullets.length);
  const lead = units[units.length - 1];
  if (!lead || !/:\s*$/.test(lead.sentence.text)) return false;
  const bullet = lead.bullets[lead.bullets.length - 1]!;
  if (bullet.children.length && !bullet.list) return false;
  // As written when it fits a bullet; else as drafted, when that is one bullet.
  let text = sentence.text.replace(/[\s;,.]+$/, '');
  if (text.split(/\s+/).length > MAX_ITEM_WORDS) {
    const c = drafted();
    const only = c.kind === 'bullets' && c.bullets.length === 1 ? c.bullets[0]! : undefined;
    if (!only || only.children.length || only.text.split(/\s+/).length > MAX_ITEM_WORDS)
      return false;
    text = only.text;
  }
  const item: Bullet = { text, children: [], from: sentence };
  let target = piece;
  if (count(piece.units) + lines(item, true) > MAX_BULLETS) {
    // A slide too full for the next item gives up the lead and its list so far: they go on
    // together to a slide of their own, never the list's end alone on the next slide. A list
    // of short items alone with its lead may take a little more room than six bullets.
    const at = piece.units.indexOf(lead);
    const moved = piece.units.slice(at);
    const short = [...bullet.children, item].every(
      (c) => c.text.split(/\s+/).length <= MAX_SHORT_ITEM_WORDS,
    );
    const limit = short ? MAX_LIST_LINES : MAX_BULLETS;
    if (count(moved) + lines(item, true) > limit) return false;
    if (at >= 1) {
      piece.units.splice(at);
      target = { kind: 'content', paragraph: piece.paragraph, units: moved, dropped: [] };
      pieces.push(target);
    }
  }
  bullet.text = bullet.text.replace(/[\s.;,:]*$/, ':');
  bullet.children.push(item);
  bullet.list = true;
  target.units.push({ sentence, bullets: [] });
  return true;
}

/** The longest list item set under its lead (a bullet's limit). */
const MAX_ITEM_WORDS = 16;
/** A list whose items are this short fits one line each… */
const MAX_SHORT_ITEM_WORDS = 12;
/** …so a lead and such a list alone on a slide may take this many lines, kept whole. */
const MAX_LIST_LINES = 8;

/** A chunk of one or two bullets joins its neighbour (across a paragraph or a quote) when they fit on one slide. */
function mergeStubs(pieces: Piece[]): void {
  for (let i = 0; i < pieces.length; i++) {
    const a = pieces[i]!;
    if (a.kind !== 'content') continue;
    let j = i + 1;
    while (j < pieces.length && pieces[j]!.kind === 'quote' && pieces[j]!.paragraph === a.paragraph)
      j++;
    const b = pieces[j];
    if (!b || b.kind !== 'content') continue;
    // Within a paragraph a stub is one or two bullets; across paragraphs only a single bullet.
    const small = Math.min(count(a.units), count(b.units)) <= (a.paragraph === b.paragraph ? 2 : 1);
    if (!small || count(a.units) + count(b.units) > MAX_BULLETS) continue;
    // Across a quote only within one paragraph; across paragraphs only when adjacent.
    if (j > i + 1 && b.paragraph !== a.paragraph) continue;
    a.units.push(...b.units);
    pieces.splice(j, 1);
    i--;
  }
}

/** A garbled repeat is noted on the slide that holds the sentence it repeats, else the nearest before it. */
function placeDropped(pieces: Piece[], dropped: readonly Sentence[], section: Section): void {
  if (!pieces.length) return;
  const order = new Map(section.paragraphs.flatMap((p) => p.sentences).map((s, i) => [s.id, i]));
  const holds = (p: Piece, id: string) =>
    p.kind === 'quote' ? p.sentence.id === id : p.units.some((u) => u.sentence.id === id);
  const first = (p: Piece) =>
    order.get(p.kind === 'quote' ? p.sentence.id : p.units[0]!.sentence.id) ?? 0;
  for (const d of dropped) {
    let target = pieces.find((p) => d.duplicateOf !== undefined && holds(p, d.duplicateOf));
    if (!target) {
      const at = order.get(d.id) ?? 0;
      target = [...pieces].reverse().find((p) => first(p) <= at) ?? pieces[0]!;
    }
    target.dropped.push(d);
  }
}
