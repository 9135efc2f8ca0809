/**
 * Re-import of a changed reading: which slides rest on sentences that changed or vanished.
 * Sentence ids are positional, so a sentence whose id now holds other text is "changed",
 * and one whose id no longer exists is "vanished"; when its old text still exists elsewhere
 * the slide is reported as "moved" with the new id, so the provenance can be updated.
 */
import type { BulletItem, Deck, Provenance, Slide } from '../deck/schema';
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
  for (const s of model.sections)
    for (const p of s.paragraphs) for (const t of p.sentences) map.set(t.id, t.text);
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
export function staleSlides(
  deck: Deck,
  sourceId: string,
  before: SourceModel,
  after: SourceModel,
): StaleSlide[] {
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

/**
 * `deck` given an updated reading: each provenance that named a sentence now elsewhere names
 * it where it is ("moved"), and each slide resting on a sentence that changed or vanished is
 * marked `stale` for the lecturer to review (Check lists it; an audience never sees it). A
 * slide already marked keeps its earlier marks too. Pure: returns a new deck.
 */
export function updateForReading(deck: Deck, sourceId: string, stale: readonly StaleSlide[]): Deck {
  const bySlide = new Map(stale.map((s) => [s.slideId, s.sentences]));
  const renamed = (
    p: Provenance | undefined,
    moved: ReadonlyMap<string, string>,
  ): Provenance | undefined =>
    p && p.source === sourceId && p.sentences.some((id) => moved.has(id))
      ? { ...p, sentences: p.sentences.map((id) => moved.get(id) ?? id) }
      : p;
  const withProvenance = <T extends { provenance?: Provenance }>(
    x: T,
    moved: ReadonlyMap<string, string>,
  ): T => {
    const p = renamed(x.provenance, moved);
    return p === x.provenance ? x : { ...x, provenance: p };
  };
  const items = (list: readonly BulletItem[], moved: ReadonlyMap<string, string>): BulletItem[] =>
    list.map((i) => ({ ...withProvenance(i, moved), children: items(i.children, moved) }));
  const slides = deck.slides.map((slide) => {
    const found = bySlide.get(slide.id);
    if (!found) return slide;
    const moved = new Map(
      found.filter((s) => s.why === 'moved' && s.now).map((s) => [s.sentence, s.now!]),
    );
    const marks = [
      ...(slide.stale ?? []),
      ...found
        .filter((s) => s.why !== 'moved')
        .map((s) => ({ sentence: s.sentence, why: s.why as 'changed' | 'vanished' })),
    ];
    const unique = marks.filter((m, i) => marks.findIndex((n) => n.sentence === m.sentence) === i);
    const blocks = slide.blocks.map((b) =>
      b.type === 'bullets'
        ? { ...b, items: items(b.items, moved) }
        : b.type === 'references'
          ? b
          : withProvenance(b, moved),
    );
    const next: Slide = { ...withProvenance(slide, moved), blocks };
    return unique.length ? { ...next, stale: unique } : next;
  });
  return { ...deck, slides };
}
