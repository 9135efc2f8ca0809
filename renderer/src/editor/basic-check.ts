/**
 * The checks the editor can run by itself while the full deck check (common/check) is not
 * available: what a careful colleague would flag first. Each problem names its slide.
 */
import type { Deck } from '../../../common/deck/schema';

export interface SlideProblem {
  /** Index of the slide, or -1 for the deck as a whole. */
  slide: number;
  what: string;
  severity: 'error' | 'warning';
}

/** Problems of `deck`; `missingAssets` are image paths the host said are not there. */
export function basicCheck(deck: Deck, missingAssets: ReadonlySet<string>): SlideProblem[] {
  const out: SlideProblem[] = [];
  const refs = new Map(deck.references.map((r) => [r.id, r]));
  deck.slides.forEach((slide, i) => {
    if (!slide.title.trim() && slide.layout !== 'free') out.push({ slide: i, what: 'has no title', severity: 'warning' });
    const cite = (c: { ref: string }) => {
      if (!refs.has(c.ref)) out.push({ slide: i, what: `cites reference “${c.ref}”, which is not in the reference list`, severity: 'error' });
    };
    for (const b of slide.blocks) {
      if (b.type === 'figure') {
        if (!b.alt.trim()) out.push({ slide: i, what: `a figure${b.caption ? ` (“${b.caption}”)` : ''} has no alt text`, severity: 'error' });
        if (b.figure.kind === 'image' && missingAssets.has(b.figure.asset)) out.push({ slide: i, what: `the image “${b.figure.asset}” is missing from the deck folder`, severity: 'error' });
        b.citations.forEach(cite);
      } else if (b.type === 'quote' || b.type === 'text') b.citations.forEach(cite);
      else if (b.type === 'bullets') {
        const walk = (items: typeof b.items) => items.forEach((it) => (it.citations.forEach(cite), walk(it.children)));
        walk(b.items);
      }
    }
  });
  deck.references.forEach((r) => {
    if (r.missing.length || !r.text.trim()) out.push({ slide: -1, what: `reference ${r.label} lacks details (${r.missing.length ? r.missing.join(', ') : 'no full text'})`, severity: 'warning' });
  });
  return out;
}
