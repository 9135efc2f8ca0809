/**
 * Chart colours and type per slide theme, as a Vega-Lite config. The colours match the
 * CSS variables of assets/themes/*.css; the categorical palettes are colour-blind safe
 * (Okabe–Ito, lightened for dark backgrounds) and each colour keeps 3:1 against the background.
 */
import type { Theme } from '../deck/schema';

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
 * A Vega-Lite `config` for the theme and a chart `width` px wide (on a 1280×720 slide). Text
 * is 20px in a full-width chart, near the slide's caption size, so the back row can read it;
 * 17px in a half-width one, where room is short. A category label may take 40% of the width
 * before it is cut.
 */
export function chartConfig(theme: Theme, width = 1152): Record<string, unknown> {
  const p = CHART_PALETTES[theme];
  const size = width >= 800 ? 20 : 17;
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
  };
  return {
    background: p.background,
    font: CHART_FONT,
    view: { stroke: null },
    axis,
    axisQuantitative: { tickCount: 6 },
    legend: { labelColor: p.text, titleColor: p.text, labelFontSize: size, titleFontSize: size, labelFont: CHART_FONT, titleFont: CHART_FONT, labelLimit: Math.round(width * 0.3) },
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
