/**
 * A deck's images as data: URLs, so an export holds everything. Each path goes through the
 * store's `resolveAsset` (stays inside the deck folder, symlinks followed); a missing image
 * becomes a visible placeholder and a warning, never a broken reference or a failed export.
 */
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import type { Deck } from '../../common/deck/schema';
import { warning, type Problem } from '../../common/deck/problems';
import { resolveAsset } from '../store/assets';

const TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.svg': 'image/svg+xml',
  '.avif': 'image/avif',
};

/** A grey box with a crossed frame, shown where an image could not be found. */
export const MISSING_IMAGE =
  'data:image/svg+xml;base64,' +
  Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300" viewBox="0 0 400 300"><rect width="400" height="300" fill="#eee" stroke="#888" stroke-width="4"/><path d="M0 0L400 300M400 0L0 300" stroke="#bbb" stroke-width="2"/></svg>',
  ).toString('base64');

export interface ImageUrls {
  /** data: URL by asset path; a missing asset maps to MISSING_IMAGE. */
  url: Map<string, string>;
  missing: Set<string>;
  warnings: Problem[];
}

/** Reads every image the visible slides show, each once, in deck order. */
export async function embedImages(deck: Deck, deckDir: string): Promise<ImageUrls> {
  const url = new Map<string, string>();
  const missing = new Set<string>();
  const warnings: Problem[] = [];
  for (const [i, slide] of deck.slides.entries()) {
    if (slide.hidden) continue;
    for (const [j, block] of slide.blocks.entries()) {
      if (block.type !== 'figure' || block.figure.kind !== 'image') continue;
      const rel = block.figure.asset;
      if (url.has(rel)) continue;
      const where = `slides[${i}].blocks[${j}]`;
      const resolved = await resolveAsset(deckDir, rel);
      const type = TYPES[extname(rel).toLowerCase()];
      if (!resolved.ok || !type) {
        const why = resolved.ok
          ? 'is not an image type a browser can show'
          : resolved.problems.map((p) => p.what).join('; ');
        warnings.push(warning(where, `the image "${rel}" ${why}; a placeholder was exported`));
        url.set(rel, MISSING_IMAGE);
        missing.add(rel);
        continue;
      }
      try {
        url.set(rel, `data:${type};base64,${(await readFile(resolved.value)).toString('base64')}`);
      } catch (e) {
        warnings.push(
          warning(
            where,
            `the image "${rel}" could not be read (${(e as NodeJS.ErrnoException).code ?? 'error'}); a placeholder was exported`,
          ),
        );
        url.set(rel, MISSING_IMAGE);
        missing.add(rel);
      }
    }
  }
  return { url, missing, warnings };
}
