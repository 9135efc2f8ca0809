/**
 * "One page per build step" follows the build steps set in the editor: after the slide
 * toggle, a slide of four bullets (one nested) prints as five pages, the first with no
 * bullet and each next one with one bullet more; without it the slide is one page.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Deck } from '../../../common/deck/schema';
import { applyOp } from '../../../common/ops/apply';
import { atStep, fragmentCount, printDocument } from '../../../main/export/print-document';
import { staticDeck } from '../../../main/export/static-deck';
import { smallDeck } from '../ops/fixture';

const dir = mkdtempSync(join(tmpdir(), 'lectern-build-steps-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function withSteps(deck: Deck, slideId: string): Deck {
  const r = applyOp(deck, { op: 'slide/set-build-steps', args: { slideId, on: true } });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.deck;
}

const stepPages = async (deck: Deck) =>
  printDocument('T', 'en', await staticDeck(deck, dir), {
    format: 'pdf',
    layout: 'slides',
    handouts: 3,
    fragments: true,
  }).pages;

describe('one page per build step', () => {
  it('gives a slide with bullets one by one a page per bullet, plus its first', async () => {
    const plain = smallDeck();
    const built = withSteps(plain, 's2');
    expect(await stepPages(plain)).toBe(5);
    expect(await stepPages(built)).toBe(5 + 4);

    const html = (await staticDeck(built, dir)).slides[1]!.html;
    expect(fragmentCount(html)).toBe(4);
    // Step 2: the first bullet and its sub-bullet shown, the other two hidden.
    const shown = (step: number) =>
      (atStep(html, step).match(/<li class="fragment"/g) ?? []).length;
    expect([0, 1, 2, 3, 4].map(shown)).toEqual([0, 1, 2, 3, 4]);
  });

  it('counts a figure set as one build step', async () => {
    const r = applyOp(smallDeck(), {
      op: 'block/set-build-steps',
      args: { slideId: 's4', blockId: 'b5', on: true },
    });
    expect(r.ok).toBe(true);
    if (r.ok) expect(await stepPages(r.deck)).toBe(5 + 1);
  });
});
