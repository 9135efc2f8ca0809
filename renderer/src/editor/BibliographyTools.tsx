/**
 * The References tab's bibliography tools: the deck's citation style, importing a
 * bibliography a reference manager exported (the host reads it: `bibliography.read`), which
 * links every work that matches one entry alone in one undoable step, and a picker per work
 * to say which entry it is ("[1] is …") where nothing matched.
 */
import { useId, useRef, useState } from 'react';
import {
  CITATION_STYLES,
  type CitationStyle,
  type Deck,
  type Reference,
} from '../../../common/deck/schema';
import type { Op } from '../../../common/ops';
import { bibliographyOps } from '../../../common/references/link';
import type { BibliographyEntry } from '../../../common/references/match';
import { STYLE_NAMES } from '../../../common/references/engine';
import { useApi } from '../app/api-context';
import { problemText } from '../app/format';
import { errorMessage } from '../../../common/error-text';
import { inBackground } from '../failure/background';
import type { KeptBibliography } from './use-kept-bibliography';

interface ToolsProps {
  /** The deck whose folder keeps what is imported; without it nothing is kept. */
  deckRef: string | undefined;
  references: readonly Reference[];
  meta: Pick<Deck['meta'], 'citationStyle'>;
  apply: (op: Op) => boolean;
  /** The import's links as one undo step. */
  applyAll: (label: string, ops: readonly Op[]) => void;
  /** The bibliography the pickers offer: kept with the deck, or just imported. */
  kept: KeptBibliography;
  onKept: (kept: KeptBibliography) => void;
}

export function BibliographyTools({
  deckRef,
  references,
  meta,
  apply,
  applyAll,
  kept,
  onKept,
}: ToolsProps) {
  const api = useApi();
  const file = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const styleId = useId();

  async function importFile(f: File) {
    setBusy(true);
    setStatus(`Reading ${f.name}…`);
    try {
      const read = await api.bibliography.read({
        name: f.name,
        bytes: new Uint8Array(await f.arrayBuffer()),
        ...(deckRef ? { keepFor: deckRef } : {}),
      });
      if (!read.ok) {
        setStatus(
          `The bibliography was not imported: ${read.problems.map(problemText).join('; ')}`,
        );
        return;
      }
      onKept({ entries: read.value.entries, name: f.name, problem: '' });
      const change = bibliographyOps({ references, meta }, read.value.entries);
      applyAll('Import bibliography', change.ops);
      const left = change.result.unmatched.length;
      setStatus(
        `${count(read.value.entries.length)} in ${f.name}: ${change.result.matched.length} of ${references.length} works linked` +
          (left ? `; choose the entry of the other ${left} below.` : '.') +
          (read.warnings.length ? ` ${read.warnings.map(problemText).join('; ')}` : ''),
      );
    } catch (e) {
      setStatus(`The bibliography was not imported: ${errorMessage(e)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="bibliography-tools">
      <label className="stack-field" htmlFor={styleId}>
        <span>Citation style</span>
      </label>
      <select
        id={styleId}
        value={meta.citationStyle ?? ''}
        onChange={(e) =>
          apply({
            op: 'meta/set',
            args: { field: 'citationStyle', value: e.currentTarget.value as CitationStyle | '' },
          })
        }
      >
        <option value="">As the reading labels its works</option>
        {CITATION_STYLES.map((s) => (
          <option key={s} value={s}>
            {STYLE_NAMES[s]}
          </option>
        ))}
      </select>
      <p className="muted bibliography-hint">
        Works linked to a bibliography entry are cited and listed in this style; the others keep
        their labels.
      </p>
      <button type="button" disabled={busy} onClick={() => file.current?.click()}>
        Import bibliography…
      </button>
      <input
        ref={file}
        type="file"
        hidden
        accept=".bib,.bibtex,.ris,.json"
        aria-label="Bibliography file (BibTeX, RIS or CSL-JSON)"
        onChange={(e) => {
          const f = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (f) inBackground(`import ${f.name}`, importFile(f));
        }}
      />
      <p role="status" className="bibliography-status">
        {status ||
          kept.problem ||
          (kept.entries.length
            ? `${count(kept.entries.length)} from ${kept.name ?? 'the bibliography'}, kept with this deck.`
            : 'BibTeX (.bib), RIS (.ris) or CSL-JSON (.json), as Zotero, Mendeley or EndNote export them.')}
      </p>
    </div>
  );
}

const count = (n: number) => `${n} ${n === 1 ? 'entry' : 'entries'}`;

/** "Sutton 1971 · Western Technology and Soviet Economic Development" */
function describeEntry(e: BibliographyEntry): string {
  const who = e.csl.author?.[0]?.family ?? e.csl.author?.[0]?.literal ?? '';
  const year = e.csl.issued?.['date-parts']?.[0]?.[0] ?? '';
  return [`${who} ${year}`.trim(), e.csl.title ?? ''].filter(Boolean).join(' · ');
}

/** Which entry a work is: a searchable list of the imported bibliography, and unlink. */
export function EntryPicker({
  reference,
  entries,
  apply,
}: {
  reference: Reference;
  entries: readonly BibliographyEntry[];
  apply: (op: Op) => boolean;
}) {
  const listId = useId();
  const linked =
    typeof reference.csl?.id === 'string' ? reference.csl.id : reference.csl ? 'linked' : '';
  const [typed, setTyped] = useState<string | null>(null);
  if (!entries.length && !reference.csl) return null;
  return (
    <div className="entry-picker">
      <label className="stack-field">
        <span>Bibliography entry</span>
        <input
          list={listId}
          value={typed ?? linked}
          placeholder={entries.length ? 'Search by author, year or title' : ''}
          onFocus={() => setTyped(linked)}
          onBlur={() => setTyped(null)}
          onChange={(e) => {
            const value = e.currentTarget.value;
            setTyped(value);
            const chosen = entries.find((x) => x.key === value);
            if (chosen)
              apply({ op: 'reference/link', args: { refId: reference.id, csl: chosen.csl } });
          }}
        />
      </label>
      <datalist id={listId}>
        {entries.map((e) => (
          <option key={e.key} value={e.key}>
            {describeEntry(e)}
          </option>
        ))}
      </datalist>
      {reference.csl && (
        <button
          type="button"
          onClick={() => apply({ op: 'reference/link', args: { refId: reference.id, csl: null } })}
          aria-label={`Unlink ${reference.label} from its bibliography entry`}
        >
          Unlink
        </button>
      )}
    </div>
  );
}
