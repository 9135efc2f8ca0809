/**
 * Reading file → decks on disk: read the file, have the import worker parse it and generate its
 * decks (main/import/off-thread.ts), write each deck folder with its copy of the reading. What
 * `lectern generate` calls. Nothing here loads the generator: the worker does.
 */
import { basename, dirname, extname } from 'node:path';
import type { Result } from '../../common/deck/problems';
import { slugify } from '../../common/generate/text';
import { importOffThread } from './off-thread';
import { readSourceBytes, type ReadSource } from './read-source';
import { writeGeneratedDecks } from './write-decks';

export interface GenerateFromFile {
  /** Deck files written, in section order. */
  files: string[];
  source: ReadSource;
}

/** The id decks give the reading `fileName` in `sources`: the same name, the same reading. */
export function readingId(fileName: string): string {
  return slugify(basename(fileName, extname(fileName)), 'source');
}

/**
 * Reads `path`, generates its decks (in a worker with time and heap limits, as the app does)
 * and writes them under `outDir`.
 */
export async function generateFromFile(path: string, outDir: string, options: { single?: boolean } = {}): Promise<Result<GenerateFromFile>> {
  const bytes = await readSourceBytes(path);
  if (!bytes.ok) return bytes;
  const job = await importOffThread({ bytes: bytes.value, fileName: basename(path), where: path, options: { folder: dirname(path) }, generate: { single: options.single === true } });
  if (!job.ok) return job;
  const { source, generated } = job.value;
  const { decks, copyName } = generated!;
  const written = await writeGeneratedDecks(outDir, decks, { bytes: source.bytes, copyName, images: source.images });
  if (!written.ok) return written;
  return { ok: true, value: { files: written.value, source }, warnings: [...job.warnings, ...written.warnings] };
}
