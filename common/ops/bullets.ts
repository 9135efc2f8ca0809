/** Bullet operations: text, add, paste, delete, nesting, order and step-by-step reveal. */
import {
  MAX_BULLET_NESTING,
  type BulletItem,
  type BulletsBlock,
  type Deck,
  type Slide,
} from '../deck/schema';
import { findBlockOf, findBullet, findSlide, plain, subtreeHeight } from './find';
import { idMaker } from './ids';
import { newBullet } from './make';
import { KEY_ORDER, putField } from './fields';
import { LIMITS, pasteBullets, toLine } from './paste';
import { defineOp, refuse } from './types';

/**
 * Deepest nesting the editor allows (0 = top level): six levels, as a slide with more is
 * unreadable; never beyond what the schema accepts.
 */
export const MAX_BULLET_DEPTH = Math.min(5, MAX_BULLET_NESTING - 1);

const MAX_BLOCKS = 100;

function roomIn(list: readonly BulletItem[], more: number, depth: number): void {
  const max = depth === 0 ? LIMITS.bulletsPerList : LIMITS.childrenPerBullet;
  if (list.length + more > max)
    refuse('bullets', `a list holds at most ${max} bullets at one level`);
}

/** The bullets block to add to: the given one, else the slide's first, else a new one. */
function targetBlock(
  draft: Deck,
  slide: Slide,
  slideId: string,
  blockId: string | undefined,
  newBlockId: () => string,
): BulletsBlock {
  if (blockId !== undefined) return findBlockOf(draft, slideId, blockId, 'bullets');
  const index = plain(slide.blocks).findIndex((b) => b.type === 'bullets');
  if (index >= 0) return slide.blocks[index] as BulletsBlock;
  if (slide.blocks.length >= MAX_BLOCKS)
    refuse('blocks', `a slide holds at most ${MAX_BLOCKS} blocks`);
  slide.blocks.unshift({ type: 'bullets', id: newBlockId(), items: [] });
  return slide.blocks[0] as BulletsBlock;
}

export interface AddArgs {
  slideId: string;
  /** Insert right after this bullet, at its level. */
  after?: string;
  /** Without `after`: append to this bullets block (default: the slide's first, made if missing). */
  blockId?: string;
}

/** Where new bullets go: the list and the index in it, at the given depth. */
function insertionPoint(
  draft: Deck,
  args: AddArgs,
  newBlockId: () => string,
): { list: BulletItem[]; at: number; depth: number } {
  if (args.after !== undefined) {
    const place = findBullet(draft, args.slideId, args.after);
    return { list: place.siblings, at: place.index + 1, depth: place.depth };
  }
  const block = targetBlock(
    draft,
    findSlide(draft, args.slideId),
    args.slideId,
    args.blockId,
    newBlockId,
  );
  return { list: block.items, at: block.items.length, depth: 0 };
}

export const bulletOps = {
  'bullet/set-text': defineOp<{ slideId: string; bulletId: string; text: string }>({
    label: 'Typing',
    coalesce: (a) => a.bulletId,
    recipe(draft, { slideId, bulletId, text }) {
      findBullet(draft, slideId, bulletId).item.text = toLine(text);
    },
  }),

  'bullet/add': defineOp<AddArgs & { text?: string; id?: string }>({
    label: 'New bullet',
    recipe(draft, args) {
      const ids = idMaker(plain(draft));
      const { list, at, depth } = insertionPoint(draft, args, () => ids('block'));
      roomIn(list, 1, depth);
      list.splice(at, 0, newBullet(ids.claim('bullet', args.id), toLine(args.text ?? '')));
    },
  }),

  /** A multi-line paste becomes several bullets (one undo step), nested as it was indented. */
  'bullet/paste': defineOp<AddArgs & { text: string }>({
    label: 'Paste',
    recipe(draft, args) {
      const pasted = pasteBullets(args.text);
      if (!pasted.length) return;
      const ids = idMaker(plain(draft));
      const { list, at, depth } = insertionPoint(draft, args, () => ids('block'));
      const top: BulletItem[] = [];
      const lastAt: BulletItem[] = []; // the last new bullet at each relative depth
      for (const { text, depth: rel } of pasted) {
        const d = Math.min(rel, lastAt.length, MAX_BULLET_DEPTH - depth);
        const item = newBullet(ids('bullet'), text);
        if (d === 0) top.push(item);
        else {
          const parent = lastAt[d - 1]!;
          if (parent.children.length >= LIMITS.childrenPerBullet)
            refuse('bullets', `a bullet holds at most ${LIMITS.childrenPerBullet} sub-bullets`);
          parent.children.push(item);
        }
        lastAt.length = d;
        lastAt.push(item);
      }
      roomIn(list, top.length, depth);
      list.splice(at, 0, ...top);
    },
  }),

  /** Deletes a bullet with its sub-bullets, or with `keepChildren` lifts them into its place. */
  'bullet/delete': defineOp<{ slideId: string; bulletId: string; keepChildren?: boolean }>({
    label: 'Delete bullet',
    recipe(draft, { slideId, bulletId, keepChildren }) {
      const { siblings, index, depth, item } = findBullet(draft, slideId, bulletId);
      const lifted = keepChildren ? plain(item).children : [];
      roomIn(siblings, lifted.length - 1, depth);
      siblings.splice(index, 1, ...lifted);
    },
  }),

  /** Makes a bullet the last sub-bullet of the one above it. */
  'bullet/indent': defineOp<{ slideId: string; bulletId: string }>({
    label: 'Indent',
    recipe(draft, { slideId, bulletId }) {
      const { siblings, index, depth, item } = findBullet(draft, slideId, bulletId);
      if (index === 0)
        refuse(`bullet "${bulletId}"`, 'the first bullet of a list cannot be indented');
      if (depth + subtreeHeight(plain(item)) > MAX_BULLET_DEPTH) {
        refuse(`bullet "${bulletId}"`, `bullets nest at most ${MAX_BULLET_DEPTH + 1} levels deep`);
      }
      const above = siblings[index - 1]!;
      roomIn(above.children, 1, depth + 1);
      const [moving] = siblings.splice(index, 1);
      above.children.push(moving!);
    },
  }),

  /**
   * Moves a bullet one level out, right after its parent. The bullets that followed it under
   * the same parent become its sub-bullets, so the reading order on the slide is unchanged.
   */
  'bullet/outdent': defineOp<{ slideId: string; bulletId: string }>({
    label: 'Outdent',
    recipe(draft, { slideId, bulletId }) {
      const place = findBullet(draft, slideId, bulletId);
      if (!place.parent) refuse(`bullet "${bulletId}"`, 'is already at the top level');
      const outer = findBullet(draft, slideId, place.parent.id);
      const following = place.siblings.length - place.index - 1;
      roomIn(plain(place.item).children, following, place.depth);
      roomIn(outer.siblings, 1, outer.depth);
      const tail = place.siblings.splice(place.index + 1);
      const [moving] = place.siblings.splice(place.index, 1);
      moving!.children.push(...tail);
      outer.siblings.splice(outer.index + 1, 0, moving!);
    },
  }),

  /** Moves a bullet among its siblings to index `to`. */
  'bullet/move': defineOp<{ slideId: string; bulletId: string; to: number }>({
    label: 'Move bullet',
    recipe(draft, { slideId, bulletId, to }) {
      const { siblings, index } = findBullet(draft, slideId, bulletId);
      const target = Math.max(0, Math.min(Math.trunc(to), siblings.length - 1));
      if (target === index) return;
      const [moving] = siblings.splice(index, 1);
      siblings.splice(target, 0, moving!);
    },
  }),

  'bullet/toggle-fragment': defineOp<{ slideId: string; bulletId: string }>({
    label: 'Step-by-step',
    recipe(draft, { slideId, bulletId }) {
      const { item, siblings, index } = findBullet(draft, slideId, bulletId);
      putField(
        item,
        'fragment',
        item.fragment ? undefined : true,
        KEY_ORDER.bullet,
        (next) => (siblings[index] = next),
      );
    },
  }),
};
