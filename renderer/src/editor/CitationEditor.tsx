/**
 * The citations of one bullet or block: each cited reference with its pages, and a picker to
 * cite another. The picker is a searchable list (a combobox over a listbox) that shows each
 * reference's label, author, title and year, in label order; "Add reference…" at its end adds
 * a reference in place (through the `reference/add` op) and selects it; the pages go in the
 * field beside it.
 */
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Citation, Reference } from '../../../common/deck/schema';
import type { Op } from '../../../common/ops';
import { newId } from './new-id';
import {
  inLabelOrder,
  matches,
  nextLabel,
  summarize,
  type ReferenceSummary,
} from './reference-order';
import './citation-picker.css';

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

const ADD = '__add__';

export function CitationEditor({
  slideId,
  targetId,
  targetName,
  citations,
  references,
  apply,
  compact,
}: CitationEditorProps) {
  const [open, setOpen] = useState(!compact);
  const byId = new Map(references.map((r) => [r.id, r]));
  return (
    <div className="citations">
      {citations.map((c) => {
        const r = byId.get(c.ref);
        const s = r ? summarize(r) : undefined;
        return (
          <div key={c.ref} className="citation-row">
            <span className="citation-label">
              {r?.label ?? 'a reference no longer in the list'}
            </span>
            {s && (s.author || s.title) ? (
              <span className="citation-what">
                {[s.author?.split(',')[0], s.year].filter(Boolean).join(' ') || s.title}
              </span>
            ) : null}
            <input
              aria-label={`Pages cited from ${r?.label ?? 'the missing reference'} in ${targetName}`}
              placeholder="pages"
              value={c.pages ?? ''}
              size={8}
              onChange={(e) =>
                apply({
                  op: 'citation/set-pages',
                  args: { slideId, targetId, ref: c.ref, pages: e.currentTarget.value },
                })
              }
            />
            <button
              type="button"
              aria-label={`Remove citation of ${r?.label ?? 'the missing reference'} from ${targetName}`}
              onClick={() =>
                apply({ op: 'citation/remove', args: { slideId, targetId, ref: c.ref } })
              }
            >
              ×
            </button>
          </div>
        );
      })}
      {!open ? (
        <button
          type="button"
          className="link-button"
          aria-label={`Cite a reference in ${targetName}`}
          onClick={() => setOpen(true)}
        >
          Cite…
        </button>
      ) : (
        <CitationPicker
          slideId={slideId}
          targetId={targetId}
          targetName={targetName}
          citations={citations}
          references={references}
          apply={apply}
          onClose={compact ? () => setOpen(false) : undefined}
        />
      )}
    </div>
  );
}

interface PickerProps extends Omit<CitationEditorProps, 'compact'> {
  onClose: (() => void) | undefined;
}

function CitationPicker({
  slideId,
  targetId,
  targetName,
  citations,
  references,
  apply,
  onClose,
}: PickerProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<string | null>(null);
  const [active, setActive] = useState<string | null>(null);
  const [pages, setPages] = useState('');
  const [adding, setAdding] = useState(false);
  const search = useRef<HTMLInputElement>(null);

  const summaries = useMemo(
    () => new Map(references.map((r) => [r.id, summarize(r)])),
    [references],
  );
  const available = useMemo(
    () => inLabelOrder(references.filter((r) => !citations.some((c) => c.ref === r.id))),
    [references, citations],
  );
  const shown = available.filter((r) => r.id === chosen || matches(r, summaries.get(r.id)!, query));
  const options = [...shown.map((r) => r.id), ADD];
  const activeId = active && options.includes(active) ? active : (chosen ?? options[0]!);
  const optionId = (key: string) => `${id}-opt-${key === ADD ? 'add' : options.indexOf(key)}`;
  const picked = chosen && available.some((r) => r.id === chosen) ? chosen : null;

  function choose(key: string) {
    setActive(key);
    if (key === ADD) setAdding(true);
    else {
      setChosen(key);
      setAdding(false);
    }
  }

  function cite() {
    const ref = picked ?? (shown.length === 1 ? shown[0]!.id : null);
    if (!ref) return;
    if (
      apply({
        op: 'citation/add',
        args: { slideId, targetId, ref, ...(pages.trim() ? { pages } : {}) },
      })
    ) {
      setChosen(null);
      setPages('');
      setQuery('');
      onClose?.();
    }
  }

  function onSearchKey(e: KeyboardEvent<HTMLInputElement>) {
    const i = options.indexOf(activeId);
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setActive(
        options[Math.max(0, Math.min(options.length - 1, i + (e.key === 'ArrowDown' ? 1 : -1)))]!,
      );
    } else if (e.key === 'Enter') {
      e.preventDefault();
      if (activeId === ADD) choose(ADD);
      else if (activeId === picked) cite();
      else choose(activeId);
    } else if (e.key === 'Escape' && onClose) {
      e.preventDefault();
      onClose();
    }
  }

  return (
    <div className="citation-picker" role="group" aria-label={`Cite a reference in ${targetName}`}>
      <input
        ref={search}
        className="citation-search"
        type="search"
        role="combobox"
        aria-label={`Reference to cite in ${targetName}`}
        aria-expanded="true"
        aria-controls={`${id}-list`}
        aria-autocomplete="list"
        aria-activedescendant={optionId(activeId)}
        placeholder="Search by label, author, title or year"
        value={query}
        autoFocus={!!onClose}
        onChange={(e) => {
          setQuery(e.currentTarget.value);
          setActive(null);
        }}
        onKeyDown={onSearchKey}
      />
      {available.length > 0 && shown.length === 0 && (
        <p className="muted small citation-none">No reference matches “{query}”.</p>
      )}
      {available.length === 0 && references.length > 0 && (
        <p className="muted small citation-none">Every reference is already cited here.</p>
      )}
      <ul
        role="listbox"
        id={`${id}-list`}
        aria-label={`References to cite in ${targetName}`}
        className="citation-options"
      >
        {shown.map((r) => (
          <Option
            key={r.id}
            id={optionId(r.id)}
            summary={summaries.get(r.id)!}
            selected={r.id === picked}
            active={r.id === activeId}
            onPick={() => choose(r.id)}
          />
        ))}
        <li
          role="option"
          id={optionId(ADD)}
          aria-selected={adding}
          className={`citation-option citation-add-option${activeId === ADD ? ' active' : ''}`}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => choose(ADD)}
        >
          Add reference…
        </li>
      </ul>
      {adding && (
        <NewReference
          targetName={targetName}
          initialText={shown.length === 0 ? query : ''}
          label={nextLabel(references)}
          onAdd={(label, text) => {
            const refId = newId('reference');
            if (!apply({ op: 'reference/add', args: { id: refId, label, text } })) return;
            setAdding(false);
            setQuery('');
            setChosen(refId);
            setActive(refId);
            search.current?.focus();
          }}
          onCancel={() => {
            setAdding(false);
            search.current?.focus();
          }}
        />
      )}
      <div className="citation-add">
        <input
          aria-label={`Pages for the new citation in ${targetName}`}
          placeholder="pages"
          value={pages}
          size={8}
          onChange={(e) => setPages(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key !== 'Enter') return;
            e.preventDefault();
            cite();
          }}
        />
        <button
          type="button"
          className="primary"
          disabled={!picked && shown.length !== 1}
          onClick={cite}
        >
          Add citation
        </button>
        {onClose && (
          <button
            type="button"
            onClick={onClose}
            aria-label={`Close the citation picker of ${targetName}`}
          >
            Close
          </button>
        )}
      </div>
    </div>
  );
}

function Option({
  id,
  summary,
  selected,
  active,
  onPick,
}: {
  id: string;
  summary: ReferenceSummary;
  selected: boolean;
  active: boolean;
  onPick: () => void;
}) {
  return (
    <li
      role="option"
      id={id}
      aria-selected={selected}
      aria-label={summary.text}
      className={`citation-option${selected ? ' selected' : ''}${active ? ' active' : ''}`}
      // The search field keeps focus; a click only picks.
      onMouseDown={(e) => e.preventDefault()}
      onClick={onPick}
    >
      <span className="citation-option-label">{summary.label}</span>
      <span className="citation-option-body">
        {summary.author || summary.year ? (
          <span className="citation-option-who">
            {summary.author ?? ''}
            {summary.year ? `${summary.author ? ' ' : ''}(${summary.year})` : ''}
          </span>
        ) : null}
        {summary.title ? (
          <cite>{summary.title}</cite>
        ) : summary.note ? (
          <span className="citation-option-note">{summary.note}</span>
        ) : !summary.author && !summary.year ? (
          <span className="muted">No details yet</span>
        ) : null}
      </span>
    </li>
  );
}

function NewReference({
  targetName,
  label: initialLabel,
  initialText,
  onAdd,
  onCancel,
}: {
  targetName: string;
  label: string;
  initialText: string;
  onAdd: (label: string, text: string) => void;
  onCancel: () => void;
}) {
  const [label, setLabel] = useState(initialLabel);
  const [text, setText] = useState(initialText);
  const id = useId();
  return (
    <div className="citation-new" role="group" aria-label={`New reference for ${targetName}`}>
      <label htmlFor={`${id}-label`}>Label</label>
      <input
        id={`${id}-label`}
        value={label}
        size={6}
        onChange={(e) => setLabel(e.currentTarget.value)}
      />
      <label htmlFor={`${id}-text`}>Full reference</label>
      <textarea
        id={`${id}-text`}
        rows={2}
        value={text}
        placeholder="Author, title, publisher, year"
        autoFocus
        onChange={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            e.stopPropagation();
            onCancel();
          } else if (e.key === 'Enter' && !e.shiftKey) {
            e.preventDefault();
            onAdd(label, text);
          }
        }}
      />
      <div className="citation-new-buttons">
        <button
          type="button"
          className="primary"
          onClick={() => onAdd(label, text)}
          disabled={!label.trim() && !text.trim()}
        >
          Add reference
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
