/**
 * A lecturer's bibliography (what Zotero, Mendeley and EndNote export) read into CSL-JSON
 * items with citation-js: BibTeX or BibLaTeX (.bib), RIS (.ris) or CSL-JSON (.json). Each
 * entry keeps a key a lecturer can name in `--map 1=key`: its citation key where the file
 * gives one, else the first author's surname and the year ("sutton1971", "sutton1971b").
 */
import { readFile } from 'node:fs/promises';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { CslItem } from '../../common/deck/schema';
import { describeFsError } from '../store/read';
import { error, warning, type Problem, type Result } from '../../common/deck/problems';

export type BibliographyFormat = 'bibtex' | 'ris' | 'csl-json';

/** A course's bibliography is a few hundred entries; a whole library export is cut down first. */
export const BIBLIOGRAPHY_MAX_BYTES = 4 * 1024 * 1024;
const MAX_ENTRIES = 5000;

export interface BibEntry {
  key: string;
  csl: CslItem;
}

const FORCE_TYPE: Record<BibliographyFormat, string> = {
  bibtex: '@biblatex/text',
  ris: '@ris/file',
  'csl-json': '@csl/list+object',
};

/** The format by the file's extension, else by its first characters; undefined when neither tells. */
export function bibliographyFormat(name: string, text: string): BibliographyFormat | undefined {
  const ext = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'bib' || ext === 'bibtex') return 'bibtex';
  if (ext === 'ris') return 'ris';
  if (ext === 'json') return 'csl-json';
  const head = text.trimStart().slice(0, 200);
  if (head.startsWith('@')) return 'bibtex';
  if (/^TY {2}- /m.test(head)) return 'ris';
  if (head.startsWith('[') || head.startsWith('{')) return 'csl-json';
  return undefined;
}

/** Reads a bibliography file's text; `name` is how messages name the file. */
export async function readBibliography(text: string, name: string): Promise<Result<BibEntry[]>> {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > BIBLIOGRAPHY_MAX_BYTES) {
    return fail(
      name,
      `is ${(bytes / 1024 / 1024).toFixed(1)} MB; a bibliography may be at most ${BIBLIOGRAPHY_MAX_BYTES / 1024 / 1024} MB. Export only the course's collection from your reference manager.`,
    );
  }
  const format = bibliographyFormat(name, text);
  if (!format) return fail(name, 'is not BibTeX (.bib), RIS (.ris) or CSL-JSON (.json)');
  let input: unknown = text;
  if (format === 'csl-json') {
    try {
      input = JSON.parse(text);
    } catch (e) {
      return fail(name, `is not valid JSON: ${(e as Error).message}`);
    }
    if (!Array.isArray(input)) input = [input];
  }
  let data: unknown[];
  try {
    const cite = await Cite.async(input, { forceType: FORCE_TYPE[format] });
    data = cite.data as unknown[];
  } catch (e) {
    return fail(
      name,
      `could not be read as ${formatName(format)}: ${firstLine((e as Error).message)}`,
    );
  }
  if (data.length === 0) return fail(name, `holds no entries that ${formatName(format)} can read`);
  if (data.length > MAX_ENTRIES)
    return fail(name, `holds ${data.length} entries; at most ${MAX_ENTRIES} are read`);
  const warnings: Problem[] = [];
  const entries: BibEntry[] = [];
  const taken = new Set<string>();
  data.forEach((raw, i) => {
    const parsed = CslItem.safeParse(stripInternal(raw));
    if (!parsed.success) {
      warnings.push(
        warning(
          `${name}, entry ${i + 1}`,
          `was left out: ${parsed.error.issues[0]?.message ?? 'not a reference'}`,
        ),
      );
      return;
    }
    const csl = parsed.data;
    const key = uniqueKey(keyOf(csl, raw, i), taken);
    entries.push({ key, csl: { ...csl, id: key } });
  });
  return { ok: true, value: entries, warnings };
}

/** Reads the bibliography file at `path`; `name` is how messages name it. */
export async function readBibliographyFile(path: string, name = path): Promise<Result<BibEntry[]>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    return fail(name, describeFsError(e, 'could not be read'));
  }
  return readBibliography(text, name);
}

function fail(name: string, what: string): Result<never> {
  return { ok: false, problems: [error(name, what)] };
}

const formatName = (f: BibliographyFormat) =>
  ({ bibtex: 'BibTeX', ris: 'RIS', 'csl-json': 'CSL-JSON' })[f];
const firstLine = (s: string) => s.split('\n')[0]!.slice(0, 300);

/** citation-js keeps its parse history in `_graph`; the deck keeps only CSL. */
function stripInternal(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object') return raw;
  const { _graph: _g, ...rest } = raw as Record<string, unknown>;
  return rest;
}

function keyOf(csl: CslItem, raw: unknown, i: number): string {
  const given =
    (raw as { 'citation-key'?: unknown; id?: unknown })['citation-key'] ??
    (raw as { id?: unknown }).id;
  // citation-js names entries without an ID "temp_id_…": not a key anyone would type.
  if (typeof given === 'string' && given.trim() && !/^temp_id_/.test(given)) return given.trim();
  const family =
    csl.author?.[0]?.family ?? csl.author?.[0]?.literal ?? csl.title ?? `entry${i + 1}`;
  const year = csl.issued?.['date-parts']?.[0]?.[0] ?? '';
  const stem = family
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .slice(0, 30);
  return `${stem || 'entry'}${year}`;
}

function uniqueKey(key: string, taken: Set<string>): string {
  let out = key;
  for (let n = 0; taken.has(out); n++)
    out = `${key}${String.fromCharCode(98 + (n % 25))}${n >= 25 ? Math.floor(n / 25) : ''}`;
  taken.add(out);
  return out;
}
