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

/** Decks for an already-read source, with the source id and copy path they record. */
export function decksFor(source: ReadSource, single = false): { decks: GeneratedDeck[]; copyName: string } {
  const copyName = sourceCopyName(source.fileName);
  const sourceId = slugify(basename(source.fileName, extname(source.fileName)), 'source');
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
