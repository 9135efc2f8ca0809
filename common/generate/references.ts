/**
 * The deck's reference list from the source's citations: one entry per cited work, with what
 * the reading says about it (author, year, title from its reference list or footnote) and the
 * details it does not give in `missing`, for the lecturer's Check and References tab only.
 * Footnotes that name a work ("Sutton 1971, p. 45.") cite that work with the note's pages.
 */
import type { Reference, Citation } from '../deck/schema';
import type { SourceCitation, SourceModel, SourceReference } from '../source/model';
import { authorKey, normalizePages } from '../source/citations';
import { describeWork } from '../source/references';
import { slugify } from './text';

export interface ReferenceIndex {
  /** Deck citation for a source citation (footnotes resolved to the work they cite). */
  cite(c: SourceCitation): Citation;
  /** Deck references for the given ids, in reading order: [1] before [2], authors A to Z, then notes. */
  references(ids: readonly string[]): Reference[];
}

/** "Sutton 1971, p. 45." at the start of a footnote: the work it names and the pages. */
const NOTE_NAMES_WORK =
  /^(?:(?:see|cf\.)\s+)?([\p{Lu}][\p{L}'’-]+)(?:\s+(?:and|&)\s+[\p{Lu}][\p{L}'’-]+)?(?:\s+et al\.)?,?\s+\(?(\d{4}[a-z]?)\)?(?:,\s*((?:pp?\.\s?)?\d+(?:\s*[–-]\s*\d+)?))?[.;]?$/u;
/** Pages at the end of a footnote's own text: "…annual report, p. 14." */
const NOTE_PAGES = /,\s*(pp?\.\s?\d+(?:\s*[–-]\s*\d+)?)\.?$/;
/** Pages after the bracket of publication, as Chicago notes give them: "… (New York: …, 1979), 90." */
const NOTE_END_PAGES = /\),\s*(\d+(?:\s*[–-]\s*\d+)?)\.?$/;
/** An author-year key as citations.ts builds it: "Frankel 1971". */
const AUTHOR_YEAR_KEY = /^(.+)\s(\d{4})[a-z]?$/;

/** Builds the mapping from the document's citation keys to deck reference entries. */
export function indexReferences(model: SourceModel): ReferenceIndex {
  return referenceIndexer(model)();
}

/**
 * What `indexReferences` reads from the model (reference list, footnote aliases), worked out
 * once; each call of the result starts a fresh index, so a generation with many decks does
 * not re-read every footnote for every section.
 */
export function referenceIndexer(model: SourceModel): () => ReferenceIndex {
  const listed = new Map<string, SourceReference>(model.references.map((r) => [r.key, r]));
  const alias = footnoteAliases(model);
  return () => freshIndex(listed, alias);
}

/**
 * A footnote that names a work cites that work (listed or not), with the note's pages; any
 * other footnote is its own entry, keeping the pages its text ends with.
 */
function footnoteAliases(model: SourceModel): Map<string, { key: string; pages?: string }> {
  const alias = new Map<string, { key: string; pages?: string }>();
  // Notes that describe a work in full, by the author's surname: what a short note names.
  const full: Array<{ key: string; surname: string; title: string }> = [];
  let previous: { key: string; pages?: string } | undefined;
  for (const r of model.references) {
    if (!r.key.startsWith('^')) continue;
    const text = r.text.replace(/\s+/g, ' ').trim();
    const target = ibidem(text, previous) ?? shortNote(text, full) ?? ownWork(r.key, text, full);
    alias.set(r.key, target);
    previous = target;
  }
  return alias;
}

/** A note's own work: one that names a work by author and year, or itself (kept for short notes). */
function ownWork(
  key: string,
  text: string,
  full: Array<{ key: string; surname: string; title: string }>,
): { key: string; pages?: string } {
  const m = NOTE_NAMES_WORK.exec(text);
  const pages = m ? m[3] : (NOTE_PAGES.exec(text)?.[1] ?? NOTE_END_PAGES.exec(text)?.[1]);
  if (!m) {
    const work = describeWork(text);
    const surname = work.author?.split(/\s+/).pop();
    if (surname && work.title && work.year) full.push({ key, surname, title: work.title });
  }
  const own = m ? authorKey(m[1]!, m[2]!) : key;
  return pages ? { key: own, pages: normalizePages(pages) } : { key: own };
}

/** "Ibid., 88." or "Ibid.": the work of the note before, at these pages (or its own). */
function ibidem(
  text: string,
  previous: { key: string; pages?: string } | undefined,
): { key: string; pages?: string } | undefined {
  const m = /^ibid\.?(?:,\s*((?:pp?\.\s?)?\d+(?:\s*[–-]\s*\d+)?))?\.?$/i.exec(text);
  if (!m || !previous) return undefined;
  return m[1] ? { key: previous.key, pages: normalizePages(m[1]) } : previous;
}

/**
 * "Worster, *Dust Bowl*, 21.": a short note names a work an earlier note gave in full, by the
 * author's surname and the title's first words, at these pages.
 */
function shortNote(
  text: string,
  full: ReadonlyArray<{ key: string; surname: string; title: string }>,
): { key: string; pages?: string } | undefined {
  const m =
    /^([\p{Lu}][\p{L}'’-]+),\s+[*_"“]*(.+?)[*_"”,]*,\s*((?:pp?\.\s?)?\d+(?:\s*[–-]\s*\d+)?)\.?$/u.exec(
      text,
    );
  if (!m) return undefined;
  const short = m[2]!
    .replace(/[*_"“”]/g, '')
    .trim()
    .toLowerCase();
  const found = full.filter((w) => w.surname === m[1] && w.title.toLowerCase().startsWith(short));
  return found.length === 1 ? { key: found[0]!.key, pages: normalizePages(m[3]!) } : undefined;
}

function freshIndex(
  listed: ReadonlyMap<string, SourceReference>,
  alias: ReadonlyMap<string, { key: string; pages?: string }>,
): ReferenceIndex {
  const idOf = new Map<string, string>();
  const usedIds = new Set<string>();
  const idFor = (key: string): string => {
    const known = idOf.get(key);
    if (known) return known;
    const base = key.startsWith('^')
      ? `fn-${slugify(key.slice(1), 'x')}`
      : /^\d+$/.test(key)
        ? `ref-${key}`
        : slugify(key, 'ref');
    let id = base.slice(0, 60);
    for (let n = 2; usedIds.has(id); n++) id = `${base.slice(0, 56)}-${n}`;
    usedIds.add(id);
    idOf.set(key, id);
    return id;
  };
  const entries = new Map<string, { ref: Reference; key: string }>();
  const entryFor = (key: string, authors?: string): string => {
    const id = idFor(key);
    if (!entries.has(id))
      entries.set(id, { ref: toReference(id, key, listed.get(key), authors), key });
    return id;
  };
  return {
    cite(c) {
      const target = alias.get(c.key);
      const key = target?.key ?? c.key;
      const pages = c.pages ?? target?.pages;
      const ref = entryFor(key, target ? undefined : c.authors);
      return pages ? { ref, pages } : { ref };
    },
    references(ids) {
      const found = ids
        .map((id) => entries.get(id))
        .filter((e): e is { ref: Reference; key: string } => e !== undefined);
      return found.sort((a, b) => compareKeys(a.key, b.key)).map((e) => e.ref);
    },
  };
}

/** Numbered works by number, then author-year works by author and year, then notes by number. */
function compareKeys(a: string, b: string): number {
  const rank = (k: string) => (/^\d+$/.test(k) ? 0 : k.startsWith('^') ? 2 : 1);
  const num = (k: string) => Number(/\d+/.exec(k)?.[0] ?? Infinity);
  return (
    rank(a) - rank(b) ||
    (rank(a) === 1 ? a.localeCompare(b, 'en') : num(a) - num(b) || a.localeCompare(b, 'en'))
  );
}

/**
 * "[1]", "note 3", or an author-year label as the reading's list names the authors: "Kim and
 * Park 2022" for two, "Rao et al. 2015" for more, as author-year styles cite them.
 */
function label(key: string, surnames: readonly string[] = []): string {
  if (key.startsWith('^')) return `note ${key.slice(1)}`;
  if (/^\d+$/.test(key)) return `[${key}]`;
  const named = AUTHOR_YEAR_KEY.exec(key);
  if (!named || surnames.length < 2 || surnames[0] !== named[1]) return key;
  const who =
    surnames.length === 2 && surnames[1] !== 'et al.'
      ? `${surnames[0]} and ${surnames[1]}`
      : `${surnames[0]} et al.`;
  return `${who} ${key.slice(named[1]!.length + 1)}`;
}

/** "Bernhofen et al." → ["Bernhofen", "et al."], "Kim and Park" → ["Kim", "Park"]: as `describeWork` gives them. */
function citedSurnames(authors: string | undefined): string[] {
  if (!authors) return [];
  return authors
    .split(/\s*(?:,|\band\b|&)\s*|\s+(?=et al\.)/)
    .map((n) => n.trim())
    .filter(Boolean);
}

function toReference(
  id: string,
  key: string,
  listed: SourceReference | undefined,
  authors?: string,
): Reference {
  const text = (listed?.text ?? '').replace(/\s+/g, ' ').trim().slice(0, 5000);
  const work = describeWork(text);
  // (With no list to read, the citation's own authors say how the work is cited: "Bernhofen
  // et al. 2016", never "Bernhofen 2016" for a work of three.)
  const surnames = work.surnames?.length ? work.surnames : citedSurnames(authors);
  // An author-year citation names its author and year even when the reading never lists the work.
  const named = /^\d+$|^\^/.test(key) ? undefined : AUTHOR_YEAR_KEY.exec(key);
  const csl: NonNullable<Reference['csl']> = {};
  if (work.author) csl.author = [{ literal: work.author }];
  else if (named) csl.author = [{ family: named[1]! }];
  if (work.title) csl.title = work.title;
  const year = work.year ?? named?.[2];
  if (year) csl.issued = { 'date-parts': [[Number(year.slice(0, 4))]] };
  const missing: Reference['missing'] = [];
  if (!csl.author) missing.push('author');
  if (!csl.title) missing.push('title');
  if (!csl.issued) missing.push('issued');
  if (!text) missing.push('publisher');
  const out: Reference = { id, label: label(key, surnames), text, missing };
  return Object.keys(csl).length ? { ...out, csl } : out;
}
