/**
 * The presenter's keys in both windows: a slide number typed then Enter, the keys the
 * audience view takes from reveal.js (Esc, F, S, Ctrl shortcuts), and the speaker view's
 * keys sent on to the audience view.
 */
import type { RevealApi } from 'reveal.js';
import { describe, expect, it, vi } from 'vitest';
import { useShortcuts, type Commands } from '../../../../renderer/src/editor/use-shortcuts';
import { usePresentKeys } from '../../../../renderer/src/present/use-present-keys';
import { useSpeakerKeys } from '../../../../renderer/src/present/use-speaker-keys';
import { press, renderHook } from '../hook';

/** The part of reveal.js the keys use: a deck of `total` slides. */
function fakeReveal(total: number, { ready = true, overview = false } = {}) {
  const r = {
    isReady: vi.fn(() => ready),
    slide: vi.fn(),
    getTotalSlides: vi.fn(() => total),
    isOverview: vi.fn(() => overview),
    toggleOverview: vi.fn(),
  };
  return { api: r, ref: { current: r as unknown as RevealApi } };
}

function audience(total = 12, opts: { ready?: boolean; overview?: boolean } = {}) {
  const reveal = fakeReveal(total, opts);
  const actions = {
    reveal: reveal.ref,
    leave: vi.fn(),
    toggleSpeaker: vi.fn(),
    toggleFullscreen: vi.fn(),
  };
  const digits = renderHook(usePresentKeys, actions);
  return { ...actions, digits, reveal: reveal.api };
}

describe('the audience view', () => {
  it('shows the number as it is typed and jumps there on Enter', () => {
    const { digits, reveal } = audience();
    press('1');
    press('0');
    expect(digits.current).toBe('10');
    expect(reveal.slide).not.toHaveBeenCalled();
    const enter = press('Enter');
    expect(reveal.slide).toHaveBeenCalledWith(9);
    expect(digits.current).toBe('');
    expect(enter.defaultPrevented).toBe(true);
  });

  it('goes to the last slide for a number past the end', () => {
    const { reveal } = audience(12);
    press('4');
    press('0');
    press('Enter');
    expect(reveal.slide).toHaveBeenCalledWith(11);
  });

  it('drops a half-typed number when another key is pressed', () => {
    const { digits, reveal } = audience();
    press('3');
    press('ArrowRight'); // reveal.js's own key
    expect(digits.current).toBe('');
    press('Enter');
    expect(reveal.slide).not.toHaveBeenCalled();
  });

  it('cancels a half-typed number with Esc, and only that: the next Esc leaves', () => {
    const { digits, leave, reveal } = audience();
    const heard = vi.fn(); // reveal.js listens on the document, after the presentation's keys
    document.addEventListener('keydown', heard);
    press('1');
    press('2');
    const esc = press('Escape');
    expect(digits.current).toBe('');
    expect(leave).not.toHaveBeenCalled();
    expect(esc.defaultPrevented).toBe(true);
    expect(heard).toHaveBeenCalledTimes(0);
    press('Enter');
    expect(reveal.slide).not.toHaveBeenCalled();
    press('Escape');
    expect(leave).toHaveBeenCalledTimes(1);
    document.removeEventListener('keydown', heard);
  });

  it('in the overview too, Esc first cancels a typed number, then closes the overview', () => {
    const { digits, leave, reveal } = audience(12, { overview: true });
    press('5');
    press('Escape');
    expect(digits.current).toBe('');
    expect(reveal.toggleOverview).not.toHaveBeenCalled();
    press('Escape');
    expect(reveal.toggleOverview).toHaveBeenCalledWith(false);
    expect(leave).not.toHaveBeenCalled();
  });

  it('keeps a half-typed number through Shift alone (the digits of an AZERTY keyboard)', () => {
    const { digits, reveal } = audience();
    press('1', { shiftKey: true });
    press('Shift', { shiftKey: true });
    press('2', { shiftKey: true });
    press('CapsLock');
    expect(digits.current).toBe('12');
    press('Enter');
    expect(reveal.slide).toHaveBeenCalledWith(11);
  });

  it('closes the overview with Esc, and leaves the presentation with Esc otherwise', () => {
    const inOverview = audience(12, { overview: true });
    press('Escape');
    expect(inOverview.reveal.toggleOverview).toHaveBeenCalledWith(false);
    expect(inOverview.leave).not.toHaveBeenCalled();
    inOverview.digits.unmount();

    const plain = audience(12);
    expect(press('Escape').defaultPrevented).toBe(true);
    expect(plain.leave).toHaveBeenCalledTimes(1);
  });

  it('toggles full screen with F and the speaker view with S, but not with Shift', () => {
    const { toggleFullscreen, toggleSpeaker } = audience();
    press('f');
    press('S', { shiftKey: true });
    press('F', { shiftKey: true });
    expect(toggleFullscreen).toHaveBeenCalledTimes(1);
    expect(toggleSpeaker).not.toHaveBeenCalled();
    press('s');
    expect(toggleSpeaker).toHaveBeenCalledTimes(1);
  });

  it('leaves every key alone until reveal.js is ready', () => {
    const { digits, leave, reveal } = audience(12, { ready: false });
    press('2');
    const esc = press('Escape');
    expect(digits.current).toBe('');
    expect(leave).not.toHaveBeenCalled();
    expect(reveal.slide).not.toHaveBeenCalled();
    expect(esc.defaultPrevented).toBe(false);
  });

  it('keeps Ctrl shortcuts from the editor underneath: no undo in the middle of a lecture', () => {
    const commands: Commands = {
      undo: vi.fn(),
      redo: vi.fn(),
      save: vi.fn(),
      newSlide: vi.fn(),
      duplicate: vi.fn(),
      nudge: vi.fn(),
      settings: vi.fn(),
    };
    renderHook(useShortcuts, commands);
    // Without the presentation the editor hears Ctrl+Z.
    press('z', { ctrlKey: true }, document.body);
    expect(commands.undo).toHaveBeenCalledTimes(1);

    audience();
    press('z', { ctrlKey: true }, document.body);
    press('d', { metaKey: true }, document.body);
    expect(commands.undo).toHaveBeenCalledTimes(1);
    expect(commands.duplicate).not.toHaveBeenCalled();
  });

  it('stops listening when the presentation closes', () => {
    const { digits, leave } = audience();
    digits.unmount();
    press('Escape');
    expect(leave).not.toHaveBeenCalled();
  });
});

describe('the speaker view', () => {
  it('sends a typed slide number as a jump, counted from 1 on screen and from 0 on the wire', () => {
    const navigate = vi.fn();
    const digits = renderHook(useSpeakerKeys, navigate);
    press('6');
    expect(digits.current).toBe('6');
    press('Enter');
    expect(navigate).toHaveBeenCalledExactlyOnceWith('goto', 5);
    expect(digits.current).toBe('');
  });

  it('lets Backspace correct a digit before Enter', () => {
    const navigate = vi.fn();
    const digits = renderHook(useSpeakerKeys, navigate);
    press('1');
    press('7');
    press('Backspace');
    press('2');
    expect(digits.current).toBe('12');
    press('Enter');
    expect(navigate).toHaveBeenCalledWith('goto', 11);
  });

  it('sends the clicker keys on, as the audience view reads them', () => {
    const navigate = vi.fn();
    renderHook(useSpeakerKeys, navigate);
    for (const key of ['ArrowRight', 'ArrowDown', ' ', 'PageDown', 'n']) press(key);
    for (const key of ['ArrowLeft', 'ArrowUp', 'PageUp', 'p']) press(key);
    press('Home');
    press('End');
    press('b');
    press('.');
    expect(navigate.mock.calls.map((c) => c[0])).toEqual([
      ...Array<string>(5).fill('next'),
      ...Array<string>(4).fill('prev'),
      'first',
      'last',
      'blackout',
      'blackout',
    ]);
  });

  it('drops a half-typed number when the lecturer moves on with an arrow', () => {
    const navigate = vi.fn();
    const digits = renderHook(useSpeakerKeys, navigate);
    press('4');
    press('ArrowRight');
    expect(digits.current).toBe('');
    press('Enter');
    expect(navigate.mock.calls).toEqual([['next']]);
  });

  it('cancels a half-typed number with Esc, and leaves Esc alone otherwise', () => {
    const navigate = vi.fn();
    const digits = renderHook(useSpeakerKeys, navigate);
    press('3');
    expect(press('Escape').defaultPrevented).toBe(true);
    expect(digits.current).toBe('');
    press('Enter');
    expect(navigate).not.toHaveBeenCalled();
    expect(press('Escape').defaultPrevented).toBe(false);
  });

  it('drops a half-typed number on any other key, as the audience view does, but not on Shift alone', () => {
    const navigate = vi.fn();
    const digits = renderHook(useSpeakerKeys, navigate);
    press('7');
    const tab = press('Tab'); // a key the speaker view does not use
    expect(digits.current).toBe('');
    expect(tab.defaultPrevented).toBe(false);
    press('Enter');
    expect(navigate).not.toHaveBeenCalled();

    press('1', { shiftKey: true });
    press('Shift', { shiftKey: true });
    press('2', { shiftKey: true });
    expect(digits.current).toBe('12');
    press('x');
    expect(digits.current).toBe('');
  });

  it('leaves keys typed in any text entry alone: input, textarea, select, editable text', () => {
    const navigate = vi.fn();
    const digits = renderHook(useSpeakerKeys, navigate);
    const area = document.body.appendChild(document.createElement('textarea'));
    const select = document.body.appendChild(document.createElement('select'));
    const editable = document.body.appendChild(document.createElement('div'));
    editable.setAttribute('contenteditable', 'true');
    const inside = editable.appendChild(document.createElement('b'));
    const off = editable.appendChild(document.createElement('span'));
    off.setAttribute('contenteditable', 'false');
    for (const field of [area, select, editable, inside]) {
      for (const key of ['4', 'Enter', 'ArrowRight', ' ', 'b', 'Home'])
        expect(press(key, {}, field).defaultPrevented).toBe(false);
    }
    expect(navigate).not.toHaveBeenCalled();
    expect(digits.current).toBe('');
    // Text that is not editable is the page's: keys there navigate.
    press('ArrowRight', {}, off);
    expect(navigate).toHaveBeenCalledExactlyOnceWith('next');
  });

  it('does not navigate while the planned duration is typed, nor on shortcuts', () => {
    const navigate = vi.fn();
    const digits = renderHook(useSpeakerKeys, navigate);
    const input = document.body.appendChild(document.createElement('input'));
    const typedInField = press('5', {}, input);
    press('ArrowRight', {}, input);
    press('r', { ctrlKey: true });
    press('ArrowRight', { altKey: true });
    expect(navigate).not.toHaveBeenCalled();
    expect(digits.current).toBe('');
    expect(typedInField.defaultPrevented).toBe(false);
  });

  it('leaves keys it does not use to the page', () => {
    const navigate = vi.fn();
    renderHook(useSpeakerKeys, navigate);
    expect(press('Tab').defaultPrevented).toBe(false);
    expect(press('Enter').defaultPrevented).toBe(false); // nothing typed: not a jump
    expect(press('PageDown').defaultPrevented).toBe(true);
  });
});
