/**
 * A test reading drafted as `lectern generate` and `lectern export --html` do it: read from
 * tests/fixtures/sources (.txt, .md, .docx), generated, written to a temporary folder, read
 * back and exported with notes. For the acceptance and lecturer tests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type {
  Block,
  BulletItem,
  ChartSpec,
  Deck,
  FigureBlock,
  Slide,
} from '../../../common/deck/schema';
import type { SourceModel } from '../../../common/source/model';
import { exportDeck } from '../../../main/export/export-deck';
import { decksFor } from '../../../main/import/generate';
import { readSourceFile } from '../../../main/import/read-source';
import { writeGeneratedDecks } from '../../../main/import/write-decks';
import { readDeckFile } from '../../../main/store/read';

export const FIXTURES = resolve(import.meta.dirname, '../../fixtures/sources');

export interface Drafted {
  model: SourceModel;
  /** The decks as saved and read back, in section order. */
  decks: Deck[];
  /** The exported HTML of each deck, with notes (the speaker copy), in deck order. */
  html: string[];
  /** Sentence texts by id. */
  sentences: Map<string, string>;
  /** Removes the temporary folder. */
  dispose(): void;
}

/**
 * The draft of `file` for the calling test file: drafted before its tests, its folder removed
 * after them. The object returned is filled in by then, so tests read it as a `Drafted`.
 */
export function draftedForTests(file: string): Drafted {
  const g = {} as Drafted;
  beforeAll(async () => {
    Object.assign(g, await draft(file));
  }, 60_000);
  afterAll(() => g.dispose?.());
  return g;
}

/** Drafts the reading `file` (a name in tests/fixtures/sources). */
export async function draft(file: string): Promise<Drafted> {
  const read = await readSourceFile(join(FIXTURES, file));
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  const { decks, copyName } = decksFor(read.value);
  const out = mkdtempSync(join(tmpdir(), 'lectern-draft-'));
  const written = await writeGeneratedDecks(out, decks, {
    bytes: read.value.bytes,
    copyName,
    images: read.value.images,
  });
  if (!written.ok) throw new Error(JSON.stringify(written.problems));
  const html: string[] = [];
  const saved: Deck[] = [];
  for (const deckFile of written.value) {
    const opened = await readDeckFile(deckFile);
    if (!opened.ok) throw new Error(JSON.stringify(opened.problems));
    saved.push(opened.value.deck);
    const r = await exportDeck(opened.value.deck, dirname(deckFile), {
      format: 'html',
      notes: true,
    });
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    html.push(new TextDecoder().decode(r.value.bytes));
  }
  const sentences = new Map<string, string>();
  for (const s of read.value.model.sections)
    for (const p of s.paragraphs) for (const t of p.sentences) sentences.set(t.id, t.text);
  return {
    model: read.value.model,
    decks: saved,
    html,
    sentences,
    dispose: () => rmSync(out, { recursive: true, force: true }),
  };
}

/** `deck / slide 3 "Its title"`, to name a slide in a failure. */
export const where = (deck: Deck, slide: Slide) =>
  `${deck.meta.title} / slide ${deck.slides.indexOf(slide) + 1} "${slide.title}"`;

/** Every bullet of a slide, nested ones included. */
export function bulletsOf(slide: Slide): BulletItem[] {
  const out: BulletItem[] = [];
  const visit = (items: readonly BulletItem[]) =>
    items.forEach((i) => (out.push(i), visit(i.children)));
  for (const b of slide.blocks) if (b.type === 'bullets') visit(b.items);
  return out;
}

/** The first quotation block of the drafted decks, in slide order, if any. */
export function firstQuote(g: Drafted): Block | undefined {
  return g.decks.flatMap((d) => d.slides.flatMap((s) => s.blocks)).find((b) => b.type === 'quote');
}

export interface ChartOnSlide {
  slide: Slide;
  block: FigureBlock;
  spec: ChartSpec;
}

/** The charts of a deck. */
export function chartsOf(deck: Deck): ChartOnSlide[] {
  return deck.slides.flatMap((slide) =>
    slide.blocks.flatMap((b) =>
      b.type === 'figure' && b.figure.kind === 'chart'
        ? [{ slide, block: b, spec: b.figure.spec }]
        : [],
    ),
  );
}

export type ChannelDef = Record<string, unknown> & {
  field?: unknown;
  type?: unknown;
  title?: unknown;
  axis?: unknown;
  sort?: unknown;
};

/** Every encoding channel of a spec and of its layers, the spec's own first. */
export function channels(spec: unknown): Array<[string, ChannelDef]> {
  const out: Array<[string, ChannelDef]> = [];
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const n = node as { encoding?: Record<string, unknown>; layer?: unknown[] };
    for (const [k, v] of Object.entries(n.encoding ?? {}))
      if (v && typeof v === 'object') out.push([k, v as ChannelDef]);
    for (const l of n.layer ?? []) visit(l);
  };
  visit(spec);
  return out;
}

/** The mark types a spec draws ("bar", "line", "point", "text", …). */
export function marks(spec: unknown): Set<string> {
  const out = new Set<string>();
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    const n = node as { mark?: unknown; layer?: unknown[] };
    if (typeof n.mark === 'string') out.add(n.mark);
    else if (
      n.mark &&
      typeof n.mark === 'object' &&
      typeof (n.mark as { type?: unknown }).type === 'string'
    )
      out.add((n.mark as { type: string }).type);
    for (const l of n.layer ?? []) visit(l);
  };
  visit(spec);
  return out;
}

/** The first x or y channel of the given type(s) with a field. */
export function axis(
  spec: unknown,
  types: readonly string[],
): { name: 'x' | 'y'; def: ChannelDef } | undefined {
  const found = channels(spec).find(
    ([name, def]) =>
      (name === 'x' || name === 'y') &&
      typeof def.field === 'string' &&
      types.includes(String(def.type)),
  );
  return found ? { name: found[0] as 'x' | 'y', def: found[1] } : undefined;
}

/** An axis title as text ('' when there is none). */
export function titleOf(def: ChannelDef | undefined): string {
  if (!def) return '';
  if (typeof def.title === 'string') return def.title;
  if (Array.isArray(def.title)) return def.title.join(' ');
  return '';
}

/** What a lecturer test reads of a draft: its slides, bullets (nested ones too), charts and works. */
export interface LecturerView {
  slides(): Slide[];
  bullets(): BulletItem[];
  /** Each bullet's text, in slide order. */
  texts(): string[];
  charts(): ChartOnSlide[];
  /** The labels of the works the decks cite, each once, sorted; every one must have its details. */
  workLabels(): string[];
  /** Works the decks cite whose details the reading lacks (label: what is missing). */
  worksMissingDetails(): string[];
}

/** A view of `g` for a lecturer test; read only inside tests, once `g` is drafted. */
export function lecturerView(g: Drafted): LecturerView {
  const slides = () => g.decks.flatMap((d) => d.slides);
  const bullets = () => slides().flatMap(bulletsOf);
  const refs = () => g.decks.flatMap((d) => d.references);
  return {
    slides,
    bullets,
    texts: () => bullets().map((b) => b.text),
    charts: () => g.decks.flatMap((d) => chartsOf(d)),
    workLabels: () => [...new Set(refs().map((r) => r.label))].sort(),
    worksMissingDetails: () =>
      refs()
        .filter((r) => r.missing.length)
        .map((r) => `${r.label}: ${r.missing.join(', ')}`),
  };
}
