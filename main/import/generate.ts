/**
 * Reading file → decks on disk: read and parse the source, generate, write each deck folder
 * with its copy of the reading. What `lectern generate` and the services call.
 */
import { basename, extname } from 'node:path';
import type { Result } from '../../common/deck/problems';
import { generateDecks, type GeneratedDeck } from '../../common/generate';
import { slugify } from '../../common/generate/text';
import { readSourceFile, type ReadSource } from './read-source';
import { sourceCopyName, writeGeneratedDecks } from './write-decks';

export interface GenerateFromFile {
  /** Deck files written, in section order. */
  files: string[];
  source: ReadSource;
}

/** The id decks give the reading `fileName` in `sources`: the same name, the same reading. */
export function readingId(fileName: string): string {
  return slugify(basename(fileName, extname(fileName)), 'source');
}

/** Decks for an already-read source, with the source id and copy path they record. */
export function decksFor(source: ReadSource, single = false): { decks: GeneratedDeck[]; copyName: string } {
  const copyName = sourceCopyName(source.fileName);
  const sourceId = readingId(source.fileName);
  return { decks: generateDecks(source.model, { sourceId, sourcePath: `sources/${copyName}`, single }), copyName };
}

/** Reads `path`, generates its decks and writes them under `outDir`. */
export async function generateFromFile(path: string, outDir: string, options: { single?: boolean } = {}): Promise<Result<GenerateFromFile>> {
  const read = await readSourceFile(path);
  if (!read.ok) return read;
  const { decks, copyName } = decksFor(read.value, options.single);
  const written = await writeGeneratedDecks(outDir, decks, { bytes: read.value.bytes, copyName, images: read.value.images });
  if (!written.ok) return written;
  return { ok: true, value: { files: written.value, source: read.value }, warnings: [...read.warnings, ...written.warnings] };
}
