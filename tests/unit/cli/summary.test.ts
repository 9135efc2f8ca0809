/** The deck summary behind `lectern info --json`, called directly (no process to spawn). */
import { describe, expect, it } from 'vitest';
import { Deck } from '../../../common/deck/schema';
import { plainText, summarizeDeck } from '../../../common/deck/summary';

describe('plainText', () => {
  it('removes the inline markers the slide renderer interprets, and only those', () => {
    expect(plainText('**Steel** output rose *fourfold*')).toBe('Steel output rose fourfold');
    expect(plainText('see [Sutton, p. 207](https://example.org/s) and `code*x*`')).toBe(
      'see Sutton, p. 207 and code*x*',
    );
    expect(plainText('AT&amp;T, 5 * 3 = 15, snake_case_name, \\*literal\\*')).toBe(
      'AT&T, 5 * 3 = 15, snake_case_name, *literal*',
    );
    // Unclosed or unsupported markup is shown as typed, so it stays in the text too.
    expect(plainText('**unclosed, ~~struck~~, <b>html</b>')).toBe(
      '**unclosed, ~~struck~~, <b>html</b>',
    );
  });
});

describe('summarizeDeck', () => {
  it('keeps text blocks, deep bullets, hidden slides and dangling reference ids visible', () => {
    const deck = Deck.parse({
      format: 'lectern-deck',
      version: 1,
      meta: { title: 'T' },
      slides: [
        {
          id: 'a',
          layout: 'free',
          title: 'Free',
          hidden: true,
          blocks: [
            {
              type: 'text',
              id: 't',
              text: 'Plain paragraph',
              citations: [{ ref: 'r1' }, { ref: 'r1' }],
            },
            {
              type: 'bullets',
              id: 'b',
              items: [
                {
                  id: 'x',
                  text: 'one',
                  children: [{ id: 'y', text: 'two', children: [{ id: 'z', text: '_three_' }] }],
                },
                { id: 'w', text: 'four' },
              ],
            },
            {
              type: 'figure',
              id: 'f',
              figure: { kind: 'image', asset: 'assets/map.png' },
              source: 'Data: Sutton 1971',
            },
            { type: 'references', id: 'r', refs: ['r1', 'gone'] },
          ],
        },
      ],
      references: [{ id: 'r1', label: 'Sutton 1971', text: 'Western Technology.' }],
    });
    const [slide] = summarizeDeck(deck).slides;
    expect(slide).toEqual({
      id: 'a',
      layout: 'free',
      title: 'Free',
      hidden: true,
      text: [
        'Plain paragraph',
        'one',
        'two',
        'three',
        'four',
        'Data: Sutton 1971',
        'Sutton 1971 Western Technology.',
        'gone',
      ],
      notes: '',
      figures: [{ kind: 'image', caption: '', alt: '' }],
      citations: [{ ref: 'r1', pages: null }],
    });
  });
});
