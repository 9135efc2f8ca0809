/**
 * The editor's deck store: every edit is a named op, undo and redo replay patches, a typing
 * burst (or a field, from entering to leaving it) is one step, and "unsaved" follows the
 * revision on disk.
 */
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DeckStore, useDeckView, type DeckView } from '../../../../renderer/src/editor/deck-store';
import { smallDeck } from '../../ops/fixture';
import { renderHook } from '../hook';

let clock = 0;
beforeEach(() => {
  clock = 0;
  // The store stamps each edit with performance.now(); the tests move that clock by hand.
  vi.spyOn(performance, 'now').mockImplementation(() => clock);
});
afterEach(() => {
  vi.restoreAllMocks();
});

const setTitle = (store: DeckStore, title: string, at: number) => {
  clock = at;
  return store.dispatch({ op: 'slide/set-title', args: { slideId: 's2', title } });
};
const title = (s: DeckStore | DeckView) => s.deck.slides[1]!.title;

/** Types `word` after the title, one key every `gap` ms from `t0`. */
function type(store: DeckStore, word: string, t0: number, gap = 100): void {
  for (let k = 0; k < word.length; k++) setTitle(store, title(store) + word[k], t0 + k * gap);
}

describe('the deck store', () => {
  it('applies a named op, tells each listener once, and offers it to Undo', () => {
    const store = new DeckStore(smallDeck());
    const heard = vi.fn();
    store.subscribe(heard);
    const before = store.getSnapshot();
    expect(before).toMatchObject({
      canUndo: false,
      canRedo: false,
      dirty: false,
      undoLabel: undefined,
    });

    expect(setTitle(store, 'Machines', 0)).toEqual([]);
    const after = store.getSnapshot();
    expect(heard).toHaveBeenCalledTimes(1);
    expect(after).not.toBe(before);
    expect(title(after)).toBe('Machines');
    expect(after).toMatchObject({
      canUndo: true,
      canRedo: false,
      dirty: true,
      undoLabel: 'Typing',
    });
    // The view a component already holds is not changed behind its back.
    expect(title(before)).toBe('Equipment');
  });

  it('keeps the same snapshot, and stays quiet, when nothing changed', () => {
    const store = new DeckStore(smallDeck());
    const heard = vi.fn();
    store.subscribe(heard);
    const first = store.getSnapshot();
    expect(store.getSnapshot()).toBe(first); // useSyncExternalStore needs this, or it renders forever
    setTitle(store, 'Equipment', 0); // the title it already has
    store.undo(); // nothing to undo
    store.redo(); // nothing to redo
    store.leaveField(); // no field was open
    store.enterField(); // entering and leaving a field is history's business, not the view's
    store.leaveField();
    expect(heard).not.toHaveBeenCalled();
    expect(store.getSnapshot()).toBe(first);
  });

  it('refuses an edit in words, leaves the deck as it was, and forgets the refusal at the next edit', () => {
    const store = new DeckStore(smallDeck());
    const problems = store.dispatch({
      op: 'slide/set-title',
      args: { slideId: 'gone', title: 'X' },
    });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]!.what).toMatch(/\w+ \w+/);
    expect(store.getSnapshot()).toMatchObject({ canUndo: false, dirty: false, problems });
    expect(store.deck).toEqual(smallDeck());

    expect(setTitle(store, 'Machines', 0)).toEqual([]);
    expect(store.getSnapshot().problems).toEqual([]);
  });

  it('hands out a frozen deck, so nothing in the UI can change it without an op', () => {
    const store = new DeckStore(smallDeck());
    expect(() => {
      (store.deck.slides[1] as { title: string }).title = 'Changed in place';
    }).toThrow();
    setTitle(store, 'Machines', 0);
    expect(Object.isFrozen(store.deck.slides[1])).toBe(true);
  });
});

describe('undo and redo', () => {
  it('takes a typing burst back as one step, and a sealed field starts the next step', () => {
    const store = new DeckStore(smallDeck());
    type(store, ' list', 0);
    expect(title(store)).toBe('Equipment list');
    store.enterField();
    store.leaveField(); // the field lost focus
    type(store, 's', 600); // well within the burst window, but after the field was left
    expect(title(store)).toBe('Equipment lists');

    store.undo();
    expect(title(store)).toBe('Equipment list');
    store.undo();
    expect(title(store)).toBe('Equipment');
    expect(store.getSnapshot()).toMatchObject({
      canUndo: false,
      canRedo: true,
      redoLabel: 'Typing',
      dirty: false,
    });
  });

  it('keeps a field one step from entering to leaving, pauses and all', () => {
    const store = new DeckStore(smallDeck());
    store.enterField();
    type(store, ' and', 0);
    type(store, ' tools', 30_000); // half a minute's thought, same field
    store.leaveField();
    store.enterField(); // straight back in: a new step
    type(store, '!', 30_700);
    expect(title(store)).toBe('Equipment and tools!');

    store.undo();
    expect(title(store)).toBe('Equipment and tools');
    // Still in the field after the undo: what comes next is again one step of its own.
    type(store, '?', 31_000);
    type(store, '?', 90_000);
    expect(title(store)).toBe('Equipment and tools??');
    store.undo();
    expect(title(store)).toBe('Equipment and tools');
    store.undo();
    expect(title(store)).toBe('Equipment');
  });

  it('takes several edits made as one action back in one step, under its name', () => {
    const store = new DeckStore(smallDeck());
    store.asOneStep('Import bibliography', () => {
      setTitle(store, 'Machines', 0);
      store.dispatch({ op: 'slide/delete', args: { slideIds: ['s3'] } });
    });
    expect(store.getSnapshot().undoLabel).toBe('Import bibliography');
    setTitle(store, 'Machines!', 100); // after the action: a step of its own
    store.undo();
    expect(title(store)).toBe('Machines');
    store.undo();
    expect(store.deck).toEqual(smallDeck());
    expect(store.getSnapshot().canUndo).toBe(false);
  });

  it('reads the time of each keystroke: a pause of more than a second is a new step', () => {
    const store = new DeckStore(smallDeck());
    type(store, ' and', 0);
    type(store, ' tools', 300 + 1500);
    store.undo();
    expect(title(store)).toBe('Equipment and');
  });

  it('redoes what was undone, and a new edit after an undo drops the redo', () => {
    const store = new DeckStore(smallDeck());
    store.dispatch({ op: 'slide/delete', args: { slideIds: ['s3'] } });
    expect(store.deck.slides.map((s) => s.id)).toEqual(['s1', 's2', 's4', 's5']);
    expect(store.getSnapshot().undoLabel).toBe('Delete slide');

    store.undo();
    expect(store.deck).toEqual(smallDeck());
    expect(store.getSnapshot().redoLabel).toBe('Delete slide');
    store.redo();
    expect(store.deck.slides.map((s) => s.id)).toEqual(['s1', 's2', 's4', 's5']);

    store.undo();
    setTitle(store, 'Machines', 5000);
    expect(store.getSnapshot()).toMatchObject({ canRedo: false, redoLabel: undefined });
    store.redo();
    expect(store.deck.slides).toHaveLength(5);
  });
});

describe('unsaved changes', () => {
  it('is clean after a save, dirty after an edit, and clean again when undo returns to the saved deck', () => {
    const store = new DeckStore(smallDeck());
    setTitle(store, 'Machines', 0);
    store.saved(store.revision());
    expect(store.getSnapshot().dirty).toBe(false);

    // The save sealed the burst: the next key is a step of its own, so undo can stop at the saved deck.
    setTitle(store, 'Machines!', 100);
    expect(store.getSnapshot().dirty).toBe(true);
    store.undo();
    expect(title(store)).toBe('Machines');
    expect(store.getSnapshot().dirty).toBe(false);
    store.undo();
    expect(store.getSnapshot().dirty).toBe(true);
    store.redo();
    expect(store.getSnapshot().dirty).toBe(false);
  });

  it('stays dirty when the lecturer typed on while a save was being written', () => {
    const store = new DeckStore(smallDeck());
    store.enterField();
    setTitle(store, 'Machines', 0);
    store.leaveField();
    const writing = store.revision();
    setTitle(store, 'Machines and tools', 200); // typed while the save runs
    store.saved(writing);
    expect(store.getSnapshot().dirty).toBe(true);
    store.undo();
    expect(store.getSnapshot().dirty).toBe(false);
  });

  it('starts over on reload with no history, and a recovered deck counts as unsaved', () => {
    const store = new DeckStore(smallDeck());
    setTitle(store, 'Machines', 0);
    const heard = vi.fn();
    store.subscribe(heard);

    store.reset(smallDeck());
    expect(heard).toHaveBeenCalledTimes(1);
    expect(title(store)).toBe('Equipment');
    expect(store.getSnapshot()).toMatchObject({ canUndo: false, canRedo: false, dirty: false });

    const recovered = smallDeck();
    recovered.meta.title = 'Recovered';
    store.reset(recovered, true);
    expect(store.getSnapshot()).toMatchObject({ canUndo: false, dirty: true });
    store.saved(store.revision());
    expect(store.getSnapshot().dirty).toBe(false);
  });
});

describe('useDeckView', () => {
  it('re-renders a component with each change, and stops listening when it unmounts', () => {
    const store = new DeckStore(smallDeck());
    const listen = vi.spyOn(store, 'subscribe');
    let renders = 0;
    const view = renderHook((s: DeckStore) => {
      renders++;
      return useDeckView(s);
    }, store);
    expect(title(view.current)).toBe('Equipment');
    const settled = renders;

    act(() => void setTitle(store, 'Machines', 0));
    expect(title(view.current)).toBe('Machines');
    expect(view.current.canUndo).toBe(true);
    expect(renders).toBe(settled + 1);

    act(() => store.undo());
    expect(title(view.current)).toBe('Equipment');

    view.unmount();
    const unsubscribe = listen.mock.results[0]!.value as () => void;
    expect(unsubscribe()).toBe(false); // already removed by the unmount
  });
});
