/**
 * Inline Markdown, the format of bullets and other slide texts: `*em*`, `**strong**`,
 * `` `code` ``, `[label](https://…)`, backslash escapes and entities, and TeX formulas
 * (`$…$`, `$$…$$`: `math_inline` and `math_display` tokens, see ./math.ts), nothing else.
 * One markdown-it set-up, read by the slide renderer, the summary and the PowerPoint export
 * alike, so a text means the same everywhere. HTML is off: deck text never becomes markup.
 */
import MarkdownIt from 'markdown-it';
import type { StateInline } from 'markdown-it';
import { scanMath, texWidth } from './math';

export type InlineToken = ReturnType<InstanceType<typeof MarkdownIt>['parseInline']>[number];

const md = new MarkdownIt('zero', { html: false, linkify: false, typographer: false }).enable([
  'emphasis',
  'backticks',
  'link',
  'escape',
  'entity',
  'newline',
]);

/** A formula where the dollar rule finds one; after `escape`, so `\$` stays a dollar sign. */
function mathRule(state: StateInline, silent: boolean): boolean {
  const span = scanMath(state.src, state.pos, state.posMax);
  if (!span) return false;
  if (!silent) {
    const token = state.push(span.display ? 'math_display' : 'math_inline', 'math', 0);
    token.content = span.tex;
    token.markup = span.display ? '$$' : '$';
  }
  state.pos = span.end;
  return true;
}
md.inline.ruler.after('escape', 'math', mathRule);

/** Only these schemes become live links; anything else is shown as its text. */
export const SAFE_HREF = /^(https?:\/\/|mailto:)/i;

/**
 * Texts parsed lately and their tokens. A slide's texts are read several times per drawing
 * (fitting, the outline's plain text, the markup) and again on every edit to any other text,
 * so each is parsed once while it is in use; bounded, the oldest forgotten first.
 */
const MAX_KEPT = 4000;
const kept = new Map<string, readonly InlineToken[]>();

/**
 * The inline tokens of one text (markdown-it's children of its single inline token). The
 * same text gives the very same tokens, shared: read them, never change them.
 */
export function inlineTokens(text: string): readonly InlineToken[] {
  const known = kept.get(text);
  if (known) return known;
  const tokens = md.parseInline(text, {})[0]?.children ?? [];
  if (kept.size >= MAX_KEPT) kept.delete(kept.keys().next().value!);
  kept.set(text, tokens);
  return tokens;
}

/** A run of text with one set of styles, as a reader sees it. */
export interface InlineSpan {
  text: string;
  bold?: true;
  italic?: true;
  code?: true;
  /** A safe link's target (http, https or mailto); other links are plain text. */
  href?: string;
  /** A line break inside the text (Markdown's hard or soft break). */
  lineBreak?: true;
  /** A formula, whose `text` is its TeX as written (with its dollar signs). */
  math?: { tex: string; display: boolean };
}

/** A text as styled runs, for outputs that are not HTML (PowerPoint). */
export function inlineSpans(text: string): InlineSpan[] {
  const out: InlineSpan[] = [];
  let bold = 0;
  let italic = 0;
  const links: Array<string | undefined> = [];
  const push = (piece: string, extra: Partial<InlineSpan> = {}) => {
    if (!piece && !extra.lineBreak) return;
    const href = links.findLast((l) => l !== undefined);
    out.push({
      text: piece,
      ...(bold ? { bold: true } : {}),
      ...(italic ? { italic: true } : {}),
      ...(href ? { href } : {}),
      ...extra,
    });
  };
  for (const token of inlineTokens(text)) {
    switch (token.type) {
      case 'text':
      case 'text_special':
        push(token.content);
        break;
      case 'code_inline':
        push(token.content, { code: true });
        break;
      case 'math_inline':
      case 'math_display':
        // The output sets it as it can (PowerPoint: linear text), or shows the TeX as written.
        push(`${token.markup}${token.content}${token.markup}`, {
          math: { tex: token.content, display: token.type === 'math_display' },
        });
        break;
      case 'softbreak':
      case 'hardbreak':
        push('', { lineBreak: true });
        break;
      case 'strong_open':
        bold++;
        break;
      case 'strong_close':
        bold = Math.max(0, bold - 1);
        break;
      case 'em_open':
        italic++;
        break;
      case 'em_close':
        italic = Math.max(0, italic - 1);
        break;
      case 'link_open': {
        const href = String(token.attrGet('href') ?? '');
        links.push(SAFE_HREF.test(href) ? href : undefined);
        break;
      }
      case 'link_close':
        links.pop();
        break;
      default:
        if (token.content) push(token.content);
    }
  }
  return out;
}

/**
 * How many characters wide the text sets, for the fit estimate: its plain text, with each
 * formula counted by its typeset width rather than its TeX (`texWidth`).
 */
export function inlineSetLength(text: string): number {
  if (!text.includes('$')) return inlinePlainText(text).length;
  let n = 0;
  for (const token of inlineTokens(text)) {
    if (token.type === 'text' || token.type === 'code_inline' || token.type === 'text_special')
      n += token.content.length;
    else if (token.type === 'softbreak' || token.type === 'hardbreak') n += 1;
    else if (token.type === 'math_inline' || token.type === 'math_display')
      n += texWidth(token.content, token.type === 'math_display');
  }
  return n;
}

/** A formula's TeX with its dollar signs, as written. */
const asWritten = (tex: string, display: boolean): string => (display ? `$$${tex}$$` : `$${tex}$`);

/**
 * The text a reader sees, without Markdown: for summaries, outlines, aria labels and search.
 * `formula` says how a formula reads (its TeX as written, unless told otherwise).
 */
export function inlinePlainText(
  text: string,
  formula: (tex: string, display: boolean) => string = asWritten,
): string {
  let out = '';
  for (const token of inlineTokens(text)) {
    if (token.type === 'text' || token.type === 'code_inline' || token.type === 'text_special')
      out += token.content;
    else if (token.type === 'math_inline' || token.type === 'math_display')
      out += formula(token.content, token.type === 'math_display');
    else if (token.type === 'softbreak' || token.type === 'hardbreak') out += ' ';
  }
  return out;
}
