import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { inlinePlainText } from '../../../common/deck/inline-markdown';
import { renderInline } from '../../../common/render/inline';

const html = (text: string, liveLinks = true) =>
  renderToStaticMarkup(renderInline(text, { liveLinks }));

describe('inline Markdown', () => {
  it('renders emphasis, strong, code and nesting', () => {
    expect(html('a *b* **c** `d<e>` ***f***')).toBe(
      'a <em>b</em> <strong>c</strong> <code>d&lt;e&gt;</code> <em><strong>f</strong></em>',
    );
  });

  it('makes http(s) and mailto links live and safe, and leaves other schemes as text', () => {
    expect(html('[site](https://example.org/a?b=1)')).toBe(
      '<a href="https://example.org/a?b=1" target="_blank" rel="noopener noreferrer">site</a>',
    );
    expect(html('[mail](mailto:a@b.org)')).toContain('href="mailto:a@b.org"');
    for (const bad of [
      '[x](javascript:alert(1))',
      '[x](JaVaScRiPt:alert(1))',
      '[x](data:text/html;base64,PHNjcmlwdD4=)',
      '[x](vbscript:x)',
      '[x](file:///etc/passwd)',
      '[x](/relative)',
    ]) {
      expect(html(bad)).not.toContain('<a');
      expect(html(bad)).not.toContain('href');
    }
    expect(html('[site](https://example.org)', false)).toBe(
      '<span class="lectern-link">site</span>',
    );
  });

  it('never passes HTML through', () => {
    expect(html('<b>x</b> <img src=x onerror=alert(1)>')).toBe(
      '&lt;b&gt;x&lt;/b&gt; &lt;img src=x onerror=alert(1)&gt;',
    );
    expect(html('&lt;script&gt;')).toBe('&lt;script&gt;');
  });

  it('gives plain text for outlines and search', () => {
    expect(
      inlinePlainText('The *first* **Five-Year** `Plan` and [Gary Works](https://x.org)'),
    ).toBe('The first Five-Year Plan and Gary Works');
    expect(inlinePlainText('2 * 3 * 4 and a_b_c')).toBe('2 * 3 * 4 and a_b_c');
    expect(inlinePlainText('')).toBe('');
  });
});
