/**
 * Which entry of a bibliography each of a deck's works is. A work is matched only when one
 * entry alone fits: by the lecturer's own mapping ("1=sutton1971"), by a DOI its text gives,
 * by an author-year label ("Sutton 1971", "Davies and Harrison 1989a") or by the entry's title
 * written in its text. Anything else stays unmatched, with the reason, for the lecturer to map:
 * a wrong match would put a work on the students' references slide the reading never cited.
 */
import type { CslItem, Reference } from '../deck/schema';
import { referenceLabel } from '../render/citation';

export interface BibliographyEntry {
  key: string;
  csl: CslItem;
}

export type MatchedBy = 'map' | 'doi' | 'author-year' | 'title';

export interface Match {
  refId: string;
  label: string;
  key: string;
  by: MatchedBy;
}

export interface NoMatch {
  refId: string;
  label: string;
  why: string;
}

export interface MatchResult {
  matched: Match[];
  unmatched: NoMatch[];
  /** Keys of `map` that name no entry, or labels that name no work: the lecturer mistyped. */
  badMap: string[];
}

/** Lower case, accents and punctuation gone, single spaces: "Šik, O." → "sik o". */
export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const yearOf = (csl: CslItem): string | undefined => {
  const y = csl.issued?.['date-parts']?.[0]?.[0];
  return y === undefined ? undefined : String(y);
};
const firstFamily = (csl: CslItem): string | undefined => {
  const a = csl.author?.[0];
  return a ? fold(a.family ?? a.literal ?? '') || undefined : undefined;
};

/**
 * Whether an entry's first author is the one a label names. Labels keep a name's last word
 * ("Gosplan Archive Project 2020" is cited "Project 2020", "van Zanden" as "Zanden"), so that
 * word alone also answers.
 */
function sameAuthor(family: string | undefined, named: string): boolean {
  if (!family) return false;
  return family === named || family.split(' ').pop() === named;
}

/**
 * "Sutton 1971", "Sutton, 1971a", "(Davies & Harrison, 1989)", "Hamlin et al. 1998",
 * "Gosplan Archive Project 2020" (a body, as generation labels it) → surname and year.
 */
export function authorYear(
  label: string,
): { family: string; year: string; suffix: string } | undefined {
  const m =
    /^\(?\s*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})(?:\s*(?:,|and|&|et al\.?)\s*[^\d()]*?)?,?\s*\(?((?:1[5-9]|20)\d\d)([a-z]?)\)?\s*\)?$/u.exec(
      label.trim(),
    );
  return m ? { family: fold(m[1]!), year: m[2]!, suffix: m[3]! } : undefined;
}

const DOI = /\b10\.\d{4,9}\/[^\s"<>]+[^\s"<>.,;:)\]]/i;

/** Matches the deck's works to the entries; `map` is the lecturer's own "label → key". */
export function matchReferences(
  references: readonly Reference[],
  entries: readonly BibliographyEntry[],
  map: ReadonlyMap<string, string> = new Map(),
): MatchResult {
  const byKey = new Map(entries.map((e) => [e.key, e]));
  const badMap: string[] = [];
  const labels = new Map(references.map((r) => [referenceLabel(r), r]));
  for (const [label, key] of map) {
    if (!labels.has(label.replace(/^\[|\]$/g, '').trim()))
      badMap.push(`${label}: the deck has no work labelled "${label}"`);
    if (!byKey.has(key)) badMap.push(`${label}=${key}: the bibliography has no entry "${key}"`);
  }
  const matched: Match[] = [];
  const unmatched: NoMatch[] = [];
  for (const ref of references) {
    const label = referenceLabel(ref);
    const mapped = map.get(label) ?? map.get(ref.label.trim());
    if (mapped !== undefined) {
      if (byKey.has(mapped)) matched.push({ refId: ref.id, label, key: mapped, by: 'map' });
      else
        unmatched.push({
          refId: ref.id,
          label,
          why: `the map names "${mapped}", which the bibliography does not hold`,
        });
      continue;
    }
    const found = findEntry(ref, entries);
    if ('key' in found) matched.push({ refId: ref.id, label, key: found.key, by: found.by });
    else unmatched.push({ refId: ref.id, label, why: found.why });
  }
  return { matched, unmatched, badMap };
}

function findEntry(
  ref: Reference,
  entries: readonly BibliographyEntry[],
): { key: string; by: MatchedBy } | { why: string } {
  const text = `${ref.text} ${ref.csl?.DOI ?? ''}`;
  const doi = DOI.exec(text)?.[0]?.toLowerCase();
  if (doi) {
    const hits = entries.filter(
      (e) => typeof e.csl.DOI === 'string' && e.csl.DOI.toLowerCase() === doi,
    );
    if (hits.length === 1) return { key: hits[0]!.key, by: 'doi' };
  }
  const ay = authorYear(ref.label) ?? authorYear(referenceLabel(ref));
  if (ay) {
    const hits = entries.filter(
      (e) => sameAuthor(firstFamily(e.csl), ay.family) && yearOf(e.csl) === ay.year,
    );
    if (hits.length === 1) return { key: hits[0]!.key, by: 'author-year' };
    if (hits.length > 1) {
      // "1971a" is the first of the author's works of that year, in the order the file lists them.
      const index = ay.suffix ? ay.suffix.charCodeAt(0) - 97 : -1;
      if (index >= 0 && index < hits.length) return { key: hits[index]!.key, by: 'author-year' };
      return {
        why: `${hits.length} entries are by ${ay.family} in ${ay.year} (${hits.map((h) => h.key).join(', ')}): say which`,
      };
    }
  }
  const folded = fold(`${ref.text} ${ref.csl?.title ?? ''}`);
  if (folded) {
    const hits = entries.filter((e) => {
      const title = fold(e.csl.title ?? '');
      return title.split(' ').length >= 3 && ` ${folded} `.includes(` ${title} `);
    });
    if (hits.length === 1) return { key: hits[0]!.key, by: 'title' };
    if (hits.length > 1)
      return {
        why: `its text names the titles of ${hits.length} entries (${hits.map((h) => h.key).join(', ')}): say which`,
      };
  }
  if (ay) return { why: `no entry is by ${ay.family} in ${ay.year}` };
  if (!ref.text.trim()) return { why: 'the reading gives only its label: say which entry it is' };
  return { why: 'no entry has its DOI or its title' };
}

/** The details a matched entry still lacks, of those a reference needs (shown in Check). */
export function missingDetails(csl: CslItem): Array<'author' | 'title' | 'issued'> {
  const out: Array<'author' | 'title' | 'issued'> = [];
  if (
    !csl.author?.some((a) => (a.family ?? a.literal ?? '').trim()) &&
    !(csl as { editor?: unknown[] }).editor?.length
  )
    out.push('author');
  if (!csl.title?.trim()) out.push('title');
  if (yearOf(csl) === undefined) out.push('issued');
  return out;
}
