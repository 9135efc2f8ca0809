/**
 * The citations of one bullet or block: each cited reference with its pages, and a way to
 * cite another (pick a reference, enter pages).
 */
import { useId, useState } from 'react';
import type { Citation, Reference } from '../../../common/deck/schema';
import type { Op } from '../../../common/ops';

export interface CitationEditorProps {
  slideId: string;
  targetId: string;
  /** "bullet 2", "the quote": used in accessible names. */
  targetName: string;
  citations: readonly Citation[];
  references: readonly Reference[];
  apply: (op: Op) => boolean;
  /** Show the "Cite" control as a small toggle (bullets) rather than open. */
  compact?: boolean;
}

export function CitationEditor({ slideId, targetId, targetName, citations, references, apply, compact }: CitationEditorProps) {
  const [open, setOpen] = useState(!compact);
  const [ref, setRef] = useState('');
  const [pages, setPages] = useState('');
  const id = useId();
  const byId = new Map(references.map((r) => [r.id, r]));
  const available = references.filter((r) => !citations.some((c) => c.ref === r.id));
  return (
    <div className="citations">
      {citations.map((c) => (
        <div key={c.ref} className="citation-row">
          <span className="citation-label">{byId.get(c.ref)?.label ?? `unknown reference “${c.ref}”`}</span>
          <input
            aria-label={`Pages cited from ${byId.get(c.ref)?.label ?? c.ref} in ${targetName}`}
            placeholder="pages"
            value={c.pages ?? ''}
            size={8}
            onChange={(e) => apply({ op: 'citation/set-pages', args: { slideId, targetId, ref: c.ref, pages: e.currentTarget.value } })}
          />
          <button type="button" aria-label={`Remove citation of ${byId.get(c.ref)?.label ?? c.ref} from ${targetName}`} onClick={() => apply({ op: 'citation/remove', args: { slideId, targetId, ref: c.ref } })}>
            ×
          </button>
        </div>
      ))}
      {!open ? (
        <button type="button" className="link-button" aria-label={`Cite a reference in ${targetName}`} onClick={() => setOpen(true)}>
          Cite…
        </button>
      ) : references.length === 0 ? (
        <span className="muted small">Add references in the References panel to cite them.</span>
      ) : (
        <form
          className="citation-add"
          onSubmit={(e) => {
            e.preventDefault();
            const chosen = ref || available[0]?.id;
            if (!chosen) return;
            if (apply({ op: 'citation/add', args: { slideId, targetId, ref: chosen, ...(pages.trim() ? { pages } : {}) } })) {
              setRef('');
              setPages('');
              if (compact) setOpen(false);
            }
          }}
        >
          <label htmlFor={`${id}-ref`} className="visually-hidden">
            Reference to cite in {targetName}
          </label>
          <select id={`${id}-ref`} value={ref} onChange={(e) => setRef(e.currentTarget.value)}>
            {available.map((r) => (
              <option key={r.id} value={r.id}>
                {r.label}
                {r.text ? ` — ${r.text.slice(0, 60)}` : ''}
              </option>
            ))}
          </select>
          <input aria-label={`Pages for the new citation in ${targetName}`} placeholder="pages" value={pages} size={8} onChange={(e) => setPages(e.currentTarget.value)} />
          <button type="submit" disabled={!available.length}>
            Add citation
          </button>
          {compact && (
            <button type="button" onClick={() => setOpen(false)} aria-label="Close">
              ×
            </button>
          )}
        </form>
      )}
    </div>
  );
}
