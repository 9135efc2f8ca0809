/** @jsxRuntime automatic @jsxImportSource react */
/**
 * Figures: a chart (SVG from `chartToSvg`) or an image from the deck's assets, with caption,
 * credit line and citations. A missing image or an undrawn chart shows a visible placeholder
 * box of the same size, so the layout never breaks.
 */
import type { ReactNode } from 'react';
import type { FigureBlock } from '../deck/schema';
import { slotField } from './edit-slot';
import { CitationMark, fragmentClass, type BlockEnv } from './env';
import { renderMathText } from './math';

/** Chart SVG is the only markup inserted raw; anything that is not an `<svg>` element is refused. */
function looksLikeChartSvg(svg: string): boolean {
  return /^<svg[\s>]/.test(svg) && svg.trimEnd().endsWith('</svg>');
}

function Placeholder({ label, detail }: { label: string; detail: string }): ReactNode {
  return (
    <div className="lectern-placeholder" role="img" aria-label={`${label}: ${detail}`}>
      <span className="lectern-placeholder-label">{label}</span>
      <span className="lectern-placeholder-detail">{detail}</span>
    </div>
  );
}

function Media({ block, env }: { block: FigureBlock; env: BlockEnv }): ReactNode {
  const name = block.alt || block.caption;
  if (block.figure.kind === 'image') {
    const url = env.ctx.assetUrl(block.figure.asset);
    if (url === undefined)
      return <Placeholder label="Image not found" detail={block.figure.asset} />;
    return <img className="lectern-image" src={url} alt={block.alt} />;
  }
  const svg = env.ctx.charts[block.id];
  if (svg === undefined || !looksLikeChartSvg(svg)) {
    return (
      <Placeholder
        label="Chart not drawn"
        detail={block.caption || 'the chart data could not be drawn'}
      />
    );
  }
  return (
    <div
      className="lectern-chart"
      role="img"
      aria-label={name || 'Chart'}
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}

/** A figure block with its caption line. */
export function FigureView({ block, env }: { block: FigureBlock; env: BlockEnv }): ReactNode {
  const field = slotField(env.edit, { kind: 'caption', id: block.id });
  const hasCaption = Boolean(block.caption || block.source || field) || block.citations.length > 0;
  return (
    <figure
      className={[
        'lectern-figure',
        `figure-${block.figure.kind}`,
        fragmentClass(block.fragment, env.mode),
      ]
        .filter(Boolean)
        .join(' ')}
      data-block-id={block.id}
    >
      <div className="lectern-figure-media">
        <Media block={block} env={env} />
      </div>
      {hasCaption ? (
        <figcaption>
          {field || block.caption ? (
            <span
              className="lectern-caption"
              data-edit={env.edit ? `caption:${block.id}` : undefined}
            >
              {field ?? renderMathText(block.caption)}
            </span>
          ) : null}
          <CitationMark citations={block.citations} env={env} />
          {block.source ? <span className="lectern-figure-source">{block.source}</span> : null}
        </figcaption>
      ) : null}
    </figure>
  );
}
