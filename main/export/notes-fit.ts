/**
 * The type size of a notes page's speaker notes: the largest, from 15 px down to 9 px, at
 * which the notes are estimated to fit the room under the slide. Estimated from Source Sans
 * advance widths (as chart labels are), so the same notes always get the same size.
 */
import { textWidth } from '../../common/render/text-width';

const LINE_HEIGHT = 1.45;
/** Space after a paragraph, in em (`.lx-notes p`). */
const PARAGRAPH_GAP = 0.65;
/** Estimates are a little short of Chromium's own line breaking; keep this much room spare. */
const SPARE = 0.92;
export const NOTES_SIZES = [15, 14, 13, 12, 11, 10, 9] as const;

/** Lines `text` wraps to in `width` px at `size` px (hard line breaks kept, as `pre-wrap` does). */
function wrappedLines(text: string, width: number, size: number): number {
  let lines = 0;
  const space = textWidth(' ', size);
  for (const line of text.split('\n')) {
    let used = 0;
    let count = 1;
    for (const word of line.split(/ +/).filter(Boolean)) {
      const w = textWidth(word, size);
      if (w > width) {
        // A word longer than the line (a URL, CJK text without spaces) breaks anywhere.
        count += Math.ceil((used + w) / width) - 1;
        used = (used + w) % width;
        continue;
      }
      if (used > 0 && used + space + w > width) {
        count++;
        used = w;
      } else used += (used > 0 ? space : 0) + w;
    }
    lines += count;
  }
  return lines;
}

/** Estimated height in px of `notes` set `width` px wide at `size` px. */
export function notesHeight(notes: string, width: number, size: number): number {
  const paragraphs = notes.trim() ? notes.trim().split(/\n{2,}/) : [];
  const lines = paragraphs.reduce((n, p) => n + wrappedLines(p, width, size), 0);
  return lines * size * LINE_HEIGHT + paragraphs.length * size * PARAGRAPH_GAP;
}

/** The notes' type size for a text column `width` × `height` px; the smallest when none fits. */
export function notesFontSize(notes: string, width: number, height: number): number {
  return (
    NOTES_SIZES.find((size) => notesHeight(notes, width, size) <= height * SPARE) ??
    NOTES_SIZES[NOTES_SIZES.length - 1]!
  );
}
