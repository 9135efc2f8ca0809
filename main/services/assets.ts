/**
 * Images into a deck (bytes from the UI → the deck's `assets/` folder) and the one way a
 * host finds an asset file to serve: through the store's `resolveAsset`, which refuses
 * `..`, absolute, encoded and symlinked escapes.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import type { ArgsOut, ResultOf } from '../../common/api/contract';
import type { Result } from '../../common/deck/problems';
import { importAsset, IMAGE_EXTENSIONS, resolveAsset } from '../store';
import { describeFsError } from '../store/read';
import { fail, ok, removeQuietly, withDeck, type ServiceContext } from './context';

/** Copies the image bytes into the deck's `assets/`; returns the path to write in the deck. */
export async function importAssetBytes(
  ctx: ServiceContext,
  args: ArgsOut<'asset.import'>,
): Promise<Result<ResultOf<'asset.import'>>> {
  const ext = extname(args.name).toLowerCase();
  if (!(IMAGE_EXTENSIONS as readonly string[]).includes(ext)) {
    return fail(args.name, `is not an image Lectern can show (use ${IMAGE_EXTENSIONS.join(', ')})`);
  }
  const kind = sniffImage(args.bytes);
  if (!kind || !sameFamily(kind, ext)) {
    return fail(
      args.name,
      `does not contain ${ext.slice(1).toUpperCase()} image data${kind ? ` (it looks like ${kind.toUpperCase()}; rename it to .${kind})` : ''}`,
    );
  }
  let tmp: string | undefined;
  return withDeck(ctx, args.ref, async (abs) => {
    try {
      tmp = await mkdtemp(join(tmpdir(), 'lectern-asset-'));
      const file = join(tmp, args.name);
      await writeFile(file, args.bytes);
      const imported = await importAsset(dirname(abs), file);
      const result: Result<ResultOf<'asset.import'>> = imported.ok
        ? ok({ path: imported.value.path })
        : imported;
      return ctx.workspace.relativeResult(result, tmp);
    } catch (e) {
      return fail(args.name, `could not be imported: ${describeFsError(e, 'copy failed')}`);
    } finally {
      if (tmp) await removeQuietly(tmp);
    }
  });
}

/**
 * An asset address `<encoded ref>/<encoded path segments…>` (what `assetUrl` builds) →
 * the deck ref and the asset path. Each segment is decoded once; a segment that hides a
 * "/" or "\\" was an encoded separator and is refused rather than guessed at.
 */
export function parseAssetAddress(rest: string): { ref: string; rel: string } | undefined {
  const segments: string[] = [];
  for (const raw of rest.split('/')) {
    try {
      segments.push(decodeURIComponent(raw));
    } catch {
      return undefined;
    }
  }
  const [ref, ...parts] = segments;
  if (ref === undefined || parts.length === 0) return undefined;
  if (parts.some((p) => p.includes('/') || p.includes('\\'))) return undefined;
  return { ref, rel: parts.join('/') };
}

/** The absolute path of asset `rel` of deck `ref`, or why it cannot be served. */
export async function assetFile(
  ctx: ServiceContext,
  ref: string,
  rel: string,
): Promise<Result<string>> {
  return withDeck(ctx, ref, (abs) => resolveAsset(dirname(abs), rel));
}

/** True when the problems say the asset is simply not there (a 404, a placeholder in the UI). */
export function assetMissing(problems: readonly { what: string }[]): boolean {
  return problems.some((p) => /is missing|is not there/.test(p.what));
}

type ImageKind = 'png' | 'jpg' | 'gif' | 'webp' | 'avif' | 'svg';

/** What kind of image `bytes` hold, from their first bytes; undefined when none we show. */
export function sniffImage(bytes: Uint8Array): ImageKind | undefined {
  const at = (offset: number, text: string) =>
    [...text].every((c, i) => bytes[offset + i] === c.charCodeAt(0));
  if (bytes[0] === 0x89 && at(1, 'PNG')) return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpg';
  if (at(0, 'GIF8')) return 'gif';
  if (at(0, 'RIFF') && at(8, 'WEBP')) return 'webp';
  if (at(4, 'ftypavi')) return 'avif';
  const head = new TextDecoder('utf-8', { fatal: false })
    .decode(bytes.subarray(0, 4096))
    .trimStart()
    .toLowerCase();
  if ((head.startsWith('<svg') || head.startsWith('<?xml')) && head.includes('<svg')) return 'svg';
  return undefined;
}

function sameFamily(kind: ImageKind, ext: string): boolean {
  return kind === 'jpg' ? ext === '.jpg' || ext === '.jpeg' : ext === `.${kind}`;
}
