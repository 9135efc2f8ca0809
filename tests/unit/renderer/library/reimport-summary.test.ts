/** The status line after "Update the existing decks" with a new copy of a reading. */
import { describe, expect, it } from 'vitest';
import { updateSummary } from '../../../../renderer/src/library/reimport-summary';

describe('the update summary', () => {
  it('says nothing changed when the reading is the same', () => {
    expect(updateSummary([{ title: 'Part 1', stale: 0, unchanged: true }], 'steel.md')).toBe(
      '“steel.md” is the same reading the decks already have; nothing changed.',
    );
  });

  it('says the decks were updated and no slide needs a look when no sentence under a slide changed', () => {
    expect(updateSummary([{ title: 'Part 1', stale: 0, unchanged: false }], 'steel.md')).toBe(
      'Updated 1 deck with the new “steel.md”; no slide rests on a sentence that changed.',
    );
  });

  it('names each deck with slides to review, and how many, in the right number', () => {
    const text = updateSummary(
      [
        { title: 'Steel, part 1', stale: 1, unchanged: false },
        { title: 'Steel, part 2', stale: 0, unchanged: true },
        { title: 'Steel, part 3', stale: 4, unchanged: false },
      ],
      'steel.md',
    );
    expect(text).toBe(
      'Updated 3 decks with the new “steel.md”. Marked for review in Check, where the reading changed under them: Steel, part 1 (1 slide), Steel, part 3 (4 slides).',
    );
  });
});
