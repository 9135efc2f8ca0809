/**
 * Speaker notes for speaking from: two or three talking points for the slide, then the
 * passage it came from as the reading has it. Sentence ids and clean-up remarks (a garbled
 * repeat left out) stay out: they are in the slide's provenance, which the Check tab and the
 * source pane read.
 */
import type { Reference, Slide } from '../deck/schema';
import type { Sentence } from '../source/model';
import { formatCitations } from '../render/citation';
import { isStatement } from './nlp/clauses';
import { clip } from './text';

const paragraphOf = (id: string) => /^(.*)\.\d+$/.exec(id)?.[1] ?? id;

/**
 * The source passage of a slide: its sentences as prose, a blank line between paragraphs.
 * Sentences that garble or repeat a neighbour are left out here as on the slide.
 * `dropped` and `extra` are accepted from older callers and ignored: the garbled repeats they
 * name are recorded in provenance, not read aloud.
 */
export function passage(
  sentences: readonly Sentence[],
  dropped: readonly Sentence[] = [],
  extra: readonly string[] = [],
): string {
  void dropped;
  void extra;
  const paragraphs: string[][] = [];
  let last: string | undefined;
  for (const s of sentences) {
    if (s.duplicateOf) continue;
    const p = paragraphOf(s.id);
    if (p !== last || !paragraphs.length) paragraphs.push([]);
    paragraphs[paragraphs.length - 1]!.push(s.text);
    last = p;
  }
  return paragraphs.map((p) => p.join(' ')).join('\n\n');
}

/** Notes from talking points and a passage: "Talking points:" as a list, then "From the reading:". */
export function speakerNotes(points: readonly string[], from: string): string {
  const parts: string[] = [];
  if (points.length) parts.push(['Talking points:', ...points.map((p) => `• ${p}`)].join('\n'));
  if (from.trim()) parts.push(`From the reading:\n${from.trim()}`);
  return parts.join('\n\n');
}

const endStop = (s: string) => (/[.!?…]["”’)]?$/.test(s) ? s : `${s}.`);
const plain = (s: string) => s.replace(/[*_`]/g, '').trim();
/** The data sentence of an alt text, without "Line chart of" or "Timeline," (said, not seen). */
const dataOf = (alt: string) =>
  plain(alt)
    .split(/\.\s+(?=[\p{Lu}"“])/u)[0]!
    .replace(
      /^(?:(?:bar|line|column|pie|dot|scatter)\s+chart|chart|timeline)(?:\s+of)?[:,]?\s*/i,
      '',
    )
    .replace(/^\p{Ll}/u, (c) => c.toUpperCase());
/** Share of the title's words (three letters or more) that `text` also has. */
const overlap = (title: string, text: string) => {
  const words = (t: string) =>
    plain(t)
      .toLowerCase()
      .match(/\p{L}{3,}/gu) ?? [];
  const have = new Set(words(text));
  const want = words(title);
  return want.length ? want.filter((w) => have.has(w)).length / want.length : 0;
};
const numbers = (s: string) => (s.match(/\d[\d,.]*/g) ?? []).length;

/**
 * Two or three things to say about a slide, from what it shows: its point, the evidence to
 * stress with its source (or, for a quotation, what to ask the class about the deck's topic),
 * and the step to the next slide. Nothing is invented: every point
 * restates the slide's own title, bullets, quote or caption.
 */
export function talkingPoints(
  slide: Slide,
  refs: ReadonlyMap<string, Reference>,
  next?: Slide,
  topic?: string,
): string[] {
  const points: string[] = [];
  const cite = (citations: Parameters<typeof formatCitations>[0]) =>
    formatCitations(citations, refs)?.text;
  const block = slide.blocks[0];
  if (slide.layout === 'quote' && block?.type === 'quote') {
    points.push(
      block.attribution
        ? `Read the quotation aloud, then say who said it: ${plain(block.attribution)}.`
        : 'Read the quotation aloud, then say where it comes from.',
    );
    if (topic)
      points.push(`Ask the class what it says about this part's theme: ${endStop(plain(topic))}`);
  } else if (block?.type === 'figure') {
    if (block.caption) points.push(`What the figure shows: ${endStop(plain(block.caption))}`);
    const source = cite(block.citations);
    if (source) points.push(`Name the source of the figure: ${source}.`);
    // The alt text states the data: said aloud, it reaches everyone in the room.
    else if (block.alt && block.alt !== block.caption)
      points.push(`Read out the data: ${endStop(clip(dataOf(block.alt), 240))}`);
  } else {
    // A bullet that leads into the ones under it ("Stalin had told the Americans:") is said
    // with each of them, so no talking point ends on a colon; a lead into a list ("with the
    // help of:" over "Germany, France …") is read as one sentence, as the title logic reads it.
    type Item = Extract<Slide['blocks'][number], { type: 'bullets' }>['items'][number];
    const spoken = (item: Item): Item[] =>
      /:\s*$/.test(item.text) && item.children.length
        ? item.children.flatMap(spoken).map((c) => ({
            ...c,
            text: `${isStatement(c.text) ? item.text.trim() : item.text.replace(/:\s*$/, '')} ${c.text}`,
            citations: c.citations.length ? c.citations : item.citations,
          }))
        : [item];
    const items = slide.blocks.flatMap((b) =>
      b.type === 'bullets' ? b.items.flatMap(spoken) : [],
    );
    // The title is drawn from a lead bullet: say that bullet whole, then stress another one
    // (the one with the most figures) rather than the same claim twice.
    const lead = [...items].sort(
      (a, b) => overlap(slide.title, b.text) - overlap(slide.title, a.text),
    )[0];
    const said = (item: (typeof items)[number]) =>
      `${endStop(plain(item.text))}${cite(item.citations) ? ` Source: ${cite(item.citations)}.` : ''}`;
    if (lead && overlap(slide.title, lead.text) >= 0.6) points.push(`The point: ${said(lead)}`);
    else if (slide.title) points.push(`The point: ${endStop(plain(slide.title))}`);
    const others = items.filter((i) => i !== lead || overlap(slide.title, i.text) < 0.6);
    const best = [...others].sort((a, b) => numbers(b.text) - numbers(a.text))[0];
    if (best) points.push(`Stress: ${said(best)}`);
  }
  const bridge =
    next && next.layout !== 'references' && next.layout !== 'title' ? plain(next.title) : '';
  if (bridge && points.length < 3) points.push(`Lead on to: ${endStop(bridge)}`);
  if (!bridge && topic && points.length < 2)
    points.push(`Sum up this part: ${endStop(plain(topic))}`);
  return points.slice(0, 3);
}
