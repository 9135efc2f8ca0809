/**
 * The one place an export is written to disk: where it goes (a file, or a folder that gets
 * `<deck>.html` / `<deck>.pdf`), and the write itself, atomically (temp file, flush, rename),
 * so a failed or interrupted export never leaves a half-written file over a good one.
 */
import { mkdir, stat } from 'node:fs/promises';
import { basename, extname, join, sep } from 'node:path';
import { error, type Problem } from '../../common/deck/problems';
import { writeFileAtomic } from '../store/atomic-write';
import { describeFsError } from '../store/read';
import type { ExportOptions, PdfLayout } from './types';

/** True when `target` names a folder: it exists as one, ends in a slash, or several decks share it. */
export async function isFolderTarget(target: string, decks: number): Promise<boolean> {
  if (target.endsWith('/') || target.endsWith(sep) || decks > 1) return true;
  try {
    return (await stat(target)).isDirectory();
  } catch {
    return false;
  }
}

/** The file name of an export inside a folder: the deck's name, a layout suffix, the extension. */
export function exportFileName(
  deckFile: string,
  format: ExportOptions['format'],
  layout: PdfLayout = 'slides',
): string {
  const slug = basename(deckFile, extname(deckFile));
  return `${slug}${format === 'pdf' && layout !== 'slides' ? `-${layout}` : ''}.${format}`;
}

/** Where the export of `deckFile` goes for the target the user gave. */
export async function outputPath(
  target: string,
  decks: number,
  deckFile: string,
  format: ExportOptions['format'],
  layout?: PdfLayout,
): Promise<string> {
  return (await isFolderTarget(target, decks))
    ? join(target, exportFileName(deckFile, format, layout))
    : target;
}

/** Writes `bytes` to `path` atomically, creating its folder. Problems name the path. */
export async function writeExport(
  path: string,
  bytes: Uint8Array,
): Promise<{ ok: true } | { ok: false; problems: Problem[] }> {
  const dir = path.slice(0, path.length - basename(path).length) || '.';
  try {
    await mkdir(dir, { recursive: true });
  } catch (e) {
    return {
      ok: false,
      problems: [
        error(
          dir,
          `the folder for the export cannot be made: ${describeFsError(e, 'mkdir failed')}`,
        ),
      ],
    };
  }
  const written = await writeFileAtomic(path, bytes);
  return written.ok ? { ok: true } : { ok: false, problems: written.problems };
}
