/**
 * Small text helpers for generation: slugs (the deck-wide rule, from deck/slug.ts) for folder
 * names and ids, and clipping to a length.
 */

export { slugify } from '../deck/slug';

/** Cuts text to at most `max` characters at a word boundary, adding "…". Never splits a number. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const at = cut.search(/\s\S*$/);
  return (at > max / 2 ? cut.slice(0, at) : cut.replace(/[\d.,]+$/, '')).trimEnd() + '…';
}

/**
 * The text with its first letter a capital, after any opening quotation mark or bracket:
 * `"freedom of choice" plans` opens a bullet as `"Freedom of choice" plans`.
 */
export const capitalise = (s: string): string =>
  s.replace(/^([\s"“‘([]*)(\p{Ll})/u, (_m, open: string, c: string) => open + c.toUpperCase());

/**
 * The text with its first letter in lower case, to follow a lead ("But fewer …", "Critics:
 * scheme was …"), unless its first word is a name: one the reading capitalises mid-sentence
 * (`names`), an acronym, or one with a capital inside it ("McLean", "DeLong").
 */
export function lowerFirst(text: string, names: ReadonlySet<string>): string {
  const first = text.split(/\s/)[0]!;
  return /^\p{Lu}\p{Ll}+$/u.test(first.replace(/[^\p{L}]+$/u, '')) && !names.has(first)
    ? text.charAt(0).toLowerCase() + text.slice(1)
    : text;
}
