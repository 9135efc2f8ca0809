/** History's patch application: exact, sharing what it does not touch, never changing its input. */
import { describe, expect, it } from 'vitest';
import { produceWithPatches, enablePatches, freeze } from 'immer';
import { applyShared } from '../../../common/ops/patches';
import { createEditorState, dispatch, undo } from '../../../common/ops/history';
import { bigDeck } from './fixture';

enablePatches();

describe('applyShared', () => {
  it('undoing a reorder of 300 slides reuses every slide object and leaves the current deck alone', () => {
    let s = createEditorState(bigDeck(300));
    const original = s.deck;
    s = dispatch(s, { op: 'slide/move', args: { from: 0, to: 300 } }, 0);
    const moved = s.deck;
    s = undo(s);
    expect(s.deck).toStrictEqual(original);
    expect(s.deck.slides.every((slide, i) => slide === original.slides[i])).toBe(true);
    expect(moved.slides[0]!.id).toBe('s2');
    expect(Object.isFrozen(s.deck) && Object.isFrozen(s.deck.slides)).toBe(true);
  });

  it('applies add, remove and replace on arrays and objects like immer does', () => {
    const base = freeze({ list: [1, 2, 3], obj: { a: 1, b: 2 } as Record<string, number> }, true);
    const [next, patches, inverse] = produceWithPatches(base, (d) => {
      d.list.splice(1, 1);
      d.list.push(9, 10);
      delete d.obj.a;
      d.obj.c = 3;
    });
    expect(applyShared(base, patches)).toEqual(next);
    expect(applyShared(next, inverse)).toEqual(base);
    expect(base).toEqual({ list: [1, 2, 3], obj: { a: 1, b: 2 } });
  });

  it('refuses a patch that reaches for the prototype', () => {
    expect(() =>
      applyShared({ a: {} }, [{ op: 'replace', path: ['__proto__', 'x'], value: 1 }]),
    ).toThrow(/refusing patch key/);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});
