/**
 * A deck as an editable PowerPoint file (pptxgenjs): titles and bullets as real text boxes
 * with their nesting and emphasis, quotes with their attribution, charts as native charts
 * where PowerPoint can draw them (charts.ts) and as pictures otherwise, images, citations as
 * superscript marks, the references slide, speaker notes (without what is the lecturer's
 * only), the deck's aspect ratio and theme colours, and build steps as one slide per step.
 * Pure in, bytes out: nothing here writes a file.
 */
import JSZip from 'jszip';
import PptxGenJS from 'pptxgenjs';
import { imageSize } from 'image-size';
import type {
  Block,
  Deck,
  FigureBlock,
  FormulaBlock,
  Reference,
  Slide,
} from '../../../common/deck/schema';
import { warning, type Problem, type Result } from '../../../common/deck/problems';
import { readableInlineText, readablePlainText } from '../../../common/math/readable';
import { referenceMap } from '../../../common/render/citation';
import { textColumnBlocks } from '../../../common/render/fit';
import { notesForExport } from '../../../common/render/lecturer-only';
import { pagesUsed } from '../../../common/render/reference-parts';
import { styledReferences, type StyledReferences } from '../../../common/references/styled';
import { embedImages } from '../images';
import { svgToPng, type Png } from '../raster';
import { renderChartsForDeck } from '../render-static';
import type { ExportedFile } from '../types';
import { buildOrder, shownAt } from './build-steps';
import { nativeChart } from './charts';
import { loadTypesetter, type FormulaPicture, type Typesetter } from './formula';
import {
  bodyBox,
  columns,
  fitSize,
  SLIDE_WIDTH,
  slideHeight,
  stack,
  titleBox,
  type Box,
} from './geometry';
import {
  bulletParagraphs,
  citationRun,
  inlineRuns,
  plainRuns,
  quoteParagraphs,
  referenceParagraph,
  sized,
  textParagraphs,
  type Paragraph,
} from './text';
import { FONTS, PPTX_THEMES, type PptxTheme } from './theme';

export const PPTX_TYPE =
  'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** A references slide lists at most this many works; more continue on the next slide. */
const REFERENCES_PER_SLIDE = 10;

export interface PptxDeps {
  progress?: (step: string) => void;
  signal?: AbortSignal;
}

interface Context {
  pptx: PptxGenJS;
  deck: Deck;
  theme: PptxTheme;
  refs: Map<string, Reference>;
  styled: StyledReferences | undefined;
  pages: ReadonlyMap<string, string[]>;
  /** Images as data URLs by asset path (a missing one as a placeholder). */
  images: Map<string, string>;
  /** Charts PowerPoint cannot draw natively, as SVG by figure id. */
  chartSvg: Record<string, string>;
  /** Pictures drawn from SVG, by the SVG: a figure shown on several build-step slides is drawn once. */
  pngs: Map<string, Png>;
  /** MathJax, loaded only when the deck has a formula block. */
  typesetter: Typesetter | undefined;
  /** Formula blocks drawn (or the reason they could not be), by block id: once per export. */
  formulas: Map<string, FormulaPicture | Error>;
  /** The deck index of the slide being drawn, for warnings. */
  slideIndex: number;
  warnings: Problem[];
}

/** A formula block's em, in points: larger than the body text's 22, as display mathematics is. */
const FORMULA_PT = 28;

/** Exports `deck`, whose folder is `deckDir`, to the bytes of a .pptx file. */
export async function exportPptx(
  deck: Deck,
  deckDir: string,
  deps: PptxDeps = {},
): Promise<Result<ExportedFile>> {
  deps.signal?.throwIfAborted();
  const theme = PPTX_THEMES[deck.meta.theme];
  const pptx = new PptxGenJS();
  pptx.defineLayout({
    name: 'LECTERN',
    width: SLIDE_WIDTH,
    height: slideHeight(deck.meta.aspectRatio),
  });
  pptx.layout = 'LECTERN';
  pptx.title = deck.meta.title;
  if (deck.meta.author) pptx.author = deck.meta.author;
  if (deck.meta.course) pptx.subject = deck.meta.course;
  pptx.company = 'Lectern';
  pptx.theme = { headFontFace: FONTS.sans, bodyFontFace: FONTS.sans };

  const visible = deck.slides.filter((s) => !s.hidden);
  deps.progress?.(`building ${visible.length} PowerPoint slides`);
  const embedded = await embedImages(deck, deckDir);
  const warnings: Problem[] = [...embedded.warnings];
  // Only the charts PowerPoint cannot draw are drawn here (vega), each once.
  const isPicture = (b: Block) =>
    b.type === 'figure' &&
    b.figure.kind === 'chart' &&
    !nativeChart(b.figure.spec, bodyBox(deck.meta.aspectRatio), b.alt, theme);
  const pictured = deck.slides.map((s) =>
    s.hidden ? { ...s, blocks: [] } : { ...s, blocks: s.blocks.filter(isPicture) },
  );
  const failures: Parameters<typeof renderChartsForDeck>[2] = [];
  const chartSvg = pictured.some((s) => s.blocks.length)
    ? await renderChartsForDeck({ ...deck, slides: pictured }, deck.meta.theme, failures)
    : {};
  for (const f of failures)
    warnings.push(
      warning(
        `slides[${f.slideIndex}]`,
        `a chart could not be drawn (${f.what}); a placeholder was exported`,
      ),
    );
  const hasFormula = visible.some((s) =>
    s.blocks.some((b) => b.type === 'formula' && b.tex.trim()),
  );
  const typesetter = hasFormula ? await loadTypesetter() : undefined;
  const ctx: Context = {
    pptx,
    deck,
    theme,
    refs: referenceMap(deck.references),
    styled: styledReferences(deck),
    pages: pagesUsed(deck),
    images: embedded.url,
    chartSvg,
    pngs: new Map(),
    typesetter,
    formulas: new Map(),
    slideIndex: 0,
    warnings,
  };

  let count = 0;
  for (const slide of visible) {
    deps.signal?.throwIfAborted();
    ctx.slideIndex = deck.slides.indexOf(slide);
    count += addSlide(ctx, slide);
  }
  const written = (await pptx.write({ outputType: 'nodebuffer', compression: false })) as Buffer;
  const bytes = await repairPackage(written);
  deps.signal?.throwIfAborted();
  return {
    ok: true,
    value: {
      bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      type: PPTX_TYPE,
      count,
    },
    warnings,
  };
}

/** The notes page pptxgenjs's notes master is laid out for: 7.5 × 10 inches, portrait. */
const NOTES_SIZE = '<p:notesSz cx="6858000" cy="9144000"/>';

/**
 * Two repairs of what pptxgenjs writes; the package is compressed here, once.
 * - It writes a paragraph's properties again before every run after the first (with "no
 *   bullet" when the run has none), which the file format does not allow: LibreOffice then
 *   drops the bullet of any bullet with emphasis, and PowerPoint may offer to repair the file.
 *   Each paragraph keeps its first properties only.
 * - It sizes the notes page as the slide turned upright (5.6 inches wide for 16:9), while its
 *   notes master places the slide picture and the notes 7.5 inches wide: the notes ran off the
 *   page, cut mid-sentence in the printed notes. The page gets the master's size.
 */
async function repairPackage(pptx: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(pptx);
  const presentation = await zip.file('ppt/presentation.xml')!.async('string');
  zip.file('ppt/presentation.xml', presentation.replace(/<p:notesSz\b[^>]*\/>/, NOTES_SIZE));
  for (const name of Object.keys(zip.files).filter((n) =>
    /^ppt\/(?:slides\/slide|notesSlides\/notesSlide)\d+\.xml$/.test(n),
  )) {
    const xml = await zip.file(name)!.async('string');
    zip.file(
      name,
      xml.replace(
        /<a:p>([\s\S]*?)<\/a:p>/g,
        (_, inner: string) =>
          `<a:p>${inner.replace(/<a:pPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:pPr>)/g, (m: string, at: number) => (at === 0 ? m : ''))}</a:p>`,
      ),
    );
  }
  return zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
  });
}

/** Adds one deck slide (one PowerPoint slide per build step); returns how many were added. */
function addSlide(ctx: Context, slide: Slide): number {
  if (slide.layout === 'references') return addReferences(ctx, slide);
  const order = buildOrder(slide);
  // Formulas in the notes as linear text, as on the slide: the notes pane is plain text.
  const notes = readablePlainText(notesForExport(slide.notes).trim());
  for (let k = 0; k <= order.steps; k++) {
    const s = ctx.pptx.addSlide();
    s.background = {
      color: slide.layout === 'section' ? ctx.theme.sectionBackground : ctx.theme.background,
    };
    const shown = (id: string) => shownAt(order, id, k);
    if (slide.layout === 'title' || slide.layout === 'section')
      drawTitleSlide(ctx, s, slide, shown);
    else drawContent(ctx, s, slide, shown);
    const stepNote = order.steps ? `Build step ${k + 1} of ${order.steps + 1}.` : '';
    const all = [notes, stepNote].filter(Boolean).join('\n\n');
    if (all) s.addNotes(all);
  }
  return order.steps + 1;
}

function drawTitle(ctx: Context, s: PptxGenJS.Slide, text: string): void {
  const box = titleBox(ctx.deck.meta.aspectRatio);
  // Counted as PowerPoint sets it: a formula as its linear text.
  const chars = readableInlineText(text).length;
  const size = fitSize([{ chars, scale: 1, indent: 0 }], box, 28, 18);
  s.addText(
    sized(
      [
        {
          // Emphasis and links as on the slide; a formula as its linear text (text.ts).
          runs: inlineRuns(
            text,
            { fontFace: FONTS.sans, bold: true, color: ctx.theme.heading },
            ctx.theme,
          ),
          para: { chars, scale: 1, indent: 0 },
        },
      ],
      size,
    ),
    {
      ...box,
      valign: 'bottom',
      margin: 0,
      fit: 'shrink',
    },
  );
  // The rule under the title band, as on the slide.
  s.addShape('line', {
    x: box.x,
    y: box.y + box.h + 0.08,
    w: box.w,
    h: 0,
    line: { color: ctx.theme.rule, width: 1 },
  });
}

function drawTitleSlide(
  ctx: Context,
  s: PptxGenJS.Slide,
  slide: Slide,
  shown: (id: string) => boolean,
): void {
  const { meta } = ctx.deck;
  const H = slideHeight(meta.aspectRatio);
  const isTitle = slide.layout === 'title';
  const title = slide.title || (isTitle ? meta.title : '');
  const subtitle = slide.subtitle ?? (isTitle ? meta.subtitle : undefined);
  const byline = isTitle ? [meta.author, meta.course, meta.date].filter(Boolean).join(' · ') : '';
  const x = 0.8;
  const w = SLIDE_WIDTH - 1.6;
  const top = H * (isTitle ? 0.28 : 0.34);
  // The accent bar above the title, as the theme draws it.
  s.addShape('rect', {
    x,
    y: top - 0.25,
    w: 0.8,
    h: 0.06,
    fill: { color: ctx.theme.accent },
    line: { color: ctx.theme.accent, width: 0 },
  });
  const titleSize = fitSize(
    [{ chars: readableInlineText(title).length, scale: 1, indent: 0 }],
    { x, y: top, w, h: 1.4 },
    isTitle ? 40 : 34,
    24,
  );
  s.addText(inlineRuns(title, {}, ctx.theme), {
    x,
    y: top,
    w,
    h: 1.4,
    fontFace: FONTS.sans,
    fontSize: titleSize,
    bold: true,
    color: ctx.theme.heading,
    valign: 'bottom',
    margin: 0,
    fit: 'shrink',
  });
  let y = top + 1.5;
  if (subtitle) {
    s.addText(inlineRuns(subtitle, {}, ctx.theme), {
      x,
      y,
      w,
      h: 0.6,
      fontFace: FONTS.sans,
      fontSize: 20,
      color: ctx.theme.muted,
      valign: 'top',
      margin: 0,
      fit: 'shrink',
    });
    y += 0.7;
  }
  if (byline) {
    s.addText(byline, {
      x,
      y,
      w,
      h: 0.4,
      fontFace: FONTS.sans,
      fontSize: 14,
      color: ctx.theme.muted,
      valign: 'top',
      margin: 0,
    });
    y += 0.5;
  }
  if (slide.blocks.length)
    drawBlocks(ctx, s, slide.blocks, { x, y, w, h: Math.max(0.5, H - y - 0.35) }, shown);
}

function drawContent(
  ctx: Context,
  s: PptxGenJS.Slide,
  slide: Slide,
  shown: (id: string) => boolean,
): void {
  drawTitle(ctx, s, slide.title);
  const aspect = ctx.deck.meta.aspectRatio;
  const figures = slide.blocks.filter((b): b is FigureBlock => b.type === 'figure');
  if ((slide.layout === 'bullets-figure' || slide.layout === 'figure') && figures.length) {
    const text = textColumnBlocks(slide);
    const area = columns(slide.layout, aspect, text.length > 0);
    if (area.text) drawBlocks(ctx, s, text, area.text, shown);
    stack(
      area.figure,
      figures.map(() => 1),
    ).forEach((box, i) => {
      if (shown(figures[i]!.id)) drawFigure(ctx, s, figures[i]!, box);
    });
    return;
  }
  drawBlocks(ctx, s, slide.blocks, bodyBox(aspect), shown);
}

/** How much room a block asks for, relative to the others in its column. */
function weight(block: Block): number {
  switch (block.type) {
    case 'figure':
      return 4;
    case 'bullets':
      return 1 + block.items.length * 0.6;
    case 'text':
    case 'quote':
      return 1 + block.text.length / 120;
    case 'references':
      return 1 + block.refs.length * 0.5;
    case 'formula':
      return 1.5;
  }
}

/** Blocks from top to bottom in `box`; each text block's size is fitted to its part. */
function drawBlocks(
  ctx: Context,
  s: PptxGenJS.Slide,
  blocks: readonly Block[],
  box: Box,
  shown: (id: string) => boolean,
): void {
  const parts = stack(box, blocks.map(weight));
  blocks.forEach((block, i) => {
    const part = parts[i]!;
    if (block.type === 'figure') {
      if (shown(block.id)) drawFigure(ctx, s, block, part);
      return;
    }
    if (block.type !== 'bullets' && !shown(block.id)) return;
    if (block.type === 'formula' && drawFormula(ctx, s, block, part)) return;
    const paragraphs = blockParagraphs(ctx, block, shown);
    if (!paragraphs.length) return;
    if (block.type === 'quote') {
      // The accent rule at the quote's left, as on the slide.
      s.addShape('rect', {
        x: part.x,
        y: part.y + 0.05,
        w: 0.06,
        h: part.h - 0.1,
        fill: { color: ctx.theme.accent },
        line: { color: ctx.theme.accent, width: 0 },
      });
      const inner = { ...part, x: part.x + 0.25, w: part.w - 0.25 };
      s.addText(
        sized(
          paragraphs,
          fitSize(
            paragraphs.map((p) => p.para),
            inner,
            26,
          ),
        ),
        { ...inner, valign: 'middle', margin: 0, fit: 'shrink' },
      );
      return;
    }
    s.addText(
      sized(
        paragraphs,
        fitSize(
          paragraphs.map((p) => p.para),
          part,
          22,
        ),
      ),
      { ...part, valign: 'top', margin: 0, fit: 'shrink' },
    );
  });
}

function blockParagraphs(ctx: Context, block: Block, shown: (id: string) => boolean): Paragraph[] {
  switch (block.type) {
    case 'bullets':
      return bulletParagraphs(block.items, {
        theme: ctx.theme,
        cites: ctx,
        shown: (item) => shown(item.id),
      });
    case 'text':
      return textParagraphs(block.text, block.citations, ctx, ctx.theme);
    case 'quote':
      return quoteParagraphs(block.text, block.attribution, block.citations, ctx, ctx.theme);
    case 'references':
      return block.refs
        .map((id) => ctx.refs.get(id))
        .filter((r): r is Reference => r !== undefined)
        .map((r) => referenceParagraph(r, ctx.pages.get(r.id) ?? [], ctx.theme, ctx.styled));
    case 'figure':
      return [];
    case 'formula':
      // Where it is not a picture (the references slide; a formula MathJax cannot read): the TeX as written, then the caption.
      return textParagraphs(
        [`$$${block.tex.trim()}$$`, block.caption ?? '']
          .filter((t) => t !== '$$$$' && t !== '')
          .join('\n\n'),
        block.citations,
        ctx,
        ctx.theme,
      );
  }
}

/**
 * A formula block in `box` as a picture (alt text: its TeX), centred, at its own size or
 * smaller when the box is smaller, with its caption and citation below as text. Returns false
 * when it is not drawn so (no formula, or one MathJax cannot read, which is warned about
 * once): the caller writes its TeX as text.
 */
function drawFormula(ctx: Context, s: PptxGenJS.Slide, block: FormulaBlock, box: Box): boolean {
  const tex = block.tex.trim();
  if (!tex || !ctx.typesetter) return false;
  let picture = ctx.formulas.get(block.id);
  if (!picture) {
    try {
      picture = ctx.typesetter.draw(tex, {
        display: true,
        sizePt: FORMULA_PT,
        color: ctx.theme.text,
      });
    } catch (e) {
      picture = e instanceof Error ? e : new Error(String(e));
      const where = `slides[${ctx.slideIndex}].blocks[${ctx.deck.slides[ctx.slideIndex]?.blocks.indexOf(block) ?? 0}].tex`;
      ctx.warnings.push(
        warning(
          where,
          `slide ${ctx.slideIndex + 1}: the formula "${tex}" could not be typeset (${picture.message}); PowerPoint gets its TeX as text`,
        ),
      );
    }
    ctx.formulas.set(block.id, picture);
  }
  if (picture instanceof Error) return false;
  const caption = block.caption?.trim()
    ? textParagraphs(block.caption, block.citations, ctx, ctx.theme, { color: ctx.theme.muted })
    : [];
  const cited =
    !caption.length && block.citations.length
      ? [
          {
            runs: citationRun(
              block.citations,
              ctx,
              { fontFace: FONTS.sans, color: ctx.theme.muted },
              ctx.theme,
            ),
            para: { chars: 4, scale: 1, indent: 0 },
          },
        ]
      : [];
  const below = [...caption, ...cited];
  const captionH = below.length ? Math.min(0.7, box.h * 0.3) : 0;
  const media: Box = { ...box, h: box.h - captionH };
  const w = picture.widthPt / 72;
  const h = picture.heightPt / 72;
  const scale = Math.min(1, media.w / w, media.h / h);
  s.addImage({
    data: `image/png;base64,${picture.bytes.toString('base64')}`,
    x: media.x + (media.w - w * scale) / 2,
    y: media.y + (media.h - h * scale) / 2,
    w: w * scale,
    h: h * scale,
    altText: tex,
  });
  if (below.length) {
    const area: Box = { x: box.x, y: media.y + media.h, w: box.w, h: captionH };
    s.addText(
      sized(
        below,
        fitSize(
          below.map((p) => p.para),
          area,
          16,
          10,
        ),
      ),
      { ...area, align: 'center', valign: 'top', margin: 0, fit: 'shrink' },
    );
  }
  return true;
}

/** A figure in `box`: the chart or image above, its caption, credit line and citation below. */
function drawFigure(ctx: Context, s: PptxGenJS.Slide, block: FigureBlock, box: Box): void {
  const captionRuns = [
    ...(block.caption
      ? plainRuns(block.caption, { fontFace: FONTS.sans, color: ctx.theme.muted })
      : []),
    ...(block.source
      ? [
          {
            text: `${block.caption ? ' ' : ''}${block.source}`,
            options: { fontFace: FONTS.sans, color: ctx.theme.muted, italic: true },
          },
        ]
      : []),
    ...citationRun(
      block.citations,
      ctx,
      { fontFace: FONTS.sans, color: ctx.theme.muted },
      ctx.theme,
    ),
  ];
  const captionH = captionRuns.length ? Math.min(0.6, box.h * 0.2) : 0;
  const media: Box = { ...box, h: box.h - captionH };
  if (captionRuns.length) {
    s.addText(
      captionRuns.map((r) => ({ ...r, options: { ...r.options, fontSize: 12 } })),
      {
        x: box.x,
        y: box.y + media.h,
        w: box.w,
        h: captionH,
        valign: 'top',
        margin: 0,
        fit: 'shrink',
      },
    );
  }
  const fig = block.figure;
  if (fig.kind === 'chart') {
    const native = nativeChart(fig.spec, media, block.alt, ctx.theme);
    if (native) {
      s.addChart(native.type, native.data, native.options);
      return;
    }
    const svg = ctx.chartSvg[block.id];
    if (!svg) {
      s.addText('This chart could not be drawn.', {
        ...media,
        color: ctx.theme.muted,
        fontFace: FONTS.sans,
        fontSize: 14,
        align: 'center',
        valign: 'middle',
      });
      return;
    }
    const png = drawn(ctx, svg);
    addPicture(
      s,
      `image/png;base64,${png.bytes.toString('base64')}`,
      png.width,
      png.height,
      media,
      block.alt,
    );
    return;
  }
  const url = ctx.images.get(fig.asset);
  if (!url) return;
  const [head, base64] = url.slice('data:'.length).split(',', 2) as [string, string];
  if (head.startsWith('image/svg+xml')) {
    const png = drawn(ctx, Buffer.from(base64, 'base64').toString('utf8'));
    addPicture(
      s,
      `image/png;base64,${png.bytes.toString('base64')}`,
      png.width,
      png.height,
      media,
      block.alt,
    );
    return;
  }
  const size = imageSize(Buffer.from(base64, 'base64'));
  addPicture(
    s,
    `${head},${base64}`,
    size.width ?? media.w,
    size.height ?? media.h,
    media,
    block.alt,
  );
}

/** `svg` as a PNG, drawn once per export. */
function drawn(ctx: Context, svg: string): Png {
  let png = ctx.pngs.get(svg);
  if (!png) ctx.pngs.set(svg, (png = svgToPng(svg)));
  return png;
}

/** An image of `width`×`height` pixels, as large as fits in `box` with its shape, centred. */
function addPicture(
  s: PptxGenJS.Slide,
  data: string,
  width: number,
  height: number,
  box: Box,
  alt: string,
): void {
  const scale = Math.min(box.w / width, box.h / height);
  const w = width * scale;
  const h = height * scale;
  s.addImage({ data, x: box.x + (box.w - w) / 2, y: box.y + (box.h - h) / 2, w, h, altText: alt });
}

/** A references slide: its works in groups that fit, each group its own slide. */
function addReferences(ctx: Context, slide: Slide): number {
  const listed = slide.blocks.find((b) => b.type === 'references');
  const ids = listed?.type === 'references' ? listed.refs : ctx.deck.references.map((r) => r.id);
  const styled = ctx.styled;
  const ordered = styled ? [...ids].sort((a, b) => styled.sortKey(a) - styled.sortKey(b)) : ids;
  const works = ordered
    .map((id) => ctx.refs.get(id))
    .filter((r): r is Reference => r !== undefined);
  const others = slide.blocks.filter((b) => b.type !== 'references');
  const groups: Reference[][] = [];
  for (let i = 0; i < works.length; i += REFERENCES_PER_SLIDE)
    groups.push(works.slice(i, i + REFERENCES_PER_SLIDE));
  if (!groups.length) groups.push([]);
  const notes = readablePlainText(notesForExport(slide.notes).trim());
  groups.forEach((group, g) => {
    const s = ctx.pptx.addSlide();
    s.background = { color: ctx.theme.background };
    drawTitle(
      ctx,
      s,
      g === 0 ? slide.title || 'References' : `${slide.title || 'References'} (continued)`,
    );
    const body = bodyBox(ctx.deck.meta.aspectRatio);
    const paragraphs = [
      ...(g === 0 ? others.flatMap((b) => blockParagraphs(ctx, b, () => true)) : []),
      ...group.map((r) => referenceParagraph(r, ctx.pages.get(r.id) ?? [], ctx.theme, ctx.styled)),
    ];
    if (paragraphs.length)
      s.addText(
        sized(
          paragraphs,
          fitSize(
            paragraphs.map((p) => p.para),
            body,
            18,
          ),
        ),
        { ...body, valign: 'top', margin: 0, fit: 'shrink' },
      );
    if (notes && g === 0) s.addNotes(notes);
  });
  return groups.length;
}
