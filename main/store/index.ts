/**
 * The deck store: everything the CLI, the web host and the Electron main process need to
 * open, save, recover and locate decks and their assets. Plain Node, no Electron.
 *
 * Every function returns problems as values (`{ok:false, problems}`) and never throws on bad
 * input or a failing disk. Each takes an optional `StoreFs` last, for fault tests.
 *
 * Typical editing session:
 * ```ts
 * const opened = await readDeckFile(path);            // → deck + stamp
 * await writeRecovery(path, edited, opened.value.stamp.hash);   // while editing
 * const saved = await saveDeck(path, edited, { expected: opened.value.stamp });
 * if (!saved.ok && saved.reason === 'conflict') ask the user, then save with { overwrite: true }
 * await discardRecovery(path);                        // after a successful save
 * ```
 */
export { readDeckFile, MAX_DECK_BYTES, type DiskStamp, type OpenedDeck } from './read';
export {
  saveDeck,
  type SaveOptions,
  type SaveResult,
  type SaveFailure,
  type SavedDeck,
} from './save';
export {
  writeRecovery,
  readRecovery,
  discardRecovery,
  type Recovery,
  type RecoveryState,
} from './journal';
export {
  importAsset,
  resolveAsset,
  safeAssetName,
  IMAGE_EXTENSIONS,
  type ImportedAsset,
} from './assets';
export {
  resolveDeckPath,
  findDecks,
  createDeck,
  MAX_FIND_DEPTH,
  type CreatedDeck,
} from './deck-folder';
/** Folder and file names from titles follow the one rule generation uses too. */
export { slugify } from '../../common/deck/slug';
export { companionPaths, DECK_EXT } from './paths';
export { nodeFs, type StoreFs } from './fs-seam';
export type { WriteStep, RetryPolicy } from './atomic-write';
