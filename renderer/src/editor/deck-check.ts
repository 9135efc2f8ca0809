/**
 * The deck check in the editor: the real `checkDeck` (common/check), with the context the
 * editor has — the sentences of the reading's copy (parsed for the source pane too) and the
 * images the host said are missing. Each problem is tied to the slide it is about.
 */
import { useMemo } from 'react';
import { checkDeck } from '../../../common/check';
import type { Deck } from '../../../common/deck/schema';
import type { SourceModel } from '../../../common/source/model';
import { useSourceModels } from './source-models';

export interface SlideProblem {
  /** Index of the slide, or -1 for the deck as a whole. */
  slide: number;
  what: string;
  severity: 'error' | 'warning';
}

/** Sentence texts by id, for each source of `deck` whose reading is parsed. */
function sentenceMaps(deck: Deck, models: ReadonlyMap<string, SourceModel>): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const source of deck.sources) {
    const model = models.get(source.hash);
    if (!model) continue;
    const map = new Map<string, string>();
    for (const s of model.sections) for (const p of s.paragraphs) for (const t of p.sentences) map.set(t.id, t.text);
    out.set(source.id, map);
  }
  return out;
}

/**
 * The slide a check problem is about, from its `where` ("slide 3 "Title""), as an index;
 * -1 for problems about the deck as a whole.
 */
export function slideOf(where: string): number {
  const m = /^slide (\d+)\b/.exec(where);
  return m ? Number(m[1]) - 1 : -1;
}

/** Runs `checkDeck` on `deck`; `missingAssets` are image paths the host said are not there. */
export function runDeckCheck(deck: Deck, missingAssets: ReadonlySet<string>, models: ReadonlyMap<string, SourceModel>): SlideProblem[] {
  const maps = sentenceMaps(deck, models);
  const problems = checkDeck(deck, {
    sentences: (id) => maps.get(id),
    assetExists: (rel) => !missingAssets.has(rel),
  });
  return problems.map((p) => ({ slide: slideOf(p.where), what: p.what, severity: p.severity }));
}

/** The deck check, re-run when the deck, its missing images or its parsed readings change. */
export function useDeckCheck(deck: Deck, missingAssets: ReadonlySet<string>, assetUrl: (rel: string) => string): SlideProblem[] {
  const { models } = useSourceModels(deck, assetUrl);
  // `models` is one shared map; its size says when another reading has arrived.
  const loaded = models.size;
  return useMemo(() => runDeckCheck(deck, missingAssets, models), [deck, missingAssets, models, loaded]); // eslint-disable-line react-hooks/exhaustive-deps
}
