/**
 * The open deck and its undo history, as a small external store over common/ops.
 *
 * Components read it through `useDeckView` (useSyncExternalStore) and change it only by
 * dispatching named operations; nothing in the UI mutates a deck. The store is plain
 * TypeScript (no React), so its timing can be measured on its own.
 */
import { useSyncExternalStore } from 'react';
import type { Deck } from '../../../common/deck/schema';
import type { Problem } from '../../../common/deck/problems';
import {
  canRedo,
  canUndo,
  createEditorState,
  dispatch,
  endMark,
  isDirty,
  mark,
  markSaved,
  redo,
  redoLabel,
  revision,
  undo,
  undoLabel,
  type EditorState,
  type Op,
} from '../../../common/ops';

/** What components see: the deck and what the toolbar needs about history. */
export interface DeckView {
  deck: Deck;
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | undefined;
  redoLabel: string | undefined;
  dirty: boolean;
  /** Why the last edit was refused; empty when it went through. */
  problems: readonly Problem[];
}

function view(s: EditorState): DeckView {
  return {
    deck: s.deck,
    canUndo: canUndo(s),
    canRedo: canRedo(s),
    undoLabel: undoLabel(s),
    redoLabel: redoLabel(s),
    dirty: isDirty(s),
    problems: s.problems,
  };
}

export class DeckStore {
  private state: EditorState;
  private snapshot: DeckView;
  private readonly listeners = new Set<() => void>();
  /** True while the lecturer is in a text field: its edits gather into one step per target. */
  private inField = false;

  constructor(deck: Deck) {
    this.state = createEditorState(deck);
    this.snapshot = view(this.state);
  }

  /** Applies a named op; returns the problems when it was refused. */
  dispatch(op: Op): readonly Problem[] {
    this.set(dispatch(this.state, op, performance.now()));
    return this.state.problems;
  }

  undo(): void {
    this.set(this.reopenField(undo(this.state)));
  }

  redo(): void {
    this.set(this.reopenField(redo(this.state)));
  }

  /**
   * The lecturer went into a text field: what they type there, pauses and all, is one undo
   * step until they leave (`leaveField`), as a drag is one step from pick-up to drop.
   */
  enterField(): void {
    this.inField = true;
    this.set(mark(endMark(this.state), undefined, { byTarget: true }));
  }

  /**
   * Runs `edits` (dispatches) as one undo step named `label`, as a multi-step action is one
   * thing to the lecturer ("Import bibliography" links many works; one Undo takes it back).
   */
  asOneStep(label: string, edits: () => void): void {
    this.set(mark(endMark(this.state), label));
    try {
      edits();
    } finally {
      this.set(this.reopenField(endMark(this.state)));
    }
  }

  /** The lecturer left the field: the next edit, even there again at once, is a new step. */
  leaveField(): void {
    this.inField = false;
    this.set(endMark(this.state));
  }

  /** Undo and redo close the open step; a field still in use opens a fresh one. */
  private reopenField(next: EditorState): EditorState {
    return this.inField ? mark(next, undefined, { byTarget: true }) : next;
  }

  /** The revision now; pass it to `saved` when the save started now completes. */
  revision(): number {
    return revision(this.state);
  }

  /** Records that the deck at revision `at` is on disk. */
  saved(at: number): void {
    this.set(markSaved(this.state, at));
  }

  /** Starts over with `deck` (after Reload from disk or recovery): clean, no history. */
  reset(deck: Deck, dirty = false): void {
    let next = this.reopenField(createEditorState(deck));
    // A recovered deck is not on disk yet: mark it unsaved by pretending revision 0 was never saved.
    if (dirty) next = { ...next, saved: -1 };
    this.set(next);
  }

  get deck(): Deck {
    return this.state.deck;
  }

  getSnapshot = (): DeckView => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(next: EditorState): void {
    if (next === this.state) return;
    const before = this.state;
    this.state = next;
    // History's own bookkeeping (a field entered or left) changes nothing a component shows:
    // the editor is not drawn again for a focus change.
    if (
      next.deck === before.deck &&
      next.past === before.past &&
      next.future === before.future &&
      next.saved === before.saved &&
      next.problems === before.problems
    )
      return;
    this.snapshot = view(next);
    for (const l of this.listeners) l();
  }
}

/** The store's current view; re-renders when it changes. */
export function useDeckView(store: DeckStore): DeckView {
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}
