/**
 * A chart as the editor and the presentation show it: drawn with `chartToSvg`, or, when it may
 * not or cannot be drawn, the placeholder saying why (chart-placeholder.ts), as the export
 * shows it. A chart the chart check refuses (common/deck/chart-spec.ts) is never handed to
 * Vega, so no deck can freeze the page; Vega and Vega-Lite load with the first chart drawn,
 * not with the app (they are most of the bundle).
 */
import { chartSpecRefusal } from '../deck/chart-spec';
import type { ChartSpec } from '../deck/schema';
import { chartPlaceholderSvg } from './chart-placeholder';
import type { ChartOptions } from './chart-svg';
import { errorMessage } from '../error-text';

/** SVG markup for `spec`: the chart, or a placeholder saying why it is not drawn. Never rejects. */
export async function chartPreviewSvg(
  spec: ChartSpec,
  options: ChartOptions,
  log: (message: string, error: unknown) => void = () => {},
): Promise<string> {
  const box = { theme: options.theme, width: options.width, height: options.height };
  const refusal = chartSpecRefusal(spec);
  if (refusal) return chartPlaceholderSvg(refusal, box);
  try {
    const { chartToSvg } = await import('./chart-svg');
    return await chartToSvg(spec, options);
  } catch (e) {
    log('chart not drawn:', e);
    return chartPlaceholderSvg(errorMessage(e), box);
  }
}
