/**
 * A bibliography applied to a deck: the ops that link each matched work to its entry, and
 * set the citation style when one is asked for. The CLI, the app and generation share it.
 */
import type { CitationStyle, Deck, Reference } from '../deck/schema';
import type { Op } from '../ops';
import { matchReferences, type BibliographyEntry, type MatchResult } from './match';

export interface BibliographyChange {
  ops: Op[];
  result: MatchResult;
}

export function bibliographyOps(
  deck: { references: readonly Reference[]; meta: Pick<Deck['meta'], 'citationStyle'> },
  entries: readonly BibliographyEntry[],
  options: { map?: ReadonlyMap<string, string>; style?: CitationStyle } = {},
): BibliographyChange {
  const result = matchReferences(deck.references, entries, options.map);
  const byKey = new Map(entries.map((e) => [e.key, e]));
  const links = result.matched.map((m) => ({ refId: m.refId, csl: byKey.get(m.key)!.csl }));
  const ops: Op[] = links.length ? [{ op: 'reference/link-many', args: { links } }] : [];
  if (options.style && options.style !== deck.meta.citationStyle)
    ops.push({ op: 'meta/set', args: { field: 'citationStyle', value: options.style } });
  return { ops, result };
}
