/** The editor's window-wide shortcuts, as a keyboard sends them. */
import { describe, expect, it, vi } from 'vitest';
import { useShortcuts, type Commands } from '../../../../renderer/src/editor/use-shortcuts';
import { usePresentShortcuts } from '../../../../renderer/src/present/use-present-shortcuts';
import { press, renderHook } from '../hook';

const commands = () =>
  ({
    undo: vi.fn<() => void>(),
    redo: vi.fn<() => void>(),
    save: vi.fn<() => void>(),
    newSlide: vi.fn<() => void>(),
    duplicate: vi.fn<() => void>(),
    nudge: vi.fn<(by: -1 | 1) => void>(),
    settings: vi.fn<() => void>(),
  }) satisfies Commands;

describe('the editor shortcuts', () => {
  it('map Ctrl (or ⌘) keys to the commands, and take the key from the browser', () => {
    const c = commands();
    renderHook(useShortcuts, c);
    expect(press('z', { ctrlKey: true }).defaultPrevented).toBe(true);
    press('Z', { ctrlKey: true, shiftKey: true });
    press('y', { metaKey: true });
    press('s', { metaKey: true });
    press('m', { ctrlKey: true });
    press('Enter', { ctrlKey: true, shiftKey: true });
    press('d', { ctrlKey: true });
    press(',', { ctrlKey: true });
    press('ArrowUp', { ctrlKey: true, shiftKey: true });
    press('ArrowDown', { metaKey: true, shiftKey: true });
    expect(c.undo).toHaveBeenCalledTimes(1);
    expect(c.redo).toHaveBeenCalledTimes(2);
    expect(c.save).toHaveBeenCalledTimes(1);
    expect(c.newSlide).toHaveBeenCalledTimes(2);
    expect(c.duplicate).toHaveBeenCalledTimes(1);
    expect(c.settings).toHaveBeenCalledTimes(1);
    expect(c.nudge.mock.calls).toEqual([[-1], [1]]);
  });

  it('leave typing, AltGr letters and other Ctrl keys to the page', () => {
    const c = commands();
    renderHook(useShortcuts, c);
    const plain = press('z');
    const altGr = press('z', { ctrlKey: true, altKey: true }); // AltGr arrives as Ctrl+Alt
    const copy = press('c', { ctrlKey: true });
    const arrow = press('ArrowUp', { ctrlKey: true }); // no Shift: moves the caret, not the slide
    for (const e of [plain, altGr, copy, arrow]) expect(e.defaultPrevented).toBe(false);
    for (const fn of Object.values(c)) expect(fn).not.toHaveBeenCalled();
  });

  it('call the commands of the latest render, never stale ones', () => {
    const first = commands();
    const shortcuts = renderHook(useShortcuts, first);
    const second = commands();
    shortcuts.rerender(second);
    press('s', { ctrlKey: true });
    expect(first.save).not.toHaveBeenCalled();
    expect(second.save).toHaveBeenCalledTimes(1);
  });

  it('stop when the editor closes', () => {
    const c = commands();
    renderHook(useShortcuts, c).unmount();
    press('z', { ctrlKey: true });
    expect(c.undo).not.toHaveBeenCalled();
  });
});

describe('the shortcuts that start presenting', () => {
  const start = (enabled: boolean) => {
    const fromStart = vi.fn();
    const fromCurrent = vi.fn();
    const hook = renderHook(
      (on: boolean) => usePresentShortcuts(on, fromStart, fromCurrent),
      enabled,
    );
    return { hook, fromStart, fromCurrent };
  };

  it('F5 starts at the first slide; Shift+F5 and Ctrl/⌘+Enter at the current one', () => {
    const { fromStart, fromCurrent } = start(true);
    expect(press('F5').defaultPrevented).toBe(true); // not a page reload in the browser edition
    press('F5', { shiftKey: true });
    press('Enter', { ctrlKey: true });
    press('Enter', { metaKey: true });
    expect(fromStart).toHaveBeenCalledTimes(1);
    expect(fromCurrent).toHaveBeenCalledTimes(3);
  });

  it('keeps out of the way of Ctrl+Shift+Enter (new slide) and of plain Enter', () => {
    const { fromStart, fromCurrent } = start(true);
    press('Enter', { ctrlKey: true, shiftKey: true });
    press('Enter');
    press('F5', { ctrlKey: true });
    expect(fromStart).not.toHaveBeenCalled();
    expect(fromCurrent).not.toHaveBeenCalled();
  });

  it('do nothing while a presentation runs, and work again once it has ended', () => {
    const { hook, fromStart } = start(false);
    expect(press('F5').defaultPrevented).toBe(false);
    expect(fromStart).not.toHaveBeenCalled();
    hook.rerender(true);
    press('F5');
    expect(fromStart).toHaveBeenCalledTimes(1);
  });
});
