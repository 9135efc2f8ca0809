/** The sorter's selection: click, Ctrl/Cmd-click, Shift-click, and what survives a delete or an undo. */
import { describe, expect, it } from 'vitest';
import {
  clickSelect,
  emptySelection,
  reconcile,
  selectOne,
  selectedInOrder,
  type Selection,
} from '../../../../renderer/src/editor/selection';

const order = ['s1', 's2', 's3', 's4', 's5'];
const ids = (sel: Selection) => selectedInOrder(sel, order);

describe('clicking slides in the sorter', () => {
  it('a plain click selects only that slide and makes it current', () => {
    let sel = clickSelect(selectOne('s1'), order, 's2', { toggle: true });
    sel = clickSelect(sel, order, 's4', {});
    expect(sel.current).toBe('s4');
    expect(ids(sel)).toEqual(['s4']);
  });

  it('Ctrl/Cmd-click adds a slide, and a second Ctrl/Cmd-click takes it out again', () => {
    let sel = clickSelect(selectOne('s1'), order, 's3', { toggle: true });
    expect(sel.current).toBe('s3');
    expect(ids(sel)).toEqual(['s1', 's3']);
    sel = clickSelect(sel, order, 's3', { toggle: true });
    expect(ids(sel)).toEqual(['s1']);
    expect(sel.current).toBe('s1'); // the current slide left the selection: another selected one is shown
  });

  it('never toggles the last selected slide away, so a slide is always shown', () => {
    const sel = clickSelect(selectOne('s2'), order, 's2', { toggle: true });
    expect(sel.current).toBe('s2');
    expect(ids(sel)).toEqual(['s2']);
  });

  it('Shift-click selects the range from the anchor, either way, in deck order', () => {
    const down = clickSelect(selectOne('s2'), order, 's4', { shift: true });
    expect(ids(down)).toEqual(['s2', 's3', 's4']);
    expect(down.current).toBe('s4');
    const up = clickSelect(selectOne('s4'), order, 's1', { shift: true });
    expect(ids(up)).toEqual(['s1', 's2', 's3', 's4']);
  });

  it('a second Shift-click redraws the range from the same anchor instead of adding to it', () => {
    let sel = clickSelect(selectOne('s3'), order, 's5', { shift: true });
    sel = clickSelect(sel, order, 's2', { shift: true });
    expect(ids(sel)).toEqual(['s2', 's3']);
  });

  it('a Shift-click with nothing clicked before selects just that slide', () => {
    const sel = clickSelect(emptySelection, order, 's3', { shift: true });
    expect(ids(sel)).toEqual(['s3']);
    expect(sel.current).toBe('s3');
  });

  it('lists the selected slides in deck order, whatever order they were clicked in', () => {
    let sel = selectOne('s5');
    sel = clickSelect(sel, order, 's1', { toggle: true });
    sel = clickSelect(sel, order, 's3', { toggle: true });
    expect(ids(sel)).toEqual(['s1', 's3', 's5']);
  });
});

describe('after a delete or an undo', () => {
  it('drops slides that are gone and keeps the current one when it is still there', () => {
    const sel: Selection = { current: 's2', selected: new Set(['s2', 's3']), anchor: 's3' };
    const next = reconcile(sel, ['s1', 's2', 's4']);
    expect(next.current).toBe('s2');
    expect([...next.selected]).toEqual(['s2']);
    expect(next.anchor).toBe('s2');
  });

  it('shows a selected slide that remains, or else the slide where the deleted one stood', () => {
    const kept = reconcile({ current: 's2', selected: new Set(['s2', 's4']), anchor: 's2' }, [
      's1',
      's3',
      's4',
    ]);
    expect(kept.current).toBe('s4');
    // The lecturer deleted s3 (index 2): the slide now at index 2 is shown.
    const fallback = reconcile(selectOne('s3'), ['s1', 's2', 's4', 's5'], 2);
    expect(fallback.current).toBe('s4');
    expect([...fallback.selected]).toEqual(['s4']);
    // Deleting the last slide shows the new last one.
    expect(reconcile(selectOne('s5'), ['s1', 's2'], 4).current).toBe('s2');
  });

  it('selects nothing in an empty deck', () => {
    const sel = reconcile(selectOne('s1'), []);
    expect(sel.current).toBeNull();
    expect(sel.selected.size).toBe(0);
  });

  it('gives back the very same selection when nothing was lost, so the sorter does not redraw', () => {
    const sel = clickSelect(selectOne('s1'), order, 's3', { toggle: true });
    expect(reconcile(sel, order)).toBe(sel);
  });
});
