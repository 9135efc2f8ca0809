/**
 * A bibliography applied to a deck: the ops that link each matched work to its entry, and
 * set the citation style when one is asked for. The CLI, the app and generation share it.
 */
import type { CitationStyle, Deck } from '../deck/schema';
import type { Op } from '../ops';
import { matchReferences, type BibliographyEntry, type MatchResult } from './match';

export interface BibliographyChange {
  ops: Op[];
  result: MatchResult;
}

export function bibliographyOps(deck: Pick<Deck, 'references' | 'meta'>, entries: readonly BibliographyEntry[], options: { map?: ReadonlyMap<string, string>; style?: CitationStyle } = {}): BibliographyChange {
  const result = matchReferences(deck.references, entries, options.map);
  const byKey = new Map(entries.map((e) => [e.key, e]));
  const ops: Op[] = result.matched.map((m) => ({ op: 'reference/link', args: { refId: m.refId, csl: byKey.get(m.key)!.csl } }));
  if (options.style && options.style !== deck.meta.citationStyle) ops.push({ op: 'meta/set', args: { field: 'citationStyle', value: options.style } });
  return { ops, result };
}
