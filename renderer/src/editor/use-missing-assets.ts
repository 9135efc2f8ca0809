/**
 * Which image paths of the deck are not in its folder. Each path is asked about once (a GET
 * request to the host's asset URL); the slide then shows its "Image not found" placeholder
 * and the deck check lists it.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Deck } from '../../../common/deck/schema';
import { inBackground } from '../failure/background';

function imagePaths(deck: Deck): string[] {
  const out = new Set<string>();
  for (const s of deck.slides)
    for (const b of s.blocks)
      if (b.type === 'figure' && b.figure.kind === 'image') out.add(b.figure.asset);
  return [...out].sort();
}

export function useMissingAssets(
  deck: Deck,
  assetUrl: (rel: string) => string,
): ReadonlySet<string> {
  const key = useMemo(() => imagePaths(deck).join('\n'), [deck]);
  const [missing, setMissing] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    let live = true;
    const paths = key ? key.split('\n') : [];
    const looking = Promise.all(
      paths.map(async (p) => {
        try {
          const res = await fetch(assetUrl(p));
          return res.ok ? null : p;
        } catch {
          return p;
        }
      }),
    ).then((found) => {
      if (live) setMissing(new Set(found.filter((p): p is string => p !== null)));
    });
    inBackground('look for missing pictures', looking);
    return () => {
      live = false;
    };
  }, [key, assetUrl]);
  return missing;
}
