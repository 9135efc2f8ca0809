/** @jsxRuntime automatic @jsxImportSource react */
/**
 * The one slide component: editor preview, thumbnails, presentation and export all render
 * slides through it, at a fixed logical size per aspect ratio (see `slideSize`), so a slide
 * wraps and breaks the same way everywhere. Layouts arrange blocks; no layout drops a block.
 */
import type { CSSProperties, ReactNode } from 'react';
import type { Block, Deck, Slide } from '../deck/schema';
import { BlockView } from './blocks';
import { referenceMap } from './citation';
import { styledReferences } from '../references/styled';
import { slideSize, type SlideViewProps } from './context';
import { slotField, type EditSlot } from './edit-slot';
import type { BlockEnv } from './env';
import { fitSlide, textColumnBlocks } from './fit';
import { inlinePlainText } from '../deck/inline-markdown';
import { renderInline } from './inline';
import { pagesUsed } from './reference-parts';

export type { RenderMode, SlideRenderContext, SlideViewProps } from './context';
export { slideSize } from './context';

function Blocks({ blocks, env }: { blocks: readonly Block[]; env: BlockEnv }): ReactNode {
  return blocks.map((block) => <BlockView key={block.id} block={block} env={env} />);
}

function Title({
  text,
  level,
  edit,
}: {
  text: string;
  level: 1 | 2;
  edit: EditSlot | undefined;
}): ReactNode {
  const field = slotField(edit, { kind: 'title' });
  if (!text && field === undefined) return null;
  const content = field ?? renderInline(text, { liveLinks: false });
  const key = edit ? 'title' : undefined;
  return level === 1 ? (
    <h1 className="lectern-title" data-edit={key}>
      {content}
    </h1>
  ) : (
    <h2 className="lectern-title" data-edit={key}>
      {content}
    </h2>
  );
}

/** The subtitle line, or its field while it is edited in place. */
function Subtitle({
  text,
  edit,
}: {
  text: string | undefined;
  edit: EditSlot | undefined;
}): ReactNode {
  const field = slotField(edit, { kind: 'subtitle' });
  if (!text && field === undefined) return null;
  return (
    <p className="lectern-subtitle" data-edit={edit ? 'subtitle' : undefined}>
      {field ?? renderInline(text ?? '', { liveLinks: false })}
    </p>
  );
}

function byline(deck: Deck): string {
  return [deck.meta.author, deck.meta.course, deck.meta.date].filter(Boolean).join(' · ');
}

function TitleSlide({ slide, deck, env }: { slide: Slide; deck: Deck; env: BlockEnv }): ReactNode {
  const subtitle = slide.subtitle ?? deck.meta.subtitle;
  const by = byline(deck);
  return (
    <div className="lectern-slide-body">
      <Title text={slide.title || deck.meta.title} level={1} edit={env.edit} />
      <Subtitle text={subtitle} edit={env.edit} />
      {by ? <p className="lectern-byline">{by}</p> : null}
      <Blocks blocks={slide.blocks} env={env} />
    </div>
  );
}

function SectionSlide({ slide, env }: { slide: Slide; env: BlockEnv }): ReactNode {
  return (
    <div className="lectern-slide-body">
      <Title text={slide.title} level={2} edit={env.edit} />
      <Subtitle text={slide.subtitle} edit={env.edit} />
      <Blocks blocks={slide.blocks} env={env} />
    </div>
  );
}

/**
 * The blocks of the text column. A references slide with no list of its own shows the deck's
 * whole reference list.
 */
function textBlocks(slide: Slide, deck: Deck): Block[] {
  const blocks = textColumnBlocks(slide);
  if (slide.layout !== 'references' || blocks.some((b) => b.type === 'references')) return blocks;
  return [
    ...blocks,
    { type: 'references', id: `${slide.id}-refs`, refs: deck.references.map((r) => r.id) },
  ];
}

/** Body of the content layouts; bullets-figure and figure put figures in their own area. */
function Body({
  slide,
  text,
  env,
}: {
  slide: Slide;
  text: readonly Block[];
  env: BlockEnv;
}): ReactNode {
  const figures = slide.blocks.filter((b) => b.type === 'figure');
  if ((slide.layout === 'bullets-figure' || slide.layout === 'figure') && figures.length > 0) {
    return (
      <div
        className={`lectern-slide-body ${text.length ? 'lectern-columns' : 'lectern-figures-only'}`}
      >
        {text.length ? (
          <div className="lectern-column lectern-column-text">
            <Blocks blocks={text} env={env} />
          </div>
        ) : null}
        <div className="lectern-column lectern-column-figure">
          <Blocks blocks={figures} env={env} />
        </div>
      </div>
    );
  }
  return (
    <div className="lectern-slide-body">
      <Blocks blocks={text} env={env} />
    </div>
  );
}

/** Renders one slide as an accessible `<section>`. */
export function SlideView({
  slide,
  deck,
  index,
  ctx,
  mode,
  notes = true,
  edit,
}: SlideViewProps): ReactNode {
  const env: BlockEnv = {
    refs: referenceMap(deck.references),
    styled: styledReferences(deck),
    pages: pagesUsed(deck),
    ctx,
    mode,
    ...(edit ? { edit } : {}),
  };
  const size = slideSize(deck.meta.aspectRatio);
  const text = textBlocks(slide, deck);
  const fit = fitSlide(slide, deck, text);
  const title = slide.layout === 'title' ? slide.title || deck.meta.title : slide.title;
  const plainTitle = inlinePlainText(title);
  const style = {
    width: `${size.width}px`,
    height: `${size.height}px`,
    '--lectern-text-size': `${fit.text}px`,
    '--lectern-title-size': `${fit.title}px`,
  } as CSSProperties;
  const className = [
    'lectern-slide',
    `layout-${slide.layout}`,
    `theme-${deck.meta.theme}`,
    `aspect-${deck.meta.aspectRatio.replace(':', '-')}`,
    `mode-${mode}`,
    `fit-${fit.level}`,
    fit.overfull ? 'is-overfull' : '',
    slide.hidden ? 'is-hidden' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const showNotes = notes && slide.notes.trim() !== '' && (mode === 'present' || mode === 'export');
  return (
    <section
      className={className}
      data-slide-id={slide.id}
      aria-label={plainTitle ? `Slide ${index + 1}: ${plainTitle}` : `Slide ${index + 1}`}
      lang={deck.meta.language}
      style={style}
    >
      {slide.layout === 'title' ? (
        <TitleSlide slide={slide} deck={deck} env={env} />
      ) : slide.layout === 'section' ? (
        <SectionSlide slide={slide} env={env} />
      ) : (
        <>
          <header className="lectern-slide-header">
            <Title text={slide.title} level={2} edit={env.edit} />
          </header>
          <Body slide={slide} text={text} env={env} />
        </>
      )}
      {fit.overfull ? (
        <div className="lectern-overflow-cue" aria-hidden="true">
          Text cut off
        </div>
      ) : null}
      {showNotes ? <aside className="notes">{slide.notes}</aside> : null}
    </section>
  );
}
