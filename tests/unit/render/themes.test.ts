import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { THEMES } from '../../../common/deck/schema';
import { CHART_PALETTES } from '../../../common/render/chart-theme';
import { slideStylesheet, styleFiles } from '../../../main/export/render-static';

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5]
    .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}
function variables(css: string): Record<string, string> {
  return Object.fromEntries(
    [...css.matchAll(/--lectern-([a-z-]+):\s*(#[0-9a-f]{6})\s*;/g)].map((m) => [m[1]!, m[2]!]),
  );
}

describe('themes', () => {
  for (const theme of THEMES) {
    it(`${theme}: every text colour meets WCAG ${theme === 'high-contrast' ? 'AAA (7:1)' : 'AA (4.5:1)'} on its backgrounds`, () => {
      const v = variables(readFileSync(styleFiles().themes[theme], 'utf8'));
      const min = theme === 'high-contrast' ? 7 : 4.5;
      const pairs: Array<[string, string]> = [
        ...['fg', 'heading', 'muted', 'accent', 'link', 'warning'].flatMap(
          (fg): Array<[string, string]> => [
            [fg, 'bg'],
            [fg, 'section-bg'],
          ],
        ),
        ['fg', 'code-bg'],
        ['fg', 'placeholder-bg'],
        ['warning', 'placeholder-bg'],
        ['bg', 'warning'], // the "Text cut off" cue
      ];
      for (const [fg, bg] of pairs) {
        expect(v[fg], `--lectern-${fg}`).toMatch(/^#/);
        expect(contrast(v[fg]!, v[bg]!), `${fg} on ${bg}`).toBeGreaterThanOrEqual(min);
      }
    });

    it(`${theme}: chart text is readable and chart colours stand out from the background`, () => {
      const p = CHART_PALETTES[theme];
      expect(contrast(p.text, p.background)).toBeGreaterThanOrEqual(
        theme === 'high-contrast' ? 7 : 4.5,
      );
      expect(contrast(p.muted, p.background)).toBeGreaterThanOrEqual(3);
      for (const c of p.category) expect(contrast(c, p.background), c).toBeGreaterThanOrEqual(3);
      const css = variables(readFileSync(styleFiles().themes[theme], 'utf8'));
      expect(p.background).toBe(css.bg);
    });
  }

  it('ships every font file the stylesheet names, with its licence', () => {
    const files = styleFiles();
    const fontsCss = readFileSync(files.fonts, 'utf8');
    const named = [...fontsCss.matchAll(/url\('\.\/([^']+)'\)/g)].map((m) =>
      join(dirname(files.fonts), m[1]!),
    );
    expect(new Set(named)).toEqual(new Set(files.fontFiles));
    for (const file of [...files.fontFiles, files.base, ...Object.values(files.themes)])
      expect(existsSync(file), file).toBe(true);
    expect(existsSync(join(dirname(files.fonts), 'OFL-source-sans-3.txt'))).toBe(true);
    expect(fontsCss).toContain("font-family: 'Source Sans 3'");
    expect(fontsCss).toContain("font-family: 'Source Serif 4'");
  });

  it('builds one self-contained stylesheet: fonts inlined, nothing fetched', async () => {
    const css = await slideStylesheet(['dark']);
    const urls = [...css.matchAll(/url\(([^)]*)\)/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(url.startsWith('data:font/woff2;base64,')).toBe(true);
    expect(css).not.toMatch(/@import/);
    expect(css).toContain('.lectern-slide.theme-dark');
    expect(css).not.toContain('.lectern-slide.theme-light');
    expect(css).toContain('@media print');
  });
});
