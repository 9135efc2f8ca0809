/**
 * Ctrl/Cmd+B and +I on text stored as inline Markdown: wrap the selection in `**` or `*`, or
 * take the markers away when the selection is already wrapped in them. Pure (no DOM), so the
 * inspector's fields and the fields on the slide share it and it is tested on its own.
 */

export interface Wrapped {
  text: string;
  /** The selection afterwards: the same words, inside (or without) the markers. */
  start: number;
  end: number;
}

/** Length of the run of `*` (or `_`) ending at `at` (backwards) or starting at `at`. */
function run(text: string, at: number, backwards: boolean, ch: string): number {
  let n = 0;
  if (backwards) while (at - n - 1 >= 0 && text[at - n - 1] === ch) n++;
  else while (at + n < text.length && text[at + n] === ch) n++;
  return n;
}

/**
 * True when a run of `n` markers holds the emphasis `marker` stands for: `**` is in runs of
 * 2 or 3 (bold, bold italic), `*` in runs of 1 or 3, so Ctrl+I never eats half of a bold.
 */
function holds(n: number, marker: string): boolean {
  return marker.length === 2 ? n === 2 || n === 3 : n === 1 || n === 3;
}

/**
 * Toggles `marker` (`**` or `*`) around `text.slice(start, end)`. An empty selection gets a
 * pair with the caret inside, ready to type into.
 */
export function toggleEmphasis(
  text: string,
  start: number,
  end: number,
  marker: '**' | '*',
): Wrapped {
  const m = marker.length;
  const ch = marker[0]!;
  const sel = text.slice(start, end);
  if (start < end) {
    // The markers are just outside the selection: "**|word|**".
    const before = run(text, start, true, ch);
    const after = run(text, end, false, ch);
    if (before === after && holds(before, marker)) {
      return {
        text: text.slice(0, start - m) + sel + text.slice(end + m),
        start: start - m,
        end: end - m,
      };
    }
    // The selection includes them: "|**word**|".
    const lead = run(sel, 0, false, ch);
    const trail = run(sel, sel.length, true, ch);
    if (lead === trail && lead < sel.length / 2 && holds(lead, marker)) {
      const inner = sel.slice(m, sel.length - m);
      return {
        text: text.slice(0, start) + inner + text.slice(end),
        start,
        end: start + inner.length,
      };
    }
  }
  return {
    text: text.slice(0, start) + marker + sel + marker + text.slice(end),
    start: start + m,
    end: end + m,
  };
}
