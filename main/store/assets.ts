/**
 * A deck's images live in its own `assets/` folder and are referenced relatively, so a deck
 * folder copies and moves as one unit. Every path read from a deck is checked twice: as text
 * (common/deck/asset-path.ts) and against the disk, where a symlink could lead elsewhere.
 */
import { createHash } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { basename, extname, join, resolve, sep } from 'node:path';
import { assetPathProblem } from '../../common/deck/asset-path';
import { error, type Result } from '../../common/deck/problems';
import { nodeFs, type StoreFs } from './fs-seam';
import { describeFsError } from './read';

export const ASSETS_DIR = 'assets';
/** Image types a slide can show in every browser, in exports and offline. */
export const IMAGE_EXTENSIONS = [
  '.png',
  '.jpg',
  '.jpeg',
  '.gif',
  '.webp',
  '.svg',
  '.avif',
] as const;
/** A photo from a phone is a few MB; past this it is not an image meant for a slide. */
export const MAX_ASSET_BYTES = 50 * 1024 * 1024;

export interface ImportedAsset {
  /** The path to write in the deck: `assets/<name>`. */
  path: string;
  /** True when an identical file was already in the deck and was reused. */
  reused: boolean;
}

/**
 * Copies the image `sourceFile` into `<deckDir>/assets/` under a safe name and returns the
 * relative path to put in the deck. An identical file already there is reused; a different
 * file with the same name keeps its name and the new one gets a content-hash suffix. Never throws.
 */
export async function importAsset(
  deckDir: string,
  sourceFile: string,
  fs: StoreFs = nodeFs,
): Promise<Result<ImportedAsset>> {
  const ext = extname(sourceFile).toLowerCase();
  if (!(IMAGE_EXTENSIONS as readonly string[]).includes(ext)) {
    return fail(
      sourceFile,
      `is not an image Lectern can show (use ${IMAGE_EXTENSIONS.join(', ')})`,
    );
  }
  let bytes: Buffer;
  try {
    const st = await fs.stat(sourceFile);
    if (!st.isFile()) return fail(sourceFile, 'is not a file');
    if (st.size > MAX_ASSET_BYTES)
      return fail(
        sourceFile,
        `is larger than ${MAX_ASSET_BYTES / 1024 / 1024} MB; make it smaller first`,
      );
    bytes = await fs.readFile(sourceFile);
  } catch (e) {
    return fail(sourceFile, describeFsError(e, 'cannot be read'));
  }
  const hash = createHash('sha256').update(bytes).digest('hex');
  const name = safeAssetName(basename(sourceFile));
  const dir = join(deckDir, ASSETS_DIR);
  try {
    await fs.mkdir(dir, { recursive: true });
    const escape = await assetsFolderProblem(fs, deckDir, dir);
    if (escape) return fail(dir, escape);
    const stem = name.slice(0, name.length - extname(name).length);
    for (const candidate of [
      name,
      `${stem}-${hash.slice(0, 10)}${extname(name)}`,
      `${stem}-${hash}${extname(name)}`,
    ]) {
      const existing = await contentHash(fs, join(dir, candidate));
      if (existing === hash)
        return {
          ok: true,
          value: { path: `${ASSETS_DIR}/${candidate}`, reused: true },
          warnings: [],
        };
      if (existing === undefined) {
        await copyInto(fs, bytes, join(dir, candidate));
        return {
          ok: true,
          value: { path: `${ASSETS_DIR}/${candidate}`, reused: false },
          warnings: [],
        };
      }
    }
    return fail(sourceFile, 'could not be given a free name in the assets folder');
  } catch (e) {
    return fail(
      join(deckDir, ASSETS_DIR),
      `the image could not be copied here: ${describeFsError(e, 'copy failed')}`,
    );
  }
}

/**
 * Why images may not be written into `assetsDir`, or undefined: the folder (or the deck
 * folder above it) must really be where it looks, not a link to a place outside the deck.
 */
async function assetsFolderProblem(
  fs: StoreFs,
  deckDir: string,
  assetsDir: string,
): Promise<string | undefined> {
  const [realDeck, realAssets] = await Promise.all([fs.realpath(deckDir), fs.realpath(assetsDir)]);
  if (realAssets.startsWith(realDeck + sep)) return undefined;
  return 'is a link to a folder outside the deck, so nothing was written there; make it a plain folder inside the deck';
}

/**
 * The absolute path of the asset `rel` of the deck in `deckDir`, only when the path is a
 * plain relative path, the real file (symlinks followed) is inside the deck folder, and it
 * has no other hard link (its other name could be anywhere on the disk).
 * A missing or escaping asset is a problem naming the path, never a throw.
 */
export async function resolveAsset(
  deckDir: string,
  rel: string,
  fs: StoreFs = nodeFs,
): Promise<Result<string>> {
  const textual = assetPathProblem(rel);
  if (textual) return fail(rel, `the asset path ${textual}`);
  let root: string;
  try {
    root = await fs.realpath(deckDir);
  } catch (e) {
    return fail(deckDir, `the deck folder ${describeFsError(e, 'cannot be opened')}`);
  }
  let real: string;
  try {
    real = await fs.realpath(resolve(deckDir, rel));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return fail(
      rel,
      code === 'ENOENT'
        ? 'is missing from the deck folder (was it moved or deleted?)'
        : describeFsError(e, 'cannot be opened'),
    );
  }
  if (!real.startsWith(root + sep))
    return fail(
      rel,
      'leads outside the deck folder (through a link); copy the file into the deck instead',
    );
  try {
    const st = await fs.stat(real);
    if (!st.isFile()) return fail(rel, 'is not a file');
    // A hard link is the same file as one elsewhere on the disk, which no path check can see.
    if (st.nlink > 1)
      return fail(
        rel,
        'is a hard link to a file that may be outside the deck, so it is not shown or exported; add the image to the deck again (Add image copies it)',
      );
  } catch (e) {
    return fail(rel, describeFsError(e, 'cannot be opened'));
  }
  return { ok: true, value: real, warnings: [] };
}

/**
 * A file name that is safe on Windows, macOS and Linux and in a URL: ASCII letters, digits,
 * "-", "_" and one extension; accents are dropped, everything else becomes "-".
 */
export function safeAssetName(original: string): string {
  const ext = extname(original)
    .toLowerCase()
    .replace(/[^a-z0-9.]/g, '');
  const stem = original
    .slice(0, original.length - extname(original).length)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9_-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '')
    .slice(0, 80)
    .toLowerCase();
  // Windows refuses these names whatever the extension.
  const reserved = /^(con|prn|aux|nul|com\d|lpt\d)$/.test(stem);
  return `${!stem || reserved ? `image${stem ? `-${stem}` : ''}` : stem}${ext}`;
}

/** The hash of the plain file at `path`; undefined when nothing is there; a link or folder is a taken name. */
async function contentHash(fs: StoreFs, path: string): Promise<string | undefined> {
  try {
    const st = await fs.lstat(path);
    if (!st.isFile() || st.nlink > 1) return 'taken';
    return createHash('sha256')
      .update(await fs.readFile(path))
      .digest('hex');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/**
 * Writes a new file `target`, refusing one that appeared meanwhile (and a link planted under
 * its name: O_EXCL does not follow it). A copy of the bytes, never a hard link: an asset
 * must be the deck's own file (see `resolveAsset`). An interrupted write is removed.
 */
async function copyInto(fs: StoreFs, bytes: Uint8Array, target: string): Promise<void> {
  const handle: FileHandle = await fs.open(target, 'wx', 0o666);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
  } catch (e) {
    await handle.close().catch(() => undefined);
    await fs.rm(target, { force: true }).catch(() => undefined);
    throw e;
  }
}

function fail<T>(where: string, what: string): Result<T> {
  return { ok: false, problems: [error(where, what)] };
}
