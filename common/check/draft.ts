/**
 * The draft review: what a lecturer should fix before showing a slide that generation (or a
 * hurried hand) drafted. A title that is a bare name or a cut phrase, a bullet with no verb or
 * over 16 words, a chart that would mislead (years as categories, mixed kinds, a dropped
 * unit). These are warnings for the lecturer — the Check tab and `lectern check` — and never
 * reach a slide or an export. They depend on the slide alone, so the editor keeps them per
 * slide with the rest of the check (see ./by-slide).
 */
import type { BulletItem, Slide } from '../deck/schema';
import { chartFindings } from './chart-review';
import { bulletFindings, namesIn, taggedTexts, titleFindings } from './draft-text';
import { plainText, tagAll } from './nlp';

/** Layouts whose title is the deck's, a section's or a fixed heading, not a claim. */
const NO_CLAIM = new Set(['title', 'section', 'references']);

/** The draft review of one slide, each finding led by its place ("bullet 2", "title …"). */
export function draftFindings(slide: Slide): string[] {
  if (NO_CLAIM.has(slide.layout)) return [];
  const out: string[] = [];
  out.push(
    ...titleFindings(
      slide.title,
      () => namesIn(slideTexts(slide)),
      () => slideTexts(slide),
    ),
  );
  slide.blocks.forEach((block, b) => {
    if (block.type === 'bullets') {
      // A bullet under a lead ending in ":" ("The number of hosts grew:" over "10,000 in
      // 1987") is read with that lead, as the class reads it.
      const visit = (items: readonly BulletItem[], prefix: string, lead: string) =>
        items.forEach((item, k) => {
          out.push(...bulletFindings(`bullet ${prefix}${k + 1}`, item.text, lead));
          const own = plainText(item.text);
          const read = lead ? `${lead} ${own}` : own;
          visit(item.children, `${prefix}${k + 1}.`, own.endsWith(':') ? read : '');
        });
      visit(block.items, '', '');
    } else if (block.type === 'figure' && block.figure.kind === 'chart') {
      out.push(...chartFindings(`the chart (block ${b + 1})`, block.figure.spec));
    }
  });
  return out;
}

/**
 * Tags the titles and bullets that `draftFindings` will read on `slides` many at a time (see
 * `tagAll`), for a caller about to review them all: the findings are the same, sooner.
 */
export function tagDrafts(slides: readonly Slide[]): void {
  tagAll(
    slides.flatMap((slide) => {
      if (NO_CLAIM.has(slide.layout)) return [];
      const bullets: string[] = [];
      const items = (xs: readonly BulletItem[]) =>
        xs.forEach((i) => (bullets.push(i.text), items(i.children)));
      for (const b of slide.blocks) if (b.type === 'bullets') items(b.items);
      return taggedTexts(slide.title, bullets);
    }),
  );
}

/**
 * The slide's own texts but its title: where its names are written mid-sentence. Not the
 * notes, which may repeat the title ("The point: Currency").
 */
function slideTexts(slide: Slide): string[] {
  const out: string[] = [];
  const items = (xs: readonly BulletItem[]) =>
    xs.forEach((i) => (out.push(i.text), items(i.children)));
  for (const b of slide.blocks) {
    if (b.type === 'bullets') items(b.items);
    else if (b.type === 'text') out.push(b.text);
    else if (b.type === 'quote') out.push(b.text, b.attribution ?? '');
    else if (b.type === 'figure') out.push(b.caption, b.alt);
  }
  return out;
}
