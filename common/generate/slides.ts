/**
 * The slides of one section: content slides of at most six bullets, a quote slide per direct
 * quotation, a figure where the numbers compare, each with provenance and speaker notes that
 * hold the source passage (and what was left out as a garbled repeat).
 */
import type { BulletItem, Citation, Slide } from '../deck/schema';
import type { Section, Sentence } from '../source/model';
import type { ReferenceIndex } from './references';
import { chartFor } from './chart';
import { clip, condense } from './text';

export const MAX_BULLETS = 6;
/** A quotation taking up this share of its sentence gets a quote slide instead of bullets. */
const QUOTE_SHARE = 0.4;

export interface SectionContext {
  sourceId: string;
  refs: ReferenceIndex;
  /** Prefix for slide ids, so a single deck of many sections keeps ids unique. */
  prefix: string;
}

interface Pending {
  items: BulletItem[];
  sentences: Sentence[];
  dropped: Sentence[];
}

const citeAll = (ctx: SectionContext, sentences: readonly Sentence[]): Citation[] => {
  const out: Citation[] = [];
  const seen = new Set<string>();
  for (const s of sentences) {
    for (const c of s.citations) {
      const cite = ctx.refs.cite(c);
      const key = `${cite.ref}|${cite.pages ?? ''}`;
      if (!seen.has(key) && out.length < 50) out.push(cite);
      seen.add(key);
    }
  }
  return out;
};

/** One line per sentence for the speaker notes: "s1.1.3: text". */
export function passage(sentences: readonly Sentence[], dropped: readonly Sentence[] = []): string {
  const lines = ['From the reading:', ...sentences.map((s) => `${s.id}: ${s.text}`)];
  for (const d of dropped) lines.push('', `Left out as a garbled repeat of ${d.duplicateOf}: ${d.id}: ${d.text}`);
  return lines.join('\n');
}

/** The content, quote and figure slides of a section. */
export function sectionSlides(section: Section, ctx: SectionContext): Slide[] {
  const slides: Slide[] = [];
  let pending: Pending = { items: [], sentences: [], dropped: [] };
  let contentNo = 0;
  let quoteNo = 0;
  const flush = () => {
    // Nothing to show yet: a dropped repeat waits for the next slide's notes.
    if (pending.items.length === 0) return;
    contentNo++;
    const id = `${ctx.prefix}c${contentNo}`;
    slides.push({
      id,
      layout: 'bullets',
      title: clip(contentNo === 1 ? section.title : `${section.title} (continued)`, 200),
      blocks: [{ type: 'bullets', id: `${id}-b1`, items: pending.items.map((item, i) => ({ ...item, id: `${id}-i${i + 1}` })) }],
      notes: passage(pending.sentences, pending.dropped),
      provenance: { source: ctx.sourceId, sentences: pending.sentences.map((s) => s.id).slice(0, 500) },
    });
    pending = { items: [], sentences: [], dropped: [] };
  };

  for (const paragraph of section.paragraphs) {
    for (const sentence of paragraph.sentences) {
      if (sentence.duplicateOf) {
        pending.dropped.push(sentence);
        continue;
      }
      // A sentence that is itself one quotation is a quoted report: content, not a voice.
      const whole = /^["“][^"“”]*["”][.!?]?$/.test(sentence.text);
      const quote = whole ? undefined : sentence.quotes.find((q) => q.text.length / Math.max(1, sentence.text.length) >= QUOTE_SHARE);
      if (quote) {
        flush();
        quoteNo++;
        const id = `${ctx.prefix}q${quoteNo}`;
        const when = sentence.facts.find((f) => (f.kind === 'date' || f.kind === 'year') && !quote.text.includes(f.raw));
        const attribution = [quote.attribution, when?.raw].filter(Boolean).join(', ');
        const notes = [passage([sentence], pending.dropped)];
        if (quote.dropped) notes.push('', `Left out of the quotation as a garbled repeat: "${quote.dropped}"`);
        pending.dropped = [];
        slides.push({
          id,
          layout: 'quote',
          title: clip(quote.attribution ? `In the words of ${quote.attribution}` : section.title, 200),
          blocks: [{
            type: 'quote',
            id: `${id}-b1`,
            text: quote.clean ?? quote.text,
            ...(attribution ? { attribution: clip(attribution, 300) } : {}),
            citations: citeAll(ctx, [sentence]),
            provenance: { source: ctx.sourceId, sentences: [sentence.id] },
          }],
          notes: notes.join('\n'),
          provenance: { source: ctx.sourceId, sentences: [sentence.id] },
        });
        continue;
      }
      const text = whole ? sentence.text.replace(/^["“]|["”]$/g, '') : sentence.text;
      const bullets = condense(text).slice(0, MAX_BULLETS);
      if (pending.items.length + bullets.length > MAX_BULLETS) flush();
      for (const b of bullets) {
        pending.items.push({
          id: 'x',
          text: clip(b, 300),
          children: [],
          citations: citeAll(ctx, [sentence]),
          provenance: { source: ctx.sourceId, sentences: [sentence.id] },
        });
      }
      pending.sentences.push(sentence);
    }
    if (pending.items.length >= 4) flush();
  }
  flush();
  const last = slides[slides.length - 1];
  if (pending.dropped.length && last) last.notes += '\n\n' + passage([], pending.dropped).replace(/^From the reading:\n/, '');

  const usable = section.paragraphs.flatMap((p) => p.sentences).filter((s) => !s.duplicateOf);
  const chart = chartFor(usable);
  if (chart) {
    const id = `${ctx.prefix}fig1`;
    const used = usable.filter((s) => chart.sentences.includes(s.id));
    slides.push({
      id,
      layout: 'figure',
      title: clip(chart.caption, 200),
      blocks: [{
        type: 'figure',
        id: `${id}-b1`,
        figure: { kind: 'chart', spec: chart.spec },
        caption: clip(chart.caption, 300),
        alt: chart.alt.slice(0, 5000),
        citations: citeAll(ctx, used),
        provenance: { source: ctx.sourceId, sentences: chart.sentences },
      }],
      notes: passage(used),
      provenance: { source: ctx.sourceId, sentences: chart.sentences },
    });
  }
  return slides;
}
