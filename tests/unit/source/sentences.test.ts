/** Sentence splitting where the reading runs two sentences together after a citation. */
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../common/source/sentences';

const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('a full stop with no space after a closing bracket or quote', () => {
  it('splits after a parenthetical citation ("p. 107).Technical") and reports where', () => {
    const seen: number[] = [];
    const t =
      'They removed bottlenecks in steel (Milward 1984, p. 107).Technical assistance followed in 1949.';
    expect(splitSentences(t, (at) => seen.push(at)).map((s) => t.slice(s.start, s.end))).toEqual([
      'They removed bottlenecks in steel (Milward 1984, p. 107).',
      'Technical assistance followed in 1949.',
    ]);
    expect(seen).toEqual([t.indexOf('Technical')]);
  });
  it('splits after a closing quotation mark glued to the next sentence', () => {
    expect(split('The minister called it "a miracle".Exports doubled by 1960.')).toEqual([
      'The minister called it "a miracle".',
      'Exports doubled by 1960.',
    ]);
  });
  it('still keeps initials, abbreviations and "U.S.A"-style dots inside the sentence', () => {
    expect(split('R. S. Newall and Co. made it in the U.S.A. before 1858. It failed.')).toEqual([
      'R. S. Newall and Co. made it in the U.S.A. before 1858.',
      'It failed.',
    ]);
    expect(split('See the figure (e.g. Fig. 2). Then more.')).toEqual([
      'See the figure (e.g. Fig. 2).',
      'Then more.',
    ]);
  });
});

describe('the "v." of a court case', () => {
  it('keeps "Roe v. Wade" and an italic "*Mapp v. Ohio*" inside their sentences', () => {
    expect(
      split(
        'The ruling in Roe v. Wade stood until 2022. Later, *Mapp v. Ohio* (1961) excluded it.',
      ),
    ).toEqual([
      'The ruling in Roe v. Wade stood until 2022.',
      'Later, *Mapp v. Ohio* (1961) excluded it.',
    ]);
  });
  it('still ends a sentence on a "v." with no party named before it', () => {
    expect(split('Item iv was followed by item v. The list ended there.')).toEqual([
      'Item iv was followed by item v.',
      'The list ended there.',
    ]);
  });
});
