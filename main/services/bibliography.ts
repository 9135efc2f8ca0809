/**
 * A bibliography file from the UI (bytes) read into entries, and kept in the deck's folder
 * when the UI asks, so the References tab can offer its entries again after a restart: a
 * lecturer links the works a few at a time, over several sittings.
 *
 * The kept copy is the file as the reference manager exported it, in `sources/` beside the
 * reading (copied, moved and duplicated with the deck), named `bibliography.<ext>`: one per
 * deck folder, a new import replacing it.
 */
import { lstat, mkdir, readdir, readFile, realpath, rm } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import type { ArgsOut, ResultOf } from '../../common/api/contract';
import { warning, type Result } from '../../common/deck/problems';
import {
  BIBLIOGRAPHY_MAX_BYTES,
  bibliographyFormat,
  readBibliography,
  type BibliographyFormat,
} from '../import/bibliography';
import { writeFileAtomic } from '../store/atomic-write';
import { describeFsError } from '../store/read';
import { fail, ok, withDeck, type ServiceContext } from './context';

const KEPT_STEM = 'bibliography';
/** The kept copy is named for the format it was read as, so it reads back the same way. */
const KEPT_EXTENSION: Record<BibliographyFormat, string> = {
  bibtex: '.bib',
  ris: '.ris',
  'csl-json': '.json',
};

export async function readBibliographyBytes(
  ctx: ServiceContext,
  args: ArgsOut<'bibliography.read'>,
): Promise<Result<ResultOf<'bibliography.read'>>> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(args.bytes).replace(/^\uFEFF/, '');
  } catch {
    return fail(args.name, 'is not text in UTF-8: export the bibliography again as UTF-8');
  }
  const read = await readBibliography(text, args.name);
  if (!read.ok) return read;
  const value = { entries: read.value, kept: false };
  if (!args.keepFor) return { ok: true, value, warnings: read.warnings };
  const format = bibliographyFormat(args.name, text)!;
  const kept = await withDeck(ctx, args.keepFor, (abs) =>
    keepBibliography(abs, format, args.bytes),
  );
  // Not kept is no reason to lose the entries: the lecturer links works now, and hears why
  // the list will not be there next time.
  return kept.ok
    ? { ok: true, value: { ...value, kept: true }, warnings: read.warnings }
    : {
        ok: true,
        value,
        warnings: [
          ...read.warnings,
          ...kept.problems.map((p) =>
            warning(p.where, `${p.what}; the entries are offered until the deck is closed`),
          ),
        ],
      };
}

/**
 * Writes `bytes` (a bibliography file named `name`, read as `format`) as the kept bibliography
 * of the deck at `deckPath`, removing one kept in another format; the kept file's path,
 * relative to the deck. Never through a `sources` folder that is a link out of the deck.
 */
export async function keepBibliography(
  deckPath: string,
  format: BibliographyFormat,
  bytes: Uint8Array,
): Promise<Result<string>> {
  const deckDir = dirname(deckPath);
  const sources = join(deckDir, 'sources');
  const ext = KEPT_EXTENSION[format];
  const where = `sources/${KEPT_STEM}${ext}`;
  try {
    await mkdir(sources, { recursive: true });
    const [realDeck, realSources] = await Promise.all([realpath(deckDir), realpath(sources)]);
    if (!realSources.startsWith(realDeck + sep))
      return fail(
        'sources',
        'is a link to a folder outside the deck, so the bibliography was not kept there',
      );
    await writeFileAtomic(join(sources, KEPT_STEM + ext), bytes);
    for (const other of Object.values(KEPT_EXTENSION))
      if (other !== ext) await rm(join(sources, KEPT_STEM + other), { force: true });
  } catch (e) {
    return fail(where, `could not be kept: ${describeFsError(e, 'write failed')}`);
  }
  return ok(where);
}

/** `keepBibliography` for a bibliography file on disk (the command line's `--import`, `--bib`). */
export async function keepBibliographyFile(
  deckPath: string,
  file: string,
): Promise<Result<string>> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (e) {
    return fail(file, describeFsError(e, 'could not be read'));
  }
  const format = bibliographyFormat(file, new TextDecoder().decode(bytes.subarray(0, 400)));
  if (!format) return fail(file, 'is not BibTeX (.bib), RIS (.ris) or CSL-JSON (.json)');
  return keepBibliography(deckPath, format, bytes);
}

export async function keptBibliography(
  ctx: ServiceContext,
  args: ArgsOut<'bibliography.kept'>,
): Promise<Result<ResultOf<'bibliography.kept'>>> {
  return withDeck(ctx, args.ref, async (abs) => {
    const sources = join(dirname(abs), 'sources');
    let names: string[];
    try {
      names = await readdir(sources);
    } catch {
      return ok({ name: null, entries: [] });
    }
    const name = Object.values(KEPT_EXTENSION)
      .map((e) => KEPT_STEM + e)
      .find((n) => names.includes(n));
    if (!name) return ok({ name: null, entries: [] });
    const path = join(sources, name);
    const where = `sources/${name}`;
    try {
      // Only a plain file of a bibliography's size is read: never a link out of the deck, nor
      // a huge file planted there.
      const st = await lstat(path);
      if (!st.isFile()) return fail(where, 'is not a file; import the bibliography again');
      if (st.size > BIBLIOGRAPHY_MAX_BYTES)
        return fail(where, 'is too large to be a bibliography; import it again');
      const read = await readBibliography(await readFile(path, 'utf8'), where);
      return read.ok
        ? { ok: true, value: { name, entries: read.value }, warnings: read.warnings }
        : read;
    } catch (e) {
      return fail(where, describeFsError(e, 'could not be read'));
    }
  });
}
