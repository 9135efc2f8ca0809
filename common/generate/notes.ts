/**
 * Speaker notes: the passage a slide came from as the reading has it, paragraph by paragraph,
 * then what was left out as a garbled repeat, then one compact line of sentence ids.
 */
import type { Sentence } from '../source/model';

/** "s1.2.3" → ["s1.2", 3] so consecutive sentences of a paragraph can be written as a range. */
function split(id: string): [string, number] | undefined {
  const m = /^(.*)\.(\d+)$/.exec(id);
  return m ? [m[1]!, Number(m[2])] : undefined;
}

/** ["s1.1.3", "s1.1.4", "s1.1.5", "s1.2.1"] → "s1.1.3–5, s1.2.1". */
export function idRanges(ids: readonly string[]): string {
  const out: string[] = [];
  let i = 0;
  while (i < ids.length) {
    const a = split(ids[i]!);
    let j = i;
    while (a && j + 1 < ids.length) {
      const b = split(ids[j + 1]!);
      if (!b || b[0] !== a[0] || b[1] !== a[1] + (j + 1 - i)) break;
      j++;
    }
    out.push(j > i && a ? `${ids[i]}–${a[1] + (j - i)}` : ids[i]!);
    i = j + 1;
  }
  return out.join(', ');
}

const paragraphOf = (id: string) => split(id)?.[0] ?? id;

/**
 * The notes for a slide: its source sentences as prose (a blank line between paragraphs),
 * the garbled repeats left off the slide, and a trailing line naming the sentence ids.
 */
export function passage(sentences: readonly Sentence[], dropped: readonly Sentence[] = [], extra: readonly string[] = []): string {
  const paragraphs: string[][] = [];
  let last: string | undefined;
  for (const s of sentences) {
    const p = paragraphOf(s.id);
    if (p !== last || !paragraphs.length) paragraphs.push([]);
    paragraphs[paragraphs.length - 1]!.push(s.text);
    last = p;
  }
  const parts = paragraphs.map((p) => p.join(' '));
  for (const d of dropped) parts.push(`Left out as a garbled repeat (of ${d.duplicateOf ?? 'its neighbour'}): ${d.text}`);
  parts.push(...extra);
  const ids = [...sentences, ...dropped].map((s) => s.id);
  if (ids.length) parts.push(`Source sentences: ${idRanges(ids)}`);
  return parts.join('\n\n');
}
