/**
 * Chart pictures for the slides: every chart figure of the deck drawn to SVG with the
 * shared `chartToSvg`, cached by its spec object (immer keeps an unedited spec the same
 * object, so only the chart being edited is redrawn).
 *
 * A chart the chart check refuses (common/deck/chart-spec.ts: an expression off the
 * allow-list, a paint value that is not a colour, too much to draw) is never handed to Vega:
 * it is drawn at once as a placeholder saying why, as the export does, so no deck can freeze
 * the page (common/render/chart-preview.ts). `chartToSvg` checks again before it compiles,
 * and a chart Vega cannot draw gets the same placeholder.
 */
import { useEffect, useMemo, useState } from 'react';
import type { ChartSpec, Deck, Slide, Theme } from '../../../common/deck/schema';
import { chartPreviewSvg } from '../../../common/render/chart-preview';
import { chartBox } from '../../../common/render/chart-size';
import { inBackground } from '../failure/background';

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

/** A slide's charts, kept per slide object and the deck settings they were sized for. */
const slideCharts = new WeakMap<
  Slide,
  { theme: Theme; aspectRatio: Deck['meta']['aspectRatio']; wanted: readonly Wanted[] }
>();

function chartsOf(slide: Slide, deck: Deck): readonly Wanted[] {
  const { theme, aspectRatio } = deck.meta;
  const known = slideCharts.get(slide);
  if (known && known.theme === theme && known.aspectRatio === aspectRatio) return known.wanted;
  const wanted: Wanted[] = [];
  for (const block of slide.blocks) {
    if (block.type === 'figure' && block.figure.kind === 'chart') {
      // The same box the export draws at (common/render/chart-size), so a chart is laid out
      // alike in the editor, the presentation and the exported files.
      const box = chartBox(slide.layout, aspectRatio);
      wanted.push({
        blockId: block.id,
        spec: block.figure.spec,
        key: `${theme} ${box.width}x${box.height}`,
        ...box,
      });
    }
  }
  slideCharts.set(slide, { theme, aspectRatio, wanted });
  return wanted;
}

function wantedCharts(deck: Deck): Wanted[] {
  const out: Wanted[] = [];
  for (const slide of deck.slides) for (const w of chartsOf(slide, deck)) out.push(w);
  return out;
}

/**
 * SVG markup by figure block id for every chart in `deck`; stable while no chart changes.
 * Charts are drawn at their layout's box for the deck's aspect ratio; `_slideWidth` is kept
 * for the callers and no longer changes the drawing.
 */
export function useChartSvgs(deck: Deck, _slideWidth: number): Readonly<Record<string, string>> {
  const theme: Theme = deck.meta.theme;
  const [version, setVersion] = useState(0);
  const wanted = useMemo(() => wantedCharts(deck), [deck]);
  // A string that changes only when a chart (or its box) does, so typing elsewhere keeps `charts` stable.
  const signature = useMemo(
    () => wanted.map((w) => `${w.blockId}:${serial(w.spec)}:${w.key}`).join(','),
    [wanted],
  );
  const specs = useMemo(() => wanted, [signature]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(() => {
    let live = true;
    const missing = specs.filter((w) => !cache.get(w.spec)?.has(w.key));
    if (!missing.length) return;
    const drawing = Promise.all(
      missing.map(async (w) => {
        // The chart, or a placeholder saying why not; the details of a failure go to the log.
        const svg = await chartPreviewSvg(
          w.spec,
          { theme, width: w.width, height: w.height, idPrefix: `c-${w.blockId}` },
          (message, e) => console.warn(`chart ${w.blockId}: ${message}`, e),
        );
        let byKey = cache.get(w.spec);
        if (!byKey) cache.set(w.spec, (byKey = new Map()));
        byKey.set(w.key, svg);
      }),
    ).then(() => {
      if (live) setVersion((v) => v + 1);
    });
    inBackground('draw the charts', drawing);
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
