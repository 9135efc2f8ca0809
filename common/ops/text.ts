/** Text block operations: edit a paragraph block's text (its paragraphs split at blank lines). */
import { findBlockOf } from './find';
import { toText } from './paste';
import { defineOp } from './types';

export const textOps = {
  'text/set-text': defineOp<{ slideId: string; blockId: string; text: string }>({
    label: 'Typing',
    coalesce: (a) => a.blockId,
    recipe(draft, { slideId, blockId, text }) {
      findBlockOf(draft, slideId, blockId, 'text').text = toText(text);
    },
  }),
};
