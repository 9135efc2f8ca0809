/**
 * The deck's reference list: label, full text, what the references slide shows of it, and the
 * details known to be missing (the sample reading cites works it never lists), with add and
 * remove, in label order ([2] after [1], [10] after [9]). Missing details are the lecturer's to fill in: they show here and in Check, never
 * on a slide or in an export. Above the list: the deck's citation style and a bibliography to
 * link the works to (BibliographyTools).
 */
import { useState } from 'react';
import { REFERENCE_DETAILS, type Deck, type Reference } from '../../../common/deck/schema';
import { pagesUsed, referenceParts } from '../../../common/render/reference-parts';
import { styledReferences, type StyledReferences } from '../../../common/references/styled';
import type { Op, ReferenceDetail } from '../../../common/ops';
import { BibliographyTools, EntryPicker } from './BibliographyTools';
import { newId } from './new-id';
import { inLabelOrder, nextLabel } from './reference-order';
import { useKeptBibliography } from './use-kept-bibliography';

const DETAIL_NAMES: Record<ReferenceDetail, string> = {
  author: 'author',
  title: 'title',
  issued: 'date',
  publisher: 'publisher',
  'container-title': 'journal or book',
  page: 'pages',
  URL: 'URL',
};

/** The entry as the references slide prints it, the title in italics. */
function OnSlide({
  reference,
  pages,
  styled,
}: {
  reference: Reference;
  pages: readonly string[] | undefined;
  styled: StyledReferences | undefined;
}) {
  const runs = styled?.entry(reference.id);
  if (runs) {
    return (
      <p className="reference-preview">
        <span className="muted">On the slide: </span>
        {runs.map((r, i) => (r.italic ? <i key={i}>{r.text}</i> : <span key={i}>{r.text}</span>))}
      </p>
    );
  }
  const p = referenceParts(reference, pages);
  const who = [p.author, p.year ? `(${p.year})` : ''].filter(Boolean).join(' ');
  return (
    <p className="reference-preview">
      <span className="muted">On the slide: </span>
      <strong>{p.label}</strong> {who} {p.title ? <cite>{p.title}</cite> : null}
      {p.note ?? ''}
      {p.pages ? `${who || p.title || p.note ? ', ' : ''}${p.pages}` : ''}
    </p>
  );
}

export interface ReferencesPanelProps {
  /** The deck whose folder keeps the bibliography imported for it. */
  deckRef?: string;
  references: readonly Reference[];
  slides?: Deck['slides'];
  meta?: Pick<Deck['meta'], 'citationStyle'>;
  apply: (op: Op) => boolean;
  /** Several ops as one undo step named `label`. */
  applyAll: (label: string, ops: readonly Op[]) => void;
}

export function ReferencesPanel({
  deckRef,
  references,
  slides,
  meta,
  apply,
  applyAll,
}: ReferencesPanelProps) {
  const pages = slides ? pagesUsed({ slides }) : undefined;
  const styled = meta
    ? styledReferences({ meta, references, ...(slides ? { slides } : {}) })
    : undefined;
  // The bibliography last imported for the deck (kept in its folder): what the pickers offer.
  const [kept, setKept] = useKeptBibliography(deckRef);
  const entries = kept.entries;
  // Sorted when the list changes, not while a label is typed: the entry being edited stays put
  // until the lecturer moves on, so the field never jumps under the caret.
  const { ordered, resort } = useStableOrder(references);
  return (
    <section className="references-panel" aria-label="References">
      {meta && (
        <BibliographyTools
          references={references}
          meta={meta}
          apply={apply}
          deckRef={deckRef}
          applyAll={applyAll}
          kept={kept}
          onKept={setKept}
        />
      )}
      {references.length === 0 && <p className="muted">This deck has no references yet.</p>}
      <ol className="reference-list">
        {ordered.map((r) => (
          <li key={r.id} className={r.missing.length ? 'reference incomplete' : 'reference'}>
            <label className="stack-field">
              <span>Label</span>
              <input
                value={r.label}
                onBlur={resort}
                onChange={(e) =>
                  apply({
                    op: 'reference/edit',
                    args: { refId: r.id, label: e.currentTarget.value },
                  })
                }
              />
            </label>
            <label className="stack-field">
              <span>Full reference</span>
              <textarea
                rows={3}
                value={r.text}
                placeholder="Author, title, publisher, year, pages"
                onChange={(e) =>
                  apply({
                    op: 'reference/edit',
                    args: { refId: r.id, text: e.currentTarget.value },
                  })
                }
              />
            </label>
            <EntryPicker reference={r} entries={entries} apply={apply} />
            <OnSlide reference={r} pages={pages?.get(r.id)} styled={styled} />
            {r.missing.length > 0 && (
              <p className="reference-missing-note">
                Not in the reading: {r.missing.map((d) => DETAIL_NAMES[d]).join(', ')}. Only you see
                this; slides and exports show what the reading gives.
              </p>
            )}
            <fieldset className="missing">
              <legend>Missing details</legend>
              {REFERENCE_DETAILS.map((d) => (
                <label key={d}>
                  <input
                    type="checkbox"
                    checked={r.missing.includes(d)}
                    onChange={(e) => {
                      const on = e.currentTarget.checked;
                      apply({
                        op: 'reference/edit',
                        args: {
                          refId: r.id,
                          missing: on ? [...r.missing, d] : r.missing.filter((m) => m !== d),
                        },
                      });
                    }}
                  />{' '}
                  {DETAIL_NAMES[d]}
                </label>
              ))}
            </fieldset>
            <button
              type="button"
              className="danger"
              onClick={() => apply({ op: 'reference/remove', args: { refId: r.id } })}
              aria-label={`Remove reference ${r.label}`}
            >
              Remove reference
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        onClick={() =>
          apply({
            op: 'reference/add',
            args: { id: newId('reference'), label: nextLabel(references), text: '' },
          })
        }
      >
        Add reference
      </button>
    </section>
  );
}

/**
 * The references in label order. Re-sorted when one is added or removed or a label field
 * loses focus (`resort`), not on every keystroke, so the entry being edited never jumps.
 */
function useStableOrder(references: readonly Reference[]): {
  ordered: Reference[];
  resort: () => void;
} {
  const [epoch, setEpoch] = useState(0);
  const key = `${epoch}\n${references.map((r) => r.id).join('\n')}`;
  const [order, setOrder] = useState(() => ({
    key,
    ids: inLabelOrder(references).map((r) => r.id),
  }));
  let ids = order.ids;
  if (order.key !== key) {
    // Adjusting state while rendering, as React documents for state derived from props.
    ids = inLabelOrder(references).map((r) => r.id);
    setOrder({ key, ids });
  }
  const byId = new Map(references.map((r) => [r.id, r]));
  return {
    ordered: ids.map((id) => byId.get(id)).filter((r): r is Reference => !!r),
    resort: () => setEpoch((n) => n + 1),
  };
}
