/**
 * Editing speed without the UI: one keystroke in a bullet (`bullet/set-text`) through
 * `dispatch`, and `undo` / `redo` of such a step, on decks of 30, 300 and 1,000 slides.
 * Baseline, in the same run: the plainest undoable edit, a `JSON.parse(JSON.stringify(deck))`
 * snapshot with the text set on the copy (what a naive editor would do per keystroke).
 */
import { Deck } from '../../common/deck/schema';
import {
  canUndo,
  createEditorState,
  dispatch,
  redo,
  undo,
  type EditorState,
} from '../../common/ops/history';
import type { BenchRow } from './types';

const SIZES = [30, 300, 1000];
const EDITS = 300;

function deckOf(n: number): Deck {
  return Deck.parse({
    format: 'lectern-deck',
    version: 1,
    meta: { title: `${n} slides` },
    references: [{ id: 'r1', label: '[1]', text: 'Sutton, A. C. (1971). Western Technology.' }],
    slides: Array.from({ length: n }, (_, k) => ({
      id: `s${k}`,
      layout: 'bullets',
      title: `Slide ${k + 1}: imports of machinery`,
      notes: `Notes for slide ${k + 1}. `.repeat(10),
      blocks: [
        {
          type: 'bullets',
          id: `b${k}`,
          items: Array.from({ length: 5 }, (_, j) => ({
            id: `i${k}-${j}`,
            text: `Plan ${k}: **equipment** bought abroad, point ${j}`,
            citations: [{ ref: 'r1', pages: `${j + 1}` }],
            children: j === 0 ? [{ id: `i${k}-${j}-c`, text: 'A sub-point' }] : [],
          })),
        },
      ],
    })),
  });
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Times `f` `n` times; when `f` returns a number, that is the time (it measured a part itself). */
function timeEach(n: number, f: (k: number) => number | void): number[] {
  const out: number[] = [];
  for (let k = 0; k < n; k++) {
    const t = performance.now();
    const own = f(k);
    out.push(typeof own === 'number' ? own : performance.now() - t);
  }
  return out;
}

function measure(
  n: number,
): Record<'dispatch' | 'undo' | 'redo' | 'baseline' | 'moveUndo', number[]> {
  const deck = deckOf(n);
  const middle = Math.floor(n / 2);
  const op = (k: number) => ({
    op: 'bullet/set-text' as const,
    args: { slideId: `s${middle}`, bulletId: `i${middle}-2`, text: `Typed ${k}` },
  });
  // Warm up the JIT on a throwaway state.
  let warm = createEditorState(deckOf(n));
  for (let k = 0; k < 50; k++) warm = undo(dispatch(warm, op(k), k * 10_000));

  let state: EditorState = createEditorState(deck);
  // Keystrokes 10 s apart so each is its own step and undo has EDITS steps to take back.
  const dispatchTimes = timeEach(EDITS, (k) => {
    state = dispatch(state, op(k), k * 10_000);
  });
  const undoTimes = timeEach(EDITS, () => {
    state = undo(state);
  });
  if (canUndo(state)) throw new Error('undo did not reach the start');
  const redoTimes = timeEach(EDITS, () => {
    state = redo(state);
  });

  let plain: Deck = JSON.parse(JSON.stringify(deck)) as Deck;
  const baseline = timeEach(EDITS, (k) => {
    const copy = JSON.parse(JSON.stringify(plain)) as Deck;
    const block = copy.slides[middle]!.blocks[0]!;
    if (block.type === 'bullets') block.items[2]!.text = `Typed ${k}`;
    plain = copy;
  });
  return {
    dispatch: dispatchTimes,
    undo: undoTimes,
    redo: redoTimes,
    baseline,
    moveUndo: moveUndo(deck),
  };
}

/** Undo of the worst reorder: the first slide moved to the end, which shifts every slide. */
function moveUndo(deck: Deck): number[] {
  let state = createEditorState(deck);
  return timeEach(30, (k) => {
    state = dispatch(state, { op: 'slide/move', args: { from: 0, to: deck.slides.length } }, k);
    const t = performance.now();
    state = undo(state);
    const spent = performance.now() - t;
    state = redo(state);
    return spent;
  });
}

export default async function opsBench(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const n of SIZES) {
    const m = measure(n);
    const base = (p: number) => ({
      name: `JSON clone + edit p${p}`,
      value: percentile(m.baseline, p),
    });
    const label = n.toLocaleString('en');
    const p95 = {
      dispatch: percentile(m.dispatch, 95),
      undo: percentile(m.undo, 95),
      redo: percentile(m.redo, 95),
    };
    rows.push(
      {
        name: `keystroke dispatch p50, ${label} slides`,
        value: percentile(m.dispatch, 50),
        unit: 'ms',
        baseline: base(50),
      },
      {
        name: `keystroke dispatch p95, ${label} slides`,
        value: p95.dispatch,
        unit: 'ms',
        baseline: base(95),
        target: 'p95 < 16 ms',
        met: p95.dispatch < 16,
      },
      {
        name: `undo p50, ${label} slides`,
        value: percentile(m.undo, 50),
        unit: 'ms',
        baseline: base(50),
      },
      {
        name: `undo p95, ${label} slides`,
        value: p95.undo,
        unit: 'ms',
        baseline: base(95),
        target: '< 5 ms',
        met: p95.undo < 5,
      },
      {
        name: `redo p50, ${label} slides`,
        value: percentile(m.redo, 50),
        unit: 'ms',
        baseline: base(50),
      },
      {
        name: `redo p95, ${label} slides`,
        value: p95.redo,
        unit: 'ms',
        baseline: base(95),
        target: '< 5 ms',
        met: p95.redo < 5,
      },
      {
        name: `undo of moving slide 1 to the end p95, ${label} slides`,
        value: percentile(m.moveUndo, 95),
        unit: 'ms',
        baseline: base(95),
      },
    );
  }
  return rows;
}
