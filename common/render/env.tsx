/** @jsxRuntime automatic @jsxImportSource react */
/** What blocks share: the render environment, fragment marking and citation marks. */
import type { ReactNode } from 'react';
import type { Citation, Reference } from '../deck/schema';
import type { StyledReferences } from '../references/styled';
import { formatCitations } from './citation';
import type { RenderMode, SlideRenderContext } from './context';
import type { EditSlot } from './edit-slot';

/** What every block needs besides itself. */
export interface BlockEnv {
  refs: ReadonlyMap<string, Reference>;
  /** The references in the deck's citation style; absent when it has none. */
  styled?: StyledReferences | undefined;
  /** Pages each reference is cited at over the deck's shown slides (see `pagesUsed`). */
  pages?: ReadonlyMap<string, readonly string[]>;
  ctx: SlideRenderContext;
  mode: RenderMode;
  /** Editing in place on the editor's large slide; absent everywhere else. */
  edit?: EditSlot;
}

/** reveal.js builds elements with the `fragment` class; in the editor they are only marked. */
export function fragmentClass(fragment: boolean | undefined, mode: RenderMode): string | undefined {
  if (!fragment) return undefined;
  return mode === 'present' || mode === 'export' ? 'fragment' : 'is-fragment';
}

export const liveLinks = (mode: RenderMode): boolean => mode === 'present' || mode === 'export';

/** The superscript citation mark, e.g. "[1, p. 207]"; nothing when there are no citations. */
export function CitationMark({
  citations,
  env,
}: {
  citations: readonly Citation[];
  env: BlockEnv;
}): ReactNode {
  const formatted = formatCitations(citations, env.refs, env.styled);
  if (!formatted) return null;
  const unknown = formatted.unknown.length > 0;
  return (
    <>
      {' '}
      <sup
        className={unknown ? 'lectern-cite is-unknown' : 'lectern-cite'}
        data-refs={citations.map((c) => c.ref).join(' ')}
      >
        {formatted.text}
      </sup>
    </>
  );
}
