/**
 * The formula block: one display formula with a caption, typeset on the slide, its TeX in
 * `lectern info` text, a malformed one in Check, and never a number claim for the check.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { checkDeck } from '../../../common/check';
import { summarizeDeck } from '../../../common/deck/summary';
import { applyOp } from '../../../common/ops/apply';
import { renderSlideHtml } from '../../../main/export/render-static';
import { validDeck } from '../../fixtures/export/decks';
import { mathDeck } from '../../fixtures/export/math-deck';

const deck = validDeck(mathDeck());
const ctx = { assetUrl: () => undefined, charts: {} };
const dom = (mode: 'export' | 'edit', d = deck) =>
  new JSDOM(`<body>${renderSlideHtml(d, d.slides[4]!, 4, ctx, mode)}</body>`).window.document;

describe('the formula block', () => {
  it('typesets its TeX in display style, centred, with its caption and inline formulas there', () => {
    const doc = dom('export');
    const figure = doc.querySelector('figure.lectern-formula[data-block-id="mfx"]')!;
    expect(figure.querySelector('.katex-display annotation')?.textContent).toBe(
      '\\dot{k} = s\\,f(k) - (n + \\delta)\\,k',
    );
    expect(figure.querySelector('math')?.getAttribute('display')).toBe('block');
    expect(figure.querySelector('figcaption .katex annotation')?.textContent).toBe('k');
    expect(figure.querySelector('figcaption')?.textContent).toContain(
      'grows while saving exceeds depreciation',
    );
  });

  it('draws an empty formula as a placeholder in the editor only', () => {
    expect(dom('export').querySelector('[data-block-id="mfy"]')).toBeNull();
    expect(
      dom('edit').querySelector('[data-block-id="mfy"] .lectern-formula-empty')?.textContent,
    ).toBe('Formula');
  });

  it('gives its TeX between double dollars in the summary (lectern info)', () => {
    expect(summarizeDeck(deck).slides[4]!.text).toEqual([
      '$$\\dot{k} = s\\,f(k) - (n + \\delta)\\,k$$',
      'Capital per worker $k$ grows while saving exceeds depreciation',
    ]);
  });

  it('is listed in Check when KaTeX cannot read it, and shows red on the slide', () => {
    const r = applyOp(deck, {
      op: 'formula/set-tex',
      args: { slideId: 'm5', blockId: 'mfx', tex: '\\dot{k} = \\frac{1}' },
    });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    const found = checkDeck(r.deck).filter(
      (p) => p.where.startsWith('slide 5') && p.what.includes('KaTeX'),
    );
    expect(found.map((p) => p.what)).toEqual([
      expect.stringMatching(
        /^formula \(block 1\) is TeX KaTeX cannot read, shown in red as its source \(.+\)$/,
      ),
    ]);
    expect(
      dom('export', r.deck).querySelector('.lectern-formula .lectern-math-error')?.textContent,
    ).toBe('$$\\dot{k} = \\frac{1}$$');
  });
});
