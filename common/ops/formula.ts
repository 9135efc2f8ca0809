/** Formula operations: add a formula block, edit its TeX and its caption. */
import { FormulaBlock } from '../deck/schema';
import { addBlock } from './blocks';
import { putField } from './fields';
import { findBlock, findBlockOf, findSlide, plain } from './find';
import { idMaker } from './ids';
import { toLine, toText } from './paste';
import { defineOp } from './types';

const FORMULA_KEYS = Object.keys(FormulaBlock.shape);

export const formulaOps = {
  'formula/add': defineOp<{ slideId: string; tex?: string; id?: string }>({
    label: 'Add formula',
    recipe(draft, { slideId, tex, id }) {
      const ids = idMaker(plain(draft));
      addBlock(findSlide(draft, slideId), {
        type: 'formula',
        id: ids.claim('block', id),
        tex: toText(tex ?? ''),
        citations: [],
      });
    },
  }),

  /** The TeX, without dollars (a formula block is display mathematics as a whole). */
  'formula/set-tex': defineOp<{ slideId: string; blockId: string; tex: string }>({
    label: 'Typing',
    coalesce: (a) => a.blockId,
    recipe(draft, { slideId, blockId, tex }) {
      findBlockOf(draft, slideId, blockId, 'formula').tex = toText(tex);
    },
  }),

  /** An empty caption removes the field. */
  'formula/set-caption': defineOp<{ slideId: string; blockId: string; caption: string }>({
    label: 'Typing',
    coalesce: (a) => a.blockId,
    recipe(draft, { slideId, blockId, caption }) {
      const block = findBlockOf(draft, slideId, blockId, 'formula');
      const { slide, index } = findBlock(draft, slideId, blockId);
      const text = toLine(caption);
      putField(
        block,
        'caption',
        text === '' ? undefined : text,
        FORMULA_KEYS,
        (next) => (slide.blocks[index] = next),
      );
    },
  }),
};
