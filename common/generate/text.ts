/**
 * Small text helpers for generation: slugs for folder names and ids, and clipping to a length.
 */

/**
 * "The introduction of Western technicians" → "introduction-of-western-technicians" (≤ 48
 * chars); never a Windows device name ("CON" → "con-deck").
 */
export function slugify(text: string, fallback = 'deck'): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  const drop = new Set(['the', 'a', 'an']);
  let slug = '';
  for (const w of words.filter((w, i) => i > 0 || !drop.has(w))) {
    if ((slug + '-' + w).length > 48) break;
    slug = slug ? `${slug}-${w}` : w;
  }
  // Windows refuses these names as files and folders, whatever the extension ("con.lectern").
  if (/^(con|prn|aux|nul|com[1-9]|lpt[1-9])$/.test(slug)) return `${slug}-${fallback}`;
  return slug || fallback;
}

/** Cuts text to at most `max` characters at a word boundary, adding "…". Never splits a number. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const at = cut.search(/\s\S*$/);
  return (at > max / 2 ? cut.slice(0, at) : cut.replace(/[\d.,]+$/, '')).trimEnd() + '…';
}
