/**
 * A stand-in static slide renderer: the deck's slides as plain, escaped HTML, used until the
 * shared slide component's server-side render (main/export/render-static.ts) is wired in.
 * Every slide has its title as a heading (h1 on title slides, h2 elsewhere) so the PDF
 * outline and a screen reader's heading list are the slide titles.
 */
import type { Block, BulletItem, Citation, Deck, Reference, Slide } from '../../common/deck/schema';
import { escapeHtml as e } from './escape';
import { inlineHtml } from './inline-text';

export interface RenderInputs {
  deck: Deck;
  /** data: URL by asset path. */
  images: Map<string, string>;
  /** Inline SVG by chart block id. */
  charts: Map<string, string>;
}

/** The plain-text title of a slide as exports show it; never empty. */
export function slideTitle(deck: Deck, slide: Slide, index: number): string {
  if (slide.title.trim()) return slide.title;
  if (slide.layout === 'title') return deck.meta.title;
  return `Slide ${index + 1}`;
}

function cites(citations: Citation[], refs: Map<string, Reference>): string {
  if (!citations.length) return '';
  const text = citations.map((c) => `${refs.get(c.ref)?.label ?? c.ref}${c.pages ? ` (${c.pages})` : ''}`).join(', ');
  return ` <span class="lx-cite">${e(text)}</span>`;
}

function frag(on: boolean | undefined): string {
  return on ? ' class="fragment"' : '';
}

function items(list: BulletItem[], refs: Map<string, Reference>): string {
  return `<ul>${list
    .map((it) => `<li${frag(it.fragment)}>${inlineHtml(it.text)}${cites(it.citations, refs)}${it.children.length ? items(it.children, refs) : ''}</li>`)
    .join('')}</ul>`;
}

function paragraphs(text: string): string {
  return text.split(/\n{2,}/).map((p) => `<p>${e(p)}</p>`).join('');
}

function block(b: Block, x: RenderInputs, refs: Map<string, Reference>): string {
  switch (b.type) {
    case 'bullets':
      return items(b.items, refs);
    case 'text':
      return `<div class="lx-text${b.fragment ? ' fragment' : ''}">${paragraphs(b.text)}${cites(b.citations, refs)}</div>`;
    case 'quote':
      return `<blockquote${frag(b.fragment)}>${paragraphs(b.text)}${b.attribution ? `<footer>— ${e(b.attribution)}</footer>` : ''}${cites(b.citations, refs)}</blockquote>`;
    case 'figure': {
      const caption = b.caption || b.source ? `<figcaption>${e(b.caption)}${b.source ? ` <span class="lx-source">${e(b.source)}</span>` : ''}${cites(b.citations, refs)}</figcaption>` : '';
      const body =
        b.figure.kind === 'image'
          ? `<img src="${e(x.images.get(b.figure.asset) ?? '')}" alt="${e(b.alt)}">`
          : `<div class="lx-chart" role="img" aria-label="${e(b.alt || b.caption || 'Chart')}">${x.charts.get(b.id) ?? ''}</div>`;
      return `<figure${frag(b.fragment)}>${body}${caption}</figure>`;
    }
    case 'references': {
      const list = b.refs.map((id) => refs.get(id)).filter((r): r is Reference => r !== undefined);
      return `<ol class="lx-refs">${list.map((r) => `<li><span class="lx-ref-label">${e(r.label)}</span> ${e(r.text || 'details missing')}</li>`).join('')}</ol>`;
    }
  }
}

/** Static markup of one slide's content (the caller wraps it in its `<section>`). */
export function renderSlideContent(x: RenderInputs, slide: Slide, index: number): string {
  const refs = new Map(x.deck.references.map((r) => [r.id, r]));
  const h = slide.layout === 'title' ? 'h1' : 'h2';
  const hidden = slide.title.trim() || slide.layout === 'title' ? '' : ' lx-sr-only';
  const title = `<${h} class="lx-title${hidden}">${e(slideTitle(x.deck, slide, index))}</${h}>`;
  const subtitle = slide.subtitle ? `<p class="lx-subtitle">${e(slide.subtitle)}</p>` : '';
  const body = slide.blocks.map((b) => block(b, x, refs)).join('');
  return `<div class="lx-slide lx-layout-${slide.layout}">${title}${subtitle}<div class="lx-body">${body}</div></div>`;
}
