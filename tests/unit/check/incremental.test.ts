/**
 * The editor keeps each slide's check findings (common/check/by-slide) by slide object and re-checks only what an
 * edit touched. After every kind of edit it must say exactly what a full `checkDeck` says,
 * or the Check count would go stale.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  checkDeck,
  checkSlide,
  slideWhere,
  usesReferences,
  type CheckContext,
} from '../../../common/check';
import { generateDecks } from '../../../common/generate';
import { createEditorState, dispatch, undo, type EditorState, type Op } from '../../../common/ops';
import { parseSource } from '../../../common/source/parse';
import { Deck } from '../../../common/deck/schema';
import { checkDeckBySlide } from '../../../common/check/by-slide';

const SAMPLE = readFileSync(
  join(__dirname, '../../fixtures/sources/soviet-industrialization-1930s.txt'),
  'utf8',
);
const model = parseSource(SAMPLE, { hash: 'sha256:' + 'c'.repeat(64), format: 'text' });
const sentences = new Map<string, string>();
for (const s of model.sections)
  for (const p of s.paragraphs) for (const t of p.sentences) sentences.set(t.id, t.text);
const ctx: CheckContext = {
  sentences: (id) => (id === 'reading' ? sentences : undefined),
  assetExists: () => true,
};

function full(deck: Deck, context: CheckContext = ctx) {
  return checkDeck(deck, context).map((p) => ({
    where: p.where,
    what: p.what,
    severity: p.severity,
  }));
}

/** The editor's incremental result, in checkDeck's shape (slide index back to its `where`). */
function incremental(deck: Deck, context: CheckContext = ctx) {
  return checkDeckBySlide(deck, context).map((p) => ({
    where: slideWhere(deck.slides[p.slide]!, p.slide),
    what: p.what,
    severity: p.severity,
  }));
}

function step(state: EditorState, op: Op): EditorState {
  const next = dispatch(state, op, 0);
  expect(next.problems).toEqual([]);
  return next;
}

/**
 * A generated deck plus one slide that fits at 16:9 and not at 4:3 or the other way, so a change of aspect
 * ratio changes what the check says about a slide nobody edited.
 */
function start(): Deck {
  const deck = generateDecks(model, { sourceId: 'reading', sourcePath: 'sources/r.txt' })[2]!.deck;
  const text = 'a sentence that goes on about the steel plants and the people who built them';
  const at = (aspectRatio: Deck['meta']['aspectRatio']): Deck => ({
    ...deck,
    meta: { ...deck.meta, aspectRatio },
  });
  for (let n = 1; n < 40; n++) {
    const slide = Deck.shape.slides.element.parse({
      id: 'edge',
      layout: 'bullets',
      title: 'On the edge',
      blocks: [
        {
          type: 'bullets',
          id: 'edge-b',
          items: Array.from({ length: n }, (_, k) => ({ id: `edge${k}`, text })),
        },
      ],
    });
    const cut = (d: Deck) => checkSlide(slide, d, ctx).some((f) => /cut off/.test(f.what));
    if (cut(at('16:9')) !== cut(at('4:3'))) return { ...deck, slides: [...deck.slides, slide] };
  }
  throw new Error('no slide that fits at one aspect ratio and not the other');
}

describe("the editor's incremental deck check", () => {
  it('checkDeck is checkSlide on each slide, placed by slideWhere', () => {
    const deck = start();
    const pieced = deck.slides.flatMap((s, i) =>
      checkSlide(s, deck, ctx).map((f) => ({ where: slideWhere(s, i), ...f })),
    );
    expect(full(deck)).toEqual(pieced);
  });

  it('agrees with a full check after each edit, reorder, reference change, deck setting and undo', () => {
    let state = createEditorState(start());
    const deck0 = state.deck;
    expect(incremental(deck0)).toEqual(full(deck0));
    const bulletSlide = deck0.slides.find((s) =>
      s.blocks.some((b) => b.type === 'bullets' && b.items.length > 1),
    )!;
    const bullets = bulletSlide.blocks.find((b) => b.type === 'bullets')!;
    if (bullets.type !== 'bullets') throw new Error('expected bullets');
    const citing = deck0.slides.find(usesReferences);
    const ref = deck0.references[0]!;
    const ops: Op[] = [
      {
        op: 'bullet/set-text',
        args: {
          slideId: bulletSlide.id,
          bulletId: bullets.items[0]!.id,
          text: 'Output rose by 4321 per cent',
        },
      },
      { op: 'slide/set-title', args: { slideId: bulletSlide.id, title: '' } },
      {
        op: 'meta/set',
        args: {
          field: 'title',
          value: 'A much longer deck title that now sizes the title band of every untitled slide',
        },
      },
      { op: 'slide/move-many', args: { slideIds: [bulletSlide.id], to: 0 } },
      {
        op: 'reference/edit',
        args: { refId: ref.id, text: 'Sutton, A. (1971). Western Technology.', missing: [] },
      },
      { op: 'reference/remove', args: { refId: ref.id } },
      { op: 'meta/set', args: { field: 'aspectRatio', value: '4:3' } },
      {
        op: 'slide/add',
        args: { after: 0, layout: 'bullets', id: 'added', title: 'My own 77 points' },
      },
      { op: 'slide/delete', args: { slideIds: [deck0.slides[deck0.slides.length - 1]!.id] } },
    ];
    const seen = new Set<string>();
    for (const op of ops) {
      state = step(state, op);
      const now = incremental(state.deck);
      expect(now, op.op).toEqual(full(state.deck));
      seen.add(JSON.stringify(now));
    }
    // The edits changed what the check says (a test that could not fail would not show this).
    expect(seen.size).toBeGreaterThan(3);
    expect(citing).toBeDefined();
    for (let i = 0; i < ops.length; i++) {
      state = undo(state);
      expect(incremental(state.deck)).toEqual(full(state.deck));
    }
    expect(state.deck).toEqual(deck0);
  });

  it('re-checks every slide when the context changes (a reading arrives, an image goes missing)', () => {
    const first = createEditorState(start());
    const slide = first.deck.slides.find((s) =>
      s.blocks.some((b) => b.type === 'bullets' && b.items.length > 0 && b.items[0]!.provenance),
    )!;
    const block = slide.blocks.find((b) => b.type === 'bullets')!;
    if (block.type !== 'bullets') throw new Error('expected bullets');
    // A number its sentence does not hold: only a check that has the reading can say so.
    const deck = step(first, {
      op: 'bullet/set-text',
      args: {
        slideId: slide.id,
        bulletId: block.items[0]!.id,
        text: 'Output rose by 4321 per cent',
      },
    }).deck;
    const none: CheckContext = { assetExists: () => true };
    expect(incremental(deck, none)).toEqual(full(deck, none));
    expect(incremental(deck, ctx)).toEqual(full(deck, ctx));
    expect(incremental(deck, ctx)).not.toEqual(incremental(deck, none));
  });

  it('re-checks the slide typed on, draft review included, in well under a few milliseconds', () => {
    let state = createEditorState(start());
    const slide = state.deck.slides.find((s) =>
      s.blocks.some((b) => b.type === 'bullets' && b.items.length > 2),
    )!;
    const block = slide.blocks.find((b) => b.type === 'bullets')!;
    if (block.type !== 'bullets') throw new Error('expected bullets');
    const base = block.items[0]!.text;
    checkDeckBySlide(state.deck, ctx);
    const times: number[] = [];
    for (let k = 0; k < 120; k++) {
      // Each keystroke a text the check has not seen: the bullet is tagged again every time.
      state = step(state, {
        op: 'bullet/set-text',
        args: {
          slideId: slide.id,
          bulletId: block.items[0]!.id,
          text: `${base} ${'x'.repeat(k + 1)}`,
        },
      });
      const t0 = performance.now();
      checkDeckBySlide(state.deck, ctx);
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    // Typically ~0.3 ms; the bound leaves room for a busy machine, not for a whole-slide re-tag per key.
    expect(times[Math.floor(times.length / 2)]!).toBeLessThan(3);
  });
});
