/**
 * Typing a slide number, then Enter, to jump there: the habit clickers and PowerPoint taught.
 * One rule for the audience view and the speaker view, so both windows answer alike.
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
  return undefined;
}
