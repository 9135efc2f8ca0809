/** Undo history: typing bursts, gestures, redo, the saved point, the length bound, selection. */
import { describe, expect, it } from 'vitest';
import { serializeDeck } from '../../../common/deck/serialize';
import {
  bailToMark,
  canRedo,
  canUndo,
  createEditorState,
  dispatch,
  endMark,
  isDirty,
  keepExisting,
  mark,
  markSaved,
  redo,
  redoLabel,
  revision,
  undo,
  undoLabel,
  type EditorState,
} from '../../../common/ops/history';
import type { Op } from '../../../common/ops/registry';
import { smallDeck } from './fixture';

const typeBullet = (text: string): Op => ({
  op: 'bullet/set-text',
  args: { slideId: 's2', bulletId: 'i3', text },
});
const bulletText = (s: EditorState): string => {
  const b = s.deck.slides[1]!.blocks[0]!;
  return b.type === 'bullets' ? b.items[1]!.text : '';
};

/** Types `word` one key at a time, `gap` ms apart, starting at `t0`, after what is there. */
function typeWord(state: EditorState, word: string, t0: number, gap = 100): EditorState {
  let s = state;
  for (let k = 0; k < word.length; k++)
    s = dispatch(s, typeBullet(bulletText(s) + word[k]), t0 + k * gap);
  return s;
}

describe('typing bursts', () => {
  it('a burst of keystrokes is one undo step', () => {
    let s = createEditorState(smallDeck());
    s = typeWord(s, ' and generators', 0);
    expect(bulletText(s)).toBe('Turbines and generators');
    expect(s.past).toHaveLength(1);
    expect(undoLabel(s)).toBe('Typing');
    s = undo(s);
    expect(bulletText(s)).toBe('Turbines');
    expect(canUndo(s)).toBe(false);
    s = redo(s);
    expect(bulletText(s)).toBe('Turbines and generators');
  });

  it('a pause longer than the window starts a new step', () => {
    let s = createEditorState(smallDeck(), { burstMs: 1000 });
    s = typeWord(s, ' and', 0);
    s = typeWord(s, ' dams', 300 + 2000);
    expect(s.past).toHaveLength(2);
    expect(bulletText(undo(s))).toBe('Turbines and');
  });

  it('typing in another field, or leaving the field, starts a new step', () => {
    let s = createEditorState(smallDeck());
    s = typeWord(s, 'X', 0);
    s = dispatch(
      s,
      { op: 'bullet/set-text', args: { slideId: 's2', bulletId: 'i4', text: 'Steel!' } },
      50,
    );
    s = typeWord(s, 'Y', 100);
    expect(s.past).toHaveLength(3);
    s = endMark(mark(s, undefined, { byTarget: true })); // in the field and out again
    s = typeWord(s, 'Z', 150);
    expect(s.past).toHaveLength(4);
  });

  it('a time going backwards (clock change) does not merge', () => {
    let s = createEditorState(smallDeck());
    s = typeWord(s, 'a', 5000);
    s = typeWord(s, 'b', 1000);
    expect(s.past).toHaveLength(2);
  });

  it('non-typing ops never merge', () => {
    let s = createEditorState(smallDeck());
    s = dispatch(s, { op: 'slide/add', args: { after: 0, layout: 'title' } }, 0);
    s = dispatch(s, { op: 'slide/add', args: { after: 0, layout: 'title' } }, 1);
    expect(s.past).toHaveLength(2);
  });
});

describe('gestures (marks)', () => {
  it('every edit between mark and endMark is one step', () => {
    const start = createEditorState(smallDeck());
    let s = mark(start, 'Drag slides');
    s = dispatch(s, { op: 'slide/nudge', args: { slideIds: ['s1'], by: 1 } }, 0);
    s = dispatch(s, { op: 'slide/nudge', args: { slideIds: ['s1'], by: 1 } }, 5000);
    s = dispatch(s, { op: 'slide/set-title', args: { slideId: 's1', title: 'Moved' } }, 6000);
    s = endMark(s);
    expect(s.deck.slides.map((x) => x.id)).toEqual(['s2', 's3', 's1', 's4', 's5']);
    expect(s.past).toHaveLength(1);
    expect(undoLabel(s)).toBe('Drag slides');
    s = undo(s);
    expect(s.deck).toStrictEqual(start.deck);
    expect(redoLabel(s)).toBe('Drag slides');
    s = dispatch(s, typeBullet('after'), 7000);
    expect(s.past).toHaveLength(1);
  });

  it('bailing out of a gesture restores the deck and leaves nothing to redo', () => {
    let s = createEditorState(smallDeck());
    s = typeWord(s, '!', 0);
    const before = s.deck;
    s = mark(s, 'Drag');
    s = dispatch(s, { op: 'slide/move', args: { from: 0, to: 3 } }, 10);
    s = bailToMark(s);
    expect(s.deck).toStrictEqual(before);
    expect(s.past).toHaveLength(1);
    expect(canRedo(s)).toBe(false);
  });

  it('a field is one step per target however long the pauses, until it is left', () => {
    let s = createEditorState(smallDeck(), { burstMs: 1000 });
    s = mark(s, undefined, { byTarget: true });
    s = typeWord(s, ' and', 0);
    s = typeWord(s, ' dams', 60_000); // a minute's thought is still the same edit
    expect(s.past).toHaveLength(1);
    expect(undoLabel(s)).toBe('Typing'); // no label: the edit's own name
    // Another target while the field is open (a new bullet, a shortcut) is a step of its own…
    s = dispatch(s, { op: 'slide/add', args: { after: 4, layout: 'title' } }, 61_000);
    s = typeWord(s, '!', 62_000);
    expect(s.past).toHaveLength(3);
    // …and leaving the field ends the step even for the same target.
    s = endMark(s);
    s = typeWord(s, '?', 62_100);
    expect(s.past).toHaveLength(4);
    expect(bulletText(s)).toBe('Turbines and dams!?');
    s = undo(undo(undo(s)));
    expect(bulletText(s)).toBe('Turbines and dams');
    expect(bulletText(undo(s))).toBe('Turbines');
  });

  it('a save inside an open field keeps the saved step, and the field goes on', () => {
    let s = createEditorState(smallDeck());
    s = mark(s, undefined, { byTarget: true });
    s = typeWord(s, ' and', 0);
    s = markSaved(s);
    s = typeWord(s, ' dams', 5000);
    expect(s.past).toHaveLength(2);
    s = typeWord(s, ' too', 90_000);
    expect(s.past).toHaveLength(2);
    s = undo(s);
    expect(bulletText(s)).toBe('Turbines and');
    expect(isDirty(s)).toBe(false);
  });

  it('a typing burst does not swallow the gesture after it', () => {
    let s = createEditorState(smallDeck());
    s = typeWord(s, 'a', 0);
    s = endMark(mark(s, 'Fix'));
    s = typeWord(s, 'b', 10);
    expect(s.past).toHaveLength(2);
  });
});

describe('redo', () => {
  it('a new edit after undo clears redo', () => {
    let s = createEditorState(smallDeck());
    s = dispatch(s, { op: 'slide/delete', args: { slideIds: ['s1'] } }, 0);
    s = undo(s);
    expect(canRedo(s)).toBe(true);
    s = dispatch(s, { op: 'slide/set-title', args: { slideId: 's1', title: 'Kept' } }, 10);
    expect(canRedo(s)).toBe(false);
    expect(redo(s)).toBe(s);
  });

  it('undo and redo with nothing to do return the same state', () => {
    const s = createEditorState(smallDeck());
    expect(undo(s)).toBe(s);
    expect(redo(s)).toBe(s);
  });
});

describe('refused and empty edits', () => {
  it('a refused edit leaves the deck and history alone and says why', () => {
    const s0 = createEditorState(smallDeck());
    const s = dispatch(s0, { op: 'meta/set', args: { field: 'date', value: '1 Oct' } }, 0);
    expect(s.deck).toBe(s0.deck);
    expect(s.past).toHaveLength(0);
    expect(s.problems).toEqual([
      { where: 'date', what: 'must be a date as YYYY-MM-DD', severity: 'error' },
    ]);
    expect(
      dispatch(s, { op: 'meta/set', args: { field: 'date', value: '2025-10-02' } }, 1).problems,
    ).toEqual([]);
  });

  it('an edit to a slide that is gone is refused, not a crash', () => {
    const s = dispatch(createEditorState(smallDeck()), typeBullet('x'), 0);
    const gone = dispatch(
      s,
      { op: 'bullet/set-text', args: { slideId: 's9', bulletId: 'i3', text: 'x' } },
      1,
    );
    expect(gone.problems[0]!.what).toBe('this slide no longer exists');
  });

  it('an edit that changes nothing adds no step', () => {
    const s0 = createEditorState(smallDeck());
    const s = dispatch(
      s0,
      { op: 'slide/set-title', args: { slideId: 's2', title: 'Equipment' } },
      0,
    );
    expect(s).toBe(s0);
  });
});

describe('dirty tracking', () => {
  it('undoing back to the saved point is clean; redoing past it is dirty', () => {
    let s = createEditorState(smallDeck());
    expect(isDirty(s)).toBe(false);
    s = dispatch(s, { op: 'slide/delete', args: { slideIds: ['s1'] } }, 0);
    expect(isDirty(s)).toBe(true);
    s = markSaved(s);
    expect(isDirty(s)).toBe(false);
    s = dispatch(s, { op: 'slide/delete', args: { slideIds: ['s2'] } }, 10);
    expect(isDirty(s)).toBe(true);
    s = undo(s);
    expect(isDirty(s)).toBe(false);
    s = undo(s);
    expect(isDirty(s)).toBe(true);
    s = redo(s);
    expect(isDirty(s)).toBe(false);
  });

  it('typing on after a save makes the deck dirty, and undo can return to the saved text', () => {
    let s = createEditorState(smallDeck());
    s = typeWord(s, 'ab', 0);
    s = markSaved(s);
    s = typeWord(s, 'c', 250);
    expect(isDirty(s)).toBe(true);
    expect(s.past).toHaveLength(2);
    s = undo(s);
    expect(bulletText(s)).toBe('Turbinesab');
    expect(isDirty(s)).toBe(false);
  });

  it('a save that finished after more typing records only what it wrote', () => {
    let s = createEditorState(smallDeck());
    s = typeWord(s, 'ab', 0);
    const writing = revision(s);
    const written = serializeDeck(s.deck);
    s = typeWord(s, 'c', 250);
    s = markSaved(s, writing);
    expect(isDirty(s)).toBe(true);
    expect(written).toContain('"Turbinesab"');
  });

  it('the saved point dropped from a full history never reads as clean', () => {
    let s = createEditorState(smallDeck(), { limit: 3 });
    for (let k = 0; k < 5; k++)
      s = dispatch(
        s,
        { op: 'slide/set-title', args: { slideId: 's1', title: `T${k}` } },
        k * 10_000,
      );
    expect(s.past).toHaveLength(3);
    while (canUndo(s)) s = undo(s);
    expect(s.deck.slides[0]!.title).toBe('T1');
    expect(isDirty(s)).toBe(true);
  });
});

describe('selection is not in history', () => {
  it('the editor state holds no selection, and undo leaves the caller\u2019s selection as it was', () => {
    let s = createEditorState(smallDeck());
    const selection = { current: 's3', selected: ['s3', 's4'] };
    const snapshot = structuredClone(selection);
    s = dispatch(s, { op: 'slide/set-title', args: { slideId: 's3', title: 'New' } }, 0);
    selection.current = 's4'; // the lecturer clicks another slide: no history step
    expect(s.past).toHaveLength(1);
    s = undo(s);
    expect(selection.current).toBe('s4');
    s = redo(s);
    expect(Object.keys(s)).not.toContain('selection');
    expect(selection.selected).toEqual(snapshot.selected);
  });

  it('after undoing an add, the selection keeps only slides that exist', () => {
    let s = createEditorState(smallDeck());
    s = dispatch(s, { op: 'slide/add', args: { after: 0, layout: 'title', id: 'fresh' } }, 0);
    s = undo(s);
    expect(keepExisting(s.deck, ['s1', 'fresh'])).toEqual(['s1']);
  });
});

describe('length bound', () => {
  it('keeps the newest `limit` steps', () => {
    let s = createEditorState(smallDeck(), { limit: 500 });
    for (let k = 0; k < 520; k++)
      s = dispatch(
        s,
        { op: 'slide/set-hidden', args: { slideIds: ['s1'], hidden: k % 2 === 0 } },
        k * 10_000,
      );
    expect(s.past).toHaveLength(500);
    let n = 0;
    while (canUndo(s)) {
      s = undo(s);
      n++;
    }
    expect(n).toBe(500);
  });
});
