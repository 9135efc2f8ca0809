/**
 * Formulas on slides: KaTeX markup with MathML for screen readers in bullets, text, captions
 * and titles; money left alone; a malformed formula as its source in red, listed by the check.
 */
import { JSDOM } from 'jsdom';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { checkDeck } from '../../../common/check';
import { renderMathText, typeset } from '../../../common/render/math';
import { renderInline } from '../../../common/render/inline';
import { renderSlideHtml } from '../../../main/export/render-static';
import { BAD_TEX, mathDeck } from '../../fixtures/export/math-deck';
import { validDeck } from '../../fixtures/export/decks';

const deck = validDeck(mathDeck());
const ctx = { assetUrl: () => 'data:image/png;base64,', charts: {} };
const slideDom = (i: number) =>
  new JSDOM(
    `<!doctype html><body>${renderSlideHtml(deck, deck.slides[i]!, i, ctx, 'export')}</body>`,
  ).window.document;

describe('formulas on slides', () => {
  it('typesets a formula with KaTeX, with MathML and the TeX source as its annotation', () => {
    const html = renderToStaticMarkup(renderInline('Energy $E = mc^2$ here'));
    const doc = new JSDOM(html).window.document;
    const math = doc.querySelector('.lectern-math .katex math');
    expect(math).not.toBeNull();
    expect(doc.querySelector('annotation[encoding="application/x-tex"]')?.textContent).toBe(
      'E = mc^2',
    );
    expect(doc.querySelector('.katex-html')?.getAttribute('aria-hidden')).toBe('true');
    expect(doc.body.textContent).toContain('Energy ');
  });

  it('renders bullets, text blocks, titles and display formulas on the slide, money as text', () => {
    const doc = slideDom(1);
    expect(doc.querySelector('h2 .katex annotation')?.textContent).toBe('A = P(1+r)^t');
    const bullets = [...doc.querySelectorAll('li[data-block-item]')];
    expect(bullets[0]!.querySelector('.katex')).toBeNull();
    expect(bullets[0]!.textContent).toBe('A loan of $5 million and then $10 million');
    expect(bullets[1]!.querySelector('.katex annotation')?.textContent).toBe(
      't_2 \\approx \\frac{70}{r}',
    );
    expect(bullets[2]!.querySelector('.katex-display')).not.toBeNull();
    expect(doc.querySelector('.lectern-text .katex annotation')?.textContent).toBe(
      'g = \\frac{\\Delta Y}{Y}',
    );
    expect(doc.querySelector('.lectern-text strong')?.textContent).toBe('Solow');
  });

  it('typesets quotes, their attribution and subtitles too, and checks their formulas', () => {
    const quoted = validDeck({
      ...mathDeck(),
      slides: [
        {
          id: 'q1',
          layout: 'title',
          title: 'Growth',
          subtitle: 'The rule $t_2 \\approx 70/r$ in *one* lecture',
          blocks: [],
        },
        {
          id: 'q2',
          layout: 'quote',
          title: 'Solow on growth',
          blocks: [
            {
              type: 'quote',
              id: 'b1',
              text: 'Output grows as $Y = AK^{\\alpha}$, *not* otherwise, and $5 stays money.',
              attribution: 'Robert *Solow*, with $\\frac{1}{2$',
              citations: [],
            },
          ],
        },
      ],
    });
    const dom = (i: number) =>
      new JSDOM(
        `<!doctype html><body>${renderSlideHtml(quoted, quoted.slides[i]!, i, ctx, 'export')}</body>`,
      ).window.document;
    const subtitle = dom(0).querySelector('.lectern-subtitle')!;
    expect(subtitle.querySelector('.katex annotation')?.textContent).toBe('t_2 \\approx 70/r');
    expect(subtitle.querySelector('em')?.textContent).toBe('one');
    const quote = dom(1).querySelector('.lectern-quote')!;
    expect(quote.querySelector('blockquote .katex annotation')?.textContent).toBe(
      'Y = AK^{\\alpha}',
    );
    expect(quote.querySelector('blockquote em')?.textContent).toBe('not');
    expect(quote.querySelector('blockquote')?.textContent).toContain('and $5 stays money.');
    expect(quote.querySelector('cite em')?.textContent).toBe('Solow');
    expect(quote.querySelector('cite .lectern-math-error')).not.toBeNull();
    const found = checkDeck(quoted).filter((p) => p.what.includes('KaTeX'));
    expect(found.map((p) => p.what).join(' ')).toContain('the attribution (block 1) has a formula');
  });

  it('renders formulas in captions, leaving "US$ 20" as text', () => {
    const caption = slideDom(2).querySelector('.lectern-caption')!;
    expect(caption.querySelector('.katex annotation')?.textContent).toBe(
      'Y = K^{\\alpha}L^{1-\\alpha}',
    );
    expect(caption.textContent).toContain(', US$ 20 a ton');
  });

  it('shows a malformed formula as its source in red, and the rest of the slide as ever', () => {
    const doc = slideDom(3);
    const bad = doc.querySelector('.lectern-math-error') as HTMLElement | null;
    expect(bad?.textContent).toBe(`$${BAD_TEX}$`);
    expect(bad?.getAttribute('style')).toContain('color:var(--lectern-math-error, #c00)');
    // KaTeX's message is the lecturer's, for Check: never on the slide.
    expect(bad?.hasAttribute('title')).toBe(false);
    expect(doc.body.innerHTML).not.toContain('expected');
    expect(doc.querySelector('li')?.textContent).toBe(`Broken $${BAD_TEX}$ here`);
    expect(doc.querySelector('h2')?.textContent).toBe('A typo');
  });

  it("lists KaTeX's message in the deck check for that slide only", () => {
    const problems = checkDeck(deck).filter((p) => p.what.includes('KaTeX'));
    expect(problems).toHaveLength(1);
    expect(problems[0]!.where).toBe('slide 4 "A typo"');
    expect(problems[0]!.severity).toBe('error');
    expect(problems[0]!.what).toContain(`bullet 1 has a formula KaTeX cannot read`);
    expect(problems[0]!.what).toContain((typeset(BAD_TEX, false) as { error: string }).error);
  });

  it('typesets formulas in plain texts (notes, captions) and keeps the rest as text', () => {
    const html = renderToStaticMarkup(renderMathText('Remind them: $r$ <b>per</b> \\$5'));
    expect(html).toContain('class="katex"');
    expect(html).toContain('&lt;b&gt;per&lt;/b&gt; $5');
    expect(renderMathText('No formula')).toBe('No formula');
  });

  it('never lets a formula become live markup', () => {
    const html = renderToStaticMarkup(
      renderInline(
        '$\\href{javascript:alert(1)}{x}$ $\\htmlClass{a}{b}$ $<img src=x onerror=alert(1)>$',
      ),
    );
    const doc = new JSDOM(html).window.document;
    expect(doc.querySelectorAll('a, img, script, [href]')).toHaveLength(0);
    const attributes = [...doc.querySelectorAll('*')].flatMap((e) =>
      [...e.attributes].map((a) => a.name),
    );
    expect(attributes.filter((name) => name.startsWith('on'))).toEqual([]);
  });
});

describe('notes around a display formula', () => {
  it('drop the spaces next to the formula, which stands on its own line', () => {
    const html = renderToStaticMarkup(renderMathText('and $$x^2$$ is the classic, with $y$ too'));
    expect(html.startsWith('and<span class="lectern-math is-display">')).toBe(true);
    expect(html).toContain('</span>is the classic, with <span class="lectern-math">');
  });
});
