import { describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { readDeckFile } from '../../../main/store/read';
import { checkDeckFile } from '../../../main/import/check-context';
import { DRAFT_REVIEW } from './draft-review';

const DECKS = resolve(__dirname, '../../../decks');

describe.each(['western-technology', 'western-specialists', 'foreign-credit'])(
  'the curated sample deck %s',
  (slug) => {
    it('loads, keeps its source copy, and passes the deck check with no errors', async () => {
      const file = join(DECKS, slug, `${slug}.lectern`);
      const opened = await readDeckFile(file);
      if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
      const problems = await checkDeckFile(file, opened.value.deck);
      expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
      // The only warnings: [1] and [2] are cited by the reading but never listed, and the
      // draft review's (a hand-written deck draws a few: telegraphic bullets without a verb).
      for (const p of problems)
        expect(p.what).toMatch(
          new RegExp(
            `cites \\[[12]\\], whose author, title, issued, publisher are missing|${DRAFT_REVIEW.source}`,
          ),
        );
      const review = problems.filter((p) => DRAFT_REVIEW.test(p.what));
      expect(review.every((p) => p.severity === 'warning')).toBe(true);
      expect(review.length).toBeLessThanOrEqual(opened.value.deck.slides.length * 2);
      expect(problems.some((p) => /cannot be read|not the copy/.test(p.what))).toBe(false);
      expect(opened.value.deck.slides.some((s) => s.layout === 'figure')).toBe(true);
    });
  },
);
