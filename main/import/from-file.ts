/**
 * Reading file → decks on disk: read the file, have the import worker parse it and generate its
 * decks (main/import/off-thread.ts), write each deck folder with its copy of the reading. What
 * `lectern generate` calls. Nothing here loads the generator: the worker does.
 */
import { basename, dirname, extname } from 'node:path';
import type { Result } from '../../common/deck/problems';
import type { CitationStyle } from '../../common/deck/schema';
import { slugify } from '../../common/generate/text';
import { applyOp } from '../../common/ops';
import { bibliographyOps } from '../../common/references/link';
import type { BibliographyEntry, MatchResult } from '../../common/references/match';
import { importOffThread } from './off-thread';
import { readSourceBytes, type ReadSource } from './read-source';
import { writeGeneratedDecks } from './write-decks';

export interface GenerateFromFile {
  /** Deck files written, in section order. */
  files: string[];
  source: ReadSource;
  /** With a bibliography: what matched in each deck, in the order of `files`. */
  matches?: MatchResult[];
}

export interface GenerateOptions {
  single?: boolean;
  /** Entries to link each deck's works to from the start (`lectern generate --bib`). */
  bibliography?: readonly BibliographyEntry[];
  style?: CitationStyle;
}

/** The id decks give the reading `fileName` in `sources`: the same name, the same reading. */
export function readingId(fileName: string): string {
  return slugify(basename(fileName, extname(fileName)), 'source');
}

/**
 * Reads `path`, generates its decks (in a worker with time and heap limits, as the app does)
 * and writes them under `outDir`.
 */
export async function generateFromFile(
  path: string,
  outDir: string,
  options: GenerateOptions = {},
): Promise<Result<GenerateFromFile>> {
  const bytes = await readSourceBytes(path);
  if (!bytes.ok) return bytes;
  const job = await importOffThread({
    bytes: bytes.value,
    fileName: basename(path),
    where: path,
    options: { folder: dirname(path) },
    generate: { single: options.single === true },
  });
  if (!job.ok) return job;
  const { source, generated } = job.value;
  const { copyName } = generated!;
  let decks = generated!.decks;
  let matches: MatchResult[] | undefined;
  if (options.bibliography || options.style) {
    const linked = decks.map((g) => {
      const change = bibliographyOps(
        g.deck,
        options.bibliography ?? [],
        options.style ? { style: options.style } : {},
      );
      let deck = g.deck;
      for (const op of change.ops) {
        const applied = applyOp(deck, op);
        // The ops are made from this deck's own works and a checked style: they always apply.
        if (applied.ok) deck = applied.deck;
      }
      return { generated: { ...g, deck }, result: change.result };
    });
    decks = linked.map((l) => l.generated);
    matches = linked.map((l) => l.result);
  }
  const written = await writeGeneratedDecks(outDir, decks, {
    bytes: source.bytes,
    copyName,
    images: source.images,
  });
  if (!written.ok) return written;
  return {
    ok: true,
    value: { files: written.value, source, ...(matches ? { matches } : {}) },
    warnings: [...job.warnings, ...written.warnings],
  };
}
