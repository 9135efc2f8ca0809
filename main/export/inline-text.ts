/**
 * The small inline Markdown of bullet text (strong, emphasis, code, links) as static HTML.
 * Every piece of text is escaped; a link keeps its href only when it is http(s) or mailto.
 * Used by the stand-in slide renderer until the shared SlideView's static render is wired in.
 */
import { escapeHtml } from './escape';

const TOKEN = /(\*\*[^*]+\*\*|\*[^*]+\*|_[^_]+_|`[^`]+`|\[[^\]]+\]\([^)\s]+\))/g;

/** True for hrefs a student may follow from an export: web pages and e-mail only. */
export function isSafeHref(href: string): boolean {
  return /^(https?:\/\/|mailto:)/i.test(href);
}

/** Renders one line of inline Markdown to escaped HTML. */
export function inlineHtml(text: string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(TOKEN)) {
    out += escapeHtml(text.slice(last, m.index));
    out += token(m[0]);
    last = m.index + m[0].length;
  }
  return out + escapeHtml(text.slice(last));
}

function token(t: string): string {
  if (t.startsWith('**')) return `<strong>${escapeHtml(t.slice(2, -2))}</strong>`;
  if (t.startsWith('`')) return `<code>${escapeHtml(t.slice(1, -1))}</code>`;
  if (t.startsWith('[')) {
    const m = /^\[([^\]]+)\]\(([^)\s]+)\)$/.exec(t);
    if (m && isSafeHref(m[2]!)) return `<a href="${escapeHtml(m[2]!)}">${escapeHtml(m[1]!)}</a>`;
    return escapeHtml(t);
  }
  return `<em>${escapeHtml(t.slice(1, -1))}</em>`;
}
