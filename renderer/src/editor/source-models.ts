/**
 * The readings a deck was made from, read from the deck's `sources/` copy with the importer's
 * own reader (so sentence ids match the deck's provenance). A text or Markdown copy is
 * fetched and parsed here; a .docx or PDF copy is read by the host (`source.text`), which has
 * the readers for them. Shared by the source pane and the deck check: each copy is read once
 * per page, by hash.
 */
import { useEffect, useState } from 'react';
import type { LecternApi } from '../../../common/api/contract';
import type { Deck, SourceDocument } from '../../../common/deck/schema';
import type { ReadingText } from '../../../common/source/model';
import { parseSource } from '../../../common/source/parse';
import { useApi } from '../app/api-context';
import { problemText } from '../app/format';

const models = new Map<string, ReadingText>();
const pending = new Map<string, Promise<ReadingText>>();

/** True when the deck keeps a copy of the source's reading to show. */
function hasCopy(source: SourceDocument | undefined): source is SourceDocument & { path: string } {
  return !!source?.path;
}

/** Whether the page parses this copy itself: plain text and Markdown. */
const parsedHere = (path: string) => /\.(txt|md|markdown)$/i.test(path);

function load(
  source: SourceDocument & { path: string },
  assetUrl: (rel: string) => string,
  hostText: () => Promise<ReadingText>,
): Promise<ReadingText> {
  let p = pending.get(source.hash);
  if (!p) {
    p = parsedHere(source.path)
      ? fetch(assetUrl(source.path)).then(async (res) => {
          if (!res.ok) throw new Error(String(res.status));
          return parseSource(await res.text(), {
            hash: source.hash,
            format: /\.(md|markdown)$/i.test(source.path) ? 'markdown' : 'text',
            fallbackTitle: source.title,
          });
        })
      : hostText();
    p = p.then((model) => {
      models.set(source.hash, model);
      return model;
    });
    // A failed read may be retried by a later render (the file may come back).
    p.catch(() => pending.delete(source.hash));
    pending.set(source.hash, p);
  }
  return p;
}

export interface SourceModels {
  /** Readings by source hash. */
  models: ReadonlyMap<string, ReadingText>;
  /** Why a copy could not be read, by source hash. */
  failed: ReadonlyMap<string, string>;
}

/** The readings of `deck` (at `deckRef`); re-renders as each arrives. */
export function useSourceModels(
  deck: Deck,
  deckRef: string,
  assetUrl: (rel: string) => string,
): SourceModels {
  const api = useApi();
  const [, setLoaded] = useState(0);
  const [failed, setFailed] = useState<ReadonlyMap<string, string>>(new Map());
  const wanted = deck.sources.filter(hasCopy);
  const key = wanted.map((s) => `${s.hash} ${s.path}`).join('\n');
  useEffect(() => {
    let live = true;
    for (const source of deck.sources.filter(hasCopy)) {
      if (models.has(source.hash)) continue;
      load(source, assetUrl, () => readOnHost(api, deckRef, source.path))
        .then(() => live && setLoaded((n) => n + 1))
        .catch(
          (e: unknown) =>
            live &&
            setFailed((f) =>
              new Map(f).set(source.hash, e instanceof HostRefusal ? e.message : ''),
            ),
        );
    }
    return () => {
      live = false;
    };
    // `key` names exactly the sources this effect reads.
  }, [key, deckRef, assetUrl, api]); // eslint-disable-line react-hooks/exhaustive-deps
  return { models, failed };
}

/** The host's answer when it could not read a copy: its problems, in words. */
class HostRefusal extends Error {}

async function readOnHost(api: LecternApi, ref: string, path: string): Promise<ReadingText> {
  const read = await api.source.text({ ref, path });
  if (!read.ok) throw new HostRefusal(read.problems.map(problemText).join('; '));
  return read.value;
}
