/**
 * A formula in a slide title, in the PDF's bookmarks and the exports' plain-text titles: as
 * linear text ("Compound interest A = P(1 + r)^t"), where Chromium's outline used to drop it
 * ("Compound interest "). The print document gives each title formula an image whose alt
 * text the bookmark takes; the page and its text stay as they were. The printed check needs
 * a Chromium (LECTERN_CHROMIUM or an installed one).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DeckInput } from '../../../common/deck/schema';
import { exportStatic } from '../../../main/export/export-deck';
import { outlineFormulas } from '../../../main/export/pdf-outline';
import { playwrightPrinter } from '../../../main/export/playwright-printer';
import { printDocument } from '../../../main/export/print-document';
import { slideTitle, staticDeck } from '../../../main/export/static-deck';
import { findChromium } from '../../../main/platform/chromium';
import { validDeck, writeDeck } from '../../fixtures/export/decks';
import { mathDeck } from '../../fixtures/export/math-deck';

const root = mkdtempSync(join(tmpdir(), 'lectern-math-outline-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The math deck with a title formula KaTeX reads but no linear form fits. */
function deck(): DeckInput {
  const input = mathDeck();
  input.slides[4]!.title = 'Choosing $\\binom{n}{k}$ of them';
  return input;
}

async function rendered(input: DeckInput) {
  const file = writeDeck(input, 'outline', mkdtempSync(join(root, 'd-')));
  return { deck: validDeck(input), slides: await staticDeck(validDeck(input), dirname(file)) };
}

describe('a formula in a slide title, as exports list titles', () => {
  it('is linear text in the plain-text title, or its TeX', async () => {
    const { deck: d, slides } = await rendered(deck());
    expect(slideTitle(d, 1)).toBe('Compound interest A = P(1 + r)^t');
    expect(slideTitle(d, 4)).toBe('Choosing $\\binom{n}{k}$ of them');
    expect(slides.slides.map((s) => s.title)).toEqual([
      'Growth and interest',
      'Compound interest A = P(1 + r)^t',
      'The plant',
      'A typo',
      'Choosing $\\binom{n}{k}$ of them',
    ]);
  });

  it('gets an image with its linear text as alt in the title only, in every layout', async () => {
    const { slides } = await rendered(deck());
    const title = outlineFormulas(slides.slides[1]!.html);
    expect(title.match(/<img class="lx-outline-alt"/g)).toHaveLength(1);
    expect(title).toMatch(
      /<h[12] class="lectern-title"[^>]*>[^]*<img class="lx-outline-alt" alt="A = P\(1 \+ r\)\^t" src="data:image\/gif;base64,[^"]+">[^]*<\/h[12]>/,
    );
    // The bullet's and the text block's formulas are not titles: unchanged.
    expect(outlineFormulas(slides.slides[2]!.html)).toBe(slides.slides[2]!.html);
    for (const layout of ['slides', 'notes', 'handouts'] as const) {
      const doc = printDocument('Growth', 'en', slides, {
        format: 'pdf',
        layout,
        handouts: 6,
        fragments: false,
      });
      expect(doc.html.match(/<img class="lx-outline-alt"/g), layout).toHaveLength(2);
      expect(doc.html).toContain('alt="$\\binom{n}{k}$"');
      expect(doc.html).toContain('.lx-outline-alt{position:absolute;width:1px;height:1px}');
    }
  });

  it.skipIf(!findChromium())(
    'is bookmarked in the printed PDF as linear text',
    { timeout: 120_000 },
    async () => {
      const { deck: d, slides } = await rendered(deck());
      const printer = await playwrightPrinter();
      try {
        const pdf = await exportStatic(
          d,
          slides,
          { format: 'pdf', layout: 'slides', handouts: 3, fragments: false },
          { printer },
        );
        if (!pdf.ok) throw new Error(JSON.stringify(pdf.problems));
        const g = globalThis as { pdfjsWorker?: unknown };
        g.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
        const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
        const doc = await pdfjs.getDocument({ data: pdf.value.bytes.slice(), verbosity: 0 })
          .promise;
        const titles: string[] = [];
        const walk = (items: Awaited<ReturnType<typeof doc.getOutline>>) => {
          for (const item of items ?? []) {
            titles.push(item.title);
            walk(item.items);
          }
        };
        walk(await doc.getOutline());
        expect(titles).toEqual([
          'Growth and interest',
          'Compound interest A = P(1 + r)^t',
          'The plant',
          'A typo',
          'Choosing $\\binom{n}{k}$ of them',
        ]);
        // The page's text is KaTeX's, as before: the image adds none.
        const page = await doc.getPage(2);
        const text = (await page.getTextContent()).items
          .map((i) => ('str' in i ? i.str : ''))
          .join('');
        expect(text).not.toContain('P(1 + r)^t');
        expect(text).toContain('Compound interest');
      } finally {
        await printer.close();
      }
    },
  );
});
