/** `codePoints`, which picks the font faces an export embeds, against its plain definition. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePoints } from '../../../main/export/fonts';

/** The definition: every code point `for…of` yields, lone surrogates included. */
const plain = (texts: string[]) =>
  new Set(texts.flatMap((t) => [...t].map((ch) => ch.codePointAt(0)!)));

describe('codePoints', () => {
  it('finds what for…of finds: beyond the BMP, lone high and low surrogates, repeats', () => {
    const odd = [
      'plain',
      'Ünïcödé “quotes” 中文 𝔘𝔫𝔦 😀',
      'lone \ud800 high',
      'lone \udc00 low',
      '\ud83d',
      'x\ud83d\ude00y\ud800',
      '',
    ];
    expect(codePoints(odd)).toEqual(plain(odd));
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary' })), (texts) => {
        expect(codePoints(texts)).toEqual(plain(texts));
      }),
    );
  });
});
