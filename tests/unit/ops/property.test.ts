/**
 * Random edit sequences (fast-check): after every edit the deck is one the load path
 * accepts; undoing everything gives back the original deck, byte for byte, and redoing
 * everything gives back the edited one.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHART_KINDS } from '../../../common/ops/chart';
import {
  LAYOUTS,
  REFERENCE_DETAILS,
  THEMES,
  type BulletItem,
  type Deck,
} from '../../../common/deck/schema';
import { serializeDeck } from '../../../common/deck/serialize';
import {
  canRedo,
  canUndo,
  createEditorState,
  dispatch,
  endMark,
  mark,
  redo,
  undo,
} from '../../../common/ops/history';
import { OPS, type Op, type OpName } from '../../../common/ops/registry';
import { expectValid, smallDeck } from './fixture';

interface Step {
  name: OpName;
  a: number;
  b: number;
  c: number;
  text: string;
  flag: boolean;
  gap: number;
  gesture: 'none' | 'start' | 'field' | 'end';
}

const step: fc.Arbitrary<Step> = fc.record({
  name: fc.constantFrom(...(Object.keys(OPS) as OpName[])),
  a: fc.nat(50),
  b: fc.nat(50),
  c: fc.integer({ min: -2, max: 8 }),
  text: fc.oneof(
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.constantFrom(
      '',
      '1,250',
      '2025-10-01',
      'en-GB',
      '<script>alert(1)</script>',
      '- a\n  - b\n- c',
    ),
  ),
  flag: fc.boolean(),
  gap: fc.constantFrom(0, 50, 2000),
  gesture: fc.constantFrom('none', 'none', 'none', 'start', 'field', 'end'),
});

const pick = <T>(list: readonly T[], n: number): T | undefined =>
  list.length ? list[n % list.length] : undefined;

function bulletIds(items: readonly BulletItem[]): string[] {
  return items.flatMap((i) => [i.id, ...bulletIds(i.children)]);
}

/** A citation that exists on the slide (target and ref), else the fallback. */
function cited(
  deck: Deck,
  slideId: string,
  n: number,
  targetId: string,
  ref: string,
): { targetId: string; ref: string } {
  const found: { targetId: string; ref: string }[] = [];
  const walk = (items: readonly BulletItem[]): void => {
    for (const i of items) {
      for (const c of i.citations) found.push({ targetId: i.id, ref: c.ref });
      walk(i.children);
    }
  };
  for (const b of deck.slides.find((x) => x.id === slideId)?.blocks ?? []) {
    if (b.type === 'bullets') walk(b.items);
    else if (b.type !== 'references')
      for (const c of b.citations) found.push({ targetId: b.id, ref: c.ref });
  }
  return pick(found, n) ?? { targetId, ref };
}

/** Turns a random step into an op on things that exist in `deck` (or undefined when nothing fits). */
function concretize(deck: Deck, s: Step): Op | undefined {
  // Edits of a kind of block go to a slide that has one, so few steps are refused for want of a target.
  const needs = s.name.startsWith('figure/set')
    ? 'figure'
    : s.name.startsWith('quote/set')
      ? 'quote'
      : s.name.startsWith('text/set')
        ? 'text'
        : /^formula\/set/.test(s.name)
          ? 'formula'
          : /^chart\//.test(s.name)
            ? 'figure'
            : /^bullet\/(?!add|paste)|^citation/.test(s.name)
              ? 'bullets'
              : undefined;
  const fitting = needs ? deck.slides.filter((x) => x.blocks.some((b) => b.type === needs)) : [];
  const slide = pick(fitting.length ? fitting : deck.slides, s.a);
  const slideId = slide?.id ?? 'none';
  const blocks = slide?.blocks ?? [];
  const bullets = blocks.flatMap((b) => (b.type === 'bullets' ? bulletIds(b.items) : []));
  const bulletId = pick(bullets, s.b) ?? 'none';
  const block = pick(blocks, s.b);
  const blockId = block?.id ?? 'none';
  const quote = blocks.find((b) => b.type === 'quote')?.id ?? 'none';
  const text = blocks.find((b) => b.type === 'text')?.id ?? 'none';
  const figure = blocks.find((b) => b.type === 'figure')?.id ?? 'none';
  const formula = blocks.find((b) => b.type === 'formula')?.id ?? 'none';
  // Text that may be any string, so a title with control characters or markup is linked too.
  const csl = {
    type: 'book',
    title: s.text,
    author: [{ family: s.text }],
    issued: { 'date-parts': [[1900 + s.a]] },
  };
  const ref = pick(deck.references, s.b)?.id ?? 'none';
  const some = deck.slides.filter((_, i) => (i + s.b) % 3 === 0).map((x) => x.id);
  const sourced =
    pick(
      [
        ...bullets,
        ...blocks.filter((b) => b.type !== 'bullets' && b.type !== 'references').map((b) => b.id),
      ],
      s.c + 2,
    ) ?? 'none';
  const table = {
    columns: ['Year', s.text, 'B'],
    rows: [
      [s.text, s.a, s.c],
      ['1931', s.b, null],
    ],
  };
  switch (s.name) {
    case 'slide/add':
      return { op: s.name, args: { after: s.c, layout: pick(LAYOUTS, s.b)!, title: s.text } };
    case 'slide/duplicate':
      return { op: s.name, args: { slideIds: some } };
    case 'slide/delete':
      return { op: s.name, args: { slideIds: [slideId] } };
    case 'slide/move':
      return { op: s.name, args: { from: s.a % Math.max(1, deck.slides.length), to: s.c } };
    case 'slide/move-many':
      return { op: s.name, args: { slideIds: some, to: s.c } };
    case 'slide/nudge':
      return { op: s.name, args: { slideIds: some, by: s.flag ? 1 : -1 } };
    case 'slide/set-layout':
      return { op: s.name, args: { slideId, layout: pick(LAYOUTS, s.c + 2)! } };
    case 'slide/set-title':
      return { op: s.name, args: { slideId, title: s.text } };
    case 'slide/set-subtitle':
      return { op: s.name, args: { slideId, subtitle: s.text } };
    case 'slide/set-notes':
      return { op: s.name, args: { slideId, notes: s.text } };
    case 'slide/set-hidden':
      return { op: s.name, args: { slideIds: some, hidden: s.flag } };
    case 'slide/mark-reviewed':
      return { op: s.name, args: { slideIds: some } };
    case 'bullet/set-text':
      return { op: s.name, args: { slideId, bulletId, text: s.text } };
    case 'bullet/add':
      return {
        op: s.name,
        args: s.flag ? { slideId, after: bulletId, text: s.text } : { slideId, text: s.text },
      };
    case 'bullet/paste':
      return { op: s.name, args: { slideId, after: s.flag ? bulletId : undefined, text: s.text } };
    case 'bullet/delete':
      return { op: s.name, args: { slideId, bulletId, keepChildren: s.flag } };
    case 'bullet/indent':
      return { op: s.name, args: { slideId, bulletId } };
    case 'bullet/outdent':
      return { op: s.name, args: { slideId, bulletId } };
    case 'bullet/move':
      return { op: s.name, args: { slideId, bulletId, to: s.c } };
    case 'bullet/toggle-fragment':
      return { op: s.name, args: { slideId, bulletId } };
    case 'slide/set-build-steps':
      return { op: s.name, args: { slideId, on: s.flag } };
    case 'block/set-build-steps':
      return { op: s.name, args: { slideId, blockId, on: s.flag } };
    case 'quote/add':
      return { op: s.name, args: { slideId, text: s.text } };
    case 'quote/set-text':
      return { op: s.name, args: { slideId, blockId: quote, text: s.text } };
    case 'quote/set-attribution':
      return { op: s.name, args: { slideId, blockId: quote, attribution: s.text } };
    case 'text/set-text':
      return { op: s.name, args: { slideId, blockId: text, text: s.text } };
    case 'block/delete':
      return { op: s.name, args: { slideId, blockId } };
    case 'block/move':
      return { op: s.name, args: { slideId, blockId, to: s.c } };
    case 'figure/add-chart':
      return {
        op: s.name,
        args: { slideId, table, kind: pick(CHART_KINDS, s.c + 2)!, alt: s.text },
      };
    case 'figure/set-cell':
      return {
        op: s.name,
        args: { slideId, blockId: figure, row: s.c, column: s.b % 4, text: s.text },
      };
    case 'figure/set-table':
      return { op: s.name, args: { slideId, blockId: figure, table } };
    case 'chart/bar':
    case 'chart/horizontal-bar':
    case 'chart/line':
    case 'chart/timeline':
      return { op: s.name, args: { slideId, blockId: figure } };
    case 'formula/add':
      return { op: s.name, args: { slideId, tex: s.text } };
    case 'formula/set-tex':
      return { op: s.name, args: { slideId, blockId: formula, tex: s.text } };
    case 'formula/set-caption':
      return { op: s.name, args: { slideId, blockId: formula, caption: s.text } };
    case 'reference/link':
      return { op: s.name, args: { refId: ref, csl: s.flag ? csl : null } };
    case 'reference/link-many':
      return { op: s.name, args: { links: [{ refId: ref, csl }] } };
    case 'figure/set-chart-kind':
      return { op: s.name, args: { slideId, blockId: figure, kind: s.flag ? 'bar' : 'line' } };
    case 'figure/add-image':
      return {
        op: s.name,
        args: { slideId, asset: s.flag ? `assets/img-${s.b}.png` : s.text, caption: s.text },
      };
    case 'figure/set-image':
      return { op: s.name, args: { slideId, blockId: figure, asset: `assets/x${s.c}.jpg` } };
    case 'figure/set-caption':
      return { op: s.name, args: { slideId, blockId: figure, caption: s.text } };
    case 'figure/set-alt':
      return { op: s.name, args: { slideId, blockId: figure, alt: s.text } };
    case 'figure/set-source':
      return { op: s.name, args: { slideId, blockId: figure, source: s.text } };
    case 'citation/add':
      return { op: s.name, args: { slideId, targetId: sourced, ref, pages: s.text } };
    case 'citation/remove':
      return { op: s.name, args: { slideId, ...cited(deck, slideId, s.b, sourced, ref) } };
    case 'citation/set-pages':
      return {
        op: s.name,
        args: { slideId, ...cited(deck, slideId, s.b, sourced, ref), pages: s.text },
      };
    case 'reference/add':
      return {
        op: s.name,
        args: { label: s.text, missing: REFERENCE_DETAILS.filter((_, i) => (i + s.a) % 2 === 0) },
      };
    case 'reference/edit':
      return {
        op: s.name,
        args: s.flag
          ? { refId: ref, text: s.text }
          : { refId: ref, missing: REFERENCE_DETAILS.filter((_, i) => (i + s.c) % 3 === 0) },
      };
    case 'reference/remove':
      return { op: s.name, args: { refId: ref } };
    case 'meta/set': {
      const field = pick(
        [
          'title',
          'subtitle',
          'author',
          'course',
          'date',
          'language',
          'theme',
          'aspectRatio',
        ] as const,
        s.c + 2,
      )!;
      if (field === 'theme') return { op: s.name, args: { field, value: pick(THEMES, s.a)! } };
      if (field === 'aspectRatio')
        return { op: s.name, args: { field, value: s.flag ? '4:3' : '16:10' } };
      return { op: s.name, args: { field, value: s.text } };
    }
  }
}

describe('random edit sequences', () => {
  it('keep the deck valid, and undo all / redo all restore it exactly', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        let state = createEditorState(smallDeck());
        const original = state.deck;
        const originalBytes = serializeDeck(original);
        let now = 0;
        for (const s of steps) {
          if (s.gesture === 'start') state = mark(state, 'Gesture');
          if (s.gesture === 'field') state = mark(state, undefined, { byTarget: true });
          if (s.gesture === 'end') state = endMark(state);
          const op = concretize(state.deck, s);
          now += s.gap;
          if (op) state = dispatch(state, op, now);
          expectValid(state.deck);
        }
        const edited = state.deck;
        const editedBytes = serializeDeck(edited);
        while (canUndo(state)) state = undo(state);
        expect(state.deck).toStrictEqual(original);
        expect(serializeDeck(state.deck)).toBe(originalBytes);
        while (canRedo(state)) state = redo(state);
        expect(state.deck).toStrictEqual(edited);
        expect(serializeDeck(state.deck)).toBe(editedBytes);
      }),
      { numRuns: 150 },
    );
  });
});
