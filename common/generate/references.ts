/**
 * The deck's reference list from the source's citations: one entry per cited work, with its
 * details when the document lists it and `missing` details when it only cites it (the sample
 * cites [1] and [2] and never lists them). Footnotes that point at a listed work resolve to it.
 */
import type { Reference, Citation } from '../deck/schema';
import type { SourceCitation, SourceModel, SourceReference } from '../source/model';
import { authorKey, normalizePages } from '../source/citations';
import { slugify } from './text';

export interface ReferenceIndex {
  /** Deck citation for a source citation (footnotes resolved to the work they cite). */
  cite(c: SourceCitation): Citation;
  /** Deck references for the given ids, in first-cited order. */
  references(ids: readonly string[]): Reference[];
}

/** Builds the mapping from the document's citation keys to deck reference entries. */
export function indexReferences(model: SourceModel): ReferenceIndex {
  const listed = new Map<string, SourceReference>(model.references.map((r) => [r.key, r]));
  const idOf = new Map<string, string>();
  const usedIds = new Set<string>();
  const idFor = (key: string): string => {
    const known = idOf.get(key);
    if (known) return known;
    const base = key.startsWith('^') ? `fn-${slugify(key.slice(1), 'x')}` : /^\d+$/.test(key) ? `ref-${key}` : slugify(key, 'ref');
    let id = base.slice(0, 60);
    for (let n = 2; usedIds.has(id); n++) id = `${base.slice(0, 56)}-${n}`;
    usedIds.add(id);
    idOf.set(key, id);
    return id;
  };
  // A footnote such as "Sutton 1971, p. 45." that names a listed work cites that work.
  const alias = new Map<string, { key: string; pages?: string }>();
  for (const r of model.references) {
    if (!r.key.startsWith('^')) continue;
    const m = /([A-Z][\p{L}'’-]+)(?:\s+et al\.)?,?\s+\(?(\d{4}[a-z]?)\)?(?:,\s*((?:pp?\.\s?)?\d+(?:\s*[–-]\s*\d+)?))?/u.exec(r.text);
    if (!m) continue;
    const key = authorKey(m[1]!, m[2]!);
    if (listed.has(key)) alias.set(r.key, m[3] ? { key, pages: normalizePages(m[3]) } : { key });
  }
  const entries = new Map<string, Reference>();
  const entryFor = (key: string): string => {
    const id = idFor(key);
    if (!entries.has(id)) entries.set(id, toReference(id, key, listed.get(key)));
    return id;
  };
  return {
    cite(c) {
      const target = alias.get(c.key);
      const key = target?.key ?? c.key;
      const pages = c.pages ?? target?.pages;
      const ref = entryFor(key);
      return pages ? { ref, pages } : { ref };
    },
    references(ids) {
      return ids.map((id) => entries.get(id)).filter((r): r is Reference => r !== undefined);
    },
  };
}

function label(key: string): string {
  if (key.startsWith('^')) return `note ${key.slice(1)}`;
  return /^\d+$/.test(key) ? `[${key}]` : key;
}

function toReference(id: string, key: string, listed: SourceReference | undefined): Reference {
  if (!listed || !listed.text.trim()) {
    return { id, label: label(key), text: '', missing: ['author', 'title', 'issued', 'publisher'] };
  }
  const text = listed.text.replace(/\s+/g, ' ').trim().slice(0, 5000);
  const year = /\b(1[5-9]\d{2}|20\d{2})\b/.exec(text)?.[1];
  const author = /^([\p{Lu}][\p{L}'’-]+,\s*(?:[\p{Lu}][\p{L}.'’ -]*?)?)(?=[.(]|\s\(?\d{4})/u.exec(text)?.[1]?.trim().replace(/[,.]$/, '');
  const afterYear = year ? text.slice(text.indexOf(year) + year.length).replace(/^[).,\s]+/, '') : '';
  const title = /^["“]?([^."”]{3,300})/.exec(afterYear)?.[1]?.trim();
  const missing: Reference['missing'] = [];
  if (!author) missing.push('author');
  if (!title) missing.push('title');
  if (!year) missing.push('issued');
  const csl: NonNullable<Reference['csl']> = {};
  if (author) csl.author = [{ literal: author }];
  if (title) csl.title = title;
  if (year) csl.issued = { 'date-parts': [[Number(year)]] };
  return { id, label: label(key), text, csl, missing };
}
