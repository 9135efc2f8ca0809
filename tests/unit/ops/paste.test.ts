/** Pasted text reduced to what the deck schema allows. */
import { describe, expect, it } from 'vitest';
import { Slide } from '../../../common/deck/schema';
import {
  LIMITS,
  pasteBullets,
  pasteLine,
  pasteText,
  stripInlineMarkdown,
  toLine,
  toText,
  truncate,
} from '../../../common/ops/paste';

describe('single-line fields', () => {
  it('collapses whitespace and line breaks and trims', () => {
    expect(pasteLine('  Western\n\ttechnology\u00a0 and   equipment \r\n')).toBe(
      'Western technology and equipment',
    );
  });

  it('strips control, bidi-override and zero-width characters', () => {
    expect(pasteLine('Gary\u0000 Works\u202e\u200b\u0007 1930\ufeff')).toBe('Gary Works 1930');
  });

  it('reduces Markdown to its words outside bullets, keeps it in bullets', () => {
    const web = 'The **Gary Works** of _U.S. Steel_ [source](https://example.org) `code`';
    expect(pasteLine(web)).toBe('The Gary Works of U.S. Steel source code');
    expect(pasteLine(web, { markdown: true })).toBe(web);
    expect(stripInlineMarkdown('snake_case_name stays')).toBe('snake_case_name stays');
  });

  it('cuts to the field limit without splitting an emoji', () => {
    expect(pasteLine('x'.repeat(5000))).toHaveLength(LIMITS.line);
    const cut = truncate('ab😀', 3);
    expect(cut).toBe('ab');
    expect(pasteLine('Title', { max: 3 })).toBe('Tit');
  });

  it('an XSS payload stays inert text that the schema accepts', () => {
    const payload = '<img src=x onerror=alert(1)>\n<script>alert(1)</script>';
    const title = pasteLine(payload);
    expect(title).toBe('<img src=x onerror=alert(1)> <script>alert(1)</script>');
    expect(Slide.safeParse({ id: 's1', layout: 'title', title }).success).toBe(true);
  });
});

describe('typing keeps what the lecturer typed', () => {
  it('toLine keeps a trailing space but no line break', () => {
    expect(toLine('word ')).toBe('word ');
    expect(toLine('two\nlines\u0001')).toBe('two lines');
  });

  it('toText keeps line breaks and tabs, normalises CRLF', () => {
    expect(toText('a\r\nb\tc\rd\u000b')).toBe('a\nb\tc\nd');
  });
});

describe('notes', () => {
  it('keeps paragraphs, drops runs of blank lines and trailing spaces', () => {
    expect(pasteText('First   line  \n\n\n\nSecond\u200b line\n')).toBe(
      'First line\n\nSecond line',
    );
  });
});

describe('multi-line paste into bullets', () => {
  it('one bullet per line, markers removed, indentation as nesting', () => {
    const text =
      '• Equipment\n    1. Tractors\n    2) Turbines\n\t\t- Francis type\n* Specialists\n\n   \n';
    expect(pasteBullets(text)).toEqual([
      { text: 'Equipment', depth: 0 },
      { text: 'Tractors', depth: 1 },
      { text: 'Turbines', depth: 1 },
      { text: 'Francis type', depth: 2 },
      { text: 'Specialists', depth: 0 },
    ]);
  });

  it('never nests more than one level deeper than the line before', () => {
    expect(pasteBullets('a\n            b').map((b) => b.depth)).toEqual([0, 1]);
  });

  it('keeps inline Markdown and stops at the list limit', () => {
    expect(pasteBullets('- **bold** claim')[0]!.text).toBe('**bold** claim');
    expect(
      pasteBullets(Array.from({ length: 300 }, (_, i) => `line ${i}`).join('\n')),
    ).toHaveLength(LIMITS.bulletsPerList);
  });

  it('does not strip a year that starts a line', () => {
    expect(pasteBullets('1930. A turning point')[0]!.text).toBe('1930. A turning point');
  });
});
