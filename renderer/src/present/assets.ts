/** Which of a deck's images could not be found, so another window can show the same placeholders. */
import type { Block, Deck } from '../../../common/deck/schema';
import type { SlideRenderContext } from '../../../common/render/context';

function imageAssets(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b) =>
    b.type === 'figure' && b.figure.kind === 'image' ? [b.figure.asset] : [],
  );
}

/** The image asset paths of `deck` for which `ctx` has no URL. */
export function missingAssets(deck: Deck, ctx: SlideRenderContext): string[] {
  const all = new Set(deck.slides.flatMap((s) => imageAssets(s.blocks)));
  return [...all].filter((rel) => ctx.assetUrl(rel) === undefined);
}
