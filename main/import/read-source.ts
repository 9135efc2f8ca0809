/**
 * Reading a source file (.txt, .md, .docx, .pdf) into a SourceModel: size limit, text check,
 * hashing of the bytes, format by extension. Problems are values naming the file.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname } from 'node:path';
import { error, type Problem, type Result } from '../../common/deck/problems';
import type { SourceModel } from '../../common/source/model';
import { parseSource } from '../../common/source/parse';
import { decodeUtf8, describeFsError, sha256 } from '../store/read';
import { checkDocxSize, docxToText, looksLikeZip, notWord, type DocxImage } from './docx';
import { collectFigureImages, type ImageSource } from './figures';
import { citePages } from './pdf-pages';
import { looksLikePdf, pdfToText, type PdfText } from './pdf';
import { errorMessage } from '../../common/error-text';

/** A reading of a few hundred pages is well under this; a bigger text file is not a reading. */
export const MAX_SOURCE_TEXT_BYTES = 3 * 1024 * 1024;
/** .docx files carry images, so the file may be larger than its text. */
export const MAX_SOURCE_DOCX_BYTES = 40 * 1024 * 1024;

/** A PDF article or chapter with its pictures; its text is a small part of it. */
export const MAX_SOURCE_PDF_BYTES = 40 * 1024 * 1024;

export const SOURCE_EXTENSIONS = ['.txt', '.md', '.markdown', '.docx', '.pdf'] as const;

export interface ReadSource {
  model: SourceModel;
  /** The bytes as read, to copy beside the decks. */
  bytes: Uint8Array;
  /** The file's own name, e.g. "reading.txt". */
  fileName: string;
  /** The bytes of the reading's figures by asset name (the `asset` of each SourceFigure). */
  images: Map<string, Uint8Array>;
}

export interface ReadOptions {
  /** The reading's folder, where a Markdown reading's images are; without it they cannot be had. */
  folder?: string;
  /** False to skip reading figure images (the deck check only needs the text). */
  images?: boolean;
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/**
 * What can be refused at a glance, costing next to nothing (so the host can refuse it before
 * starting an import worker): an empty file, an unknown extension, a file over the size limit, a
 * .docx that is not a zip or whose zip directory declares more than it may unpack to, a text
 * file with NUL bytes. Undefined when the bytes must be read to know.
 */
export function refusedAtAGlance(
  bytes: Uint8Array,
  fileName: string,
  where = fileName,
): Problem | undefined {
  const ext = extname(fileName).toLowerCase();
  if (bytes.byteLength === 0) return error(where, 'is empty; there is nothing to make slides from');
  if (ext === '.docx') {
    if (bytes.byteLength > MAX_SOURCE_DOCX_BYTES)
      return tooBig(where, bytes.byteLength, MAX_SOURCE_DOCX_BYTES).problems[0];
    if (!looksLikeZip(bytes)) return notWord(where);
    return checkDocxSize(bytes, where, { inflate: false });
  }
  if (ext === '.pdf') {
    if (bytes.byteLength > MAX_SOURCE_PDF_BYTES)
      return tooBig(where, bytes.byteLength, MAX_SOURCE_PDF_BYTES).problems[0];
    if (!looksLikePdf(bytes))
      return error(
        where,
        'is not a PDF: it does not start as one (was it renamed from another format?)',
      );
    return undefined;
  }
  if (!(SOURCE_EXTENSIONS as readonly string[]).includes(ext))
    return error(
      where,
      `is a "${ext || 'no extension'}" file; Lectern reads readings as .txt, .md, .docx or .pdf`,
    );
  if (bytes.byteLength > MAX_SOURCE_TEXT_BYTES)
    return tooBig(where, bytes.byteLength, MAX_SOURCE_TEXT_BYTES).problems[0];
  if (bytes.subarray(0, 8192).includes(0))
    return error(
      where,
      'contains binary data (NUL bytes); it is not a text file. Save the reading as plain text (UTF-8), Markdown or .docx',
    );
  return undefined;
}

/** Parses a reading given as bytes and a file name (the browser edition uploads bytes). */
export async function parseSourceBytes(
  bytes: Uint8Array,
  fileName: string,
  where = fileName,
  options: ReadOptions = {},
): Promise<Result<ReadSource>> {
  const ext = extname(fileName).toLowerCase();
  const fallbackTitle = basename(fileName, extname(fileName)).replace(/[-_]+/g, ' ').trim();
  const refused = refusedAtAGlance(bytes, fileName, where);
  if (refused) return { ok: false, problems: [refused] };
  let text: string;
  let format: 'text' | 'markdown' = ext === '.md' || ext === '.markdown' ? 'markdown' : 'text';
  let docxImages: Map<string, DocxImage> | undefined;
  let pdf: PdfText | undefined;
  if (ext === '.pdf') {
    const converted = await pdfToText(bytes, where);
    if (!converted.ok) return { ok: false, problems: [converted.problem] };
    pdf = converted;
    text =
      converted.title && !/^# /.test(converted.text)
        ? `# ${converted.title}\n\n${converted.text}`
        : converted.text;
    format = 'markdown';
  } else if (ext === '.docx') {
    const converted = await docxToText(bytes, where);
    if (!converted.ok) return { ok: false, problems: [converted.problem] };
    text = converted.text;
    docxImages = converted.images;
    format = 'markdown';
  } else {
    const decoded = decodeUtf8(bytes);
    if (!decoded.ok)
      return {
        ok: false,
        problems: [error(where, `${decoded.problem.where}: ${decoded.problem.what}`)],
      };
    text = decoded.text;
  }
  if (text.length > MAX_SOURCE_TEXT_BYTES) return tooBig(where, text.length, MAX_SOURCE_TEXT_BYTES);
  if (!/[\p{L}\p{N}]/u.test(text))
    return {
      ok: false,
      problems: [error(where, 'has no text in it; there is nothing to make slides from')],
    };
  const model = parseSource(text, { hash: sha256(bytes), format, fallbackTitle });
  // Each sentence of a PDF cites the reading at the page it is printed on.
  if (pdf) citePages(model, pdf, text.length - pdf.text.length);
  if (!model.sections.some((s) => s.paragraphs.length)) {
    return {
      ok: false,
      problems: [
        error(where, 'has no sentences Lectern could read; there is nothing to make slides from'),
      ],
    };
  }
  if (options.images === false)
    return {
      ok: true,
      value: { model, bytes, fileName: basename(fileName), images: new Map() },
      warnings: [],
    };
  const from: ImageSource = docxImages
    ? { kind: 'docx', images: docxImages }
    : options.folder
      ? { kind: 'folder', dir: options.folder }
      : { kind: 'none' };
  const figures = await collectFigureImages(model, from);
  return {
    ok: true,
    value: { model, bytes, fileName: basename(fileName), images: figures.images },
    warnings: figures.warnings,
  };
}

function tooBig(where: string, size: number, limit: number): { ok: false; problems: Problem[] } {
  return {
    ok: false,
    problems: [
      error(
        where,
        `is ${mb(size)}, more than the ${mb(limit)} a reading may be; split it into parts and import each`,
      ),
    ],
  };
}

/** The bytes of the reading at `path`, refused when it is not a file or too big to be one. Never throws. */
export async function readSourceBytes(path: string): Promise<Result<Uint8Array>> {
  try {
    const st = await stat(path);
    if (!st.isFile()) return { ok: false, problems: [error(path, 'is not a file')] };
    if (st.size > MAX_SOURCE_DOCX_BYTES) return tooBig(path, st.size, MAX_SOURCE_DOCX_BYTES);
    return { ok: true, value: new Uint8Array(await readFile(path)), warnings: [] };
  } catch (e) {
    return { ok: false, problems: [error(path, describeFsError(e, 'cannot be read'))] };
  }
}

/** Reads and parses a reading from disk, in this thread. Never throws on bad input. */
export async function readSourceFile(
  path: string,
  options: Pick<ReadOptions, 'images'> = {},
): Promise<Result<ReadSource>> {
  const bytes = await readSourceBytes(path);
  if (!bytes.ok) return bytes;
  try {
    return await parseSourceBytes(bytes.value, basename(path), path, {
      ...options,
      folder: dirname(path),
    });
  } catch (e) {
    const detail = errorMessage(e).split('\n')[0]!.slice(0, 160);
    return {
      ok: false,
      problems: [
        error(path, `could not be read (${detail}); it may be too large or unusual for Lectern`),
      ],
    };
  }
}
