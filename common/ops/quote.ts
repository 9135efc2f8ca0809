/** Quote operations: add a quote block, edit its text and attribution. */
import { findBlock, findBlockOf, findSlide, plain } from './find';
import { KEY_ORDER, putField } from './fields';
import { idMaker } from './ids';
import { toLine, toText } from './paste';
import { addBlock } from './blocks';
import { defineOp } from './types';

export const quoteOps = {
  'quote/add': defineOp<{ slideId: string; text?: string; id?: string }>({
    label: 'Add quote',
    recipe(draft, { slideId, text, id }) {
      const ids = idMaker(plain(draft));
      addBlock(findSlide(draft, slideId), {
        type: 'quote',
        id: ids.claim('block', id),
        text: toText(text ?? ''),
        citations: [],
      });
    },
  }),

  'quote/set-text': defineOp<{ slideId: string; blockId: string; text: string }>({
    label: 'Typing',
    coalesce: (a) => a.blockId,
    recipe(draft, { slideId, blockId, text }) {
      findBlockOf(draft, slideId, blockId, 'quote').text = toText(text);
    },
  }),

  /** An empty attribution removes the field. */
  'quote/set-attribution': defineOp<{ slideId: string; blockId: string; attribution: string }>({
    label: 'Typing',
    coalesce: (a) => a.blockId,
    recipe(draft, { slideId, blockId, attribution }) {
      const block = findBlockOf(draft, slideId, blockId, 'quote');
      const { slide, index } = findBlock(draft, slideId, blockId);
      const text = toLine(attribution);
      putField(
        block,
        'attribution',
        text === '' ? undefined : text,
        KEY_ORDER.quote,
        (next) => (slide.blocks[index] = next),
      );
    },
  }),
};
