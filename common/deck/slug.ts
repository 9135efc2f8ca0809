/**
 * The one rule for a name made from a title: deck folders and files (new, generated, saved
 * as), and ids of generated references. Lower-case ASCII words joined by "-", at most
 * `SLUG_MAX` characters cut at a word, a leading article dropped, never a Windows device name.
 * Stable: the slug of a slug is itself, as `createDeck` requires of a slug it is given.
 */

export const SLUG_MAX = 48;
const ARTICLES = new Set(['the', 'a', 'an']);
/** Windows refuses these names as files and folders, whatever the extension ("con.lectern"). */
export const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/;

/** "The introduction of Western technicians" → "introduction-of-western-technicians"; "CON" → "con-deck". */
export function slugify(text: string, fallback = 'deck'): string {
  let words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  // "The …" and "A …" sort and read better without the article; a title that is only an
  // article keeps it, so that a slug stays its own slug.
  while (words.length > 1 && ARTICLES.has(words[0]!)) words = words.slice(1);
  let slug = '';
  for (const w of words) {
    if ((slug ? slug.length + 1 : 0) + w.length > SLUG_MAX) break;
    slug = slug ? `${slug}-${w}` : w;
  }
  // One word longer than the limit is cut inside it rather than lost.
  if (!slug && words[0]) slug = words[0].slice(0, SLUG_MAX);
  if (WINDOWS_DEVICE.test(slug)) return `${slug}-${fallback}`;
  return slug || fallback;
}
