/**
 * Charts as static SVG, rendered in Node with vega (no DOM, no network: the schema already
 * refuses data URLs). The SVG goes inline into the export, so a chart needs no script.
 */
import { compile, type TopLevelSpec } from 'vega-lite';
import { parse, View } from 'vega';
import type { Deck } from '../../common/deck/schema';
import { warning, type Problem } from '../../common/deck/problems';

export interface ChartSvgs {
  /** SVG markup by figure block id. */
  svg: Map<string, string>;
  warnings: Problem[];
}

/** Renders every chart figure of the visible slides; a chart that fails is a warning. */
export async function renderCharts(deck: Deck): Promise<ChartSvgs> {
  const svg = new Map<string, string>();
  const warnings: Problem[] = [];
  for (const [i, slide] of deck.slides.entries()) {
    if (slide.hidden) continue;
    for (const [j, block] of slide.blocks.entries()) {
      if (block.type !== 'figure' || block.figure.kind !== 'chart') continue;
      try {
        const vg = compile(block.figure.spec as unknown as TopLevelSpec).spec;
        const view = new View(parse(vg), { renderer: 'none' });
        svg.set(block.id, await view.toSVG());
        view.finalize();
      } catch (e) {
        warnings.push(warning(`slides[${i}].blocks[${j}]`, `the chart could not be drawn (${e instanceof Error ? e.message : String(e)}); a placeholder was exported`));
      }
    }
  }
  return { svg, warnings };
}
