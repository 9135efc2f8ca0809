/**
 * The recovery journal `.<slug>.lectern.recovery`: the deck as it was being edited, written
 * atomically while editing so unsaved work survives a crash, and offered on the next open.
 * A damaged journal is reported, never trusted, and never replaces the deck by itself.
 */
import { parseDeck } from '../../common/deck/load';
import { error, type Problem, type Result } from '../../common/deck/problems';
import type { Deck } from '../../common/deck/schema';
import { serializeDeck } from '../../common/deck/serialize';
import { writeFileAtomic } from './atomic-write';
import { nodeFs, type StoreFs } from './fs-seam';
import { companionPaths } from './paths';
import { decodeUtf8, describeFsError, MAX_DECK_BYTES, sha256 } from './read';
import { sweepStaleTemps } from './sweep';

const JOURNAL_FORMAT = 'lectern-recovery';

/** Unsaved work found beside a deck. */
export interface Recovery {
  /** The journal file. */
  path: string;
  /** When the journal was written (ISO 8601). */
  savedAt: string;
  /** Hash of the deck file the edits started from; null for a deck never saved. */
  baseHash: string | null;
  deck: Deck;
  /** False when the deck file changed since the edits started: offer a choice, not a replace. */
  baseMatches: boolean;
  /** True when the journal was written after the deck file was last written. */
  newerThanDeck: boolean;
  warnings: Problem[];
}

export type RecoveryState =
  | { status: 'none' }
  | { status: 'found'; recovery: Recovery }
  | { status: 'corrupt'; path: string; problems: Problem[] };

/**
 * Writes the journal for the deck file `deckPath`. `baseHash` is the `stamp.hash` of the deck
 * file the edits started from (null for a new deck). Sweeps temp files left by dead writers. Never throws.
 */
export async function writeRecovery(
  deckPath: string,
  deck: Deck,
  baseHash: string | null,
  fs: StoreFs = nodeFs,
): Promise<Result<{ path: string }>> {
  const { journal } = companionPaths(deckPath);
  const body = {
    format: JOURNAL_FORMAT,
    savedAt: new Date().toISOString(),
    baseHash,
    deck: JSON.parse(serializeDeck(deck)) as unknown,
  };
  const written = await writeFileAtomic(journal, Buffer.from(JSON.stringify(body) + '\n', 'utf8'), {
    fs,
  });
  // Autosave is when a kill most often lands: the journal temp files of a dead writer go here.
  if (written.ok) await sweepStaleTemps(deckPath, fs);
  return written.ok
    ? { ok: true, value: { path: journal }, warnings: written.warnings }
    : { ok: false, problems: written.problems };
}

/**
 * Looks for unsaved work beside `deckPath`. Returns `found` when the journal holds a deck that
 * differs from the file on disk (or the file is gone), `none` when there is nothing to offer,
 * and `corrupt` with the reasons when the journal cannot be trusted. Never throws.
 */
export async function readRecovery(deckPath: string, fs: StoreFs = nodeFs): Promise<RecoveryState> {
  const { journal } = companionPaths(deckPath);
  let bytes: Uint8Array;
  try {
    const st = await fs.stat(journal);
    if (st.size > MAX_DECK_BYTES)
      return corrupt(journal, `is larger than a deck may be (${st.size} bytes)`);
    bytes = await fs.readFile(journal);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'none' };
    return corrupt(journal, describeFsError(e, 'cannot be read'));
  }
  const text = decodeUtf8(bytes);
  if (!text.ok) return corrupt(journal, `${text.problem.where} ${text.problem.what}`);
  let body: unknown;
  try {
    body = JSON.parse(text.text);
  } catch {
    return corrupt(journal, 'is not complete JSON (it was cut off while being written)');
  }
  if (
    typeof body !== 'object' ||
    body === null ||
    (body as { format?: unknown }).format !== JOURNAL_FORMAT
  ) {
    return corrupt(journal, 'is not a Lectern recovery file');
  }
  const { savedAt, baseHash, deck: rawDeck } = body as Record<string, unknown>;
  if (typeof savedAt !== 'string' || Number.isNaN(Date.parse(savedAt)))
    return corrupt(journal, 'has no valid "savedAt" time');
  if (baseHash !== null && typeof baseHash !== 'string')
    return corrupt(journal, 'has an invalid "baseHash"');
  const loaded = parseDeck(JSON.stringify(rawDeck ?? null));
  if (!loaded.ok) {
    return {
      status: 'corrupt',
      path: journal,
      problems: loaded.problems.map((p) => error(`${journal}: deck.${p.where}`, p.what)),
    };
  }
  const deck = loaded.value.deck;

  let current: { hash: string; mtimeMs: number; text: string } | undefined;
  try {
    const [st, currentBytes] = await Promise.all([fs.stat(deckPath), fs.readFile(deckPath)]);
    current = {
      hash: sha256(currentBytes),
      mtimeMs: st.mtimeMs,
      text: currentBytes.toString('utf8'),
    };
  } catch {
    current = undefined; // the deck file is gone: the journal is all there is
  }
  if (current && current.text === serializeDeck(deck)) return { status: 'none' };
  return {
    status: 'found',
    recovery: {
      path: journal,
      savedAt,
      baseHash,
      deck,
      baseMatches: current ? baseHash === current.hash : baseHash === null,
      newerThanDeck: current ? Date.parse(savedAt) > current.mtimeMs : true,
      warnings: loaded.warnings,
    },
  };
}

/** Removes the journal (after a save, or when the user declines the recovered work). Never throws. */
export async function discardRecovery(
  deckPath: string,
  fs: StoreFs = nodeFs,
): Promise<Result<void>> {
  const { journal } = companionPaths(deckPath);
  try {
    await fs.rm(journal, { force: true });
    return { ok: true, value: undefined, warnings: [] };
  } catch (e) {
    return {
      ok: false,
      problems: [error(journal, `could not be removed: ${describeFsError(e, 'remove failed')}`)],
    };
  }
}

function corrupt(path: string, what: string): RecoveryState {
  return {
    status: 'corrupt',
    path,
    problems: [
      error(path, `the recovery file ${what}; it was not used and your deck was not changed`),
    ],
  };
}
