/**
 * Chart colours and type per slide theme, as a Vega-Lite config. The colours match the
 * CSS variables of assets/themes/*.css; the categorical palettes are colour-blind safe
 * (Okabe–Ito, lightened for dark backgrounds) and each colour keeps 3:1 against the background.
 */
import type { ChartSpec, Theme } from '../deck/schema';
import {
  axisKindOf,
  chartKindOf,
  chartSpec,
  internalColumns,
  isOwnChart,
  tableOf,
} from '../ops/chart';
import { textWidth } from './text-width';

interface Palette {
  background: string;
  text: string;
  muted: string;
  grid: string;
  category: string[];
}

export const CHART_PALETTES: Record<Theme, Palette> = {
  light: {
    background: '#ffffff',
    text: '#1b1f24',
    muted: '#4a5360',
    grid: '#d5d9df',
    category: ['#0066aa', '#c25400', '#008060', '#b8006b', '#6a4fb3', '#8a6d00', '#3d7ca8'],
  },
  dark: {
    background: '#16191e',
    text: '#eceef1',
    muted: '#b4bcc7',
    grid: '#3a414b',
    category: ['#6cb6ff', '#ffa15c', '#4fd6a8', '#ff85c8', '#b9a2ff', '#f0d35a', '#8fd0ff'],
  },
  'high-contrast': {
    background: '#000000',
    text: '#ffffff',
    muted: '#ffffff',
    grid: '#8a8a8a',
    category: ['#ffff00', '#00ffff', '#ff9eff', '#7dff7d', '#ffb366', '#ffffff', '#9ec5ff'],
  },
};

export const CHART_FONT = "'Source Sans 3', 'Noto Sans', 'Noto Sans CJK SC', sans-serif";

/**
 * The largest body text a slide gets, in px of a 1280×720 slide: 30px by default
 * (assets/themes/base.css `--lectern-text-size`), up to 34px when the text fit
 * (common/render/fit.ts) has room to spare.
 */
export const BODY_TEXT_SIZE = 34;

/**
 * Chart text in px for a chart `width` px wide: never under 60% of the largest body text
 * (21px), so axis and data labels read from the back row next to the slide's bullets; 22px
 * in a full-width chart, near the slide's caption size.
 */
export function chartTextSize(width: number): number {
  return Math.max(Math.ceil(BODY_TEXT_SIZE * 0.6), width >= 800 ? 22 : 21);
}

/**
 * A Vega-Lite `config` for the theme and a chart `width` px wide (on a 1280×720 slide). Axis
 * labels, titles, legends and data labels share `chartTextSize`; labels are level (angle 0).
 * A category label may take 40% of the width before it is cut.
 */
export function chartConfig(theme: Theme, width = 1152): Record<string, unknown> {
  const p = CHART_PALETTES[theme];
  const size = chartTextSize(width);
  const axis = {
    domainColor: p.muted,
    tickColor: p.muted,
    gridColor: p.grid,
    labelColor: p.text,
    titleColor: p.text,
    labelFontSize: size,
    titleFontSize: size,
    titleFontWeight: 600,
    labelFont: CHART_FONT,
    titleFont: CHART_FONT,
    labelLimit: Math.round(width * 0.4),
    // Level labels: a rotated label is hard to read from the back row. A bar chart whose
    // labels do not fit level is drawn with horizontal bars instead (readableSpec).
    labelAngle: 0,
  };
  return {
    background: p.background,
    font: CHART_FONT,
    view: { stroke: null },
    axis,
    axisQuantitative: { tickCount: 6 },
    legend: {
      labelColor: p.text,
      titleColor: p.text,
      labelFontSize: size,
      titleFontSize: size,
      labelFont: CHART_FONT,
      titleFont: CHART_FONT,
      labelLimit: Math.round(width * 0.3),
    },
    title: { color: p.text, fontSize: size + 2, font: CHART_FONT, subtitleColor: p.muted },
    header: { labelColor: p.text, titleColor: p.text, labelFontSize: size, titleFontSize: size },
    text: { color: p.text, fontSize: size },
    mark: { color: p.category[0] },
    bar: { color: p.category[0] },
    line: { color: p.category[0], strokeWidth: 3 },
    // Vega-Lite draws rules and ticks black by default: invisible on the dark themes.
    rule: { color: p.category[0] },
    tick: { color: p.category[0] },
    // Full strength: Vega-Lite's 0.7 for points washes them out against the theme's contrast.
    point: { color: p.category[0], size: 80, filled: true, opacity: 1 },
    range: { category: p.category, ordinal: { scheme: 'blues' } },
  };
}

/** A category label longer than this reads better beside a bar than under it. */
export const LONG_LABEL = 12;

/**
 * A blank cell (a row just added, a value being retyped) as a missing field rather than null:
 * a generated chart computes its dates with `utc(datum.year, …)`, where null reads as year 0
 * (1900) and stretches the time axis back a century, while a missing year is no date at all
 * and the row is left out until it has one.
 */
function withoutBlanks(spec: ChartSpec): ChartSpec {
  const values = spec.data.values;
  if (!values.some((v) => Object.values(v).includes(null))) return spec;
  return {
    ...spec,
    data: {
      ...spec.data,
      values: values.map((v) =>
        Object.fromEntries(Object.entries(v).filter(([, x]) => x !== null)),
      ),
    },
  };
}

type Channel = { field?: unknown; type?: unknown; aggregate?: unknown; [key: string]: unknown };

const isDiscrete = (c: Channel | undefined) => c?.type === 'nominal' || c?.type === 'ordinal';

/** True when category labels would be hard to read under upright bars: over 12 characters, or too wide to sit side by side. */
function labelsTooLong(labels: readonly string[], width: number): boolean {
  const size = chartTextSize(width);
  // The room under each bar: the plot (the chart less its value axis) split among the bars, less a gap.
  const room = (width - 90) / Math.max(1, labels.length) - 12;
  return labels.some((l) => [...l].length > LONG_LABEL || textWidth(l, size) > room);
}

/**
 * A single bar mark made elsewhere (an imported or hand-written spec): bars across when its
 * category labels are long, and each bar labelled with its value. Left alone when it is
 * stacked (a colour without an offset), aggregated or layered, where a label could mislead.
 */
function readableBars(spec: ChartSpec, width: number): ChartSpec {
  const mark: unknown = spec.mark;
  const type = typeof mark === 'object' && mark !== null ? (mark as { type?: unknown }).type : mark;
  if (type !== 'bar' || spec.layer || typeof spec.encoding !== 'object' || spec.encoding === null)
    return spec;
  const encoding = { ...(spec.encoding as Record<string, Channel>) };
  if (encoding.color && !encoding.xOffset && !encoding.yOffset) return spec;
  let horizontal = isDiscrete(encoding.y) && encoding.x?.type === 'quantitative';
  const upright = isDiscrete(encoding.x) && encoding.y?.type === 'quantitative';
  if (!horizontal && !upright) return spec;
  if (upright && typeof encoding.x!.field === 'string') {
    const name = encoding.x!.field;
    const labels = spec.data.values.map((v) => String(v[name] ?? ''));
    if (labelsTooLong(labels, width)) {
      [encoding.x, encoding.y] = [
        encoding.y!,
        { ...encoding.x!, title: null, axis: { labelLimit: 420 } },
      ];
      if (encoding.xOffset)
        [encoding.yOffset, encoding.xOffset] = [encoding.xOffset, undefined as unknown as Channel];
      delete encoding.xOffset;
      horizontal = true;
    }
  }
  const measure = horizontal ? encoding.x! : encoding.y!;
  if (typeof measure.field !== 'string' || measure.aggregate !== undefined)
    return { ...spec, encoding } as ChartSpec;
  const text = horizontal
    ? { type: 'text', align: 'left', baseline: 'middle', dx: 6 }
    : { type: 'text', align: 'center', baseline: 'bottom', dy: -4 };
  const { mark: bar, ...rest } = spec as ChartSpec & { mark: unknown };
  return {
    ...rest,
    encoding,
    layer: [
      { mark: bar },
      {
        mark: text,
        encoding: { text: { field: measure.field, type: 'quantitative', format: ',' } },
      },
    ],
  } as unknown as ChartSpec;
}

/**
 * The spec as it is drawn, made readable from the back row: a bar chart whose category labels
 * are long (over 12 characters) or would not fit side by side under their bars is drawn with
 * horizontal bars, its labels level and whole, and every bar says its value. Lectern's own
 * charts are drawn again from their table; a single bar mark made elsewhere is turned and
 * labelled in place; generated drafts (layered, with their own labels and orientation) are
 * drawn as they are.
 */
export function readableSpec(spec: ChartSpec, width: number): ChartSpec {
  if (!isOwnChart(spec)) return readableBars(withoutBlanks(spec), width);
  if (chartKindOf(spec) !== 'bar') return spec;
  const table = tableOf(spec);
  if (axisKindOf(table) !== 'category') return spec;
  const labels = table.rows.map((r) => (r[0] === null || r[0] === undefined ? '' : String(r[0])));
  return labelsTooLong(labels, width)
    ? chartSpec(table, 'horizontal-bar', internalColumns(spec))
    : spec;
}
