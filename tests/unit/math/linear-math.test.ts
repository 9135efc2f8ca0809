/**
 * Formulas as linear text (common/math/linear.ts), for PowerPoint's text runs and the PDF's
 * bookmarks: Unicode for Greek and operators, script characters where each character has
 * one, else PowerPoint's linear format (UnicodeMath); undefined — the caller keeps the TeX —
 * for what KaTeX cannot read and for constructs with no faithful linear form.
 */
import { describe, expect, it } from 'vitest';
import { linearMath, linearMathText } from '../../../common/math/linear';
import { katexMathml, MathmlError, readMarkup } from '../../../common/math/mathml';
import {
  readableFormula,
  readableInlineText,
  readablePlainText,
} from '../../../common/math/readable';

describe('linear text of a formula', () => {
  it.each([
    // Greek, operators and relations, spaced as TeX spaces them.
    ['\\alpha = 0.05', 'α = 0.05'],
    ['p < 0.05', 'p < 0.05'],
    ['x \\le y \\ge z \\neq w', 'x ≤ y ≥ z ≠ w'],
    ['a \\times b \\pm c \\cdot d', 'a × b ± c · d'],
    ['n \\to \\infty', 'n → ∞'],
    ['x \\in \\{1, 2, 3\\}', 'x ∈ {1, 2, 3}'],
    ['\\Pr(A \\mid B)', 'Pr(A ∣ B)'],
    ['\\hbar\\omega', 'ℏω'],
    // A sign is not a binary operator.
    ['-x', '−x'],
    ['e^{i\\pi} = -1', 'e^(iπ) = −1'],
    // Scripts: characters where every one has a script form, else ^ and _.
    ['x^2 + y^2 = r^2', 'x² + y² = r²'],
    ['E = mc^2', 'E = mc²'],
    ['10^{-3}', '10⁻³'],
    ['x_1', 'x₁'],
    ['x_{10}', 'x₁₀'],
    ['x^{n+1}', 'xⁿ⁺¹'],
    ['x_{ij}', 'xᵢⱼ'],
    ['a_{i,j}', 'a_(i,j)'],
    ['x^{2y}', 'x^(2y)'],
    ['A = P(1+r)^t', 'A = P(1 + r)^t'],
    ['Y = K^{\\alpha}L^{1-\\alpha}', 'Y = K^α L^(1−α)'],
    ['e^{x^2}', 'e^(x²)'],
    ['(a+b)^2', '(a + b)²'],
    ['{ab}^2', '(ab)²'],
    ["f'(x)", 'f′(x)'],
    ['90^\\circ', '90°'],
    // Fractions: a/b, each part bracketed unless it is one operand; the whole bracketed beside a term.
    ['\\frac{a}{b}', 'a/b'],
    ['\\frac{a+b}{c+d}', '(a+b)/(c+d)'],
    ['t_2 \\approx \\frac{70}{r}', 't₂ ≈ 70/r'],
    ['g = \\frac{\\Delta Y}{Y}', 'g = ΔY/Y'],
    ['\\frac{\\partial f}{\\partial x}', '∂f/∂x'],
    ['\\frac{1}{2}mv^2', '(1/2)mv²'],
    ['\\sum_{k=1}^{n} k = \\frac{n(n+1)}{2}', '∑ₖ₌₁ⁿ k = (n(n+1))/2'],
    // Roots.
    ['\\sqrt{x}', '√x'],
    ['\\sqrt{x+1}', '√(x+1)'],
    ['\\sqrt[3]{8}', '∛8'],
    // Large and named operators take their limits as scripts, and a space before the operand.
    ['\\int_0^1 x^2\\,dx = \\frac{1}{3}', '∫₀¹ x² dx = 1/3'],
    ['\\lim_{x\\to 0} f(x)', 'lim_(x→0) f(x)'],
    ['\\lim_{x\\to 0} \\frac{\\sin x}{x} = 1', 'lim_(x→0) (sin x)/x = 1'],
    ['\\frac{1}{2}\\sum_k k', '(1/2)∑ₖ k'],
    ['2\\frac{a}{b}', '2(a/b)'],
    ['\\log_2 n', 'log₂ n'],
    ['\\sin x + \\cos(y)', 'sin x + cos(y)'],
    ['\\operatorname{Var}(X)', 'Var(X)'],
    ['a \\bmod b', 'a mod b'],
    // Text, upright letters, brackets, spaces.
    ['\\text{if } x \\le 1', 'if x ≤ 1'],
    ['\\text{a < b}', 'a < b'],
    ['\\mathrm{d}x', 'dx'],
    ['\\left( a \\right)', '(a)'],
    ['\\dot{k} = s\\,f(k) - (n + \\delta)\\,k', 'k̇ = s f(k) − (n + δ) k'],
    ['a\\!b', 'ab'],
    ['a\\quad b', 'a b'],
    ['1{,}000', '1,000'],
    ['\\%', '%'],
    // Accents on one letter, and the alphabets Unicode has.
    ['\\hat{\\beta}', 'β̂'],
    ['\\bar{x} \\pm \\sigma', 'x̄ ± σ'],
    ['\\vec{v}', 'v⃗'],
    ['\\mathbb{R}^n', 'ℝⁿ'],
    ['\\mathcal{L}', 'ℒ'],
  ])('%s reads %s', (tex, text) => {
    expect(linearMathText(tex)).toBe(text);
  });

  it.each([
    ['\\frac{1}{', 'KaTeX cannot read it'],
    ['\\begin{pmatrix}1&2\\end{pmatrix}', 'a matrix'],
    ['\\begin{aligned}a&=b\\end{aligned}', 'an aligned environment'],
    ['\\binom{n}{k}', 'a fraction without a bar'],
    ['\\overline{AB}', 'an accent over more than one letter'],
    ['\\overbrace{x+y}^{n}', 'a brace over a sum'],
    ['\\overset{!}{=}', 'a symbol set over another'],
    ['\\underline{x}', 'an underline'],
    ['\\cancel{x}', 'a struck-out term'],
    ['\\phantom{x}', 'a phantom'],
    ['\\mathsf{x}', 'an alphabet left unmapped'],
    ['\\sqrt[5]{x}', 'a fifth root'],
    ['x \\\\ y', 'a line break'],
    ['\\,', 'nothing but space'],
  ])('keeps the TeX of %s (%s)', (tex) => {
    expect(linearMath(tex)).toBeUndefined();
  });

  it('sets single-letter variables in italics, numbers, operators and names upright', () => {
    expect(linearMath('\\sin x^2 + \\alpha = 10\\,\\mathrm{d}y')).toEqual([
      { text: 'sin ' },
      { text: 'x', italic: true },
      { text: '² + ' },
      { text: 'α', italic: true },
      { text: ' = 10 d' },
      { text: 'y', italic: true },
    ]);
    expect(linearMath('\\mathbf{v} = \\boldsymbol{\\beta}')).toEqual([
      { text: 'v', bold: true },
      { text: ' = ' },
      { text: 'β', bold: true, italic: true },
    ]);
  });

  it('gives the same pieces for the same TeX', () => {
    expect(linearMath('x^2')).toBe(linearMath('x^2'));
  });
});

describe("reading KaTeX's MathML", () => {
  it('reads elements, attributes, self-closed elements and entities', () => {
    const root = readMarkup(
      '<math><mrow><mo stretchy="false">&lt;</mo><mspace width="1em"/><mtext>a &amp; b&#x27;</mtext></mrow></math>',
    );
    expect(root.children).toEqual([
      {
        tag: 'math',
        attrs: {},
        children: [
          {
            tag: 'mrow',
            attrs: {},
            children: [
              { tag: 'mo', attrs: { stretchy: 'false' }, children: ['<'] },
              { tag: 'mspace', attrs: { width: '1em' }, children: [] },
              { tag: 'mtext', attrs: {}, children: ["a & b'"] },
            ],
          },
        ],
      },
    ]);
  });

  it('refuses markup KaTeX does not write', () => {
    for (const bad of [
      '<mi>x</mo>',
      '<mrow><mi>x</mi>',
      '<mi a=b>x</mi>',
      '<mi>&nbsp;</mi>',
      '</mi>',
    ])
      expect(() => readMarkup(bad), bad).toThrow(MathmlError);
  });

  it('gives the <math> element of a formula, annotated with its TeX', () => {
    const math = katexMathml('x^2');
    expect(math.tag).toBe('math');
    expect(JSON.stringify(math)).toContain('"annotation"');
  });
});

describe('texts with formulas, readable', () => {
  it('writes each formula as linear text, or its TeX with its dollar signs', () => {
    expect(readableFormula('E = mc^2', false)).toBe('E = mc²');
    expect(readableFormula('\\binom{n}{k}', false)).toBe('$\\binom{n}{k}$');
    expect(readableFormula('\\binom{n}{k}', true)).toBe('$$\\binom{n}{k}$$');
  });

  it('reads inline Markdown as its words, formulas readable, prices as prices', () => {
    expect(readableInlineText('Energy $E = mc^2$ and **mass** $m$')).toBe(
      'Energy E = mc² and mass m',
    );
    expect(readableInlineText('A loan of $5 million and then $10 million')).toBe(
      'A loan of $5 million and then $10 million',
    );
    expect(readableInlineText('Broken $\\frac{1}{$ here')).toBe('Broken $\\frac{1}{$ here');
  });

  it('reads a plain text (notes) with its formulas readable and `\\$` as a dollar sign', () => {
    expect(
      readablePlainText(
        'Remind them that $r$ is a rate, $$\\sum_{k=1}^{n} k$$ the classic, at \\$5.',
      ),
    ).toBe('Remind them that r is a rate, ∑ₖ₌₁ⁿ k the classic, at $5.');
    expect(readablePlainText('No formula, US$ 20')).toBe('No formula, US$ 20');
  });
});
