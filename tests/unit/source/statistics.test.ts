/**
 * A study's statistics as APA style reports them ("(M = 14.2, SD = 3.1)", "t(58) = 5.21",
 * "p < .001") are no facts of the argument: read as counts they made "001" a number and sent
 * the whole sentence to the notes, since no bullet could keep six of them.
 */
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../../common/source/facts';
import { condenseTree, type Bullet } from '../../../common/generate/condense';

const lex = {
  sentences: 1,
  df: new Map<string, number>(),
  ubiquitous: new Set<string>(),
  midCaps: new Set<string>(),
};
const texts = (bs: Bullet[]): string[] => bs.flatMap((b) => [b.text, ...texts(b.children)]);

describe("a study's statistics", () => {
  it('are no facts, while the counts and shares beside them are', () => {
    expect(
      extractFacts('Recall was higher (M = 14.2, SD = 3.1), t(58) = 5.21, p < .001.').map(
        (f) => f.raw,
      ),
    ).toEqual([]);
    expect(
      extractFacts('Of 120 students, 64 percent passed (r = .42, p = .01).').map((f) => f.raw),
    ).toEqual(['120', '64 percent']);
  });

  it('stay in the notes: the bullet says what the study found', () => {
    expect(
      texts(
        condenseTree(
          'Participants who slept for eight hours recalled more words (M = 14.2, SD = 3.1) than those kept awake (M = 9.8, SD = 3.4), t(58) = 5.21, p < .001.',
          lex,
        ),
      ),
    ).toEqual(['Participants who slept for eight hours recalled more words than those kept awake']);
  });
});
