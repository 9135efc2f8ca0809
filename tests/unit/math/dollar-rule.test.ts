/**
 * The `$` rule: formulas where a lecturer writes TeX, money where they write prices.
 */
import { describe, expect, it } from 'vitest';
import {
  inlinePlainText,
  inlineSetLength,
  inlineSpans,
  inlineTokens,
} from '../../../common/deck/inline-markdown';
import { formulas, mathSegments, texWidth, withoutMath } from '../../../common/deck/math';

/** The formulas the inline Markdown parser finds in a text, as `$tex$` / `$$tex$$`. */
function found(text: string): string[] {
  return inlineTokens(text)
    .filter((t) => t.type === 'math_inline' || t.type === 'math_display')
    .map((t) => `${t.markup}${t.content}${t.markup}`);
}

describe('the dollar rule', () => {
  it.each([
    ['The mass–energy relation $E = mc^2$ changed physics', ['$E = mc^2$']],
    ['Growth $g$ and interest $r$', ['$g$', '$r$']],
    ['$x$', ['$x$']],
    ['Display: $$\\int_0^1 x\\,dx = \\tfrac12$$ done', ['$$\\int_0^1 x\\,dx = \\tfrac12$$']],
    ['Price $p_1 = 2$, quantity $q$', ['$p_1 = 2$', '$q$']],
    ['A ratio $\\frac{a}{b}$.', ['$\\frac{a}{b}$']],
    ['Inside a formula an escaped dollar $a\\$b$ stays', ['$a\\$b$']],
  ])('finds the formulas in %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    'Credits of $5 million and $10 million',
    'It cost $20-$30 a tonne',
    'US$ 20 per worker',
    'US$20 and US$30',
    'between $5 and $6.50',
    'paid 5$/kg then 6$/kg',
    'The loan was $200 million, or $1.5 billion with interest',
    '($5 million) and ($6 million)',
    'from $5k to $10k, or $5/$10 a unit, or $5–$10',
    '-$5 and -$6 a share',
    'The $ sign and the $ symbol',
    'A lone $ sign',
    'Costs $ 5 and $ 6',
    'Empty $$ $$ is not display math',
    'Escaped \\$x\\$ is not math',
    'Code `$x$` stays code',
    '$$x$ is not opened by the second dollar',
  ])('finds no formula in the money text %j', (text) => {
    expect(found(text)).toEqual([]);
    expect(formulas(text.replace(/`[^`]*`/g, ''))).toEqual([]);
  });

  it('keeps escaped dollars as dollars and money as written in plain text', () => {
    expect(inlinePlainText('Escaped \\$x\\$ here')).toBe('Escaped $x$ here');
    expect(inlinePlainText('Credits of $5 million and $10 million')).toBe(
      'Credits of $5 million and $10 million',
    );
    expect(mathSegments('costs \\$5, see $x$')).toEqual([
      { kind: 'text', text: 'costs $5, see ' },
      { kind: 'math', tex: 'x', display: false },
    ]);
  });

  it('keeps a formula as its TeX source, delimiters included, for outputs that cannot typeset', () => {
    expect(inlinePlainText('Energy $E = mc^2$ and **more**')).toBe('Energy $E = mc^2$ and more');
    expect(inlineSpans('Let $$a*b*c$$ be *it*').map((s) => s.text)).toEqual([
      'Let ',
      '$$a*b*c$$',
      ' be ',
      'it',
    ]);
  });

  it('does not read emphasis or links inside a formula', () => {
    const tokens = inlineTokens('$a*b*c$ and $[x](y)$');
    expect(tokens.map((t) => t.type)).toEqual(['math_inline', 'text', 'math_inline']);
  });

  it('takes formulas out for rules that read words and numbers', () => {
    expect(withoutMath('Grew by $x^2$ to 5%')).toBe('Grew by   to 5%');
    expect(withoutMath('No formula, $5 only')).toBe('No formula, $5 only');
  });
});

describe('the set width of formulas, for the fit estimate', () => {
  it('counts a formula by what it sets, not by its TeX', () => {
    expect(texWidth('\\frac{70}{r}', false)).toBe(4);
    expect(texWidth('\\alpha + \\beta', false)).toBe(3);
    expect(inlineSetLength('Doubling time $t_2 \\approx \\frac{70}{r}$ years')).toBe(
      'Doubling time '.length + 7 + ' years'.length,
    );
    expect(inlineSetLength('A loan of $5 million and then $10 million')).toBe(
      'A loan of $5 million and then $10 million'.length,
    );
    expect(inlineSetLength('Then $$x$$')).toBe('Then '.length + 61);
  });
});
