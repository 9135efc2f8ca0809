/**
 * The sorter draws a row again only when what it shows changed (its slide, its place, its
 * selection, the deck's meta or references): an edit on one slide must still reach that
 * slide's thumbnail and label, and a change every thumbnail depends on must reach them all.
 * And the slide order is one array for as long as the ids and their order are the same.
 */
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Deck } from '../../../../common/deck/schema';
import type { SlideRenderContext } from '../../../../common/render/context';
import { applyOp } from '../../../../common/ops/apply';
import type { Op } from '../../../../common/ops/registry';
import { Sorter } from '../../../../renderer/src/editor/Sorter';
import { selectOne, slideIds } from '../../../../renderer/src/editor/selection';
import { smallDeck } from '../../ops/fixture';

beforeAll(() => {
  // jsdom has no ResizeObserver; the sorter only needs it to hear of a resize.
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

let unmount: (() => void) | undefined;
afterEach(() => {
  unmount?.();
  unmount = undefined;
  document.body.innerHTML = '';
});

const ctx: SlideRenderContext = { assetUrl: () => undefined, charts: {} };

function edit(deck: Deck, op: Op): Deck {
  const r = applyOp(deck, op);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.deck;
}

function mount(deck: Deck, current = 's1') {
  const host = document.body.appendChild(document.createElement('div'));
  const root = createRoot(host);
  const draw = (d: Deck, cur = current) =>
    act(() =>
      root.render(
        <Sorter
          deck={d}
          ctx={ctx}
          selection={selectOne(cur)}
          onSelect={vi.fn()}
          onMove={vi.fn()}
          onNudge={vi.fn()}
          onDelete={vi.fn()}
        />,
      ),
    );
  draw(deck);
  unmount = () => act(() => root.unmount());
  const row = (id: string) => host.querySelector<HTMLElement>(`#sorter-${id}`)!;
  return { draw, row };
}

describe('the sorter rows', () => {
  it('an edited slide shows the edit in its row; the other rows stay the same elements', () => {
    const deck = smallDeck();
    const { draw, row } = mount(deck);
    const first = row('s1');
    const firstThumb = first.querySelector('.lectern-slide');
    expect(row('s2').getAttribute('aria-label')).toBe('Slide 2: Equipment');

    const edited = edit(deck, {
      op: 'slide/set-title',
      args: { slideId: 's2', title: 'Heavy equipment' },
    });
    draw(edited);
    expect(row('s2').getAttribute('aria-label')).toBe('Slide 2: Heavy equipment');
    expect(row('s2').querySelector('.lectern-slide-header')?.textContent).toContain(
      'Heavy equipment',
    );
    expect(row('s1')).toBe(first);
    expect(row('s1').querySelector('.lectern-slide')).toBe(firstThumb);

    // A bullet deep in the slide, not only its title.
    const again = edit(edited, {
      op: 'bullet/set-text',
      args: { slideId: 's2', bulletId: 'i3', text: 'Hydro turbines' },
    });
    draw(again);
    expect(row('s2').textContent).toContain('Hydro turbines');
  });

  it('a change to the deck every thumbnail depends on reaches every row', () => {
    const deck = smallDeck();
    const { draw, row } = mount(deck);
    expect(row('s1').querySelector('.lectern-slide')?.className).toContain('theme-light');
    const dark = edit(deck, { op: 'meta/set', args: { field: 'theme', value: 'dark' } });
    draw(dark);
    for (const s of dark.slides)
      expect(row(s.id).querySelector('.lectern-slide')?.className).toContain('theme-dark');
  });

  it('moving slides and the selection reach the rows they change', () => {
    const deck = smallDeck();
    const { draw, row } = mount(deck);
    expect(row('s1').className).toContain('current');
    draw(deck, 's3');
    expect(row('s1').className).not.toContain('current');
    expect(row('s3').className).toContain('current');

    const moved = edit(deck, { op: 'slide/move-many', args: { slideIds: ['s3'], to: 0 } });
    draw(moved, 's3');
    expect(row('s3').getAttribute('aria-label')).toMatch(/^Slide 1: /);
    expect(row('s1').getAttribute('aria-label')).toMatch(/^Slide 2: /);
    expect(row('s3').querySelector('.sorter-number')?.textContent).toBe('1');
  });
});

describe('the slide order', () => {
  it('is the same array while the ids and their order are the same', () => {
    const deck = smallDeck();
    const ids = slideIds(deck.slides);
    expect(ids).toEqual(deck.slides.map((s) => s.id));
    const edited = edit(deck, { op: 'slide/set-title', args: { slideId: 's2', title: 'X' } });
    expect(edited.slides).not.toBe(deck.slides);
    expect(slideIds(edited.slides)).toBe(ids);
    const moved = edit(edited, { op: 'slide/move-many', args: { slideIds: ['s3'], to: 0 } });
    const order = slideIds(moved.slides);
    expect(order).not.toBe(ids);
    expect(order).toEqual(moved.slides.map((s) => s.id));
    // Asked again for an earlier deck, the answer is still that deck's order.
    expect(slideIds(deck.slides)).toEqual(deck.slides.map((s) => s.id));
  });
});
