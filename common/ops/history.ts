/**
 * The editor's undo history, framework-free: the React editor keeps an `EditorState` in a
 * hook and replaces it with what these functions return.
 *
 * - Every edit is a named op; history stores its immer patches both ways, never deck copies.
 * - A typing burst is one step: consecutive edits by the same op on the same target
 *   (`OpDef.coalesce`), each within `burstMs` of the previous one, merge. Time comes from the
 *   caller (`now`, in ms), so this module never reads a clock and tests are exact.
 * - A gesture (a drag, a multi-step dialog) is one step: `mark` opens it, every edit until
 *   `endMark` merges into it, `bailToMark` takes it all back without a redo step.
 * - A field the lecturer is in is a gesture `byTarget`: edits to one target (the same
 *   coalesce key) are one step however long the pauses, and an edit to anything else starts
 *   the next step, until the field is left.
 * - **Selection is not here.** The current slide, the selected slides and the focused field
 *   live in the renderer's own state, outside the deck, so undo and redo never move the
 *   selection and changing the selection never touches history (or clears redo). After an
 *   undo the renderer keeps whichever selected ids still exist (`keepExisting`).
 * - A new edit after an undo clears redo. At most `limit` steps are kept; the oldest go.
 * - Dirty tracking: every step has a revision number; saving records the revision written,
 *   so undoing back to exactly the saved deck is clean again.
 */
import { freeze } from 'immer';
import type { Deck } from '../deck/schema';
import type { Problem } from '../deck/problems';
import { applyOp, coalesceKey, opLabel, type Change } from './apply';
import { applyShared, freezePatches } from './patches';
import { isOpName, type Op, type OpName } from './registry';

/** One undo step. `id` is the revision the deck is at after this step. */
export interface HistoryEntry extends Change {
  id: number;
}

export interface HistoryOptions {
  /** Steps kept; older ones are dropped. */
  limit: number;
  /** Longest pause between keystrokes that still counts as the same burst, in ms. */
  burstMs: number;
}

/** Edits merged into one step while it is open (see `mark`). */
export interface Gesture {
  /** The step's name in Undo's menu; undefined keeps the first edit's own name. */
  readonly label: string | undefined;
  /** Only edits to the target of the step's last edit join it (a field), not every edit (a drag). */
  readonly byTarget: boolean;
  /** The step edits merge into: its revision and the coalesce key of its last edit. */
  readonly entry: number | undefined;
  readonly key: string | undefined;
}

export const DEFAULT_HISTORY: HistoryOptions = { limit: 500, burstMs: 1000 };

export interface EditorState {
  readonly deck: Deck;
  /** Undo stack, oldest first. */
  readonly past: readonly HistoryEntry[];
  /** Redo stack, next to redo last. */
  readonly future: readonly HistoryEntry[];
  /** The revision the deck had before the oldest kept step. */
  readonly base: number;
  /** The revision last saved (or opened). */
  readonly saved: number;
  readonly nextRevision: number;
  /** The typing burst the top step may still absorb. */
  readonly burst: { key: string; at: number; entry: number } | undefined;
  /** The open gesture, and its step once it has one. */
  readonly gesture: Gesture | undefined;
  /** Why the last dispatch was refused; empty when it went through. */
  readonly problems: readonly Problem[];
  readonly options: HistoryOptions;
}

/** A fresh editor state for a deck just opened (or saved): clean, nothing to undo. */
export function createEditorState(deck: Deck, options: Partial<HistoryOptions> = {}): EditorState {
  // Frozen once here so nothing can change the deck behind history's back; immer then keeps
  // every later state frozen as it makes it.
  return {
    deck: freeze(deck, true),
    past: [],
    future: [],
    base: 0,
    saved: 0,
    nextRevision: 1,
    burst: undefined,
    gesture: undefined,
    problems: [],
    options: { ...DEFAULT_HISTORY, ...options },
  };
}

/** The revision of the deck now; pass it to `markSaved` when the save that started now completes. */
export function revision(state: EditorState): number {
  return state.past[state.past.length - 1]?.id ?? state.base;
}

/** Applies `op` at time `now` (ms, from the caller's clock) and records it for undo. */
export function dispatch<N extends OpName>(
  state: EditorState,
  op: Op<N>,
  now: number,
): EditorState {
  const result = applyOp(state.deck, op);
  if (!result.ok) return { ...state, problems: result.problems };
  const problems: readonly Problem[] = state.problems.length ? [] : state.problems;
  if (!result.change.patches.length)
    return problems === state.problems ? state : { ...state, problems };

  freezePatches(result.change.patches);
  freezePatches(result.change.inversePatches);
  const top = state.past[state.past.length - 1];
  const id = state.nextRevision;
  const key = coalesceKey(op);
  const into = mergeTarget(state, top, key, now);
  const entry: HistoryEntry = into ? merge(into, result.change, id) : { ...result.change, id };
  if (state.gesture?.label !== undefined && !into) entry.name = state.gesture.label;

  let past = into ? [...state.past.slice(0, -1), entry] : [...state.past, entry];
  let base = state.base;
  if (past.length > state.options.limit) {
    const dropped = past.slice(0, past.length - state.options.limit);
    base = dropped[dropped.length - 1]!.id;
    past = past.slice(-state.options.limit);
  }
  return {
    ...state,
    deck: result.deck,
    past,
    future: [],
    base,
    nextRevision: id + 1,
    burst: key !== undefined && !state.gesture ? { key, at: now, entry: id } : undefined,
    gesture: state.gesture ? { ...state.gesture, entry: id, key } : undefined,
    problems,
  };
}

/** The step a new change merges into, if any: the open gesture's, or the running burst's. */
function mergeTarget(
  state: EditorState,
  top: HistoryEntry | undefined,
  key: string | undefined,
  now: number,
): HistoryEntry | undefined {
  if (!top) return undefined;
  const gesture = state.gesture;
  if (gesture) {
    if (gesture.entry !== top.id) return undefined;
    if (gesture.byTarget && (key === undefined || key !== gesture.key)) return undefined;
    return top;
  }
  const burst = state.burst;
  if (!burst || key === undefined || burst.key !== key || burst.entry !== top.id) return undefined;
  if (now - burst.at > state.options.burstMs || now < burst.at) return undefined;
  return top;
}

/** `first` then `second` as one step: forward patches in order, inverse patches in reverse. */
function merge(first: HistoryEntry, second: Change, id: number): HistoryEntry {
  const a = first.patches;
  const b = second.patches;
  // Typing a word is many replaces of one string: keep the first "before" and the last "after".
  if (
    a.length === 1 &&
    b.length === 1 &&
    a[0]!.op === 'replace' &&
    b[0]!.op === 'replace' &&
    samePath(a[0]!.path, b[0]!.path)
  ) {
    return { name: first.name, id, patches: b, inversePatches: first.inversePatches };
  }
  return {
    name: first.name,
    id,
    patches: [...a, ...b],
    inversePatches: [...second.inversePatches, ...first.inversePatches],
  };
}

function samePath(a: readonly (string | number)[], b: readonly (string | number)[]): boolean {
  return a.length === b.length && a.every((p, i) => p === b[i]);
}

export function canUndo(state: EditorState): boolean {
  return state.past.length > 0;
}

export function canRedo(state: EditorState): boolean {
  return state.future.length > 0;
}

/** Takes back the last step (closing any open gesture first). */
export function undo(state: EditorState): EditorState {
  const entry = state.past[state.past.length - 1];
  if (!entry) return state;
  return {
    ...state,
    deck: applyShared(state.deck, entry.inversePatches),
    past: state.past.slice(0, -1),
    future: [...state.future, entry],
    burst: undefined,
    gesture: undefined,
    problems: [],
  };
}

/** Does again the last step undone. */
export function redo(state: EditorState): EditorState {
  const entry = state.future[state.future.length - 1];
  if (!entry) return state;
  return {
    ...state,
    deck: applyShared(state.deck, entry.patches),
    past: [...state.past, entry],
    future: state.future.slice(0, -1),
    burst: undefined,
    gesture: undefined,
    problems: [],
  };
}

/**
 * Starts a gesture: every edit until `endMark` becomes one undo step named `label` (or the
 * first edit's name). `byTarget` (a field) keeps one step per target instead of one in all.
 */
export function mark(
  state: EditorState,
  label?: string,
  options: { byTarget?: boolean } = {},
): EditorState {
  const gesture: Gesture = {
    label,
    byTarget: options.byTarget ?? false,
    entry: undefined,
    key: undefined,
  };
  return { ...state, gesture, burst: undefined };
}

/** Ends the open gesture; the next edit starts a new step. */
export function endMark(state: EditorState): EditorState {
  return state.gesture ? { ...state, gesture: undefined, burst: undefined } : state;
}

/** Cancels the open gesture (e.g. Escape during a drag): its edits are undone and leave no redo step. */
export function bailToMark(state: EditorState): EditorState {
  const gesture = state.gesture;
  if (!gesture) return state;
  const top = state.past[state.past.length - 1];
  if (gesture.entry === undefined || !top || top.id !== gesture.entry) return endMark(state);
  return {
    ...state,
    deck: applyShared(state.deck, top.inversePatches),
    past: state.past.slice(0, -1),
    gesture: undefined,
    burst: undefined,
  };
}

/**
 * Records that the deck at revision `at` (default: now) is on disk. For a save that ran while
 * the lecturer kept typing, pass the `revision(state)` taken when the save started.
 */
export function markSaved(state: EditorState, at: number = revision(state)): EditorState {
  if (at !== revision(state)) return { ...state, saved: at };
  // Closing the step keeps it exactly as saved, so undo can come back to it; an open gesture
  // goes on, its next edit a step of its own.
  const gesture = state.gesture && { ...state.gesture, entry: undefined, key: undefined };
  return { ...state, burst: undefined, gesture, saved: at };
}

/** True when the deck differs from the last saved one (undoing back to it makes this false). */
export function isDirty(state: EditorState): boolean {
  return revision(state) !== state.saved;
}

/** What Undo would take back, in words ("Typing", "Move slides"), for menus and tooltips. */
export function undoLabel(state: EditorState): string | undefined {
  return label(state.past[state.past.length - 1]);
}

/** What Redo would do again, in words. */
export function redoLabel(state: EditorState): string | undefined {
  return label(state.future[state.future.length - 1]);
}

function label(entry: HistoryEntry | undefined): string | undefined {
  if (!entry) return undefined;
  return isOpName(entry.name) ? opLabel(entry.name) : entry.name;
}

/** The ids from a selection that still name slides of `deck` (after undo, redo or a delete). */
export function keepExisting(deck: Deck, selected: readonly string[]): string[] {
  const ids = new Set(deck.slides.map((s) => s.id));
  return selected.filter((id) => ids.has(id));
}
