/**
 * Adding or removing an optional field (a subtitle, a credit line, `hidden`) without
 * disturbing the file's key order.
 *
 * Immer patches do not record key order: undoing a deleted `author` would add it back at the
 * end of `meta`, and the saved file would differ from the one before the edit. So when a
 * field appears or disappears, the object is replaced by a copy with its keys in schema
 * order; the undo patch then puts back the original object, bytes and all.
 */
import { current, isDraft } from 'immer';
import {
  Citation,
  DeckMeta,
  FigureBlock,
  QuoteBlock,
  Reference,
  Slide,
  TextBlock,
} from '../deck/schema';

/** Key order of the schema's objects, as `Deck.parse` writes them. */
export const KEY_ORDER = {
  meta: Object.keys(DeckMeta.shape),
  slide: Object.keys(Slide.shape),
  quote: Object.keys(QuoteBlock.shape),
  text: Object.keys(TextBlock.shape),
  figure: Object.keys(FigureBlock.shape),
  citation: Object.keys(Citation.shape),
  reference: Object.keys(Reference.shape),
  // BulletItem is recursive (z.lazy), so its shape is written out here.
  bullet: ['id', 'text', 'children', 'citations', 'provenance', 'fragment'],
} as const;

/**
 * Sets `field` of the drafted `obj` to `value`, or removes it when `value` is undefined.
 * When that adds or removes the key, `replace` receives a copy in `order` to put in its place.
 */
export function putField<T extends object, K extends keyof T & string>(
  obj: T,
  field: K,
  value: T[K] | undefined,
  order: readonly string[],
  replace: (next: T) => void,
): void {
  const has = Object.prototype.hasOwnProperty.call(obj, field);
  if (has && value !== undefined) {
    obj[field] = value;
    return;
  }
  if (!has && value === undefined) return;
  const source = (isDraft(obj) ? current(obj as object) : obj) as Record<string, unknown>;
  const next: Record<string, unknown> = {};
  const keys = [...order, ...Object.keys(source).filter((k) => !order.includes(k))];
  for (const key of keys) {
    const v = key === field ? value : source[key];
    if (v !== undefined && (key === field || Object.prototype.hasOwnProperty.call(source, key)))
      next[key] = v;
  }
  replace(next as T);
}
