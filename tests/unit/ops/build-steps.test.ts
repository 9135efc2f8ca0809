/**
 * Build steps: the slide toggle and the block toggle set `fragment` on many items in one
 * undo step, report their state for the inspector and the sorter, and refuse in words.
 */
import { describe, expect, it } from 'vitest';
import type { BulletItem, BulletsBlock, Deck } from '../../../common/deck/schema';
import {
  blockBuildState,
  buildsStepByStep,
  slideBuildState,
} from '../../../common/ops/build-steps';
import { createEditorState, dispatch, undo } from '../../../common/ops/history';
import { serializeDeck } from '../../../common/deck/serialize';
import { roundTrip, smallDeck } from './fixture';

const slideOf = (d: Deck, id: string) => d.slides.find((s) => s.id === id)!;
const list = (d: Deck): BulletsBlock => slideOf(d, 's2').blocks[0] as BulletsBlock;
const flags = (items: readonly BulletItem[]): unknown[] =>
  items.map((i) =>
    i.children.length ? [Boolean(i.fragment), flags(i.children)] : Boolean(i.fragment),
  );

describe('slide/set-build-steps', () => {
  it('turns every bullet on, then off again, each as one undo step', () => {
    const { after: on } = roundTrip(smallDeck(), {
      op: 'slide/set-build-steps',
      args: { slideId: 's2', on: true },
    });
    expect(flags(list(on).items)).toEqual([[true, [true]], true, true]);
    expect(slideBuildState(slideOf(on, 's2'))).toBe('all');
    const { after: off } = roundTrip(on, {
      op: 'slide/set-build-steps',
      args: { slideId: 's2', on: false },
    });
    expect(flags(list(off).items)).toEqual([[false, [false]], false, false]);
    // Off leaves no `fragment: false` behind: the file is as it was before.
    expect(serializeDeck(off)).toBe(serializeDeck(smallDeck()));
  });

  it('completes a slide where only some bullets built, touching only those', () => {
    let state = createEditorState(smallDeck());
    state = dispatch(
      state,
      { op: 'bullet/toggle-fragment', args: { slideId: 's2', bulletId: 'i3' } },
      0,
    );
    expect(slideBuildState(slideOf(state.deck, 's2'))).toBe('some');
    const already = list(state.deck).items[1];
    state = dispatch(
      state,
      { op: 'slide/set-build-steps', args: { slideId: 's2', on: true } },
      5000,
    );
    expect(slideBuildState(slideOf(state.deck, 's2'))).toBe('all');
    expect(list(state.deck).items[1]).toBe(already);
    expect(state.past).toHaveLength(2);
    state = undo(state);
    expect(slideBuildState(slideOf(state.deck, 's2'))).toBe('some');
  });

  it('refuses a slide without bullets, in words', () => {
    const state = dispatch(
      createEditorState(smallDeck()),
      { op: 'slide/set-build-steps', args: { slideId: 's3', on: true } },
      0,
    );
    expect(state.problems).toEqual([
      expect.objectContaining({ what: 'has no bullets to show one by one' }),
    ]);
  });
});

describe('block/set-build-steps', () => {
  it('sets every bullet of a list', () => {
    const { after } = roundTrip(smallDeck(), {
      op: 'block/set-build-steps',
      args: { slideId: 's2', blockId: 'b1', on: true },
    });
    expect(blockBuildState(list(after))).toBe('all');
  });

  it('sets a figure as one step and clears it again without leaving a key', () => {
    const { after } = roundTrip(smallDeck(), {
      op: 'block/set-build-steps',
      args: { slideId: 's4', blockId: 'b5', on: true },
    });
    const image = slideOf(after, 's4').blocks[1]!;
    expect(blockBuildState(image)).toBe('all');
    expect(buildsStepByStep(slideOf(after, 's4'))).toBe(true);
    const { after: off } = roundTrip(after, {
      op: 'block/set-build-steps',
      args: { slideId: 's4', blockId: 'b5', on: false },
    });
    expect('fragment' in slideOf(off, 's4').blocks[1]!).toBe(false);
  });

  it('refuses the reference list', () => {
    const state = dispatch(
      createEditorState(smallDeck()),
      { op: 'block/set-build-steps', args: { slideId: 's5', blockId: 'b4', on: true } },
      0,
    );
    expect(state.problems).toEqual([
      expect.objectContaining({ what: 'a reference list is always shown whole' }),
    ]);
  });
});

describe('build state', () => {
  it('is none on a fresh deck and marks nothing in the sorter', () => {
    const deck = smallDeck();
    expect(deck.slides.map(slideBuildState)).toEqual(['none', 'none', 'none', 'none', 'none']);
    expect(deck.slides.some(buildsStepByStep)).toBe(false);
  });
});
