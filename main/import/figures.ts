/**
 * The bytes of a reading's figures. The parser (common/) only knows each figure's `ref` as
 * the reading writes it; here each ref becomes image bytes under a safe asset name, or a
 * warning saying why not, and the figure's `asset` is set so generation makes its slide.
 *
 * A Markdown reading's images are files beside it: the path must be relative and stay inside
 * the reading's folder, through symlinks too; web addresses are refused, since an import
 * never touches the network. A .docx reading's images come out of the document itself.
 */
import { realpath, readFile, stat } from 'node:fs/promises';
import { basename, extname, resolve, sep } from 'node:path';
import { warning, type Problem } from '../../common/deck/problems';
import { assetPathProblem } from '../../common/deck/asset-path';
import type { SourceFigure, SourceModel } from '../../common/source/model';
import { IMAGE_EXTENSIONS, MAX_ASSET_BYTES, safeAssetName } from '../store/assets';
import { describeFsError, sha256 } from '../store/read';
import type { DocxImage } from './docx';

/** Where a reading's images come from: files in its folder, the .docx itself, or nowhere. */
export type ImageSource =
  | { kind: 'folder'; dir: string }
  | { kind: 'docx'; images: Map<string, DocxImage> }
  /** Bytes uploaded without their folder (the browser edition): linked files cannot be had. */
  | { kind: 'none' };

/**
 * Sets `asset` on every figure of `model` whose image can be had and returns the bytes by
 * asset name, plus a warning for each figure left without its image. Never throws.
 */
export async function collectFigureImages(
  model: SourceModel,
  from: ImageSource,
): Promise<{ images: Map<string, Uint8Array>; warnings: Problem[] }> {
  const images = new Map<string, Uint8Array>();
  const hashes = new Map<string, string>();
  const warnings: Problem[] = [];
  for (const section of model.sections) {
    for (const figure of section.figures ?? []) {
      const got = await imageBytes(figure, from);
      if (!got.ok) {
        const what = `${got.what}; its slide is left out`;
        warnings.push(warning(where(figure), what));
        model.diagnostics.push(`${where(figure)}: ${what}`);
        continue;
      }
      // A picture inside a .docx has no name of its own: the caption's label ("Figure 1") reads better in assets/ than "image-1".
      const named =
        from.kind === 'docx' && figure.label ? `${figure.label}${extname(got.name)}` : got.name;
      figure.asset = uniqueName(named, got.bytes, images, hashes);
      images.set(figure.asset, got.bytes);
    }
  }
  return { images, warnings };
}

const where = (figure: SourceFigure) =>
  `image "${figure.ref.length > 80 ? `${figure.ref.slice(0, 77)}…` : figure.ref}"${figure.label ? ` (${figure.label})` : ''}`;

type Got = { ok: true; name: string; bytes: Uint8Array } | { ok: false; what: string };

async function imageBytes(figure: SourceFigure, from: ImageSource): Promise<Got> {
  if (from.kind === 'docx') {
    const image = from.images.get(figure.ref);
    if (!image) return { ok: false, what: 'is not an image embedded in the document' };
    if (!image.bytes)
      return {
        ok: false,
        what: 'is linked to a file outside the document rather than embedded in it; insert the picture into the document itself',
      };
    return checked(image.name, image.bytes, `a ${image.contentType} image`);
  }
  if (from.kind === 'none')
    return {
      ok: false,
      what: 'is a file beside the reading, and only the reading itself was given; import the reading from its folder',
    };
  const rel = decodePath(figure.ref);
  const refused = refusal(figure.ref, rel);
  if (refused) return { ok: false, what: refused };
  let root: string;
  let real: string;
  try {
    root = await realpath(from.dir);
    real = await realpath(resolve(from.dir, rel));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      ok: false,
      what:
        code === 'ENOENT'
          ? `is not in the reading's folder (${from.dir}); put the image there or correct its path`
          : describeFsError(e, 'cannot be opened'),
    };
  }
  if (!real.startsWith(root + sep))
    return {
      ok: false,
      what: "leads outside the reading's folder (through a link); copy the image into the folder",
    };
  try {
    const st = await stat(real);
    if (!st.isFile()) return { ok: false, what: 'is not a file' };
    if (st.size > MAX_ASSET_BYTES)
      return {
        ok: false,
        what: `is larger than ${MAX_ASSET_BYTES / 1024 / 1024} MB; make it smaller first`,
      };
    return checked(basename(rel), new Uint8Array(await readFile(real)), 'the file');
  } catch (e) {
    return { ok: false, what: describeFsError(e, 'cannot be read') };
  }
}

/** "my%20figure.png" → "my figure.png"; a malformed escape is left as written (and then refused or not found). */
function decodePath(ref: string): string {
  try {
    return decodeURIComponent(ref);
  } catch {
    return ref;
  }
}

/** Why a Markdown image path is not followed, in the reader's terms; undefined when it is fine. */
function refusal(raw: string, rel: string): string | undefined {
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(raw) && !/^[A-Za-z]:[\\/]/.test(raw)) {
    return 'is a web address; an import fetches nothing from the network, so save the image beside the reading and link it by a relative path';
  }
  if (raw.startsWith('//'))
    return 'is a web address; save the image beside the reading and link it by a relative path';
  if (/^[A-Za-z]:/.test(rel) || rel.startsWith('/') || rel.startsWith('\\'))
    return "is an absolute path; link the image by a path relative to the reading's folder";
  if (rel.split(/[\\/]/).includes('..'))
    return 'leads outside the reading\'s folder (".."); copy the image into the folder';
  // Every other rule a deck's own asset paths follow (control characters, "\", encoded separators).
  const textual = assetPathProblem(raw) ?? assetPathProblem(rel);
  if (textual) return textual;
  return undefined;
}

/** The image type must be one a slide shows everywhere, and the bytes must be that type. */
function checked(name: string, bytes: Uint8Array, what: string): Got {
  const ext = extname(name).toLowerCase();
  if (!(IMAGE_EXTENSIONS as readonly string[]).includes(ext)) {
    return {
      ok: false,
      what: `is ${ext ? `a "${ext}" file` : 'a file without an extension'}, which slides cannot show (use ${IMAGE_EXTENSIONS.join(', ')})`,
    };
  }
  if (bytes.byteLength === 0) return { ok: false, what: `is empty (${what} has no bytes)` };
  if (bytes.byteLength > MAX_ASSET_BYTES)
    return {
      ok: false,
      what: `is larger than ${MAX_ASSET_BYTES / 1024 / 1024} MB; make it smaller first`,
    };
  const sniffed = sniff(bytes);
  if (sniffed && !sniffed.includes(ext))
    return {
      ok: false,
      what: `is named "${ext}" but holds a ${sniffed[0]!.slice(1).toUpperCase()} image; rename it`,
    };
  return { ok: true, name, bytes };
}

/** Extensions the first bytes allow; undefined when the type is not recognised by its magic (SVG, AVIF). */
function sniff(b: Uint8Array): string[] | undefined {
  const starts = (...sig: number[]) => sig.every((v, i) => b[i] === v);
  if (starts(0x89, 0x50, 0x4e, 0x47)) return ['.png'];
  if (starts(0xff, 0xd8, 0xff)) return ['.jpg', '.jpeg'];
  if (starts(0x47, 0x49, 0x46, 0x38)) return ['.gif'];
  if (starts(0x52, 0x49, 0x46, 0x46) && b[8] === 0x57 && b[9] === 0x45) return ['.webp'];
  return undefined;
}

/**
 * A safe asset name for `original`, unique in this import: the same image used twice keeps
 * one name; a different image with the same name gets "-2", "-3".
 */
function uniqueName(
  original: string,
  bytes: Uint8Array,
  taken: Map<string, Uint8Array>,
  hashes: Map<string, string>,
): string {
  const base = safeAssetName(original);
  const hash = sha256(bytes);
  const ext = extname(base);
  const stem = base.slice(0, base.length - ext.length);
  let name = base;
  for (let n = 2; taken.has(name); n++) {
    if (hashes.get(name) === hash) return name;
    name = `${stem}-${n}${ext}`;
  }
  hashes.set(name, hash);
  return name;
}
