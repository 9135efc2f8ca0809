/**
 * The pages a references slide lists per work, and the parsed texts the slides are drawn
 * from, are kept between edits (per slide object, per text), so the editor does not walk a
 * thousand slides on every keystroke. What is kept must never outlive the edit that changes it.
 */
import { freeze, produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { Deck } from '../../../common/deck/schema';
import { inlinePlainText, inlineTokens } from '../../../common/deck/inline-markdown';
import { pagesUsed } from '../../../common/render/reference-parts';

function lecture(): Deck {
  return freeze(
    Deck.parse({
      format: 'lectern-deck',
      version: 1,
      meta: { title: 'Credit', theme: 'light', aspectRatio: '16:9', language: 'en' },
      references: [
        { id: 'r1', label: '1' },
        { id: 'r2', label: '2' },
      ],
      slides: [
        {
          id: 's1',
          layout: 'bullets',
          title: 'Loans',
          blocks: [
            {
              type: 'bullets',
              id: 'b1',
              items: [
                {
                  id: 'i1',
                  text: 'Germany lent at 6%',
                  citations: [{ ref: 'r1', pages: '207' }],
                  children: [
                    {
                      id: 'i2',
                      text: 'over five years',
                      citations: [{ ref: 'r1', pages: '209' }],
                      children: [],
                    },
                  ],
                },
              ],
            },
          ],
        },
        {
          id: 's2',
          layout: 'quote',
          title: 'Molotov',
          blocks: [
            {
              type: 'quote',
              id: 'q1',
              text: 'Good terms',
              citations: [{ ref: 'r2', pages: '12' }],
            },
          ],
        },
        {
          id: 's3',
          layout: 'bullets',
          title: 'Hidden',
          hidden: true,
          blocks: [
            {
              type: 'bullets',
              id: 'b3',
              items: [
                { id: 'i3', text: 'Aside', citations: [{ ref: 'r1', pages: '300' }], children: [] },
              ],
            },
          ],
        },
      ],
    }),
    true,
  );
}

const asObject = (m: ReadonlyMap<string, string[]>) => Object.fromEntries(m);

describe('pages used per work', () => {
  it('lists every page cited on shown slides, nested bullets and quotes included', () => {
    expect(asObject(pagesUsed(lecture()))).toEqual({ r1: ['207', '209'], r2: ['12'] });
  });

  it('follows an edit to one slide, and a slide shown or hidden, while the others stay counted', () => {
    const deck = lecture();
    pagesUsed(deck);
    const edited = produce(deck, (d) => {
      const quote = d.slides[1]!.blocks[0]!;
      if (quote.type === 'quote') quote.citations[0]!.pages = '14';
    });
    expect(asObject(pagesUsed(edited))).toEqual({ r1: ['207', '209'], r2: ['14'] });
    const shown = produce(edited, (d) => {
      d.slides[2]!.hidden = false;
      d.slides[0]!.hidden = true;
    });
    expect(asObject(pagesUsed(shown))).toEqual({ r2: ['14'], r1: ['300'] });
    // The deck before the edits still answers for itself.
    expect(asObject(pagesUsed(deck))).toEqual({ r1: ['207', '209'], r2: ['12'] });
  });
});

describe('parsed slide texts', () => {
  it('give the same reading however often and after however many other texts', () => {
    const text = 'Output *rose* by $\\frac{1}{2}$ in [1932](https://example.org)';
    const first = inlinePlainText(text);
    expect(first).toBe('Output rose by $\\frac{1}{2}$ in 1932');
    expect(inlineTokens(text)).toBe(inlineTokens(text));
    for (let i = 0; i < 5000; i++) inlinePlainText(`Line ${i} with **bold** text`);
    expect(inlinePlainText(text)).toBe(first);
    expect(inlinePlainText('Line 4999 with **bold** text')).toBe('Line 4999 with bold text');
  });
});
