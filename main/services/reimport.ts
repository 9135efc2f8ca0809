/**
 * Importing a reading again: the decks drafted from a reading of the same name are found, and
 * either left alone (the lecturer is asked), given the new reading with the slides it changed
 * under marked for review, or joined by new drafts. Nothing a lecturer wrote is replaced: an
 * update touches only the deck's copy of the reading, its hash, the provenance of sentences
 * that moved, and the "reading changed" marks.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { error, type Problem, type Result } from '../../common/deck/problems';
import type { Deck } from '../../common/deck/schema';
import { staleSlides, updateForReading } from '../../common/generate/stale';
import { readDeckFile, describeFsError, sha256 } from '../store/read';
import { saveDeck } from '../store/save';
import { writeFileAtomic } from '../store/atomic-write';
import { findDecks } from '../store/deck-folder';
import { importOffThread } from '../import/off-thread';
import type { ReadSource } from '../import/read-source';
import type { ServiceContext } from './context';

export interface DraftedBefore {
  /** Absolute path of the deck file. */
  path: string;
  title: string;
}

/** The decks of the workspace drafted from the reading `sourceId` (by its name), in path order. */
export async function decksOfReading(
  ctx: ServiceContext,
  sourceId: string,
): Promise<DraftedBefore[]> {
  const found = await findDecks(ctx.workspace.root);
  if (!found.ok) return [];
  const out: DraftedBefore[] = [];
  for (const path of found.value) {
    const read = await readDeckFile(path);
    if (read.ok && read.value.deck.sources.some((s) => s.id === sourceId))
      out.push({ path, title: read.value.deck.meta.title });
  }
  return out;
}

export interface Updated {
  path: string;
  title: string;
  /** Slides marked for review by this update. */
  stale: number;
  /** The deck already had this very reading: nothing was written. */
  unchanged: boolean;
}

/**
 * Gives the deck at `path` the new reading `next`: its copy under `sources/` replaced (written
 * first, atomically, so a deck never names a copy that is not there), the deck saved with the
 * new hash, moved sentences followed and changed ones marked. Refuses, changing nothing, when
 * the deck cannot be read, is read-only, or its copy of the old reading is missing.
 */
export async function updateDeck(
  path: string,
  sourceId: string,
  next: ReadSource,
): Promise<Result<Updated>> {
  const read = await readDeckFile(path);
  if (!read.ok) return read;
  const { deck, stamp, readOnly } = read.value;
  const title = deck.meta.title;
  if (readOnly)
    return fail(path, 'was written by a newer Lectern and is read-only here; it was not updated');
  const source = deck.sources.find((s) => s.id === sourceId)!;
  const hash = sha256(next.bytes);
  if (source.hash === hash)
    return { ok: true, value: { path, title, stale: 0, unchanged: true }, warnings: [] };
  if (!source.path)
    return fail(
      path,
      'keeps no copy of the reading it was drafted from, so its slides cannot be compared; import the reading as new copies instead',
    );
  const copy = join(dirname(path), source.path);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(copy));
  } catch (e) {
    return fail(
      copy,
      `${describeFsError(e, 'cannot be read')}, so the slides cannot be compared; nothing was changed`,
    );
  }
  // Parsed in the import worker, as the new reading was: the host keeps answering meanwhile.
  const job = await importOffThread({
    bytes,
    fileName: next.fileName,
    where: copy,
    options: { images: false },
  });
  if (!job.ok)
    return fail(
      copy,
      `cannot be read again (${job.problems.map((p) => p.what).join('; ')}), so the slides cannot be compared; nothing was changed`,
    );
  const before = { value: job.value.source };
  const stale = staleSlides(deck, sourceId, before.value.model, next.model);
  const updated: Deck = {
    ...updateForReading(deck, sourceId, stale),
    sources: deck.sources.map((s) => (s.id === sourceId ? { ...s, hash } : s)),
  };
  const wrote = await writeFileAtomic(copy, next.bytes);
  if (!wrote.ok) return { ok: false, problems: wrote.problems };
  const saved = await saveDeck(path, updated, { expected: stamp });
  if (!saved.ok) {
    // The deck still names the old reading: put its copy back, so the two agree again.
    await writeFileAtomic(copy, before.value.bytes);
    return { ok: false, problems: saved.problems };
  }
  const marked = stale.filter((s) => s.sentences.some((x) => x.why !== 'moved')).length;
  return { ok: true, value: { path, title, stale: marked, unchanged: false }, warnings: [] };
}

function fail(where: string, what: string): { ok: false; problems: Problem[] } {
  return { ok: false, problems: [error(where, what)] };
}
