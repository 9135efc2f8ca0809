/** Citation operations: cite a reference (with pages) on a block or a bullet, or stop citing it. */
import type { Citation, Deck } from '../deck/schema';
import { findBullet, findSlide, plain } from './find';
import { LIMITS, toLine } from './paste';
import { KEY_ORDER, putField } from './fields';
import { defineOp, refuse } from './types';

const MAX_CITATIONS = 50;

/** What carries citations: a text, quote or figure block (by block id) or a bullet (by bullet id). */
export interface CitationTarget {
  slideId: string;
  targetId: string;
}

/** The drafted citation list of the block or bullet `targetId`. */
function citationsOf(draft: Deck, { slideId, targetId }: CitationTarget): Citation[] {
  const slide = findSlide(draft, slideId);
  const blockIndex = plain(slide.blocks).findIndex((b) => b.id === targetId);
  if (blockIndex >= 0) {
    const block = slide.blocks[blockIndex]!;
    if (block.type === 'bullets' || block.type === 'references') {
      refuse(
        `block "${targetId}"`,
        `a ${block.type} block has no citations of its own; cite on a bullet instead`,
      );
    }
    return block.citations;
  }
  return findBullet(draft, slideId, targetId).item.citations;
}

function indexOfRef(list: readonly Citation[], ref: string, targetId: string): number {
  const index = plain(list).findIndex((c) => c.ref === ref);
  if (index < 0) refuse(`"${targetId}"`, `does not cite reference "${ref}"`);
  return index;
}

/** Pages as typed; empty means "no pages", which removes the field. */
function pagesOf(pages: string | undefined): string | undefined {
  const text = toLine(pages ?? '', LIMITS.pages);
  return text === '' ? undefined : text;
}

export const citationOps = {
  'citation/add': defineOp<CitationTarget & { ref: string; pages?: string }>({
    label: 'Add citation',
    recipe(draft, args) {
      if (!plain(draft.references).some((r) => r.id === args.ref)) {
        refuse('citation', `there is no reference "${args.ref}"; add it to the references first`);
      }
      const list = citationsOf(draft, args);
      if (plain(list).some((c) => c.ref === args.ref))
        refuse('citation', 'this reference is already cited here; edit its pages instead');
      if (list.length >= MAX_CITATIONS)
        refuse('citation', `at most ${MAX_CITATIONS} citations on one block or bullet`);
      const pages = pagesOf(args.pages);
      list.push(pages === undefined ? { ref: args.ref } : { ref: args.ref, pages });
    },
  }),

  'citation/remove': defineOp<CitationTarget & { ref: string }>({
    label: 'Remove citation',
    recipe(draft, args) {
      const list = citationsOf(draft, args);
      list.splice(indexOfRef(list, args.ref, args.targetId), 1);
    },
  }),

  'citation/set-pages': defineOp<CitationTarget & { ref: string; pages: string }>({
    label: 'Typing',
    coalesce: (a) => `${a.targetId}:${a.ref}`,
    recipe(draft, args) {
      const list = citationsOf(draft, args);
      const i = indexOfRef(list, args.ref, args.targetId);
      putField(
        list[i]!,
        'pages',
        pagesOf(args.pages),
        KEY_ORDER.citation,
        (next) => (list[i] = next),
      );
    },
  }),
};
