/**
 * Deck schema, version 1: the one definition of what a deck file may hold.
 *
 * The types used everywhere else are inferred from these schemas, so the file on disk,
 * the editor state, the API contract and the exporters cannot drift apart. Text fields
 * are plain strings (bullets allow a small inline Markdown subset, see `inline.ts`);
 * nothing in a deck is ever treated as HTML.
 */
import { z } from 'zod';
import { assetPathProblem } from './asset-path';

export const DECK_FORMAT = 'lectern-deck';
export const DECK_VERSION = 1;
/** The JSON Schema identifier written into every saved deck as `$schema`. */
export const DECK_SCHEMA_ID = 'https://lectern.dev/schema/deck-1.json';

/** Stable ids: short, ASCII, safe in URLs, DOM ids and file names. */
export const Id = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'must be 1-64 letters, digits, "-" or "_"');

/** Single-line text such as a title: no control characters. */
const Line = z
  .string()
  .max(2000)
  .regex(/^[^\u0000-\u001f\u007f]*$/, 'must be one line of text');
/** Multi-line text such as notes: tabs and newlines allowed, other controls not. */
const Text = z
  .string()
  .max(200_000)
  .regex(/^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/, 'contains control characters');

/** A relative path inside the deck's own folder; checked again against the disk by the store. */
export const AssetPath = z.string().superRefine((value, ctx) => {
  const problem = assetPathProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** Where a block came from: sentences of one of the deck's source documents. */
export const Provenance = z.object({
  source: Id,
  sentences: z.array(z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, 'is not a sentence id')).max(500),
});

/** A sentence a slide rests on that changed in an updated reading, or is no longer in it. */
export const StaleSentence = z.object({
  sentence: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, 'is not a sentence id'),
  why: z.enum(['changed', 'vanished']),
});

/** A pointer to an entry of the deck's reference list, with the pages used. */
export const Citation = z.object({
  ref: Id,
  pages: Line.max(100).optional(),
});

const Sourced = {
  citations: z.array(Citation).max(50).default([]),
  provenance: Provenance.optional(),
  /** Shown step by step when presenting. */
  fragment: z.boolean().optional(),
};

/** One bullet; `text` is inline Markdown (emphasis, strong, code, links). */
export interface BulletItem {
  id: string;
  text: string;
  children: BulletItem[];
  citations: z.infer<typeof Citation>[];
  provenance?: z.infer<typeof Provenance>;
  fragment?: boolean;
}
/**
 * How deep bullets may nest. The schema is unrolled to this depth rather than recursive
 * (`z.lazy`): a recursive schema cannot be compiled by zod and pays for cycle tracking on
 * every bullet, which made opening a 1,000-slide deck several times slower than JSON.parse.
 */
export const MAX_BULLET_NESTING = 8;

function bulletLevel(children: z.ZodType<BulletItem[], unknown>): z.ZodType<BulletItem, unknown> {
  return z.object({ id: Id, text: Line, children, ...Sourced });
}
let bulletSchema = bulletLevel(
  z
    .array(z.never())
    .max(0, `bullets may nest at most ${MAX_BULLET_NESTING} levels deep`)
    .default([]) as z.ZodType<BulletItem[], unknown>,
);
for (let level = 1; level < MAX_BULLET_NESTING; level++)
  bulletSchema = bulletLevel(z.array(bulletSchema).max(50).default([]));
export const BulletItem: z.ZodType<BulletItem, unknown> = bulletSchema;

export const BulletsBlock = z.object({
  type: z.literal('bullets'),
  id: Id,
  items: z.array(BulletItem).max(100),
});

export const TextBlock = z.object({
  type: z.literal('text'),
  id: Id,
  text: Text,
  ...Sourced,
});

export const QuoteBlock = z.object({
  type: z.literal('quote'),
  id: Id,
  text: Text,
  attribution: Line.optional(),
  ...Sourced,
});

/** One row of a chart's inline data: scalar values only, so a spec can never smuggle code. */
const Datum = z.record(
  z.string().max(200),
  z.union([z.string().max(2000), z.number(), z.boolean(), z.null()]),
);

/**
 * A Vega-Lite spec with its data inline. `data.url`, remote images and any other way of
 * fetching are refused: a deck must render offline and must not phone home.
 *
 * What a chart may draw is checked in chart-spec.ts (`DrawableChartSpec`: the Vega-Lite that
 * Lectern's charts use, expressions from an allow-list, colours only as paint), not here: a
 * chart that check refuses stays in the deck as written and the deck still opens, with a
 * warning naming the slide (load.ts), while every renderer draws a placeholder in its place.
 */
export const ChartSpec = z
  .looseObject({
    $schema: z.string().optional(),
    data: z.object({ values: z.array(Datum).max(10_000) }),
  })
  .superRefine((spec, ctx) => {
    const stack: unknown[] = [spec];
    while (stack.length) {
      const node = stack.pop();
      if (node && typeof node === 'object') {
        for (const [key, value] of Object.entries(node)) {
          if (key === 'url' || key === 'href') {
            ctx.addIssue({
              code: 'custom',
              message: `charts may not load from a "${key}"; put the data inline`,
            });
            return;
          }
          stack.push(value);
        }
      }
    }
  });

export const ChartFigure = z.object({ kind: z.literal('chart'), spec: ChartSpec });
export const ImageFigure = z.object({ kind: z.literal('image'), asset: AssetPath });

export const FigureBlock = z.object({
  type: z.literal('figure'),
  id: Id,
  figure: z.discriminatedUnion('kind', [ChartFigure, ImageFigure]),
  caption: Line.default(''),
  /** Required by the deck check, not the schema: a draft may lack it. */
  alt: Text.max(5000).default(''),
  /** Free-text credit line, e.g. "Data: Sutton 1971". */
  source: Line.optional(),
  ...Sourced,
});

/** A formula on its own line, typeset display-size: TeX without dollars, with a caption. */
export const FormulaBlock = z.object({
  type: z.literal('formula'),
  id: Id,
  tex: Text.max(10_000),
  caption: Line.optional(),
  ...Sourced,
});

/** Lists reference ids; the references layout renders them from the deck's list. */
export const ReferencesBlock = z.object({
  type: z.literal('references'),
  id: Id,
  refs: z.array(Id).max(500),
});

export const Block = z.discriminatedUnion('type', [
  BulletsBlock,
  TextBlock,
  QuoteBlock,
  FigureBlock,
  ReferencesBlock,
  FormulaBlock,
]);

export const LAYOUTS = [
  'title',
  'section',
  'bullets',
  'bullets-figure',
  'figure',
  'quote',
  'references',
  'free',
] as const;
export const Layout = z.enum(LAYOUTS);

export const Slide = z.object({
  id: Id,
  layout: Layout,
  title: Line.default(''),
  subtitle: Line.optional(),
  blocks: z.array(Block).max(100).default([]),
  /** Speaker notes: plain text, never markup. */
  notes: Text.default(''),
  /** Skipped when presenting and exporting. */
  hidden: z.boolean().optional(),
  provenance: Provenance.optional(),
  /**
   * Set when the reading was updated under the slide (re-import, "Update the existing decks"):
   * the sentences it rests on that changed or are gone. The lecturer's to review, in Check;
   * never shown to an audience. Cleared by "Mark as reviewed".
   */
  stale: z.array(StaleSentence).max(500).optional(),
});

/** Fields of a reference a careful colleague would expect; listed in `missing` when unknown. */
export const REFERENCE_DETAILS = [
  'author',
  'title',
  'issued',
  'publisher',
  'container-title',
  'page',
  'URL',
] as const;

/** A subset of CSL-JSON kept as data; unknown CSL fields are preserved as given. */
export const CslItem = z.looseObject({
  type: z.string().max(100).optional(),
  title: Line.optional(),
  author: z
    .array(
      z.looseObject({ family: Line.optional(), given: Line.optional(), literal: Line.optional() }),
    )
    .max(100)
    .optional(),
  issued: z
    .looseObject({ 'date-parts': z.array(z.array(z.union([z.number(), z.string()]))).optional() })
    .optional(),
  publisher: Line.optional(),
  'container-title': Line.optional(),
  page: Line.optional(),
  URL: Line.optional(),
});

export const Reference = z.object({
  id: Id,
  /** How the source cites it: "[1]", "3", "Frankel 1971". */
  label: Line.max(200),
  /** The full reference as it should be printed; empty when unknown. */
  text: Text.max(5000).default(''),
  csl: CslItem.optional(),
  /** Details known to be missing (e.g. the sample reading cites works it never lists). */
  missing: z.array(z.enum(REFERENCE_DETAILS)).default([]),
});

export const SourceDocument = z.object({
  id: Id,
  title: Line,
  /** `sha256:<hex>` of the source file's bytes, to detect a changed reading on re-import. */
  hash: z.string().regex(/^sha256:[0-9a-f]{64}$/, 'must be "sha256:" and 64 hex digits'),
  /** The copy of the source kept beside the deck, relative to its folder. */
  path: AssetPath.optional(),
});

export const THEMES = ['light', 'dark', 'high-contrast'] as const;
export const ASPECTS = ['16:9', '4:3', '16:10'] as const;
/** Paper for the notes and handouts PDF layouts (slides pages keep the deck's aspect). */
export const PAPER_SIZES = ['a4', 'letter'] as const;
/** Citation styles Lectern bundles as CSL files; the deck's cites and references follow one. */
export const CITATION_STYLES = ['apa', 'chicago-author-date', 'ieee', 'harvard'] as const;

export const DeckMeta = z.object({
  title: Line.min(1, 'a deck needs a title'),
  subtitle: Line.optional(),
  author: Line.optional(),
  course: Line.optional(),
  /** ISO date (YYYY-MM-DD) of the lecture. */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
    .optional(),
  /** BCP 47 language tag, used for `lang` in exports and hyphenation. */
  language: z
    .string()
    .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language tag such as "en" or "en-GB"')
    .default('en'),
  theme: z.enum(THEMES).default('light'),
  aspectRatio: z.enum(ASPECTS).default('16:9'),
  /** Paper for printed notes and handouts; absent: the exporting machine's locale decides. */
  paperSize: z.enum(PAPER_SIZES).optional(),
  /** How cites and the references slide are formatted; absent: as the reading labels its works. */
  citationStyle: z.enum(CITATION_STYLES).optional(),
});

export const Deck = z.object({
  $schema: z.string().max(500).optional(),
  format: z.literal(DECK_FORMAT),
  version: z.literal(DECK_VERSION),
  meta: DeckMeta,
  slides: z.array(Slide).max(5000),
  references: z.array(Reference).max(5000).default([]),
  sources: z.array(SourceDocument).max(100).default([]),
});

export type Deck = z.infer<typeof Deck>;
export type DeckMeta = z.infer<typeof DeckMeta>;
export type Slide = z.infer<typeof Slide>;
export type Layout = z.infer<typeof Layout>;
export type Block = z.infer<typeof Block>;
export type BulletsBlock = z.infer<typeof BulletsBlock>;
export type TextBlock = z.infer<typeof TextBlock>;
export type QuoteBlock = z.infer<typeof QuoteBlock>;
export type FigureBlock = z.infer<typeof FigureBlock>;
export type ReferencesBlock = z.infer<typeof ReferencesBlock>;
export type FormulaBlock = z.infer<typeof FormulaBlock>;
export type ChartSpec = z.infer<typeof ChartSpec>;
export type Citation = z.infer<typeof Citation>;
export type Provenance = z.infer<typeof Provenance>;
export type Reference = z.infer<typeof Reference>;
export type SourceDocument = z.infer<typeof SourceDocument>;
export type Theme = (typeof THEMES)[number];
export type AspectRatio = (typeof ASPECTS)[number];
export type CitationStyle = (typeof CITATION_STYLES)[number];
export type CslItem = z.infer<typeof CslItem>;
export type PaperSize = (typeof PAPER_SIZES)[number];
/** A deck as written by hand or by an older tool: defaults not yet applied. */
export type DeckInput = z.input<typeof Deck>;
