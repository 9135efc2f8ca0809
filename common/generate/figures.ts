/**
 * Figure slides from the reading's own images: one `figure` slide per image the importer
 * could store (it set `asset`), with the reading's caption, alt text and citations, placed
 * right after the slide that covers the text the image stands after. Caption paragraphs are
 * the figure's text, so they are kept off bullet slides and out of charts.
 */
import type { Citation, Slide } from '../deck/schema';
import type { Section, Sentence, SourceFigure } from '../source/model';
import { passage } from './notes';
import { sectionSlides, type SectionContext } from './slides';
import { clip } from './text';

/** A slide title makes one point; longer caption phrases are cut back to their head. */
const MAX_TITLE_WORDS = 8;

/** The section without its caption paragraphs: what bullets, quotes and charts are made from. */
export function withoutCaptions(section: Section): Section {
  const captions = new Set((section.figures ?? []).map((f) => f.captionParagraph).filter(Boolean));
  if (!captions.size) return section;
  return { ...section, paragraphs: section.paragraphs.filter((p) => !captions.has(p.id)) };
}

/**
 * `slides` (the section's generated slides, in order) with a figure slide for each stored
 * image of the section inserted where the image stands in the reading.
 */
export function placeFigures(
  section: Section,
  slides: readonly Slide[],
  ctx: SectionContext,
): Slide[] {
  const out = [...slides];
  const order = new Map<string, number>();
  for (const p of section.paragraphs) for (const s of p.sentences) order.set(s.id, order.size);
  const lastOf = new Map(
    section.paragraphs.map((p) => [p.id, order.get(p.sentences[p.sentences.length - 1]!.id) ?? -1]),
  );
  const ours = new Set<string>();
  let n = 0;
  for (const figure of section.figures ?? []) {
    if (!figure.asset) continue;
    const slide = figureSlide(figure, section, `${ctx.prefix}img${++n}`, ctx);
    const anchor = figure.after ? (lastOf.get(figure.after) ?? -1) : -1;
    // After the last slide whose text starts before the image; figures placed there keep their order.
    let at = 0;
    out.forEach((s, i) => {
      if (ours.has(s.id) || s.layout === 'figure') return;
      const first = Math.min(
        ...(s.provenance?.sentences ?? []).map((id) => order.get(id) ?? Infinity),
      );
      if (first <= anchor) at = i + 1;
    });
    while (at < out.length && ours.has(out[at]!.id)) at++;
    out.splice(at, 0, slide);
    ours.add(slide.id);
  }
  return out;
}

function figureSlide(
  figure: SourceFigure,
  section: Section,
  id: string,
  ctx: SectionContext,
): Slide {
  const sentences: Sentence[] =
    section.paragraphs.find((p) => p.id === figure.captionParagraph)?.sentences ?? [];
  const caption = figure.caption || figure.alt;
  const provenance = sentences.length
    ? { provenance: { source: ctx.sourceId, sentences: sentences.map((s) => s.id) } }
    : {};
  return {
    id,
    layout: 'figure',
    title: clip(
      uniqueTitle(
        figureTitle(shortTitle(figure.title) ?? caption, figure.label),
        figure.label,
        ctx.titles,
      ),
      200,
    ),
    blocks: [
      {
        type: 'figure',
        id: `${id}-b1`,
        figure: { kind: 'image', asset: `assets/${figure.asset}` },
        caption: clip(caption, 300),
        // Alt text describes the image; without a description of its own the caption is the best there is.
        alt: (figure.alt || caption || '').slice(0, 5000),
        citations: cite(figure, ctx),
        ...provenance,
      },
    ],
    notes: sentences.length ? passage(sentences) : '',
    ...provenance,
  };
}

/** The image's own title when it is short enough to head a slide; a long one is read like a caption. */
function shortTitle(title: string | undefined): string | undefined {
  const t = title?.replace(/[.\s]+$/, '').trim();
  return t && t.split(/\s+/).length <= MAX_TITLE_WORDS ? t : undefined;
}

function cite(figure: SourceFigure, ctx: SectionContext): Citation[] {
  const out: Citation[] = [];
  const seen = new Set<string>();
  for (const c of figure.citations) {
    const cited = ctx.refs.cite(c);
    const key = `${cited.ref}|${cited.pages ?? ''}`;
    if (!seen.has(key) && out.length < 50) out.push(cited);
    seen.add(key);
  }
  return out;
}

/** Prepositions that start a trailing phrase a title can lose. */
const PREPOSITIONS =
  /\s+(?:in|of|for|by|from|to|at|on|with|across|along|among|around|against|beside|between|near|through|within|during|after|before|under|over|per|versus|vs\.)\s+/gi;
const AND = /\s+and\s+/gi;

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/**
 * A short headline from the caption's first phrase: "Wheat yields in the Punjab, 1960–1990"
 * → "Wheat yields in the Punjab". A longer phrase loses trailing prepositional phrases, then
 * its articles (as headlines do), and only then what follows an "and", so the title is never
 * cut mid-phrase; with no caption, the reading's label.
 */
export function figureTitle(caption: string, label?: string): string {
  let title = caption
    .split(/\s*(?::|;|,|\(|\s[–—-]\s|\.\s)\s*/)[0]!
    .replace(/[.\s]+$/, '')
    .trim();
  title = cutBack(title, PREPOSITIONS);
  if (words(title) > MAX_TITLE_WORDS) title = title.replace(/\b(?:the|a|an)\s+/gi, '');
  title = cutBack(title, AND);
  if (words(title) > MAX_TITLE_WORDS) title = '';
  if (!title) return label ? `${label} of the reading` : 'A figure from the reading';
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/** `text` cut before its last `links` word until it has at most MAX_TITLE_WORDS words. */
function cutBack(text: string, links: RegExp): string {
  let title = text;
  while (words(title) > MAX_TITLE_WORDS) {
    // A cut that would leave a single word ("Photograph") says less than no title;
    // "side by side", "year by year" are one phrase, never a place to cut.
    const cuts = [...title.matchAll(links)]
      .filter((m) => words(title.slice(0, m.index)) >= 2 && !twin(title, m.index!, m[0].length))
      .map((m) => m.index!);
    if (!cuts.length) break;
    title = title.slice(0, cuts[cuts.length - 1]);
  }
  return title;
}

/** True when the link word at `at` stands between the same word twice ("side by side"). */
function twin(text: string, at: number, length: number): boolean {
  const before = /(\S+)$/.exec(text.slice(0, at))?.[1];
  const after = /^(\S+)/.exec(text.slice(at + length))?.[1];
  return before !== undefined && before.toLowerCase() === after?.toLowerCase();
}

function uniqueTitle(title: string, label: string | undefined, used: Set<string>): string {
  let out = title;
  if (used.has(out.toLowerCase()) && label) out = `${title} (${label})`;
  for (let n = 2; used.has(out.toLowerCase()); n++) out = `${title} (${n})`;
  used.add(out.toLowerCase());
  return out;
}

/** The section's slides (from `sectionSlides`, which never sees caption paragraphs) with its figure slides in place. */
export function sectionSlidesWithFigures(section: Section, ctx: SectionContext): Slide[] {
  return placeFigures(section, sectionSlides(withoutCaptions(section), ctx), ctx);
}
