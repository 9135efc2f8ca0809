/**
 * The readings a deck was made from, fetched from the deck's `sources/` copy and parsed with
 * the importer's own parser (so sentence ids match the deck's provenance). Shared by the
 * source pane and the deck check: each copy is fetched and parsed once per page, by hash.
 */
import { useEffect, useState } from 'react';
import type { Deck, SourceDocument } from '../../../common/deck/schema';
import type { SourceModel } from '../../../common/source/model';
import { parseSource } from '../../../common/source/parse';

const models = new Map<string, SourceModel>();
const pending = new Map<string, Promise<SourceModel>>();

/** True when the source's copy is text the renderer can parse (not a .docx). */
export function isReadable(
  source: SourceDocument | undefined,
): source is SourceDocument & { path: string } {
  return !!source?.path && /\.(txt|md|markdown)$/i.test(source.path);
}

function load(source: SourceDocument & { path: string }, url: string): Promise<SourceModel> {
  let p = pending.get(source.hash);
  if (!p) {
    p = fetch(url).then(async (res) => {
      if (!res.ok) throw new Error(String(res.status));
      const text = await res.text();
      const model = parseSource(text, {
        hash: source.hash,
        format: /\.(md|markdown)$/i.test(source.path) ? 'markdown' : 'text',
        fallbackTitle: source.title,
      });
      models.set(source.hash, model);
      return model;
    });
    // A failed fetch may be retried by a later render (the file may come back).
    p.catch(() => pending.delete(source.hash));
    pending.set(source.hash, p);
  }
  return p;
}

export interface SourceModels {
  /** Parsed readings by source hash. */
  models: ReadonlyMap<string, SourceModel>;
  /** Hashes whose copy could not be fetched. */
  failed: ReadonlySet<string>;
}

/** The parsed readings of `deck`; re-renders as each arrives. */
export function useSourceModels(deck: Deck, assetUrl: (rel: string) => string): SourceModels {
  const [, setLoaded] = useState(0);
  const [failed, setFailed] = useState<ReadonlySet<string>>(new Set());
  const wanted = deck.sources.filter(isReadable);
  const key = wanted.map((s) => `${s.hash} ${s.path}`).join('\n');
  useEffect(() => {
    let live = true;
    for (const source of deck.sources.filter(isReadable)) {
      if (models.has(source.hash)) continue;
      load(source, assetUrl(source.path))
        .then(() => live && setLoaded((n) => n + 1))
        .catch(() => live && setFailed((f) => new Set([...f, source.hash])));
    }
    return () => {
      live = false;
    };
    // `key` names exactly the sources this effect reads.
  }, [key, assetUrl]); // eslint-disable-line react-hooks/exhaustive-deps
  return { models, failed };
}
