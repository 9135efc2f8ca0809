/**
 * Chart pictures for the slides: every chart figure of the deck drawn to SVG with the
 * shared `chartToSvg`, cached by its spec object (immer keeps an unedited spec the same
 * object, so only the chart being edited is redrawn).
 */
import { useEffect, useMemo, useState } from 'react';
import type { ChartSpec, Deck, Layout, Theme } from '../../../common/deck/schema';
import { chartToSvg } from '../../../common/render/chart-svg';

/** The chart's box on the slide, in logical pixels, by layout. */
export function chartBox(layout: Layout, slideWidth: number): { width: number; height: number } {
  if (layout === 'bullets-figure') return { width: Math.round((slideWidth - 128 - 48) / 2), height: 420 };
  return { width: slideWidth - 200, height: 440 };
}

interface Wanted {
  blockId: string;
  spec: ChartSpec;
  key: string;
  width: number;
  height: number;
}

const cache = new WeakMap<ChartSpec, Map<string, string>>();
const serials = new WeakMap<ChartSpec, number>();
let nextSerial = 1;

/** A number per spec object: equal numbers mean the very same (unedited) spec. */
function serial(spec: ChartSpec): number {
  let n = serials.get(spec);
  if (n === undefined) serials.set(spec, (n = nextSerial++));
  return n;
}

function wantedCharts(deck: Deck, width: number): Wanted[] {
  const out: Wanted[] = [];
  for (const slide of deck.slides) {
    for (const block of slide.blocks) {
      if (block.type === 'figure' && block.figure.kind === 'chart') {
        const box = chartBox(slide.layout, width);
        out.push({ blockId: block.id, spec: block.figure.spec, key: `${deck.meta.theme} ${box.width}x${box.height}`, ...box });
      }
    }
  }
  return out;
}

/** SVG markup by figure block id for every chart in `deck`; stable while no chart changes. */
export function useChartSvgs(deck: Deck, slideWidth: number): Readonly<Record<string, string>> {
  const theme: Theme = deck.meta.theme;
  const [version, setVersion] = useState(0);
  const wanted = useMemo(() => wantedCharts(deck, slideWidth), [deck, slideWidth]);
  // A string that changes only when a chart (or its box) does, so typing elsewhere keeps `charts` stable.
  const signature = useMemo(() => wanted.map((w) => `${w.blockId}:${serial(w.spec)}:${w.key}`).join(','), [wanted]);
  const specs = useMemo(() => wanted, [signature]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    let live = true;
    const missing = specs.filter((w) => !cache.get(w.spec)?.has(w.key));
    if (!missing.length) return;
    void Promise.all(
      missing.map(async (w) => {
        let svg: string;
        try {
          svg = await chartToSvg(w.spec, { theme, width: w.width, height: w.height, idPrefix: `c-${w.blockId}` });
        } catch (e) {
          // The slide shows its "Chart not drawn" placeholder; the reason goes to the log.
          console.warn(`chart ${w.blockId} not drawn:`, e);
          svg = '';
        }
        let byKey = cache.get(w.spec);
        if (!byKey) cache.set(w.spec, (byKey = new Map()));
        byKey.set(w.key, svg);
      }),
    ).then(() => {
      if (live) setVersion((v) => v + 1);
    });
    return () => {
      live = false;
    };
  }, [specs, theme]);

  return useMemo(() => {
    const out: Record<string, string> = {};
    for (const w of specs) {
      const svg = cache.get(w.spec)?.get(w.key);
      if (svg) out[w.blockId] = svg;
    }
    return out;
    // `version` is how a finished drawing reaches this memo.
  }, [specs, version]); // eslint-disable-line react-hooks/exhaustive-deps
}
