/**
 * Until PowerPoint gets formulas as pictures, it gets their TeX as written: inline `$…$`
 * in bullets and text, and a formula block as `$$…$$` with its caption; prices as they are.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { exportDeck } from '../../../main/export/export-deck';
import { validDeck, writeDeck } from '../../fixtures/export/decks';
import { mathDeck } from '../../fixtures/export/math-deck';

const root = mkdtempSync(join(tmpdir(), 'lectern-math-pptx-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The text runs of every slide, in slide order, entities decoded. */
async function slideTexts(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).sort((a, b) => Number(/(\d+)\.xml/.exec(a)![1]) - Number(/(\d+)\.xml/.exec(b)![1]));
  const decode = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return Promise.all(names.map(async (n) => [...(await zip.file(n)!.async('string')).matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decode(m[1]!)).join('')));
}

describe('formulas in the PowerPoint export', () => {
  it('keeps the TeX as written, beside prices, and the formula block with its caption', { timeout: 60_000 }, async () => {
    const file = writeDeck(mathDeck(), 'growth', root);
    const r = await exportDeck(validDeck(mathDeck()), dirname(file), { format: 'pptx' });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const texts = await slideTexts(r.value.bytes);
    expect(texts).toHaveLength(5);
    expect(texts[1]).toContain('Doubling time $t_2 \\approx \\frac{70}{r}$ years');
    expect(texts[1]).toContain('A loan of $5 million and then $10 million');
    expect(texts[4]).toContain('$$\\dot{k} = s\\,f(k) - (n + \\delta)\\,k$$');
    expect(texts[4]).toContain('Capital per worker $k$ grows while saving exceeds depreciation');
  });
});
