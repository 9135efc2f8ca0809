/**
 * Typing a slide number, then Enter, to jump there: the habit clickers and PowerPoint taught.
 * Backspace corrects a digit, Esc cancels the number (and does nothing else), and any other
 * key drops it, except a modifier pressed alone (Shift types the digits of an AZERTY
 * keyboard). One rule for the audience view and the speaker view, so both windows answer alike.
 */

/** What a key does to the number being typed; `undefined` when the key is not part of it. */
export interface SlideNumberStep {
  /** The digits typed so far after this key ('' when none). */
  typed: string;
  /** The slide to show (0-based) when Enter ends the number. */
  jumpTo?: number;
}

/** Up to four digits: no deck has 10,000 slides, and a stray key run stays short. */
const MAX_DIGITS = 4;

/** Applies `key` to the digits typed so far. */
export function slideNumberKey(typed: string, key: string): SlideNumberStep | undefined {
  if (/^[0-9]$/.test(key)) return { typed: (typed + key).slice(0, MAX_DIGITS) };
  if (!typed) return undefined;
  if (key === 'Backspace') return { typed: typed.slice(0, -1) };
  if (key === 'Enter') {
    const n = Number(typed);
    return n >= 1 ? { typed: '', jumpTo: n - 1 } : { typed: '' };
  }
  if (key === 'Escape') return { typed: '' };
  return undefined;
}

/** Keys that only modify another key, or switch a lock: pressed alone they type nothing. */
const MODIFIERS = new Set([
  'Alt',
  'AltGraph',
  'CapsLock',
  'Control',
  'Fn',
  'FnLock',
  'Hyper',
  'Meta',
  'NumLock',
  'OS',
  'ScrollLock',
  'Shift',
  'Super',
  'Symbol',
  'SymbolLock',
]);

/** What is left of the digits typed so far after `key`, a key `slideNumberKey` left alone: a modifier keeps them, any other key drops them. */
export function typedAfterOtherKey(typed: string, key: string): string {
  return MODIFIERS.has(key) ? typed : '';
}

/** The number being typed in one window, kept across its key presses. */
export interface SlideNumberTyping {
  /** Applies `key`: the step when it was part of a number (the caller swallows the key), else undefined (any digits dropped unless it was a modifier). */
  key(key: string): SlideNumberStep | undefined;
}

/** Keeps the digits typed so far; `shown` hears each change (to show "Go to 12"). */
export function slideNumberTyping(shown: (typed: string) => void = () => {}): SlideNumberTyping {
  let typed = '';
  const set = (next: string) => {
    if (next === typed) return;
    typed = next;
    shown(next);
  };
  return {
    key(key) {
      const step = slideNumberKey(typed, key);
      set(step ? step.typed : typedAfterOtherKey(typed, key));
      return step;
    },
  };
}
