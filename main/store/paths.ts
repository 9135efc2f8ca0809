/**
 * Names of the files the store keeps beside a deck, from the fixed folder convention:
 * `<slug>/<slug>.lectern`, `<slug>.lectern.bak`, `.<slug>.lectern.recovery`.
 */
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/** The deck file's extension (the contract's, so the host and the UI agree). */
export { DECK_EXTENSION as DECK_EXT } from '../../common/api/contract';

/** Where the backup and the recovery journal of the deck file `deckPath` live. */
export function companionPaths(deckPath: string): { dir: string; backup: string; journal: string } {
  const dir = dirname(deckPath);
  const name = basename(deckPath);
  return { dir, backup: join(dir, `${name}.bak`), journal: join(dir, `.${name}.recovery`) };
}

/**
 * A fresh temporary name in the same folder as `path` (a rename is only atomic within one
 * file system). Hidden, and tagged with the pid so a leftover can be traced to its writer.
 */
export function tempPathFor(path: string, kind = 'tmp'): string {
  return join(
    dirname(path),
    `.${basename(path)}.${kind}-${process.pid}-${randomBytes(6).toString('hex')}`,
  );
}

/** True for the store's own temporary files (hidden, `.tmp-` or `.bak-tmp-` with a pid). */
export function isStoreTempName(name: string): boolean {
  return /^\..+\.(tmp|bak-tmp)-\d+-[0-9a-f]{12}$/.test(name);
}
