/** `lectern info --json` gives formulas as the lecturer wrote them: TeX between its dollars. */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lectern, tempDir, writeDeck } from '../cli/helpers';
import { BAD_TEX, mathDeck } from '../../fixtures/export/math-deck';

describe('lectern info on a deck with formulas', { timeout: 90_000 }, () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => {
    ({ dir, cleanup } = tempDir());
    writeDeck(join(dir, 'growth'), mathDeck());
  });
  afterAll(() => cleanup());

  it("--json keeps each formula's TeX source with its delimiters in title, text, captions and notes", async () => {
    const run = await lectern(['info', 'growth', '--json'], dir);
    expect(run.code).toBe(0);
    const [, bullets, figure, typo] = JSON.parse(run.stdout).slides;
    expect(bullets.title).toBe('Compound interest $A = P(1+r)^t$');
    expect(bullets.text).toContain('Doubling time $t_2 \\approx \\frac{70}{r}$ years');
    expect(bullets.text).toContain('Display: $$\\int_0^1 x^2\\,dx = \\frac{1}{3}$$');
    expect(bullets.text).toContain('A loan of $5 million and then $10 million');
    expect(bullets.notes).toContain('$$\\sum_{k=1}^{n} k = \\frac{n(n+1)}{2}$$');
    expect(figure.figures[0].caption).toBe('Output $Y = K^{\\alpha}L^{1-\\alpha}$, US$ 20 a ton');
    expect(typo.text).toEqual([`Broken $${BAD_TEX}$ here`]);
  });
});
