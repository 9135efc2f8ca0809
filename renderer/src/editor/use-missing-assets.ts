/**
 * Which image paths of the deck are not in its folder. Each path is asked about once (a GET
 * request to the host's asset URL); the slide then shows its "Image not found" placeholder
 * and the deck check lists it.
 */
import { useEffect, useMemo, useState } from 'react';
import type { Deck, Slide } from '../../../common/deck/schema';
import { inBackground } from '../failure/background';

/** A slide's image paths, kept per slide object (immer keeps an unedited slide the same object). */
const slidePaths = new WeakMap<Slide, readonly string[]>();

function imagePaths(deck: Deck): string[] {
  const out = new Set<string>();
  for (const s of deck.slides) {
    let paths = slidePaths.get(s);
    if (!paths) {
      paths = s.blocks.flatMap((b) =>
        b.type === 'figure' && b.figure.kind === 'image' ? [b.figure.asset] : [],
      );
      slidePaths.set(s, paths);
    }
    for (const p of paths) out.add(p);
  }
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
      if (!live) return;
      const now = found.filter((p): p is string => p !== null);
      // The same answer keeps the same set: a new one would have the deck check start over.
      setMissing((was) =>
        was.size === now.length && now.every((p) => was.has(p)) ? was : new Set(now),
      );
    });
    inBackground('look for missing pictures', looking);
    return () => {
      live = false;
    };
  }, [key, assetUrl]);
  return missing;
}
