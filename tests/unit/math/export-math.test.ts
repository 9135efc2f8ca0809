/**
 * Formulas in the exports: KaTeX's stylesheet and woff2 fonts inside the HTML file (data:
 * URLs only, so the strict CSP still loads nothing), only for a deck with a formula; notes
 * with a formula typeset for the speaker view and the PDF notes pages.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportDeck } from '../../../main/export/export-deck';
import { printDocument } from '../../../main/export/print-document';
import { staticDeck } from '../../../main/export/static-deck';
import { lectureDeck, validDeck, writeDeck } from '../../fixtures/export/decks';
import { mathDeck } from '../../fixtures/export/math-deck';
import type { DeckInput } from '../../../common/deck/schema';

const root = mkdtempSync(join(tmpdir(), 'lectern-math-export-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

async function html(input: DeckInput, notes = true): Promise<string> {
  const file = writeDeck(input, 'lecture', mkdtempSync(join(root, 'd-')));
  const r = await exportDeck(validDeck(input), dirname(file), { format: 'html', notes });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return new TextDecoder().decode(r.value.bytes);
}

describe('formulas in the HTML export', () => {
  it("carries KaTeX's CSS with its woff2 fonts as data: URLs and nothing else to load", async () => {
    const text = await html(mathDeck());
    expect(text).toContain('.katex{');
    const faces = [...text.matchAll(/@font-face{[^}]*font-family:"?(KaTeX_[A-Za-z0-9_]+)[^}]*}/g)];
    expect(faces.length).toBe(20);
    for (const f of faces)
      expect(f[0]).toMatch(
        /src:url\(data:font\/woff2;base64,[A-Za-z0-9+/=]+\) format\("woff2"\)}$/,
      );
    const css = [...text.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]!).join('\n');
    const urls = [...css.matchAll(/url\(\s*['"]?([^'")]{0,30})/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(20);
    expect(urls.filter((u) => !u.startsWith('data:'))).toEqual([]);
    expect(text).not.toMatch(/KaTeX_[A-Za-z-]+\.(woff2?|ttf)/);
  });

  it('leaves KaTeX out of a deck without formulas (prices are not formulas)', async () => {
    const input = lectureDeck();
    input.slides[1]!.notes = 'Credits of $5 million and $10 million';
    const text = await html(input);
    expect(text).not.toContain('KaTeX');
    expect(text).not.toContain('<template class="lx-note"');
  });

  it('typesets notes with a formula for the speaker view, and leaves them out of the student copy', async () => {
    const text = await html(mathDeck());
    const template =
      /<template class="lx-note" data-slide="1">([\s\S]*?)<\/template>/.exec(text)?.[1] ?? '';
    expect(template).toContain('<annotation encoding="application/x-tex">r</annotation>');
    expect(template).toContain('class="katex-display"');
    expect(text.match(/<template class="lx-note"/g)).toHaveLength(1);
    const student = await html(mathDeck(), false);
    expect(student).not.toContain('<template class="lx-note"');
    expect(student).not.toContain('is a rate per year');
  });

  it('typesets notes on the PDF notes pages', async () => {
    const input = mathDeck();
    const file = writeDeck(input, 'lecture', mkdtempSync(join(root, 'p-')));
    const rendered = await staticDeck(validDeck(input), dirname(file));
    const doc = printDocument('Growth', 'en', rendered, {
      format: 'pdf',
      layout: 'notes',
      fragments: false,
      handouts: 3,
      paper: 'a4',
    } as Parameters<typeof printDocument>[3]);
    expect(doc.html).toContain(
      '<annotation encoding="application/x-tex">\\sum_{k=1}^{n} k = \\frac{n(n+1)}{2}</annotation>',
    );
    expect(doc.html).toContain('KaTeX_Main');
  });
});
