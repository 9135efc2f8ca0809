/**
 * The inspector: the current slide's fields and blocks. Every change is one named op; the
 * preview re-renders from the new deck as you type.
 */
import { memo } from 'react';
import type { Layout, Reference, Slide } from '../../../common/deck/schema';
import { LAYOUTS } from '../../../common/deck/schema';
import { blockBuildState, pasteLine, slideBuildState, type Op } from '../../../common/ops';
import { BlockTitle } from './BlockTitle';
import { blockBuildLabel, BuildToggle } from './BuildToggle';
import { BulletsEditor } from './BulletsEditor';
import { LineField } from './LineField';
import { FigureEditor, QuoteEditor, TextEditor } from './BlockEditors';
import { FormulaEditor } from './FormulaEditor';
import { newId } from './new-id';
import { emphasisMarker, pastedText, rewriteField, wrapSelection } from './text-input';

const LAYOUT_LABELS: Record<Layout, string> = {
  title: 'Title',
  section: 'Section',
  bullets: 'Bullets',
  'bullets-figure': 'Bullets and figure',
  figure: 'Figure',
  quote: 'Quote',
  references: 'References',
  free: 'Free',
};

export interface InspectorProps {
  slide: Slide;
  index: number;
  references: readonly Reference[];
  apply: (op: Op) => boolean;
  onAddFigure: () => void;
  onReplaceImage: (blockId: string, file: File) => void;
}

function InspectorInner({
  slide,
  index,
  references,
  apply,
  onAddFigure,
  onReplaceImage,
}: InspectorProps) {
  const slideId = slide.id;
  const bulletLists = slide.blocks.filter((b) => b.type === 'bullets').length;
  const hasBullets = bulletLists > 0;
  return (
    <section className="inspector" aria-label={`Slide ${index + 1} contents`}>
      <label className="stack-field">
        <span>Layout</span>
        <select
          value={slide.layout}
          onChange={(e) =>
            apply({
              op: 'slide/set-layout',
              args: { slideId, layout: e.currentTarget.value as Layout },
            })
          }
        >
          {LAYOUTS.map((l) => (
            <option key={l} value={l}>
              {LAYOUT_LABELS[l]}
            </option>
          ))}
        </select>
      </label>
      <label className="stack-field">
        <span>Title</span>
        <LineField
          aria-label="Title"
          value={slide.title}
          maxLength={2000}
          onValue={(title) => apply({ op: 'slide/set-title', args: { slideId, title } })}
          onKeyDown={(e) => {
            const marker = emphasisMarker(e);
            if (!marker) return;
            e.preventDefault();
            const next = wrapSelection(e.currentTarget, marker);
            rewriteField(
              e.currentTarget,
              () => apply({ op: 'slide/set-title', args: { slideId, title: next.text } }),
              next.start,
              next.end,
            );
          }}
          onPaste={(e) => {
            e.preventDefault();
            const el = e.currentTarget;
            const start = el.selectionStart ?? el.value.length;
            const end = el.selectionEnd ?? start;
            const piece = pasteLine(pastedText(e), { markdown: true });
            rewriteField(
              el,
              () =>
                apply({
                  op: 'slide/set-title',
                  args: { slideId, title: el.value.slice(0, start) + piece + el.value.slice(end) },
                }),
              start + piece.length,
              start + piece.length,
            );
          }}
        />
      </label>
      {(slide.layout === 'title' || slide.layout === 'section' || slide.subtitle !== undefined) && (
        <label className="stack-field">
          <span>Subtitle</span>
          <LineField
            aria-label="Subtitle"
            value={slide.subtitle ?? ''}
            onValue={(subtitle) => apply({ op: 'slide/set-subtitle', args: { slideId, subtitle } })}
          />
        </label>
      )}
      {hasBullets && (
        <BuildToggle
          label="Bullets one by one"
          state={slideBuildState(slide)}
          onChange={(on) => apply({ op: 'slide/set-build-steps', args: { slideId, on } })}
        />
      )}
      {slide.blocks.map((block, i) => (
        <div key={block.id} className="block-card">
          <BlockTitle
            block={block}
            onRemove={() => apply({ op: 'block/delete', args: { slideId, blockId: block.id } })}
            onMove={(by) =>
              apply({ op: 'block/move', args: { slideId, blockId: block.id, to: i + by } })
            }
            first={i === 0}
            last={i === slide.blocks.length - 1}
          />
          {block.type === 'bullets' && (
            <BulletsEditor
              slideId={slideId}
              block={block}
              references={references}
              apply={apply}
              newId={newId}
            />
          )}
          {block.type === 'quote' && (
            <QuoteEditor slideId={slideId} block={block} references={references} apply={apply} />
          )}
          {block.type === 'figure' && (
            <FigureEditor
              slideId={slideId}
              block={block}
              references={references}
              apply={apply}
              onReplaceImage={(f) => onReplaceImage(block.id, f)}
            />
          )}
          {block.type === 'text' && (
            <TextEditor slideId={slideId} block={block} references={references} apply={apply} />
          )}
          {block.type === 'formula' && (
            <FormulaEditor slideId={slideId} block={block} references={references} apply={apply} />
          )}
          {block.type === 'references' && (
            <p className="muted">
              Lists {block.refs.length || 'all'} references; edit them in the References panel.
            </p>
          )}
          {/* A slide's only list is covered by "Bullets one by one" above. */}
          {blockBuildLabel(block) && (block.type !== 'bullets' || bulletLists > 1) && (
            <BuildToggle
              label={blockBuildLabel(block)!}
              state={blockBuildState(block)}
              onChange={(on) =>
                apply({ op: 'block/set-build-steps', args: { slideId, blockId: block.id, on } })
              }
            />
          )}
        </div>
      ))}
      <div className="add-blocks">
        {!hasBullets && (
          <button
            type="button"
            onClick={() => apply({ op: 'bullet/add', args: { slideId, id: newId('bullet') } })}
          >
            Add bullets
          </button>
        )}
        <button type="button" onClick={onAddFigure}>
          Add figure
        </button>
        <button
          type="button"
          onClick={() => apply({ op: 'quote/add', args: { slideId, id: newId('block') } })}
        >
          Add quote
        </button>
        <button
          type="button"
          onClick={() => apply({ op: 'formula/add', args: { slideId, id: newId('block') } })}
        >
          Add formula
        </button>
      </div>
    </section>
  );
}

/**
 * Drawn again only when its props change: the deck check's catch-up render of the panels
 * after a keystroke (see `useDeckCheck`) passes the very same props, so it leaves the
 * inspector alone.
 */
export const Inspector = memo(InspectorInner);
