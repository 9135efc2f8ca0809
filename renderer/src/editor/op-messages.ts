/**
 * Why an edit was refused, in the lecturer's words. Ops refuse with a `where` that names
 * things by internal id (`bullet "c1-i1"`); the editor shows "Bullet 1 on slide 2" instead,
 * and the labels of references rather than their ids. Pure, so it is unit-tested.
 */
import type { BulletItem, Deck } from '../../../common/deck/schema';

interface Named {
  /** "Bullet 1.2 on slide 3", "Slide 3", "Reference [1]". */
  name: string;
}

const BLOCK_NAMES: Record<string, string> = {
  bullets: 'The bullet list',
  text: 'The text',
  quote: 'The quote',
  figure: 'The figure',
  references: 'The reference list',
};

function bulletNumber(items: readonly BulletItem[], id: string, prefix = ''): string | undefined {
  for (let i = 0; i < items.length; i++) {
    const number = prefix ? `${prefix}.${i + 1}` : String(i + 1);
    if (items[i]!.id === id) return number;
    const inner = bulletNumber(items[i]!.children, id, number);
    if (inner) return inner;
  }
  return undefined;
}

/** The words for the thing with internal id `id`, when the deck has one. */
export function nameOf(deck: Deck, id: string): Named | undefined {
  const ref = deck.references.find((r) => r.id === id);
  if (ref) return { name: `Reference ${ref.label.trim() || '(no label)'}` };
  for (let s = 0; s < deck.slides.length; s++) {
    const slide = deck.slides[s]!;
    const on = `slide ${s + 1}`;
    if (slide.id === id) return { name: `Slide ${s + 1}` };
    for (const block of slide.blocks) {
      if (block.id === id) return { name: `${BLOCK_NAMES[block.type] ?? 'This part'} on ${on}` };
      if (block.type === 'bullets') {
        const number = bulletNumber(block.items, id);
        if (number) return { name: `Bullet ${number} on ${on}` };
      }
    }
  }
  return undefined;
}

const KIND_WORDS: Record<string, string> = {
  bullet: 'This bullet',
  slide: 'This slide',
  block: 'This part of the slide',
  figure: 'This figure',
  reference: 'This reference',
};

function sentence(s: string): string {
  const t = s.trim();
  if (!t) return t;
  const first = t[0]!.toUpperCase() + t.slice(1);
  return /[.!?]$/.test(first) ? first : `${first}.`;
}

/**
 * One refusal as a sentence: `{where: 'bullet "i21"', what: 'the first bullet of a list cannot
 * be indented'}` → "Bullet 1 on slide 2: the first bullet of a list cannot be indented."
 * Quoted ids inside the text become names too; a `where` that is already a word is dropped.
 */
export function refusalText(deck: Deck, p: { where: string; what: string }): string {
  const words = (text: string) =>
    text.replace(/"([^"\s]{1,80})"/g, (whole, id: string) => {
      const named = nameOf(deck, id);
      if (!named) return whole;
      return named.name.startsWith('Reference ')
        ? named.name.slice('Reference '.length)
        : named.name.replace(/^./, (c) => c.toLowerCase());
    });
  const what = words(p.what);
  const m = /^(?:(\w+) )?"([^"]+)"$/.exec(p.where.trim());
  if (m) {
    const named = nameOf(deck, m[2]!);
    const subject = named?.name ?? KIND_WORDS[m[1] ?? ''] ?? 'This';
    // "is already at the top level", "does not cite …" read on from the subject.
    return /^(is|does|has|cannot|can|was)\b/.test(what)
      ? `${subject} ${what.replace(/[.]$/, '')}.`
      : `${subject}: ${sentence(what).replace(/^./, (c) => c.toLowerCase())}`;
  }
  return sentence(what);
}
