/**
 * Formulas in PowerPoint, whose text runs cannot hold a picture: inline `$…$` in titles,
 * bullets, text, captions and notes becomes linear text a colleague can read and edit
 * (`x² + y² = r²`, variables in italics), prices stay as they are, and a formula with no
 * linear form keeps its TeX; a formula block is a PNG picture (MathJax's SVG drawn by resvg)
 * whose alt text is its TeX, with its caption as text below; a formula MathJax cannot read
 * stays TeX as text, and the export's warnings name its slide.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { imageSize } from 'image-size';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import type { DeckInput } from '../../../common/deck/schema';
import { exportDeck } from '../../../main/export/export-deck';
import { validDeck, writeDeck } from '../../fixtures/export/decks';
import { BAD_TEX, mathDeck } from '../../fixtures/export/math-deck';

const root = mkdtempSync(join(tmpdir(), 'lectern-math-pptx-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The text runs of every slide (or notes page), in slide order, entities decoded. */
async function slideTexts(bytes: Uint8Array, part = 'slides/slide'): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files)
    .filter((n) => new RegExp(`^ppt/${part}\\d+\\.xml$`).test(n))
    .sort((a, b) => Number(/(\d+)\.xml/.exec(a)![1]) - Number(/(\d+)\.xml/.exec(b)![1]));
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  return Promise.all(
    names.map(async (n) =>
      [...(await zip.file(n)!.async('string')).matchAll(/<a:t>([^<]*)<\/a:t>/g)]
        .map((m) => decode(m[1]!))
        .join(''),
    ),
  );
}

const SOLOW = '\\dot{k} = s\\,f(k) - (n + \\delta)\\,k';

async function exported(input: DeckInput, slug: string) {
  const file = writeDeck(input, slug, root);
  const r = await exportDeck(validDeck(input), dirname(file), { format: 'pptx' });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return {
    bytes: r.value.bytes,
    warnings: r.warnings ?? [],
    zip: await JSZip.loadAsync(r.value.bytes),
  };
}

/** The pictures of slide `n`: alt text, size in inches, and the PNG's bytes. */
async function pictures(
  zip: JSZip,
  n: number,
): Promise<{ descr: string; w: number; h: number; png: Buffer }[]> {
  const xml = await zip.file(`ppt/slides/slide${n}.xml`)!.async('string');
  const rels = await zip.file(`ppt/slides/_rels/slide${n}.xml.rels`)!.async('string');
  return Promise.all(
    [...xml.matchAll(/<p:pic>[\s\S]*?<\/p:pic>/g)].map(async ([pic]) => {
      const descr = /descr="([^"]*)"/
        .exec(pic)![1]!
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
      const embed = /r:embed="([^"]+)"/.exec(pic)![1]!;
      const target = new RegExp(`Id="${embed}"[^>]*Target="\\.\\./media/([^"]+)"`).exec(rels)![1]!;
      const ext = /<a:ext cx="(\d+)" cy="(\d+)"/.exec(pic)!;
      return {
        descr,
        w: Number(ext[1]) / 914400,
        h: Number(ext[2]) / 914400,
        png: await zip.file(`ppt/media/${target}`)!.async('nodebuffer'),
      };
    }),
  );
}

/** The RGBA pixels of an 8-bit RGBA PNG (as resvg writes it), unfiltered. */
function rgba(png: Buffer): { width: number; height: number; px: Uint8Array } {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  expect([png[24], png[25]]).toEqual([8, 6]);
  const idat: Buffer[] = [];
  for (let at = 8; at < png.length;) {
    const len = png.readUInt32BE(at);
    if (png.toString('ascii', at + 4, at + 8) === 'IDAT')
      idat.push(png.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * 4;
  const px = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= 4 ? px[y * stride + x - 4]! : 0;
      const b = y > 0 ? px[(y - 1) * stride + x]! : 0;
      const c = x >= 4 && y > 0 ? px[(y - 1) * stride + x - 4]! : 0;
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c)
          ? a
          : Math.abs(p - b) <= Math.abs(p - c)
            ? b
            : c;
      px[y * stride + x] = (v + [0, a, b, (a + b) >> 1, paeth][filter]!) & 0xff;
    }
  }
  return { width, height, px };
}

/** How many of the PNG's pixels are opaque and near `hex` in colour. */
function inked(png: Buffer, hex: string): number {
  const { px } = rgba(png);
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let n = 0;
  for (let i = 0; i < px.length; i += 4)
    if (
      px[i + 3]! > 200 &&
      Math.abs(px[i]! - r!) + Math.abs(px[i + 1]! - g!) + Math.abs(px[i + 2]! - b!) < 60
    )
      n++;
  return n;
}

describe('formulas in the PowerPoint export', () => {
  it(
    'sets inline formulas as linear text beside prices, and keeps TeX it cannot read',
    { timeout: 60_000 },
    async () => {
      const { bytes } = await exported(mathDeck(), 'growth');
      const texts = await slideTexts(bytes);
      expect(texts).toHaveLength(5);
      expect(texts[1]).toContain('Compound interest A = P(1 + r)^t');
      expect(texts[1]).toContain('Doubling time t₂ ≈ 70/r years');
      expect(texts[1]).toContain('Display: ∫₀¹ x² dx = 1/3');
      expect(texts[1]).toContain('The growth rate is g = ΔY/Y, as Solow wrote.');
      expect(texts[1]).toContain('A loan of $5 million and then $10 million');
      expect(texts[2]).toContain('Output Y = K^α L^(1−α), US$ 20 a ton');
      expect(texts[3]).toContain(`Broken $${BAD_TEX}$ here`);
      expect(texts[4]).not.toContain('\\dot{k}');
      expect(texts[4]).toContain('Capital per worker k grows while saving exceeds depreciation');
      // No TeX left but the malformed formula's.
      expect([texts[1], texts[2], texts[4]].join('')).not.toMatch(
        /\$[^$]*\\(?:frac|approx|alpha|int)/,
      );
      const notes = await slideTexts(bytes, 'notesSlides/notesSlide');
      expect(notes[1]).toContain(
        'Remind them that r is a rate per year, and ∑ₖ₌₁ⁿ k = (n(n+1))/2 is the classic.',
      );
    },
  );

  it(
    'writes formulas in a title, a bullet and the notes as Unicode text runs, variables in italics',
    { timeout: 60_000 },
    async () => {
      const input = mathDeck();
      const slides = input.slides.map((s) =>
        s.id === 'm2'
          ? {
              ...s,
              title: 'The circle $x^2 + y^2 = r^2$',
              notes:
                'Test at $\\alpha = 0.05$; a matrix $\\begin{pmatrix}1&0\\end{pmatrix}$ stays TeX.',
              blocks: [
                {
                  type: 'bullets' as const,
                  id: 'mb',
                  items: [
                    { id: 'mi1', text: 'Significance level $\\alpha = 0.05$', children: [] },
                    { id: 'mi2', text: '*Slope* $\\beta_1 \\neq 0$ when $p < 0.05$', children: [] },
                  ],
                },
              ],
            }
          : s,
      );
      const { zip, bytes } = await exported({ ...input, slides }, 'circle');
      const [, slide] = await slideTexts(bytes);
      expect(slide).toContain('The circle x² + y² = r²');
      expect(slide).toContain('Significance level α = 0.05');
      expect(slide).toContain('Slope β₁ ≠ 0 when p < 0.05');
      const [, notes] = await slideTexts(bytes, 'notesSlides/notesSlide');
      expect(notes).toContain(
        'Test at α = 0.05; a matrix $\\begin{pmatrix}1&0\\end{pmatrix}$ stays TeX.',
      );
      // Each variable is an italic run of the title and bullet, the rest upright.
      const xml = await zip.file('ppt/slides/slide2.xml')!.async('string');
      const runs = [...xml.matchAll(/<a:r><a:rPr([^>]*)>[\s\S]*?<a:t>([^<]*)<\/a:t><\/a:r>/g)].map(
        ([, props, text]) => ({ text, italic: / i="1"/.test(props!) }),
      );
      expect(runs.filter((r) => r.italic).map((r) => r.text)).toEqual([
        'x',
        'y',
        'r',
        'α',
        'Slope',
        'β',
        'p',
      ]);
      expect(runs.find((r) => r.text === '² + ')?.italic).toBe(false);
    },
  );

  it(
    'draws the formula block as a PNG in the text colour, its TeX as alt text',
    { timeout: 60_000 },
    async () => {
      const { zip, warnings } = await exported(mathDeck(), 'solow');
      expect(warnings.filter((w) => w.where.startsWith('slides[4]'))).toEqual([]);
      const [pic, ...more] = await pictures(zip, 5);
      expect(more).toHaveLength(0);
      expect(pic!.descr).toBe(SOLOW);
      // A display formula at a 28 pt em: about half an inch high, wider than high, on the slide.
      expect(pic!.h).toBeGreaterThan(0.3);
      expect(pic!.h).toBeLessThan(0.8);
      expect(pic!.w).toBeGreaterThan(2 * pic!.h);
      expect(pic!.w).toBeLessThan(10);
      const size = imageSize(pic!.png);
      expect(size.type).toBe('png');
      // 300 dpi: the pixels are the picture's inches times 300.
      expect(Math.abs(size.height! - pic!.h * 300)).toBeLessThan(3);
      expect(Math.abs(size.width! - pic!.w * 300)).toBeLessThan(3);
      // The glyphs are drawn, in the light theme's text colour (MathJax's currentColor).
      expect(inked(pic!.png, '1B1F24')).toBeGreaterThan(2000);
      // No other slide has a picture but the plant's.
      expect((await pictures(zip, 2)).length + (await pictures(zip, 4)).length).toBe(0);
    },
  );

  it('draws it in the dark theme light on dark', { timeout: 60_000 }, async () => {
    const input = mathDeck();
    const { zip } = await exported({ ...input, meta: { ...input.meta, theme: 'dark' } }, 'dark');
    const [pic] = await pictures(zip, 5);
    expect(inked(pic!.png, 'ECEEF1')).toBeGreaterThan(2000);
    expect(inked(pic!.png, '1B1F24')).toBe(0);
  });

  it(
    'keeps a formula MathJax cannot read as TeX text, and warns naming its slide',
    { timeout: 60_000 },
    async () => {
      const input = mathDeck();
      const slides = input.slides.map((s) =>
        s.id === 'm5'
          ? {
              ...s,
              blocks: [{ type: 'formula' as const, id: 'mfx', tex: BAD_TEX, caption: 'A typo' }],
            }
          : s,
      );
      const { zip, bytes, warnings } = await exported({ ...input, slides }, 'typo');
      expect(await pictures(zip, 5)).toEqual([]);
      const texts = await slideTexts(bytes);
      expect(texts[4]).toContain(`$$${BAD_TEX}$$`);
      expect(texts[4]).toContain('A typo');
      const warned = warnings.filter((w) => w.where.startsWith('slides[4]'));
      expect(warned).toHaveLength(1);
      expect(warned[0]!.what).toMatch(/^slide 5: .*could not be typeset/);
    },
  );
});
