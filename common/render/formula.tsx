/** @jsxRuntime automatic @jsxImportSource react */
/**
 * A formula block: one display formula typeset by KaTeX (./math.tsx), centred, with an
 * optional caption line (which may hold inline formulas) and its citations. An empty
 * formula shows a muted placeholder in the editor and nothing elsewhere.
 */
import type { ReactNode } from 'react';
import type { FormulaBlock } from '../deck/schema';
import { CitationMark, fragmentClass, type BlockEnv } from './env';
import { MathView, renderMathText } from './math';

export function FormulaView({ block, env }: { block: FormulaBlock; env: BlockEnv }): ReactNode {
  const tex = block.tex.trim();
  const hasCaption = Boolean(block.caption) || block.citations.length > 0;
  if (!tex && !hasCaption && env.mode !== 'edit') return null;
  return (
    <figure
      className={['lectern-formula', fragmentClass(block.fragment, env.mode)]
        .filter(Boolean)
        .join(' ')}
      data-block-id={block.id}
    >
      {tex ? (
        <MathView tex={tex} display />
      ) : env.mode === 'edit' ? (
        <span className="lectern-formula-empty">Formula</span>
      ) : null}
      {hasCaption ? (
        <figcaption>
          {block.caption ? (
            <span className="lectern-caption">{renderMathText(block.caption)}</span>
          ) : null}
          <CitationMark citations={block.citations} env={env} />
        </figcaption>
      ) : null}
    </figure>
  );
}
