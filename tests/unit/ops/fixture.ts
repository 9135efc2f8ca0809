/** A small real deck for the op tests, and the checks every edit must pass. */
import { expect } from 'vitest';
import { parseDeck } from '../../../common/deck/load';
import { Deck, type BulletItem } from '../../../common/deck/schema';
import { serializeDeck } from '../../../common/deck/serialize';
import { chartSpec } from '../../../common/ops/chart';
import { createEditorState, dispatch, redo, undo } from '../../../common/ops/history';
import type { Op, OpName } from '../../../common/ops/registry';

export function smallDeck(): Deck {
  return Deck.parse({
    format: 'lectern-deck',
    version: 1,
    meta: { title: 'Soviet industrialization', author: 'A. Lecturer', date: '2025-10-01' },
    references: [
      {
        id: 'r1',
        label: '[1]',
        text: 'Sutton, A. C. (1971). Western Technology and Soviet Economic Development.',
      },
      { id: 'r2', label: '[2]', missing: ['author', 'title'] },
    ],
    slides: [
      { id: 's1', layout: 'title', title: 'Western technology', subtitle: 'Lecture 3' },
      {
        id: 's2',
        layout: 'bullets',
        title: 'Equipment',
        notes: 'Start with the map.',
        blocks: [
          {
            type: 'bullets',
            id: 'b1',
            items: [
              {
                id: 'i1',
                text: 'Tractors from *Ford*',
                citations: [{ ref: 'r1', pages: '207' }],
                children: [{ id: 'i2', text: 'Fordson' }],
              },
              { id: 'i3', text: 'Turbines' },
              { id: 'i4', text: 'Steel', citations: [{ ref: 'r2' }] },
            ],
          },
        ],
      },
      {
        id: 's3',
        layout: 'quote',
        title: 'A witness',
        blocks: [
          {
            type: 'quote',
            id: 'b2',
            text: 'We bought whole factories.',
            attribution: 'An engineer',
          },
        ],
      },
      {
        id: 's4',
        layout: 'figure',
        title: 'Credits',
        blocks: [
          {
            type: 'figure',
            id: 'b3',
            figure: {
              kind: 'chart',
              spec: chartSpec(
                {
                  columns: ['Year', 'Credit'],
                  rows: [
                    ['1930', 100],
                    ['1931', 250],
                  ],
                },
                'bar',
              ),
            },
            caption: 'Foreign credit',
            alt: 'Bars rising from 100 to 250',
            citations: [{ ref: 'r1', pages: '12' }],
          },
          {
            type: 'figure',
            id: 'b5',
            figure: { kind: 'image', asset: 'assets/dam.png' },
            caption: 'Dneprostroi',
          },
        ],
      },
      {
        id: 's5',
        layout: 'references',
        title: 'References',
        blocks: [{ type: 'references', id: 'b4', refs: ['r1', 'r2'] }],
      },
    ],
  });
}

/** A deck of `n` bullet slides, for speed and property tests. */
export function bigDeck(n: number): Deck {
  const slides = Array.from({ length: n }, (_, k) => ({
    id: `s${k + 1}`,
    layout: 'bullets' as const,
    title: `Slide ${k + 1}`,
    notes: 'Notes '.repeat(20),
    blocks: [
      {
        type: 'bullets' as const,
        id: `b${k + 1}`,
        items: Array.from({ length: 5 }, (_, j) => ({
          id: `i${k * 5 + j + 1}`,
          text: `Point ${j + 1} of slide ${k + 1}, with some words`,
          citations: [{ ref: 'r1', pages: `${j + 1}` }],
        })),
      },
    ],
  }));
  return Deck.parse({
    format: 'lectern-deck',
    version: 1,
    meta: { title: `${n} slides` },
    references: [{ id: 'r1', label: '[1]', text: 'A reference' }],
    slides,
  });
}

/** Every id in the deck, with repeats, so a test can see duplicates. */
export function allIds(deck: Deck): string[] {
  const out: string[] = [];
  const items = (list: readonly BulletItem[]): void => {
    for (const i of list) {
      out.push(i.id);
      items(i.children);
    }
  };
  for (const s of deck.slides) {
    out.push(s.id);
    for (const b of s.blocks) {
      out.push(b.id);
      if (b.type === 'bullets') items(b.items);
    }
  }
  for (const r of deck.references) out.push(r.id);
  return out;
}

/** The deck is what the schema and the one load path accept, with ids unique across it. */
export function expectValid(deck: Deck): void {
  const check = Deck.safeParse(deck);
  expect(check.success ? [] : check.error.issues).toEqual([]);
  const loaded = parseDeck(serializeDeck(deck));
  expect(loaded.ok ? [] : loaded.problems).toEqual([]);
  const ids = allIds(deck);
  expect(new Set(ids).size).toBe(ids.length);
}

/** Applies `op` through history, checks the result is valid, then that undo and redo restore exactly. */
export function roundTrip<N extends OpName>(deck: Deck, op: Op<N>): { before: Deck; after: Deck } {
  let state = createEditorState(deck);
  const before = state.deck;
  const beforeBytes = serializeDeck(before);
  state = dispatch(state, op, 0);
  expect(state.problems).toEqual([]);
  expect(state.past).toHaveLength(1);
  const after = state.deck;
  const afterBytes = serializeDeck(after);
  expect(afterBytes).not.toBe(beforeBytes);
  expectValid(after);
  state = undo(state);
  expect(state.deck).toStrictEqual(before);
  expect(serializeDeck(state.deck)).toBe(beforeBytes);
  state = redo(state);
  expect(state.deck).toStrictEqual(after);
  expect(serializeDeck(state.deck)).toBe(afterBytes);
  return { before, after };
}
