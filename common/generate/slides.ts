/**
 * The slides of one section: content slides of at most six short bullets with titles from
 * their own words, a quote slide per direct quotation, a figure where the numbers compare,
 * each with provenance and speaker notes that hold the source passage (and what was left
 * out as a garbled repeat).
 */
import type { BulletItem, Citation, Slide } from '../deck/schema';
import type { Quotation, Section, Sentence } from '../source/model';
import type { ReferenceIndex } from './references';
import type { Lexicon } from './lexicon';
import { chartFor } from './chart';
import { tableChart } from './chart/table';
import type { ChartDraft } from './chart/draft';
import { condenseTree, isReportFrame, type Bullet } from './condense';
import { isStatement } from './nlp/clauses';
import { firstFinite, tag } from './nlp/tag';
import { groupSection, type Classified } from './group';
import { passage } from './notes';
import { capitalise, clip, lowerFirst } from './text';
import { quoteTitle, slideTitle, type TitleText } from './titles';
import { endsOnVerb, headline } from './nlp/headline';

export { MAX_BULLETS } from './group';
export { passage } from './notes';

/** A quotation taking up this share of its sentence gets a quote slide instead of bullets. */
const QUOTE_SHARE = 0.4;

export interface SectionContext {
  sourceId: string;
  refs: ReferenceIndex;
  /** Prefix for slide ids, so a single deck of many sections keeps ids unique. */
  prefix: string;
  lexicon: Lexicon;
  /** Titles already used in the deck (lower-cased), so no two slides share one. */
  titles: Set<string>;
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

/** A sentence that is itself one quotation is a quoted report: content, not a voice. */
const wholeQuote = (text: string) => /^["“][^"“”]*["”][.!?]?$/.test(text);

/** Bullets clipped to the schema's line length, at every level. */
const clipped = (b: Bullet): Bullet => ({
  text: clip(b.text, 300),
  children: b.children.map(clipped),
});

/** The verbs a quotation's pronoun speaker says it with ("he wrote", "she told reporters"). */
const SPOKE =
  '(?:said|wrote|added|replied|remarked|observed|noted|argued|claimed|recalled|declared|complained|warned|told|explained|insisted|stated|concluded)';
/** "“…,” he wrote": a quotation whose speaker is "he" or "she". */
const PRONOUN_SPEAKER = new RegExp(`^["”]?[,.]?["”]?\\s*(he|she)\\s+${SPOKE}\\b`, 'i');
/** "“…,” he told reporters in 2002, “…”": a pronoun speaker between the halves of a quotation. */
const PRONOUN_BETWEEN = new RegExp(`[,.]["”]\\s*(he|she)\\s+${SPOKE}\\b[^"“”]*,\\s*["“]`, 'i');
/** "He later explained the motive: “…”": a pronoun speaker before the quotation. */
const PRONOUN_LEAD = new RegExp(
  `(?:^|[.;]\\s+)(he|she)\\s+(?:later\\s+|once\\s+|also\\s+)?${SPOKE}\\b[^"“”,:]{0,40}[,:]?\\s*["“]$`,
  'i',
);

/**
 * A quotation whose speaker the sentence gives only as a pronoun ("“Wallpaper … is more
 * finished than that seascape,” he wrote"), with the speaker named as the sentence before
 * names its subject ("The critic Louis Leroy mocked …"); unchanged when that subject is not a
 * name.
 */
function named(quote: Quotation, sentence: Sentence, before: readonly string[]): Quotation {
  const end = sentence.text.indexOf(quote.text);
  const after = end < 0 ? '' : sentence.text.slice(end + quote.text.length);
  const lead = end < 1 ? '' : sentence.text.slice(0, end);
  const m =
    PRONOUN_SPEAKER.exec(after) ?? PRONOUN_BETWEEN.exec(sentence.text) ?? PRONOUN_LEAD.exec(lead);
  if (!m) return quote;
  // The subject of the sentence just before, when it ends on a name: "The critic Louis Leroy".
  const previous = before[0];
  if (!previous) return quote;
  const ts = tag(previous);
  const verb = firstFinite(ts);
  const last = ts[verb - 1];
  if (verb < 1 || verb > 6 || !last || !/^\p{Lu}/u.test(last.text) || last.end < 0) return quote;
  const speaker = previous.slice(0, last.end).replace(/^(?:[^,]{1,40},\s+)?/, '');
  // (One person: "he" is never "Monet and Pissarro".)
  return /^(?:The|A|An)?\s*[\p{L}\s'’.-]+$/u.test(speaker) && !/\sand\s/.test(speaker)
    ? { ...quote, attribution: speaker }
    : quote;
}

/**
 * Who a quotation no one is said to speak is by, from the one work its sentence cites: a
 * reading quotes the work it cites ("… to write fiction" (Woolf 4) → "Woolf").
 */
function citedAuthor(quote: Quotation, sentence: Sentence): Quotation {
  if (quote.attribution || sentence.citations.length !== 1) return quote;
  const c = sentence.citations[0]!;
  const who = c.authors ?? /^(\p{Lu}.*)\s\d{4}[a-z]?$/u.exec(c.key)?.[1];
  return who ? { ...quote, attribution: who } : quote;
}

/**
 * A sentence that is one quotation, right after a sentence quoting someone by name, goes on
 * with their words ("“Electricity is no longer a luxury,” Roosevelt said … “It is a definite
 * necessity.”"): never a claim of the reading's own.
 */
function continuedQuote(sentence: Sentence, previous: Sentence | undefined): Quotation | undefined {
  const spoken = previous?.quotes.find((q) => q.attribution);
  if (!spoken || !wholeQuote(sentence.text)) return undefined;
  return {
    text: sentence.text.replace(/^["“]|["”]([.!?]?)$/g, '').replace(/[.]$/, ''),
    attribution: spoken.attribution!,
  };
}

function classify(
  sentence: Sentence,
  lexicon: Lexicon,
  before: readonly string[],
  previous?: Sentence,
): Classified {
  const continued = continuedQuote(sentence, previous);
  if (continued) return { kind: 'quote', quote: continued };
  const whole = wholeQuote(sentence.text);
  const quote = whole
    ? undefined
    : sentence.quotes.find(
        (q) =>
          q.text.length / Math.max(1, sentence.text.length) >= QUOTE_SHARE ||
          // "“It was a quiet landslide,” the political scientist David Butler said of …": a
          // sentence that opens on what someone said is that quotation, however long the rest.
          (q.attribution !== undefined &&
            /^["“]/.test(sentence.text) &&
            sentence.text.indexOf(q.text) === 1),
      );
  if (quote)
    return {
      kind: 'quote',
      quote: quote.attribution ? quote : citedAuthor(named(quote, sentence, before), sentence),
    };
  const text = whole ? sentence.text.replace(/^["“]|["”]([.!?]?)$/g, '$1') : sentence.text;
  return { kind: 'bullets', bullets: condenseTree(text, lexicon, before).map(clipped) };
}

/** Bullets under a bullet, at any depth, each with its parent's citations and provenance. */
function nested(
  kids: readonly Bullet[],
  id: string,
  from: Pick<BulletItem, 'citations' | 'provenance'>,
  own: (s: Sentence) => Pick<BulletItem, 'citations' | 'provenance'>,
): BulletItem[] {
  return kids.map((k, n) => {
    // A list item of the reading is cited and traced to its own sentence, not its lead's.
    const src = k.from ? own(k.from) : from;
    return {
      text: k.text,
      id: `${id}-${n + 1}`,
      citations: src.citations,
      provenance: src.provenance,
      children: nested(k.children, `${id}-${n + 1}`, src, own),
    };
  });
}

/**
 * A slide whose sentences made no bullet, with no slide to join (a section of long sentences
 * only), would show a title and nothing: each sentence gives its headline instead, a short
 * statement of its subject and verb, the sentence whole in the notes.
 */
function headlinesForBare(units: Array<{ sentence: Sentence; bullets: Bullet[] }>): void {
  if (units.some((u) => u.bullets.length)) return;
  for (const u of units) {
    const h = headline(u.sentence.text.replace(/[.;:]+$/, ''));
    if (h) u.bullets = [{ text: h, children: [] }];
  }
}

/** The content, quote and figure slides of a section. */
export function sectionSlides(whole: Section, ctx: SectionContext): Slide[] {
  // A table's rows are drawn, never made bullets; the first table is the section's figure.
  const table = whole.paragraphs.find((p) => p.table);
  const section = table
    ? { ...whole, paragraphs: whole.paragraphs.filter((p) => !p.table) }
    : whole;
  const slides: Slide[] = [];
  let contentNo = 0;
  let quoteNo = 0;
  const fallback = clip(`${section.title} (continued)`, 200);
  const { df, sentences: total } = ctx.lexicon;
  // Asked for every word of every pair of neighbouring sentences: worked out once per word.
  const rarities = new Map<string, number>();
  const rarity = (w: string) => {
    let r = rarities.get(w);
    if (r === undefined) rarities.set(w, (r = Math.log((total + 1) / ((df.get(w) ?? 1) + 0.5))));
    return r;
  };
  // The sentences before each in its paragraph, nearest first (three at most): "They argued
  // …" is read after "DeLong and Eichengreen took …".
  const before = new Map<string, string[]>();
  const previous = new Map<string, Sentence>();
  for (const p of section.paragraphs)
    p.sentences.forEach((s, i) => {
      if (i > 0) previous.set(s.id, p.sentences[i - 1]!);
      before.set(
        s.id,
        p.sentences
          .slice(Math.max(0, i - 3), i)
          .map((b) => b.text)
          .reverse(),
      );
    });
  const pieces = groupSection(
    section,
    (s) => classify(s, ctx.lexicon, before.get(s.id) ?? [], previous.get(s.id)),
    rarity,
  );
  for (const piece of pieces) if (piece.kind === 'content') headlinesForBare(piece.units);
  for (const piece of pieces) {
    if (piece.kind === 'content') {
      contentNo++;
      const id = `${ctx.prefix}c${contentNo}`;
      // A report's own line ("Stalin told the Americans:") leads into its claims; the title
      // says who claims what where it fits ("Critics argued the scheme was …", "Critics:
      // scheme was …"), else what is claimed.
      // A child that is no statement completes its lead ("… was designed:" over "on the model
      // of …"): the two are read as one.
      // Items of a list under its lead ("rose by:" over "5.7 percent in 1970", "11.0 percent
      // in 1974", …) are no claim one by one: the lead alone, without the preposition that
      // opened the list, says what it lists ("American consumer prices rose").
      const texts = piece.units.flatMap((u) =>
        u.bullets.flatMap((b) => {
          if (!b.children.length) return [b.text];
          const lead = b.text.replace(/:$/, '');
          // The items of a reading's list say what the lead claims: the lead makes the title.
          if (b.list) return [lead];
          const said = b.children.filter((c) => isStatement(c.text)).map((c) => c.text);
          // (When what is under it makes no headline, a lead that is a whole statement makes
          // one: "Putnam drew on the idea of social capital:" over "the networks, norms and
          // trust that let people act together".)
          // (Not a lead that what is under it completes: "put the loss:" over "at 1 to 3 percent …".)
          const whole =
            endsOnVerb(lead) ||
            /\s(?:by|to|from|at|in|of|on|for|with|as)$/.test(lead) ||
            b.children.some((c) =>
              /^(?:at|by|to|from|in|of|on|for|with|as|into|than)\s/.test(c.text),
            )
              ? []
              : [lead];
          // ("Critics reply:" over its claims: the title says who claims it where it can; the
          // claim alone is the fallback.)
          if (said.length === b.children.length)
            return isReportFrame(lead)
              ? said.flatMap((c): TitleText[] => {
                  const who = reporter(lead);
                  const framed = `${lead} that ${lowerFirst(c, ctx.lexicon.midCaps)}`;
                  // ("She said:" names no one: "She: remains floated out …" is no title, and
                  // the claim alone would state what she said as a fact.)
                  return PRONOUN.test(who) ? [framed] : [framed, { who, claim: c }];
                })
              : [...said, ...whole];
          if (b.children.length === 1) return [`${lead} ${b.children[0]!.text}`, ...whole];
          const bare = lead.replace(/\s+(?:by|to|from|at|in|of|on|for|with|as)$/, '');
          // ("The minimum wage stood" says nothing without where it stood, "2023: women held"
          // nothing without what they held.)
          return /\b(?:stood|stands|was|were|is|are|remained|remains)$/.test(bare) ||
            endsOnVerb(bare)
            ? said
            : [...said, bare];
        }),
      );
      const items = piece.units.flatMap((u) =>
        u.bullets.map((b) => ({
          text: b.text,
          citations: citeAll(ctx, [u.sentence]),
          provenance: { source: ctx.sourceId, sentences: [u.sentence.id] },
          kids: b.children,
        })),
      );
      const sentences = piece.units.map((u) => u.sentence);
      slides.push({
        id,
        layout: 'bullets',
        title: clip(slideTitle(texts, ctx.lexicon, ctx.titles, fallback), 200),
        blocks: [
          {
            type: 'bullets',
            id: `${id}-b1`,
            items: items.map(({ kids, ...item }, i) => ({
              ...item,
              id: `${id}-i${i + 1}`,
              children: nested(kids, `${id}-i${i + 1}`, item, (s) => ({
                citations: citeAll(ctx, [s]),
                provenance: { source: ctx.sourceId, sentences: [s.id] },
              })),
            })),
          },
        ],
        notes: passage(sentences, piece.dropped),
        provenance: {
          source: ctx.sourceId,
          sentences: [...sentences, ...piece.dropped].map((s) => s.id).slice(0, 500),
        },
      });
      continue;
    }
    const { sentence, quote } = piece;
    // Their words go on: the quotation on the slide just before (the sentence before this one) takes them.
    const last = slides[slides.length - 1];
    const lastQuote = last?.layout === 'quote' ? last.blocks[0] : undefined;
    const before1 = previous.get(sentence.id);
    if (
      lastQuote?.type === 'quote' &&
      before1 &&
      lastQuote.provenance?.sentences.at(-1) === before1.id &&
      continuedQuote(sentence, before1)
    ) {
      lastQuote.text = `${lastQuote.text.replace(/[,;:]$/, '')}${/[.!?]$/.test(lastQuote.text) ? '' : '.'} ${quote.text}`;
      lastQuote.provenance.sentences.push(sentence.id);
      const cites = citeAll(ctx, [before1, sentence]);
      lastQuote.citations = cites;
      last!.provenance?.sentences.push(sentence.id);
      last!.notes = passage([before1, sentence], piece.dropped);
      continue;
    }
    quoteNo++;
    const id = `${ctx.prefix}q${quoteNo}`;
    const when = sentence.facts.find(
      (f) => (f.kind === 'date' || f.kind === 'year') && !quote.text.includes(f.raw),
    );
    // A date says when someone spoke: alone it would pass for the speaker ("— 1946").
    const attribution =
      quote.attribution && [quote.attribution, when?.raw].filter(Boolean).join(', ');
    const extra = quote.dropped
      ? [`Left out of the quotation as a garbled repeat: "${quote.dropped}"`]
      : [];
    slides.push({
      id,
      layout: 'quote',
      title: clip(
        quoteTitle(
          {
            text: quote.clean ?? quote.text,
            ...(quote.attribution ? { attribution: quote.attribution } : {}),
          },
          ctx.titles,
          'In their words',
        ),
        200,
      ),
      blocks: [
        {
          type: 'quote',
          id: `${id}-b1`,
          // ("As Clark put it, "the plague made …"": a quotation opens on a capital, as quoted.)
          text: capitalise(quote.clean ?? quote.text),
          ...(attribution ? { attribution: clip(attribution, 300) } : {}),
          citations: citeAll(ctx, [sentence]),
          provenance: { source: ctx.sourceId, sentences: [sentence.id] },
        },
      ],
      notes: passage([sentence], piece.dropped, extra),
      provenance: {
        source: ctx.sourceId,
        sentences: [sentence.id, ...piece.dropped.map((d) => d.id)],
      },
    });
  }

  const usable = section.paragraphs.flatMap((p) => p.sentences).filter((s) => !s.duplicateOf);
  const figure = figureSlide(
    (table && tableChart(table)) || chartFor(usable, section.title),
    [...usable, ...(table?.sentences ?? [])],
    `${ctx.prefix}fig1`,
    ctx,
  );
  if (figure) slides.push(figure);
  return slides;
}

/**
 * The slide of a chart drawn from `sentences` (those it draws cited and in its notes), or
 * undefined when there is no chart.
 */
export function figureSlide(
  chart: ChartDraft | undefined,
  sentences: readonly Sentence[],
  id: string,
  ctx: SectionContext,
): Slide | undefined {
  if (!chart) return undefined;
  const used = sentences.filter((s) => chart.sentences.includes(s.id));
  return {
    id,
    layout: 'figure',
    // (Not the title of a slide before it: the bullets may already state the top bar's claim.)
    title: clip(
      [chart.title, ...(chart.otherTitles ?? [])].find((t) => !ctx.titles.has(t.toLowerCase())) ??
        chart.title,
      200,
    ),
    blocks: [
      {
        type: 'figure',
        id: `${id}-b1`,
        figure: { kind: 'chart', spec: chart.spec },
        caption: clip(chart.caption, 300),
        alt: chart.alt.slice(0, 5000),
        citations: citeAll(ctx, used),
        provenance: { source: ctx.sourceId, sentences: chart.sentences },
      },
    ],
    notes: passage(used),
    provenance: { source: ctx.sourceId, sentences: chart.sentences },
  };
}

/** Who reports, from a report's lead: "Critics also argue" → "Critics". */
/** A reporter who is only a pronoun. */
const PRONOUN = /^(?:he|she|it|they|we|i|you|this|these|those)$/i;

function reporter(lead: string): string {
  const ts = tag(lead);
  const v = firstFinite(ts);
  const verb = ts[v];
  return v > 0 && verb && verb.start > 0
    ? lead
        .slice(0, verb.start)
        .replace(/\s+(?:also|later|once|still|had|has|have)\s*$/, '')
        .trim()
    : lead;
}
