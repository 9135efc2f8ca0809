/**
 * A read reading → its decks, with the source id and copy path they record: what the import
 * worker runs (main/import/job.ts), and tests call directly. Loads the generator (compromise):
 * the host's own code imports from-file.ts instead.
 */
import { generateDecks, type GeneratedDeck } from '../../common/generate';
import { readingId } from './from-file';
import type { ReadSource } from './read-source';
import { sourceCopyName } from './write-decks';

// Where they were before the generator moved into the import worker; the host loads from-file.ts.
export { generateFromFile, readingId, type GenerateFromFile } from './from-file';

/** Decks for an already-read source, with the source id and copy path they record. */
export function decksFor(
  source: ReadSource,
  single = false,
): { decks: GeneratedDeck[]; copyName: string } {
  const copyName = sourceCopyName(source.fileName);
  const sourceId = readingId(source.fileName);
  return {
    decks: generateDecks(source.model, { sourceId, sourcePath: `sources/${copyName}`, single }),
    copyName,
  };
}
