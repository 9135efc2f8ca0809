/**
 * Re-import of a changed reading: which slides rest on sentences that changed or vanished.
 * Sentence ids are positional, so a sentence whose id now holds other text is "changed",
 * and one whose id no longer exists is "vanished"; when its old text still exists elsewhere
 * the slide is reported as "moved" with the new id, so the provenance can be updated.
 */
import type { Deck, Slide } from '../deck/schema';
import type { SourceModel } from '../source/model';

export interface StaleSentence {
  sentence: string;
  why: 'changed' | 'vanished' | 'moved';
  /** For "moved": where the same text is now. */
  now?: string;
}

export interface StaleSlide {
  slideId: string;
  title: string;
  sentences: StaleSentence[];
}

function sentenceTexts(model: SourceModel): Map<string, string> {
  const map = new Map<string, string>();
  for (const s of model.sections) for (const p of s.paragraphs) for (const t of p.sentences) map.set(t.id, t.text);
  return map;
}

function slideSentences(slide: Slide, sourceId: string): string[] {
  const ids = new Set<string>();
  const add = (p: { source: string; sentences: string[] } | undefined) => {
    if (p && p.source === sourceId) p.sentences.forEach((s) => ids.add(s));
  };
  add(slide.provenance);
  for (const block of slide.blocks) {
    if (block.type === 'bullets') for (const item of block.items) add(item.provenance);
    else if (block.type !== 'references') add(block.provenance);
  }
  return [...ids];
}

/**
 * Compares the sentences a deck's slides cite (as they were in `before`, the model of the
 * copy kept beside the deck) with `after`, the model of the changed reading.
 */
export function staleSlides(deck: Deck, sourceId: string, before: SourceModel, after: SourceModel): StaleSlide[] {
  const old = sentenceTexts(before);
  const now = sentenceTexts(after);
  const byText = new Map<string, string>();
  for (const [id, text] of now) if (!byText.has(text)) byText.set(text, id);
  const out: StaleSlide[] = [];
  for (const slide of deck.slides) {
    const found: StaleSentence[] = [];
    for (const id of slideSentences(slide, sourceId)) {
      const was = old.get(id);
      const is = now.get(id);
      if (was !== undefined && is === was) continue;
      const movedTo = was !== undefined ? byText.get(was) : undefined;
      if (movedTo) found.push({ sentence: id, why: 'moved', now: movedTo });
      else if (is === undefined) found.push({ sentence: id, why: 'vanished' });
      else found.push({ sentence: id, why: 'changed' });
    }
    if (found.length) out.push({ slideId: slide.id, title: slide.title, sentences: found });
  }
  return out;
}
