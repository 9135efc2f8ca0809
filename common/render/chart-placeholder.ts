/**
 * The picture a chart that could not be drawn leaves in its place: a box of the chart's size,
 * dashed like the slide's other placeholders (assets/themes/base.css `.lectern-placeholder`),
 * saying "This chart could not be drawn" and why. SVG, so it goes wherever a chart's SVG goes
 * (the editor, the presentation, an exported file) and the slide keeps its layout.
 */
import type { Theme } from '../deck/schema';
import { CHART_FONT, CHART_PALETTES } from './chart-theme';
import { textWidth } from './text-width';

/** The placeholder's own colours per theme: assets/themes/*.css `--lectern-warning` and `--lectern-placeholder-bg`. */
const WARNING: Record<Theme, { stroke: string; fill: string }> = {
  light: { stroke: '#9a4a00', fill: '#fff6ec' },
  dark: { stroke: '#ffb45e', fill: '#2a2218' },
  'high-contrast': { stroke: '#ffd000', fill: '#1a1a00' },
};

export const PLACEHOLDER_HEADLINE = 'This chart could not be drawn';

/** The reason without the "The chart could not be drawn: " that chartToSvg's errors start with. */
export function chartFailureReason(message: string): string {
  return (
    message.replace(/^(the|this) chart could not be drawn:\s*/i, '').trim() ||
    'the chart could not be drawn'
  );
}

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** `text` in lines no wider than `width` px at `size` px, breaking at spaces (or anywhere in a long word); at most `max` lines. */
function wrap(text: string, size: number, width: number, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    let rest = word;
    while (rest) {
      const candidate = line ? `${line} ${rest}` : rest;
      if (textWidth(candidate, size) <= width) {
        line = candidate;
        rest = '';
      } else if (line) {
        lines.push(line);
        line = '';
      } else {
        // One word wider than the box: as many characters as fit.
        let n = 1;
        while (n < rest.length && textWidth(rest.slice(0, n + 1), size) <= width) n++;
        lines.push(rest.slice(0, n));
        rest = rest.slice(n);
      }
    }
  }
  if (line) lines.push(line);
  if (lines.length > max) return [...lines.slice(0, max - 1), `${lines[max - 1]!.slice(0, -1)}…`];
  return lines;
}

/**
 * SVG markup `width`×`height` saying that the chart could not be drawn and why (`reason`, with
 * or without chartToSvg's "The chart could not be drawn: " in front). Text is escaped.
 */
export function chartPlaceholderSvg(
  reason: string,
  options: { theme: Theme; width: number; height: number },
): string {
  const { theme } = options;
  const width = Math.max(120, Math.round(options.width));
  const height = Math.max(80, Math.round(options.height));
  const colours = WARNING[theme];
  const text = CHART_PALETTES[theme].text;
  const headSize = width >= 500 ? 24 : 18;
  const size = width >= 500 ? 18 : 14;
  const room = width - 48;
  const maxLines = Math.max(1, Math.floor((height - 48 - headSize * 1.6) / (size * 1.35)));
  const lines = wrap(chartFailureReason(reason), size, room, Math.min(8, maxLines));
  const block = headSize * 1.6 + lines.length * size * 1.35;
  const top = Math.max(24, (height - block) / 2) + headSize;
  const tspans = lines
    .map(
      (l, i) =>
        `<text x="${width / 2}" y="${(top + headSize * 0.6 + (i + 1) * size * 1.35).toFixed(1)}" font-size="${size}" fill="${text}">${escapeXml(l)}</text>`,
    )
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="lectern-chart-placeholder" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(CHART_FONT)}" text-anchor="middle">` +
    `<rect x="1.5" y="1.5" width="${width - 3}" height="${height - 3}" rx="8" fill="${colours.fill}" stroke="${colours.stroke}" stroke-width="3" stroke-dasharray="9 6"/>` +
    `<text x="${width / 2}" y="${top.toFixed(1)}" font-size="${headSize}" font-weight="700" fill="${colours.stroke}">${PLACEHOLDER_HEADLINE}:</text>` +
    tspans +
    `</svg>`
  );
}
