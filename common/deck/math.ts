/**
 * Where a text holds TeX mathematics: `$…$` inline and `$$…$$` display, by Pandoc's
 * `tex_math_dollars` rule, so that prices stay prices. An inline formula opens at a `$` that
 * is followed by a non-space and not preceded by a letter or digit ("US$20", "5$/kg"), and
 * closes at the next `$` that follows a non-space and is not followed by a digit ("$5 to
 * $10" and "$20-$30" are money). A display formula is anything non-blank between `$$` and
 * `$$`. `\$` is a dollar sign, never a delimiter, inside a formula or out.
 * One scanner for every reader: the inline Markdown parser, plain texts (notes, captions),
 * the check and the exporters.
 */

/** A formula found at some place in a text. */
export interface MathSpan {
  /** The TeX between the delimiters. */
  tex: string;
  display: boolean;
  /** Index just past the closing delimiter. */
  end: number;
}

const isSpace = (ch: string | undefined): boolean => ch === undefined || /\s/.test(ch);
const isDigit = (ch: string | undefined): boolean => ch !== undefined && ch >= '0' && ch <= '9';
const isWordChar = (ch: string | undefined): boolean =>
  ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/**
 * The formula that starts at `src[pos]` (a `$`), ending before `max`; undefined when the
 * dollar there opens none.
 */
export function scanMath(src: string, pos: number, max: number = src.length): MathSpan | undefined {
  if (src[pos] !== '$') return undefined;
  if (src[pos + 1] === '$') {
    for (let j = pos + 2; j < max - 1; j++) {
      if (src[j] === '\\') {
        j++;
        continue;
      }
      if (src[j] === '$' && src[j + 1] === '$') {
        const tex = src.slice(pos + 2, j).trim();
        return tex ? { tex, display: true, end: j + 2 } : undefined;
      }
    }
    return undefined;
  }
  if (isSpace(src[pos + 1]) || pos + 1 >= max || isWordChar(src[pos - 1]) || src[pos - 1] === '$')
    return undefined;
  for (let j = pos + 1; j < max; j++) {
    if (src[j] === '\\') {
      j++;
      continue;
    }
    if (src[j] !== '$') continue;
    if (!isSpace(src[j - 1]) && !isDigit(src[j + 1]))
      return { tex: src.slice(pos + 1, j), display: false, end: j + 1 };
  }
  return undefined;
}

/** A piece of a plain text: words as written, or a formula. */
export type MathSegment =
  { kind: 'text'; text: string } | { kind: 'math'; tex: string; display: boolean };

/**
 * A plain text (notes, captions) cut into words and formulas; `\$` becomes a dollar sign.
 * A text without formulas is one text segment (or none, when empty).
 */
export function mathSegments(text: string): MathSegment[] {
  const out: MathSegment[] = [];
  let buffer = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\\' && text[i + 1] === '$') {
      buffer += '$';
      i++;
      continue;
    }
    if (ch === '$') {
      const span = scanMath(text, i);
      if (span) {
        if (buffer) out.push({ kind: 'text', text: buffer });
        buffer = '';
        out.push({ kind: 'math', tex: span.tex, display: span.display });
        i = span.end - 1;
        continue;
      }
    }
    buffer += ch;
  }
  if (buffer) out.push({ kind: 'text', text: buffer });
  return out;
}

/** Every formula of a text, in order (for the check and for deciding what an export needs). */
export function formulas(text: string): Array<{ tex: string; display: boolean }> {
  if (!text.includes('$')) return [];
  return mathSegments(text).flatMap((s) =>
    s.kind === 'math' ? [{ tex: s.tex, display: s.display }] : [],
  );
}

/**
 * About how many characters of text a formula is as wide as, for layout estimates: its TeX
 * with every command as one character and no braces, scripts or spaces (`\frac{70}{r}` is
 * 4, set as 2 stacked). A display formula stands on its own line about two lines high, so it
 * counts a line's worth more.
 */
export function texWidth(tex: string, display: boolean): number {
  const width = Math.max(
    1,
    tex
      .replace(/\\[A-Za-z]+/g, 'x')
      .replace(/\\./g, '')
      .replace(/[{}^_\s&]/g, '').length,
  );
  return display ? width + 60 : width;
}

/** The text with its formulas taken out (for rules that read words and numbers, not TeX). */
export function withoutMath(text: string): string {
  if (!text.includes('$')) return text;
  return mathSegments(text)
    .map((s) => (s.kind === 'text' ? s.text : ' '))
    .join('');
}
