/**
 * A long reading for the generation benchmark, made of the test readings in
 * tests/fixtures/sources (Markdown and plain text, charts/ included): each reading in turn,
 * a section under its title (its own headings as sub-headings, so a section is a few hundred
 * words as in a book), its footnotes and reference list kept, again and again until the
 * wanted length.
 *
 * Text repeated as it is would be answered from the caches a run keeps per sentence and make
 * the figures flatter than a real book's, so every copy after the first is a variant: names
 * are swapped for others (the same way in the text, footnotes and reference list of that
 * copy), numbers other than years change their last digit, footnote keys are renamed, and the
 * readings come in a different order. Deterministic: the same length gives the same text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { normalizeText, toBlocks } from '../../common/source/blocks';
import { REFERENCE_HEADING } from '../../common/source/references';
import { isStopWord } from '../../common/source/words';

const SOURCES = resolve(import.meta.dirname, '../fixtures/sources');

interface Piece {
  kind: 'heading' | 'paragraph' | 'footnote';
  text: string;
  key?: string;
}

/** The test readings as Markdown pieces: the title and headings as `##`, paragraphs, footnotes. */
function readings(): Piece[][] {
  const files = [
    ...readdirSync(SOURCES).filter((f) => /\.(?:txt|md)$/.test(f)),
    ...readdirSync(join(SOURCES, 'charts'))
      .filter((f) => /\.(?:txt|md)$/.test(f))
      .map((f) => `charts/${f}`),
  ].sort();
  return files.map((file) => {
    const blocks = toBlocks(
      normalizeText(readFileSync(join(SOURCES, file), 'utf8')),
      file.endsWith('.md'),
    );
    return blocks
      .filter((b) => b.kind !== 'image')
      .map((b, i): Piece =>
        i === 0 || b.kind === 'heading'
          ? { kind: 'heading', text: b.text.replace(/^#+\s*/, '') }
          : b.kind === 'footnote'
            ? { kind: 'footnote', text: b.text, key: b.key! }
            : { kind: 'paragraph', text: b.text },
      );
  });
}

const MONTHS =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const SYLLABLES = [
  'var',
  'kel',
  'mor',
  'dan',
  'tis',
  'bra',
  'len',
  'hol',
  'sen',
  'gar',
  'pel',
  'rud',
  'vin',
  'cor',
  'mal',
  'tes',
  'nor',
  'bel',
  'fin',
  'ost',
];

/** A made-up name for `name` in copy `copy`: two or three syllables, capitalised. */
function nameFor(name: string, copy: number): string {
  let h = hash(name, copy);
  const n = 2 + (h % 2);
  let out = '';
  for (let i = 0; i < n; i++) {
    out += SYLLABLES[h % SYLLABLES.length];
    h = Math.floor(h / SYLLABLES.length) + i * 101;
  }
  return out.charAt(0).toUpperCase() + out.slice(1);
}

/**
 * The names of the readings: capitalised words that stand inside a sentence somewhere, or
 * whose lower-case form never occurs ("Pakistan followed …", not "Small farmers …").
 */
function namesOf(all: readonly Piece[][]): Set<string> {
  const out = new Set<string>();
  const body = all
    .flat()
    .filter((p) => p.kind !== 'heading')
    .map((p) => p.text);
  const lower = new Set(body.flatMap((t) => t.match(/\p{Ll}+/gu) ?? []));
  for (const t of body) {
    for (const m of t.matchAll(/(?<![\p{L}'’-])\p{Lu}\p{Ll}{2,}(?![\p{L}'’-])/gu)) {
      const w = m[0];
      const inside = m.index > 1 && /[\p{Ll},] $/u.test(t.slice(m.index - 2, m.index));
      if (!MONTHS.test(w) && !isStopWord(w) && (inside || !lower.has(w.toLowerCase()))) out.add(w);
    }
  }
  return out;
}

const WORD = /(?<![\p{L}'’-])\p{Ll}{4,}(?![\p{L}'’-])/gu;
/** What a fact is made of stays: units, scales and hedges ("about 90 percent", "nearly"). */
const KEEP =
  /^(?:percent|thousands?|millions?|billions?|hundreds?|tonnes?|kilometres?|miles?|dollars?|pounds?|about|nearly|almost|around|roughly|approximately|some|over|under|more|less|fewer|least|most|than|exactly|only|from|between|before|after|since|until|during)$/;

/**
 * Lower-case words of four letters or more, grouped by their last three letters ("financed",
 * "received"; "production", "consumption"): a copy swaps a word for another of its group, so
 * a sentence changes and still reads much as English does.
 */
function suffixGroups(all: readonly Piece[][]): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  const body = all
    .flat()
    .filter((p) => p.kind !== 'heading')
    .map((p) => p.text);
  // A number's own words stay: they are what a fact counts ("million tonnes", "workers").
  const units = new Set<string>();
  for (const t of body)
    for (const m of t.matchAll(/\d[\d,.]*\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/gu))
      units.add(m[1]!).add(m[2] ?? '');
  for (const t of body) {
    for (const [w] of t.matchAll(WORD)) {
      if (units.has(w) || KEEP.test(w) || isStopWord(w)) continue;
      const g = groups.get(w.slice(-3)) ?? [];
      if (!g.includes(w)) g.push(w);
      groups.set(w.slice(-3), g);
    }
  }
  return groups;
}

function hash(s: string, copy: number): number {
  let h = copy * 7919;
  for (const c of s) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h;
}

/** Copy `copy` of a text: names and words swapped, digits of numbers other than years changed. */
function variant(
  text: string,
  names: ReadonlySet<string>,
  words: ReadonlyMap<string, string[]>,
  copy: number,
): string {
  if (copy === 0) return text;
  return text
    .replace(/(?<![\p{L}'’-])\p{Lu}\p{Ll}{2,}(?![\p{L}'’-])/gu, (w) =>
      names.has(w) ? nameFor(w, copy) : w,
    )
    .replace(WORD, (w) => {
      const g = words.get(w.slice(-3));
      return g?.includes(w) ? g[hash(w, copy) % g.length]! : w;
    })
    .replace(/\d[\d,.]*\d|\d/g, (num) => {
      if (/^1[5-9]\d\d$|^20\d\d$/.test(num)) return num; // a year
      const last = Number(num.charAt(num.length - 1));
      return num.slice(0, -1) + String((last + copy) % 10 || 1);
    });
}

/** A reading of at least `words` words (whitespace-separated) as Markdown. */
export function variedReading(words: number): { text: string; words: number; sections: number } {
  const all = readings();
  const names = namesOf(all);
  const swaps = suffixGroups(all);
  const out: string[] = ['# Readings in economic and social history: a course reader', ''];
  let count = 0;
  let sections = 0;
  for (let copy = 0; count < words; copy++) {
    // Another order each time round, so neighbouring sections differ from one copy to the next.
    const order = all
      .map((_, i) => i)
      .sort((a, b) => ((a * 7 + copy * 3) % all.length) - ((b * 7 + copy * 3) % all.length));
    for (const i of order) {
      if (count >= words) break;
      const pieces = all[i]!;
      const key = (k: string) => (copy === 0 ? k : `${k}c${copy}`);
      for (const p of pieces) {
        const text = variant(p.text, names, swaps, copy).replace(
          /\[\^([^\]\s]+)\]/g,
          (_, k: string) => `[^${key(k)}]`,
        );
        if (p === pieces[0]) {
          out.push(`## ${copy === 0 ? text : `${text} (${copy + 1})`}`, '');
          sections++;
        } else if (p.kind === 'heading')
          out.push(REFERENCE_HEADING.test(text) ? `## ${text}` : `### ${text}`, '');
        else if (p.kind === 'footnote') out.push(`[^${key(p.key!)}]: ${text}`, '');
        else out.push(text, '');
        count += text.split(/\s+/).filter(Boolean).length;
      }
    }
  }
  return { text: out.join('\n'), words: count, sections };
}
