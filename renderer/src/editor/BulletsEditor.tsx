/**
 * Editing a bullets block: one field per bullet (wrapping, see LineField), indented by depth. Enter adds a bullet
 * below, Backspace in an empty bullet removes it, Tab and Shift+Tab nest and un-nest where
 * they can and otherwise move focus on as Tab always does (Ctrl+Tab, or Esc then Tab, always
 * moves on), Ctrl/Cmd+B and +I insert Markdown emphasis, a multi-line paste becomes several
 * bullets.
 */
import { useRef, type ClipboardEvent, type KeyboardEvent } from 'react';
import type { BulletItem, BulletsBlock, Reference } from '../../../common/deck/schema';
import { MAX_BULLET_DEPTH, pasteLine, type Op } from '../../../common/ops';
import { subtreeHeight } from '../../../common/ops/find';
import { focusNextTabbable } from '../app/focus';
import { CitationEditor } from './CitationEditor';
import { LineField } from './LineField';
import { emphasisMarker, pastedText, rewriteField, wrapSelection } from './text-input';

interface Flat {
  item: BulletItem;
  depth: number;
  /** "1", "1.2", … for the field's accessible name. */
  number: string;
  /** Its index among its siblings. */
  sibling: number;
}

function flatten(items: readonly BulletItem[], depth = 0, prefix = ''): Flat[] {
  return items.flatMap((item, i) => {
    const number = prefix ? `${prefix}.${i + 1}` : String(i + 1);
    return [{ item, depth, number, sibling: i }, ...flatten(item.children, depth + 1, number)];
  });
}

/** Whether Tab (indent) or Shift+Tab (outdent) can nest this bullet; when not, Tab moves focus on. */
export function canNest(f: Pick<Flat, 'item' | 'depth' | 'sibling'>, outdent: boolean): boolean {
  if (outdent) return f.depth > 0;
  return f.sibling > 0 && f.depth + subtreeHeight(f.item) <= MAX_BULLET_DEPTH;
}

export interface BulletsEditorProps {
  slideId: string;
  block: BulletsBlock;
  references: readonly Reference[];
  apply: (op: Op) => boolean;
  newId: (kind: 'bullet') => string;
}

export function BulletsEditor({ slideId, block, references, apply, newId }: BulletsEditorProps) {
  const flat = flatten(block.items);
  const fields = useRef(new Map<string, HTMLTextAreaElement>());
  /** The bullet whose field had Esc pressed: its next Tab leaves the field. */
  const leaving = useRef<string | null>(null);

  function focus(id: string | undefined) {
    if (id) requestAnimationFrame(() => fields.current.get(id)?.focus());
  }

  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>, f: Flat, index: number) {
    const el = e.currentTarget;
    const marker = emphasisMarker(e);
    const escaped = leaving.current === f.item.id;
    // Any key but a modifier (Shift of Shift+Tab) ends the "Esc, then Tab" window.
    if (!['Shift', 'Control', 'Alt', 'Meta'].includes(e.key)) leaving.current = null;
    if (e.key === 'Tab' && (e.ctrlKey || e.metaKey)) {
      // Ctrl+Tab always leaves (the browser keeps Tab's default for itself, so move focus here).
      e.preventDefault();
      focusNextTabbable(el, e.shiftKey);
    } else if (e.key === 'Tab' && (escaped || e.altKey || !canNest(f, e.shiftKey))) {
      // Nothing to nest (or Esc came first): Tab does what Tab does everywhere.
    } else if (e.key === 'Escape') {
      leaving.current = f.item.id;
    } else if (marker) {
      e.preventDefault();
      const next = wrapSelection(el, marker);
      rewriteField(
        el,
        () =>
          apply({ op: 'bullet/set-text', args: { slideId, bulletId: f.item.id, text: next.text } }),
        next.start,
        next.end,
      );
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const id = newId('bullet');
      if (apply({ op: 'bullet/add', args: { slideId, after: f.item.id, id } })) focus(id);
    } else if (e.key === 'Tab') {
      e.preventDefault();
      apply({
        op: e.shiftKey ? 'bullet/outdent' : 'bullet/indent',
        args: { slideId, bulletId: f.item.id },
      });
      focus(f.item.id);
    } else if (e.key === 'Backspace' && el.value === '' && flat.length > 1) {
      e.preventDefault();
      apply({ op: 'bullet/delete', args: { slideId, bulletId: f.item.id } });
      focus(flat[index - 1]?.item.id ?? flat[index + 1]?.item.id);
    } else if (e.key === 'ArrowUp' && !e.altKey && !e.shiftKey && el.selectionEnd === 0) {
      // A bullet wraps over lines: ↑ goes to the bullet above from the start of its text.
      focus(flat[index - 1]?.item.id);
    } else if (
      e.key === 'ArrowDown' &&
      !e.altKey &&
      !e.shiftKey &&
      el.selectionStart === el.value.length
    ) {
      focus(flat[index + 1]?.item.id);
    }
  }

  function onPaste(e: ClipboardEvent<HTMLTextAreaElement>, f: Flat) {
    const text = pastedText(e);
    e.preventDefault();
    if (/\r|\n/.test(text.trim())) {
      apply({ op: 'bullet/paste', args: { slideId, after: f.item.id, text } });
      return;
    }
    const el = e.currentTarget;
    const start = el.selectionStart ?? el.value.length;
    const end = el.selectionEnd ?? start;
    const piece = pasteLine(text, { markdown: true });
    rewriteField(
      el,
      () =>
        apply({
          op: 'bullet/set-text',
          args: {
            slideId,
            bulletId: f.item.id,
            text: el.value.slice(0, start) + piece + el.value.slice(end),
          },
        }),
      start + piece.length,
      start + piece.length,
    );
  }

  return (
    <div className="bullets-editor">
      <ol className="bullet-fields">
        {flat.map((f, index) => (
          <li key={f.item.id} style={{ paddingLeft: f.depth * 20 }}>
            <div className="bullet-row">
              <span aria-hidden="true" className="bullet-dot">
                {f.depth === 0 ? '•' : '◦'}
              </span>
              <LineField
                ref={(el) => {
                  if (el) fields.current.set(f.item.id, el);
                  else fields.current.delete(f.item.id);
                }}
                aria-label={`Bullet ${f.number}`}
                value={f.item.text}
                maxLength={2000}
                onValue={(text) =>
                  apply({ op: 'bullet/set-text', args: { slideId, bulletId: f.item.id, text } })
                }
                onKeyDown={(e) => onKeyDown(e, f, index)}
                onPaste={(e) => onPaste(e, f)}
              />
            </div>
            <CitationEditor
              slideId={slideId}
              targetId={f.item.id}
              targetName={`bullet ${f.number}`}
              citations={f.item.citations}
              references={references}
              apply={apply}
              compact
            />
          </li>
        ))}
      </ol>
      <button
        type="button"
        onClick={() => {
          const id = newId('bullet');
          const last = flat[flat.length - 1];
          if (
            apply({
              op: 'bullet/add',
              args: last
                ? { slideId, after: block.items[block.items.length - 1]!.id, id }
                : { slideId, blockId: block.id, id },
            })
          )
            focus(id);
        }}
      >
        Add bullet
      </button>
    </div>
  );
}
