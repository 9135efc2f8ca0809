/** Fresh deck parts, shaped exactly as `Deck.parse` would give them back (defaults filled in). */
import type { Block, BulletItem, Deck, Layout, Slide } from '../deck/schema';
import type { IdMaker } from './ids';

export function newBullet(id: string, text = ''): BulletItem {
  return { id, text, children: [], citations: [] };
}

/** A slide with the blocks its layout is for, so the lecturer can start typing at once. */
export function newSlide(deck: Deck, ids: IdMaker, layout: Layout, id: string, title = ''): Slide {
  const blocks: Block[] = [];
  if (layout === 'bullets' || layout === 'bullets-figure') {
    blocks.push({ type: 'bullets', id: ids('block'), items: [newBullet(ids('bullet'))] });
  } else if (layout === 'quote') {
    blocks.push({ type: 'quote', id: ids('block'), text: '', citations: [] });
  } else if (layout === 'references') {
    blocks.push({
      type: 'references',
      id: ids('block'),
      refs: deck.references.slice(0, 500).map((r) => r.id),
    });
  }
  return { id, layout, title, blocks, notes: '' };
}

/** A deep copy of `slide` with new ids for the slide, its blocks and every bullet. */
export function copySlide(slide: Slide, ids: IdMaker): Slide {
  const copy = JSON.parse(JSON.stringify(slide)) as Slide;
  copy.id = ids('slide');
  const reId = (items: BulletItem[]): void => {
    for (const item of items) {
      item.id = ids('bullet');
      reId(item.children);
    }
  };
  for (const block of copy.blocks) {
    block.id = ids('block');
    if (block.type === 'bullets') reId(block.items);
  }
  return copy;
}
