/** Inspector editors for the non-bullet blocks: quote, figure (chart or image), text and references. */
import type { FigureBlock, QuoteBlock, Reference, TextBlock } from '../../../common/deck/schema';
import type { ChartSpec } from '../../../common/deck/schema';
import { chartKindOf, CHART_KIND_OPS, type ChartKind, type Op } from '../../../common/ops';
import { tableView } from '../../../common/ops/chart-view';
import { ChartKindOptions, ChartTable } from './ChartTable';
import { CitationEditor } from './CitationEditor';
import { LineField } from './LineField';

interface Common {
  slideId: string;
  references: readonly Reference[];
  apply: (op: Op) => boolean;
}

export function QuoteEditor({ slideId, block, references, apply }: Common & { block: QuoteBlock }) {
  return (
    <div className="block-editor">
      <label className="stack-field">
        <span>Quote</span>
        <textarea
          rows={3}
          className="grow-field"
          value={block.text}
          onChange={(e) =>
            apply({
              op: 'quote/set-text',
              args: { slideId, blockId: block.id, text: e.currentTarget.value },
            })
          }
        />
      </label>
      <label className="stack-field">
        <span>Attribution</span>
        <LineField
          aria-label="Attribution"
          value={block.attribution ?? ''}
          onValue={(attribution) =>
            apply({
              op: 'quote/set-attribution',
              args: { slideId, blockId: block.id, attribution },
            })
          }
        />
      </label>
      <CitationEditor
        slideId={slideId}
        targetId={block.id}
        targetName="the quote"
        citations={block.citations}
        references={references}
        apply={apply}
        compact
      />
    </div>
  );
}

/** A block of paragraphs (a blank line starts the next one), with its citations. */
export function TextEditor({ slideId, block, references, apply }: Common & { block: TextBlock }) {
  return (
    <div className="block-editor">
      <label className="stack-field">
        <span>Text</span>
        <textarea
          rows={3}
          className="grow-field"
          value={block.text}
          onChange={(e) =>
            apply({
              op: 'text/set-text',
              args: { slideId, blockId: block.id, text: e.currentTarget.value },
            })
          }
        />
      </label>
      <CitationEditor
        slideId={slideId}
        targetId={block.id}
        targetName="the text"
        citations={block.citations}
        references={references}
        apply={apply}
        compact
      />
    </div>
  );
}

/**
 * The chart type to show in the picker: the kind Lectern drew from its table (or any spec whose
 * marks say so: bars, lines, points on a time axis), "custom" for one imported with other marks
 * (points over a number scale), so the picker never claims such a chart is a bar chart.
 */
function shownKind(spec: ChartSpec): ChartKind | 'custom' {
  const meta: unknown = spec.usermeta;
  if (typeof meta === 'object' && meta !== null && 'lectern' in meta) return chartKindOf(spec);
  const layers: unknown[] = Array.isArray(spec.layer) ? (spec.layer as unknown[]) : [];
  const markOf = (m: unknown): unknown =>
    typeof m === 'object' && m !== null ? (m as { type?: unknown }).type : m;
  const marks = [
    spec.mark,
    ...layers.map((l) =>
      typeof l === 'object' && l !== null ? (l as { mark?: unknown }).mark : undefined,
    ),
  ]
    .map(markOf)
    .filter((m): m is string => typeof m === 'string');
  if (marks.some((m) => ['bar', 'line'].includes(m))) return chartKindOf(spec);
  // Points are a timeline only over a time axis; points over a number scale are something else.
  if (marks.some((m) => ['point', 'circle'].includes(m)) && chartKindOf(spec) === 'timeline')
    return 'timeline';
  return marks.length ? 'custom' : chartKindOf(spec);
}

export function FigureEditor({
  slideId,
  block,
  references,
  apply,
  onReplaceImage,
}: Common & { block: FigureBlock; onReplaceImage: (file: File) => void }) {
  const fig = block.figure;
  // Only the columns a lecturer edits, headed by the axis titles; a draft's labels, layout
  // hints and sentence ids stay in the spec (common/ops/chart-view).
  const view = fig.kind === 'chart' ? tableView(fig.spec, chartKindOf(fig.spec)) : undefined;
  return (
    <div className="block-editor">
      {fig.kind === 'chart' ? (
        <>
          <label className="inline-field">
            <span>Chart type</span>
            <select
              value={shownKind(fig.spec)}
              onChange={(e) =>
                apply({
                  op: CHART_KIND_OPS[e.currentTarget.value as ChartKind],
                  args: { slideId, blockId: block.id },
                } as Op)
              }
            >
              {shownKind(fig.spec) === 'custom' && (
                <option value="custom" disabled>
                  As imported
                </option>
              )}
              <ChartKindOptions />
            </select>
          </label>
          <ChartTable
            label={`Data of the chart ${block.caption || ''}`.trim()}
            table={view!.table}
            {...(view!.renamable ? {} : { headers: view!.headers })}
            onChange={(table) =>
              apply({ op: 'figure/set-table', args: { slideId, blockId: block.id, table } })
            }
            onCell={(row, column, text) =>
              apply({
                op: 'figure/set-cell',
                args: { slideId, blockId: block.id, row, column: view!.columns[column]!, text },
              })
            }
          />
        </>
      ) : (
        <div className="image-row">
          <span className="muted">Image: {fig.asset}</span>
          <label className="file-button">
            <span>Replace image…</span>
            <input
              type="file"
              aria-label="Replace image"
              accept="image/*"
              onChange={(e) =>
                e.currentTarget.files?.[0] && onReplaceImage(e.currentTarget.files[0])
              }
            />
          </label>
        </div>
      )}
      <label className="stack-field">
        <span>Caption</span>
        <LineField
          aria-label="Caption"
          value={block.caption}
          onValue={(caption) =>
            apply({ op: 'figure/set-caption', args: { slideId, blockId: block.id, caption } })
          }
        />
      </label>
      <label className="stack-field">
        <span>Alt text</span>
        <textarea
          rows={2}
          className="grow-field"
          value={block.alt}
          onChange={(e) =>
            apply({
              op: 'figure/set-alt',
              args: { slideId, blockId: block.id, alt: e.currentTarget.value },
            })
          }
        />
      </label>
      <label className="stack-field">
        <span>Credit line</span>
        <LineField
          aria-label="Credit line"
          value={block.source ?? ''}
          placeholder="e.g. Data: Sutton 1971"
          onValue={(source) =>
            apply({ op: 'figure/set-source', args: { slideId, blockId: block.id, source } })
          }
        />
      </label>
      <CitationEditor
        slideId={slideId}
        targetId={block.id}
        targetName="the figure"
        citations={block.citations}
        references={references}
        apply={apply}
        compact
      />
    </div>
  );
}
