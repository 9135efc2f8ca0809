/** Reference list operations: add, edit (label, text, the list of missing details), link to a bibliography entry, remove. */
import {
  CslItem,
  REFERENCE_DETAILS,
  type BulletItem,
  type Deck,
  type Reference,
} from '../deck/schema';
import { missingDetails } from '../references/match';
import { KEY_ORDER, putField } from './fields';
import { plain } from './find';
import { idMaker } from './ids';
import { LIMITS, toLine, toText } from './paste';
import { defineOp, refuse } from './types';

export type ReferenceDetail = (typeof REFERENCE_DETAILS)[number];
const MAX_REFERENCES = 5000;

export interface ReferenceFields {
  label?: string;
  text?: string;
  /** Details known to be missing; kept in the schema's order, without repeats. */
  missing?: ReferenceDetail[];
}

function cleanMissing(missing: readonly ReferenceDetail[]): ReferenceDetail[] {
  for (const m of missing) {
    if (!REFERENCE_DETAILS.includes(m))
      refuse(
        'missing',
        `"${String(m)}" is not a reference detail (${REFERENCE_DETAILS.join(', ')})`,
      );
  }
  return REFERENCE_DETAILS.filter((d) => missing.includes(d));
}

function refIndex(draft: Deck, refId: string): number {
  const index = plain(draft.references).findIndex((r) => r.id === refId);
  if (index < 0) refuse(`reference "${refId}"`, 'this reference no longer exists');
  return index;
}

/** Removes citations of `refId` from the drafted `items` and below, drafting only what changes. */
function uncite(items: BulletItem[], refId: string): void {
  items.forEach((item, i) => {
    const base = plain(item);
    if (base.citations.some((c) => c.ref === refId))
      items[i]!.citations = base.citations.filter((c) => c.ref !== refId);
    if (containsRef(base.children, refId)) uncite(items[i]!.children, refId);
  });
}

function containsRef(items: readonly BulletItem[], refId: string): boolean {
  return items.some(
    (item) => item.citations.some((c) => c.ref === refId) || containsRef(item.children, refId),
  );
}

/**
 * Says which bibliography entry a work is (`csl`), or that it is none (null). Its missing
 * details become what the entry lacks of author, title and year; the label stays, so the
 * slides citing it keep citing it.
 */
function linkReference(draft: Deck, refId: string, csl: CslItem | null): void {
  const index = refIndex(draft, refId);
  const ref = draft.references[index]!;
  let value: CslItem | undefined;
  if (csl !== null) {
    const parsed = CslItem.safeParse(csl);
    if (!parsed.success)
      refuse('bibliography entry', parsed.error.issues[0]?.message ?? 'is not CSL-JSON');
    value = parsed.data;
  }
  putField(
    ref,
    'csl',
    value,
    KEY_ORDER.reference,
    (next: Reference) => (draft.references[index] = next),
  );
  const missing = value ? missingDetails(value) : plain(ref).missing;
  if (missing.join() !== plain(draft.references[index]!).missing.join())
    draft.references[index]!.missing = missing;
}

export const referenceOps = {
  'reference/add': defineOp<ReferenceFields & { id?: string }>({
    label: 'Add reference',
    recipe(draft, { id, label, text, missing }) {
      if (draft.references.length >= MAX_REFERENCES)
        refuse('references', `a deck holds at most ${MAX_REFERENCES} references`);
      const ids = idMaker(plain(draft));
      const ref: Reference = {
        id: ids.claim('reference', id),
        label: toLine(label ?? '', LIMITS.referenceLabel),
        text: toText(text ?? '', LIMITS.referenceText),
        missing: cleanMissing(missing ?? []),
      };
      draft.references.push(ref);
    },
  }),

  'reference/edit': defineOp<ReferenceFields & { refId: string }>({
    label: 'Edit reference',
    coalesce: (a) => `${a.refId}:${['label', 'text', 'missing'].filter((k) => k in a).join(',')}`,
    recipe(draft, { refId, label, text, missing }) {
      const ref = draft.references[refIndex(draft, refId)]!;
      if (label !== undefined) ref.label = toLine(label, LIMITS.referenceLabel);
      if (text !== undefined) ref.text = toText(text, LIMITS.referenceText);
      if (missing !== undefined) {
        const next = cleanMissing(missing);
        if (next.join() !== plain(ref).missing.join()) ref.missing = next;
      }
    },
  }),

  /**
   * Says which bibliography entry a work is (`csl`), or that it is none (null). Its missing
   * details become what the entry lacks of author, title and year; the label stays, so the
   * slides citing it keep citing it.
   */
  'reference/link': defineOp<{ refId: string; csl: CslItem | null }>({
    label: 'Link reference',
    recipe(draft, { refId, csl }) {
      linkReference(draft, refId, csl);
    },
  }),

  /** Links several works at once (a bibliography imported): one step to undo. */
  'reference/link-many': defineOp<{ links: Array<{ refId: string; csl: CslItem }> }>({
    label: 'Link bibliography',
    recipe(draft, { links }) {
      for (const { refId, csl } of links) linkReference(draft, refId, csl);
    },
  }),

  /** Removes a reference and everything that points at it: citations and references-slide entries. */
  'reference/remove': defineOp<{ refId: string }>({
    label: 'Remove reference',
    recipe(draft, { refId }) {
      const index = refIndex(draft, refId);
      plain(draft.slides).forEach((slide, s) => {
        slide.blocks.forEach((block, b) => {
          const target = () => draft.slides[s]!.blocks[b]!;
          if (block.type === 'references') {
            if (block.refs.includes(refId))
              (target() as typeof block).refs = block.refs.filter((r) => r !== refId);
          } else if (block.type === 'bullets') {
            if (containsRef(block.items, refId)) uncite((target() as typeof block).items, refId);
          } else if (block.citations.some((c) => c.ref === refId)) {
            (target() as typeof block).citations = block.citations.filter((c) => c.ref !== refId);
          }
        });
      });
      draft.references.splice(index, 1);
    },
  }),
};
