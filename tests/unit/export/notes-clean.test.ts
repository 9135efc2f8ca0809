/**
 * Notes as exports show them: the remarks earlier drafts left for the lecturer (sentence ids,
 * "Source sentences:", garbled-repeat notes, missing details) go; everything else stays as written.
 */
import { describe, expect, it } from 'vitest';
import { hasLecturerOnlyText, notesForExport } from '../../../common/render/lecturer-only';

describe('notesForExport', () => {
  it('drops remark lines and sentence ids, closing up the gaps they leave', () => {
    const old = [
      'The Soviet Union bought whole plants (s1.1.3).',
      '',
      'Left out as a garbled repeat (of s1.1.4): the plant the plant was copied.',
      '',
      'Left out of the quotation as a garbled repeat: "we we worked"',
      '',
      'Source sentences: s1.1.3–5, s1.2.1',
    ].join('\n');
    expect(notesForExport(old)).toBe('The Soviet Union bought whole plants.');
    expect(notesForExport('See [s2.1.1; s2.1.4] for the figures.')).toBe('See for the figures.');
    expect(
      notesForExport('[2] details missing: author, year\nNo details recorded.\nAsk about [2].'),
    ).toBe('Ask about [2].');
  });

  it('leaves notes without such remarks exactly as they are', () => {
    for (const notes of [
      'Talking points:\n• Stress the timing : 1929 to 1932.\n\nFrom the reading:\nText.',
      'Section 1.2.3 of the plan',
      'costs1.5.2 rose',
      '',
    ]) {
      expect(hasLecturerOnlyText(notes), notes).toBe(false);
      expect(notesForExport(notes)).toBe(notes);
    }
  });
});
