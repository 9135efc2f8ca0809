/**
 * Regression tests for two rendering faults seen in the editor: a blank bullet drew a lone
 * marker dot, and Vega tagged the deck's own (frozen) chart rows, which threw in the editor.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { freeze } from 'immer';
import { Deck, type ChartSpec } from '../../../common/deck/schema';
import { chartToSvg } from '../../../common/render/chart-svg';
import { renderSlideHtml } from '../../../main/export/render-static';

function deckWith(items: unknown[]): Deck {
  return Deck.parse({
    format: 'lectern-deck',
    version: 1,
    meta: { title: 'Blank bullets', theme: 'light', aspectRatio: '16:9', language: 'en' },
    slides: [
      {
        id: 's1',
        layout: 'bullets',
        title: 'Plan',
        notes: '',
        blocks: [{ type: 'bullets', id: 'b1', items }],
      },
    ],
  });
}

function items(deck: Deck): Element[] {
  const html = renderSlideHtml(
    deck,
    deck.slides[0]!,
    0,
    { assetUrl: () => undefined, charts: {} },
    'edit',
  );
  return [
    ...new JSDOM(`<!doctype html><body>${html}</body>`).window.document.querySelectorAll(
      'li[data-block-item]',
    ),
  ];
}

describe('blank bullets', () => {
  it('a bullet with no text is not drawn (no stray marker), its neighbours are', () => {
    const deck = deckWith([
      { id: 'a', text: 'Five-year plan', children: [], citations: [] },
      { id: 'b', text: '   ', children: [], citations: [] },
      { id: 'c', text: 'Magnitogorsk', children: [], citations: [] },
    ]);
    expect(items(deck).map((li) => li.getAttribute('data-block-item'))).toEqual(['a', 'c']);
  });

  it('a list of only blank bullets draws no list at all', () => {
    const deck = deckWith([{ id: 'a', text: '', children: [], citations: [] }]);
    expect(items(deck)).toHaveLength(0);
  });

  it('a blank bullet that holds sub-bullets keeps them, without a marker of its own', () => {
    const deck = deckWith([
      {
        id: 'a',
        text: '',
        children: [{ id: 'a1', text: 'Dnieper dam', children: [], citations: [] }],
        citations: [],
      },
    ]);
    const [outer, inner] = items(deck);
    expect(outer!.classList.contains('is-blank')).toBe(true);
    expect(inner!.textContent).toBe('Dnieper dam');
    expect(inner!.classList.contains('is-blank')).toBe(false);
  });
});

describe('chartToSvg and frozen state', () => {
  it('draws a deeply frozen spec (as immer holds it) and leaves it untouched', async () => {
    const spec = freeze(
      {
        data: {
          values: [
            { k: '1928', v: 200 },
            { k: '1932', v: 600 },
          ],
        },
        mark: 'bar',
        encoding: { x: { field: 'k', type: 'nominal' }, y: { field: 'v', type: 'quantitative' } },
      } as ChartSpec,
      true,
    );
    const before = JSON.stringify(spec);
    const svg = await chartToSvg(spec, { theme: 'light', width: 400, height: 300 });
    expect(svg).toContain('1932');
    expect(JSON.stringify(spec)).toBe(before);
    // Vega marks rows it has seen with a symbol; the deck's own rows must carry none.
    for (const row of spec.data.values) expect(Object.getOwnPropertySymbols(row)).toHaveLength(0);
  });
});
