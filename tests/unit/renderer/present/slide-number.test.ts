import { describe, expect, it } from 'vitest';
import {
  slideNumberKey,
  slideNumberTyping,
  typedAfterOtherKey,
} from '../../../../renderer/src/present/slide-number';

/** Types `keys` one after another, as a lecturer would, and returns the last step. */
function type(keys: string[]) {
  let typed = '';
  let last: ReturnType<typeof slideNumberKey>;
  for (const key of keys) {
    last = slideNumberKey(typed, key);
    if (last) typed = last.typed;
  }
  return { typed, last };
}

describe('typing a slide number then Enter', () => {
  it('jumps to that slide (0-based), clearing what was typed', () => {
    expect(type(['1', '2', 'Enter']).last).toEqual({ typed: '', jumpTo: 11 });
  });
  it('lets Backspace correct a digit', () => {
    expect(type(['1', '9', 'Backspace', '2', 'Enter']).last).toEqual({ typed: '', jumpTo: 11 });
  });
  it('ignores slide 0 and keeps at most four digits', () => {
    expect(type(['0', 'Enter']).last).toEqual({ typed: '' });
    expect(type(['1', '2', '3', '4', '5']).typed).toBe('1234');
  });
  it('leaves other keys, and Enter, Backspace or Esc with nothing typed, to navigation', () => {
    expect(slideNumberKey('', 'Enter')).toBeUndefined();
    expect(slideNumberKey('', 'Backspace')).toBeUndefined();
    expect(slideNumberKey('', 'Escape')).toBeUndefined();
    expect(slideNumberKey('3', 'ArrowRight')).toBeUndefined();
  });
  it('cancels the number with Esc, going nowhere', () => {
    expect(type(['1', '2', 'Escape']).last).toEqual({ typed: '' });
    expect(type(['1', '2', 'Escape', 'Enter']).typed).toBe('');
  });
  it('drops the number on any other key, but keeps it through a modifier alone', () => {
    expect(typedAfterOtherKey('12', 'ArrowRight')).toBe('');
    expect(typedAfterOtherKey('12', 'Tab')).toBe('');
    expect(typedAfterOtherKey('12', 'x')).toBe('');
    for (const key of ['Shift', 'Control', 'Alt', 'AltGraph', 'Meta', 'CapsLock', 'NumLock'])
      expect(typedAfterOtherKey('12', key)).toBe('12');
  });
});

describe('one window typing a number over many key presses', () => {
  it('shows each change once, jumps on Enter, and drops the digits at another key', () => {
    const shown: string[] = [];
    const number = slideNumberTyping((typed) => shown.push(typed));
    expect(number.key('1')).toEqual({ typed: '1' });
    expect(number.key('Shift')).toBeUndefined(); // AZERTY digits need Shift: kept
    expect(number.key('2')).toEqual({ typed: '12' });
    expect(number.key('Enter')).toEqual({ typed: '', jumpTo: 11 });
    expect(number.key('4')).toEqual({ typed: '4' });
    expect(number.key('ArrowRight')).toBeUndefined(); // the arrow is the window's; the 4 is gone
    expect(number.key('Enter')).toBeUndefined(); // so Enter jumps nowhere
    expect(shown).toEqual(['1', '12', '', '4', '']);
  });
});
