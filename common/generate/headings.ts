/**
 * Deck and section titles as a lecturer would print them: without the reading's numbering
 * ("1.", "l.", "II.", "A."), without a closing full stop, and an ALL-CAPS heading recased in
 * title case, each word spelled as the reading's own text spells it (so "USSR" stays "USSR").
 */
import type { SourceModel } from '../source/model';

/** Words kept lower-case inside a title (not first, not last). */
const MINOR = new Set([
  'a',
  'an',
  'the',
  'and',
  'but',
  'or',
  'nor',
  'for',
  'so',
  'yet',
  'of',
  'on',
  'in',
  'at',
  'to',
  'by',
  'with',
  'from',
  'as',
  'into',
  'onto',
  'upon',
  'via',
  'vs',
  'per',
  'than',
]);

/** Numbering before a heading: "1.", "1.2", "l." (a 1 read as l), "II.", "A)", "Part 3:". */
const NUMBERING =
  /^\s*(?:(?:part|chapter|section)\s+)?(?:\d{1,3}(?:\.\d{1,3})*[.):]?|[IVXLC]{1,6}[.):]|[ivxlc]{1,6}[.)]|[A-Za-z][.)])\s+(?=\S)/i;

/** How the reading spells each word most often (lower-cased word → its commonest form). */
export type Spellings = ReadonlyMap<string, string>;

/** The commonest spelling of every word in the reading's sentences. */
export function readingSpellings(model: SourceModel): Spellings {
  const counts = new Map<string, Map<string, number>>();
  for (const section of model.sections) {
    for (const p of section.paragraphs) {
      for (const s of p.sentences) {
        // A sentence's first word is capitalised for the sentence, not for itself: not counted.
        for (const w of (s.text.match(/[\p{L}\d][\p{L}\d'’.-]*[\p{L}\d]|[\p{L}\d]/gu) ?? []).slice(
          1,
        )) {
          const forms = counts.get(w.toLowerCase()) ?? new Map<string, number>();
          forms.set(w, (forms.get(w) ?? 0) + 1);
          counts.set(w.toLowerCase(), forms);
        }
      }
    }
  }
  const out = new Map<string, string>();
  for (const [key, forms] of counts)
    out.set(key, [...forms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0]);
  return out;
}

const isAllCaps = (s: string) => (s.match(/\p{L}/gu) ?? []).length >= 4 && !/\p{Ll}/u.test(s);

/** "THE MAIN ACHIEVEMENTS OF SOVIET INDUSTRIALIZATION IN THE 1930S" → "The Main Achievements of Soviet Industrialization in the 1930s". */
export function titleCase(text: string, spellings: Spellings = new Map()): string {
  const words = text.split(/(\s+)/);
  const last = words.length - 1 - [...words].reverse().findIndex((w) => /\S/.test(w));
  return words
    .map((w, i) => {
      if (!/\S/.test(w)) return w;
      const lead = /^[^\p{L}\d]*/u.exec(w)![0];
      const core = w.slice(lead.length).replace(/[^\p{L}\d]+$/u, '');
      const tail = w.slice(lead.length + core.length);
      const key = core.toLowerCase();
      const known = spellings.get(key);
      let cased: string;
      // A word the reading writes with capitals (a name, an acronym) keeps the reading's form.
      if (known && /\p{Lu}/u.test(known)) cased = known;
      else if (/\d/.test(core)) cased = key;
      else if (i !== 0 && i !== last && MINOR.has(key) && !/[:—–-]$/.test(words[i - 2] ?? ''))
        cased = key;
      else
        cased = key.replace(
          /(^|[-’'])(\p{L})/gu,
          (_m, sep: string, c: string) => sep + c.toUpperCase(),
        );
      return lead + cased + tail;
    })
    .join('');
}

/** A heading as a deck or slide title: numbering and a closing full stop off, ALL CAPS recased. */
export function headingTitle(raw: string, spellings: Spellings = new Map()): string {
  let t = raw.replace(/\s+/g, ' ').trim();
  const stripped = t.replace(NUMBERING, '');
  if (stripped.trim()) t = stripped.trim();
  t = t.replace(/(?<!\.\.)\.$/, '').trim();
  return isAllCaps(t) ? titleCase(t, spellings) : t;
}
