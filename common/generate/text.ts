/**
 * Small text helpers for generation: slugs for folder names and ids, and bullet condensing
 * that only ever deletes words (so every number, name and date stays as the source has it).
 */

/** "The introduction of Western technicians" → "introduction-of-western-technicians" (≤ 48 chars). */
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
  return slug || fallback;
}

/** Openers that carry no content on a slide. Generic English, never tied to one text. */
const FILLERS =
  /^(?:it (?:can|could|should|must|may) be (?:said|noted|argued|seen) that\s+|it is (?:clear|evident|worth noting) that\s+|(?:for (?:example|instance)|in addition|moreover|furthermore|however|thus|therefore|indeed|later|among them|in other words|at the same time|as a result|in fact|of course|notably),\s+)/i;

const MAX_WORDS = 28;

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/**
 * A sentence → one or more bullets. Splits at clause boundaries that start a new statement
 * ("; ", ", while ", ", and in 1935 …"), drops openers and comma-bounded asides that hold no
 * number or name, and removes the final full stop. Only deletes; never rewrites a word.
 */
export function condense(sentence: string): string[] {
  const clauses = splitClauses(sentence.replace(/\s*(?:\.{2,}|…)+\s*$/, '').trim());
  return clauses.map((c) => capitalise(shorten(c.replace(FILLERS, '')).replace(/[.;,:]+$/, '').trim())).filter((c) => /[\p{L}\p{N}]/u.test(c));
}

function splitClauses(sentence: string): string[] {
  if (words(sentence) <= 18) return [sentence];
  const parts: string[] = [];
  const boundary = /;\s+|,\s+(?:while|whereas)\s+|,\s+and\s+(?=(?:in|on|by|during|after|before|from|since|the|this|these|its|his|her|their|it|he|she|they|we)\b)/gi;
  let last = 0;
  for (const m of sentence.matchAll(boundary)) {
    const left = sentence.slice(last, m.index);
    const right = sentence.slice(m.index + m[0].length);
    const sinceComma = left.split(',').pop() ?? '';
    if (words(left) >= 5 && words(right) >= 5 && words(sinceComma) >= 3) {
      parts.push(left);
      last = m.index + m[0].length;
    }
  }
  parts.push(sentence.slice(last));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** Drops ", the world's largest …," style asides (no digit, no capitalised word) when the bullet is long. */
function shorten(clause: string): string {
  let out = clause;
  if (words(out) <= MAX_WORDS / 2) return out;
  out = out.replace(/,\s+((?:the|a|an|which|who|where|mainly|mostly|largely)\s[^,;]{8,120}?)(?=,|$)/g, (whole, aside: string) => {
    const rest = aside.replace(/^\S+\s/, '');
    if (/\d/.test(aside) || /\b[A-Z]/.test(rest) || words(aside) < 4) return whole;
    return '';
  });
  return out.replace(/\s+,/g, ',').replace(/,\s*$/, '');
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Cuts text to at most `max` characters at a word boundary, adding "…". Never splits a number. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const at = cut.search(/\s\S*$/);
  return (at > max / 2 ? cut.slice(0, at) : cut.replace(/[\d.,]+$/, '')).trimEnd() + '…';
}
