/**
 * Turning deck text into HTML that can only ever be text. Every string from a deck passes
 * through one of these before it meets markup; nothing from a deck is ever markup or script.
 */

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for an HTML text node or a quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

const REACT_ESCAPES: Record<string, string> = { ...HTML_ESCAPES, "'": '&#x27;' };

/**
 * Escapes text exactly as React's server renderer writes a text node (`'` as `&#x27;`), for
 * markup made beside React's that must be byte for byte what React would have made.
 */
export function escapeAsReact(text: string): string {
  return text.replace(/[&<>"']/g, (c) => REACT_ESCAPES[c] ?? c);
}

/**
 * JSON for a `<script type="application/json">` block: `<`, `>`, `&` and the two JavaScript
 * line separators are written as \u escapes, so no deck text can close the element or open
 * a comment, and `JSON.parse` gives back exactly the original strings.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** Makes script text safe to place between `<script>` tags (a stray `</script` would end it). */
export function scriptBody(code: string): string {
  return code.replace(/<\/(script)/gi, '<\\/$1').replace(/<!--/g, '<\\!--');
}
