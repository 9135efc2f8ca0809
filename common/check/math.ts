/**
 * Formulas KaTeX cannot read. On the slide such a formula shows as its TeX source in red;
 * here the lecturer gets KaTeX's message and where the formula is.
 */
import { formulas } from '../deck/math';
import type { BulletItem, Slide } from '../deck/schema';
import { typeset } from '../render/math';

/** One finding per malformed formula of the slide: in its title, subtitle, blocks, captions or notes. */
export function mathFindings(slide: Slide): string[] {
  const out: string[] = [];
  const look = (where: string, text: string | undefined) => {
    for (const f of formulas(text ?? '')) {
      const result = typeset(f.tex, f.display);
      if (!result.ok)
        out.push(
          `${where} has a formula KaTeX cannot read, shown in red as its source: ${f.display ? '$$' : '$'}${f.tex}${f.display ? '$$' : '$'} (${result.error})`,
        );
    }
  };
  look('the title', slide.title);
  look('the subtitle', slide.subtitle);
  slide.blocks.forEach((block, b) => {
    const name = `block ${b + 1}`;
    if (block.type === 'bullets') {
      const visit = (items: readonly BulletItem[], prefix: string) =>
        items.forEach((item, k) => {
          look(`bullet ${prefix}${k + 1}`, item.text);
          visit(item.children, `${prefix}${k + 1}.`);
        });
      visit(block.items, '');
    } else if (block.type === 'text') look(`text (${name})`, block.text);
    else if (block.type === 'quote') {
      look(`the quotation (${name})`, block.text);
      look(`the attribution (${name})`, block.attribution);
    } else if (block.type === 'figure') look(`the caption of figure (${name})`, block.caption);
    else if (block.type === 'formula') {
      const result = block.tex.trim() ? typeset(block.tex.trim(), true) : undefined;
      if (result && !result.ok)
        out.push(
          `formula (${name}) is TeX KaTeX cannot read, shown in red as its source (${result.error})`,
        );
      look(`the caption of formula (${name})`, block.caption);
    }
  });
  look('the speaker notes', slide.notes);
  return out;
}
