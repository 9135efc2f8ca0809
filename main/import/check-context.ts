/**
 * The deck check's view of a deck folder: the sentences of each source, re-parsed from the
 * copy under `sources/` (ids are deterministic, so they match the deck's provenance), and
 * whether an asset exists. Sources that cannot be read give a problem, not a crash.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { warning, type Problem } from '../../common/deck/problems';
import type { Deck } from '../../common/deck/schema';
import { checkDeck, type CheckContext } from '../../common/check';
import type { SourceModel } from '../../common/source/model';
import { isSafeAssetPath } from '../../common/deck/asset-path';
import { readSourceFile } from './read-source';

export interface LoadedCheckContext {
  context: CheckContext;
  /** Parsed models by source id, for callers that compare versions. */
  models: Map<string, SourceModel>;
  problems: Problem[];
}

/** Builds the check context for the deck stored at `deckFile`. */
export async function loadCheckContext(deckFile: string, deck: Deck): Promise<LoadedCheckContext> {
  const dir = dirname(resolve(deckFile));
  const maps = new Map<string, Map<string, string>>();
  const models = new Map<string, SourceModel>();
  const problems: Problem[] = [];
  const readingPages = new Map<string, { first: string; last: string }>();
  for (const source of deck.sources) {
    if (!source.path) continue;
    const read = await readSourceFile(join(dir, source.path), { images: false });
    if (!read.ok) {
      problems.push(
        warning(
          `sources: ${source.path}`,
          'cannot be read, so numbers on slides from it are not checked against it',
        ),
      );
      continue;
    }
    if (read.value.model.hash !== source.hash) {
      problems.push(
        warning(
          `sources: ${source.path}`,
          'is not the copy the deck was made from (its contents changed); sentence links may point at other text',
        ),
      );
    }
    const map = new Map<string, string>();
    for (const s of read.value.model.sections)
      for (const p of s.paragraphs) for (const t of p.sentences) map.set(t.id, t.text);
    maps.set(source.id, map);
    models.set(source.id, read.value.model);
    const pages = read.value.model.pages;
    if (pages) readingPages.set(pages.key, { first: pages.first, last: pages.last });
  }
  return {
    models,
    problems,
    context: {
      sentences: (id) => maps.get(id),
      readingPages,
      assetExists: (rel) => {
        if (!isSafeAssetPath(rel)) return false;
        const full = resolve(dir, rel);
        return full.startsWith(dir + sep) && existsSync(full);
      },
    },
  };
}

/** Check problems for a deck file: context problems first, then the rules. */
export async function checkDeckFile(deckFile: string, deck: Deck): Promise<Problem[]> {
  const loaded = await loadCheckContext(deckFile, deck);
  return [...loaded.problems, ...checkDeck(deck, loaded.context)];
}
