/** The sizes a print document is laid out with: the notes' type size, and the pages Chromium printed. */
import { describe, expect, it } from 'vitest';
import { notesFontSize, notesHeight } from '../../../main/export/notes-fit';
import { pdfPageCount } from '../../../main/export/pdf-pages';

describe('notes type size', () => {
  it('is 15 px for short notes and smaller for long ones, never below 9 px', () => {
    expect(notesFontSize('A short note.', 698, 600)).toBe(15);
    const long = Array.from(
      { length: 40 },
      () => 'The plant at Magnitogorsk was copied from the Gary Works in Indiana.',
    ).join(' ');
    const size = notesFontSize(long, 698, 600);
    expect(size).toBeLessThan(15);
    expect(notesHeight(long, 698, size)).toBeLessThanOrEqual(600);
    expect(notesFontSize(long.repeat(20), 698, 600)).toBe(9);
  });
});

describe('pdfPageCount', () => {
  it("reads the page tree root's count, and nothing from bytes that are no PDF", () => {
    const pdf = new TextEncoder().encode(
      '%PDF-1.4\n3 0 obj\n<</Type /Pages\n/Count 2\n/Kids [1 0 R]>>\n9 0 obj\n<</Type /Pages\n/Count 12\n/Kids [3 0 R 4 0 R]>>\n',
    );
    expect(pdfPageCount(pdf)).toBe(12);
    expect(pdfPageCount(new Uint8Array([1, 2, 3]))).toBeUndefined();
  });
});
