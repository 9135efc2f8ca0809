/** @jsxRuntime automatic @jsxImportSource react */
/**
 * One component per block type. Deck text only ever reaches the page as React text
 * children or attributes, which React escapes; the one raw insertion is chart SVG (figure.tsx).
 */
import { Fragment, type ReactNode } from 'react';
import type {
  Block,
  BulletItem,
  BulletsBlock,
  QuoteBlock,
  ReferencesBlock,
  TextBlock,
} from '../deck/schema';
import { slotField } from './edit-slot';
import { CitationMark, fragmentClass, liveLinks, type BlockEnv } from './env';
import { FigureView } from './figure';
import { FormulaView } from './formula';
import { renderInline } from './inline';
import { referenceParts } from './reference-parts';
import type { Run } from '../references/runs';

/** A bullet with no words and no citation: a new, not yet typed item, or one emptied by editing. */
function isBlank(item: BulletItem): boolean {
  return item.text.trim() === '' && item.citations.length === 0;
}

/** True when the item or any bullet under it has something to show. */
function hasContent(item: BulletItem): boolean {
  return !isBlank(item) || item.children.some(hasContent);
}

/** True when the item, or a bullet under it, is the one being edited in place. */
function holdsActive(item: BulletItem, env: BlockEnv): boolean {
  const active = env.edit?.active;
  if (active?.kind !== 'bullet') return false;
  const has = (i: BulletItem): boolean => i.id === active.id || i.children.some(has);
  return has(item);
}

function BulletList({
  items,
  env,
  depth,
}: {
  items: readonly BulletItem[];
  env: BlockEnv;
  depth: number;
}): ReactNode {
  // A blank bullet would show a lone marker dot; it is left out, unless it holds sub-bullets,
  // which keep their place under it without a marker of its own (`is-blank`), or is being
  // edited in place (a bullet just added, or emptied, keeps its field).
  const shown = items.filter((item) => hasContent(item) || holdsActive(item, env));
  if (shown.length === 0) return null;
  return (
    <ul className={`lectern-bullets depth-${Math.min(depth, 3)}`}>
      {shown.map((item) => {
        const target = { kind: 'bullet', id: item.id } as const;
        const field = slotField(env.edit, target);
        const blank = isBlank(item) && field === undefined;
        return (
          <li
            key={item.id}
            className={
              [fragmentClass(item.fragment, env.mode), blank ? 'is-blank' : undefined]
                .filter(Boolean)
                .join(' ') || undefined
            }
            data-block-item={item.id}
            data-edit={env.edit ? `bullet:${item.id}` : undefined}
          >
            {field ?? renderInline(item.text, { liveLinks: liveLinks(env.mode) })}
            <CitationMark citations={item.citations} env={env} />
            <BulletList items={item.children} env={env} depth={depth + 1} />
          </li>
        );
      })}
    </ul>
  );
}

function Bullets({ block, env }: { block: BulletsBlock; env: BlockEnv }): ReactNode {
  return <BulletList items={block.items} env={env} depth={0} />;
}

function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

function Text({ block, env }: { block: TextBlock; env: BlockEnv }): ReactNode {
  const paras = paragraphs(block.text);
  const field = slotField(env.edit, { kind: 'text', id: block.id });
  return (
    <div
      className={['lectern-text', fragmentClass(block.fragment, env.mode)]
        .filter(Boolean)
        .join(' ')}
      data-edit={env.edit ? `text:${block.id}` : undefined}
    >
      {field ??
        paras.map((p, i) => (
          <p key={i}>
            {renderInline(p, { liveLinks: liveLinks(env.mode) })}
            {i === paras.length - 1 ? <CitationMark citations={block.citations} env={env} /> : null}
          </p>
        ))}
    </div>
  );
}

function Quote({ block, env }: { block: QuoteBlock; env: BlockEnv }): ReactNode {
  // While its field is open the attribution stays drawn, emptied or not, so retyping it whole
  // does not close the field under the lecturer's fingers.
  const attribution = slotField(env.edit, { kind: 'attribution', id: block.id });
  const hasCaption =
    Boolean(block.attribution) || attribution !== undefined || block.citations.length > 0;
  const field = slotField(env.edit, { kind: 'quote', id: block.id });
  return (
    <figure
      className={['lectern-quote', fragmentClass(block.fragment, env.mode)]
        .filter(Boolean)
        .join(' ')}
    >
      <blockquote data-edit={env.edit ? `quote:${block.id}` : undefined}>
        {field ??
          paragraphs(block.text).map((p, i) => (
            <p key={i}>{renderInline(p, { liveLinks: liveLinks(env.mode) })}</p>
          ))}
      </blockquote>
      {hasCaption ? (
        <figcaption>
          {block.attribution || attribution !== undefined ? (
            <cite data-edit={env.edit ? `attribution:${block.id}` : undefined}>
              {attribution ?? renderInline(block.attribution ?? '', { liveLinks: false })}
            </cite>
          ) : null}
          <CitationMark citations={block.citations} env={env} />
        </figcaption>
      ) : null}
    </figure>
  );
}

/**
 * A reference entry as students see it: label, author and year, the title in italics, and the
 * pages the deck uses. What is missing is shown only in the editor's Check and References tab.
 */
export function ReferenceEntry({ id, env }: { id: string; env: BlockEnv }): ReactNode {
  const ref = env.refs.get(id);
  // A list that names a work the deck no longer has: the label alone (Check reports it).
  if (!ref) {
    return (
      <li className="lectern-reference is-unknown">
        <span className="lectern-ref-label">{id}</span>
      </li>
    );
  }
  const runs = env.styled?.entry(id);
  if (runs) return <StyledEntry id={ref.id} runs={runs} live={liveLinks(env.mode)} />;
  const p = referenceParts(ref, env.pages?.get(id));
  const who = [p.author, p.year ? `(${p.year})` : ''].filter(Boolean).join(' ');
  return (
    <li className="lectern-reference" data-ref-id={ref.id}>
      <span className="lectern-ref-label">{p.label}</span>{' '}
      <span className="lectern-ref-body">
        {who ? (
          <span className="lectern-ref-author">
            {who}
            {p.title || p.note ? ' ' : ''}
          </span>
        ) : null}
        {p.title ? <cite className="lectern-ref-title">{p.title}</cite> : null}
        {p.note ? <span className="lectern-ref-text">{p.note}</span> : null}
        {p.pages ? (
          <span className="lectern-ref-pages">
            {who || p.title || p.note ? ', ' : ''}
            {p.pages}
          </span>
        ) : null}
      </span>
    </li>
  );
}

/**
 * An entry as the deck's citation style writes it: italics as the style sets them, a DOI or
 * URL as a link where links work (presenting, the HTML export) and as text elsewhere.
 */
function StyledEntry({
  id,
  runs,
  live,
}: {
  id: string;
  runs: readonly Run[];
  live: boolean;
}): ReactNode {
  return (
    <li className="lectern-reference is-styled" data-ref-id={id}>
      <span className="lectern-ref-body">
        {runs.map((run, i) => {
          const text =
            run.href && live ? (
              <a href={run.href} target="_blank" rel="noopener noreferrer">
                {run.text}
              </a>
            ) : (
              run.text
            );
          const bold = run.bold ? <b>{text}</b> : text;
          return run.italic ? <i key={i}>{bold}</i> : <Fragment key={i}>{bold}</Fragment>;
        })}
      </span>
    </li>
  );
}

function References({ block, env }: { block: ReferencesBlock; env: BlockEnv }): ReactNode {
  // In a citation style the works are listed as the style orders them (by author, or by number).
  const styled = env.styled;
  const ids = styled
    ? [...block.refs].sort((a, b) => styled.sortKey(a) - styled.sortKey(b))
    : block.refs;
  return (
    <ol className="lectern-references">
      {ids.map((id) => (
        <ReferenceEntry key={id} id={id} env={env} />
      ))}
    </ol>
  );
}

/** Any block, by its type. */
export function BlockView({ block, env }: { block: Block; env: BlockEnv }): ReactNode {
  switch (block.type) {
    case 'bullets':
      return <Bullets block={block} env={env} />;
    case 'text':
      return <Text block={block} env={env} />;
    case 'quote':
      return <Quote block={block} env={env} />;
    case 'figure':
      return <FigureView block={block} env={env} />;
    case 'references':
      return <References block={block} env={env} />;
    case 'formula':
      return <FormulaView block={block} env={env} />;
  }
}
