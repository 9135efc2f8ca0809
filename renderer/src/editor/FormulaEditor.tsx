/**
 * The inspector's editor of a formula block: the TeX (without dollars), a live preview
 * typeset as the slide shows it, KaTeX's message under the field while the TeX is
 * malformed, the caption (which may hold `$…$`) and citations.
 */
import type { FormulaBlock, Reference } from '../../../common/deck/schema';
import type { Op } from '../../../common/ops';
import { MathView, typeset } from '../../../common/render/math';
import { CitationEditor } from './CitationEditor';
import { LineField } from './LineField';
import './formula-editor.css';

export function FormulaEditor({
  slideId,
  block,
  references,
  apply,
}: {
  slideId: string;
  block: FormulaBlock;
  references: readonly Reference[];
  apply: (op: Op) => boolean;
}) {
  const tex = block.tex.trim();
  const result = tex ? typeset(tex, true) : undefined;
  const messageId = `formula-message-${block.id}`;
  return (
    <div className="block-editor">
      <label className="stack-field">
        <span>TeX</span>
        <textarea
          rows={3}
          className="grow-field formula-tex"
          spellCheck={false}
          value={block.tex}
          placeholder="e.g. \frac{\Delta Y}{Y} = g"
          aria-describedby={result && !result.ok ? messageId : undefined}
          onChange={(e) =>
            apply({
              op: 'formula/set-tex',
              args: { slideId, blockId: block.id, tex: e.currentTarget.value },
            })
          }
        />
      </label>
      <div className="formula-preview" role="group" aria-label="Formula preview">
        {tex ? (
          <MathView tex={tex} display />
        ) : (
          <span className="muted">The formula appears here as you type.</span>
        )}
      </div>
      {result && !result.ok ? (
        <p id={messageId} className="formula-message" role="status">
          KaTeX cannot read this: {result.error}
        </p>
      ) : null}
      <label className="stack-field">
        <span>Caption</span>
        <LineField
          aria-label="Formula caption"
          value={block.caption ?? ''}
          onValue={(caption) =>
            apply({ op: 'formula/set-caption', args: { slideId, blockId: block.id, caption } })
          }
        />
      </label>
      <CitationEditor
        slideId={slideId}
        targetId={block.id}
        targetName="the formula"
        citations={block.citations}
        references={references}
        apply={apply}
        compact
      />
    </div>
  );
}
