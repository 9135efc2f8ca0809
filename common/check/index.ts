/**
 * The deck check: what a careful colleague would flag before a lecture. Pure; the caller
 * supplies the source sentences (re-parsed from the deck's `sources/` copy) and asset lookup.
 *
 * Rules: a number on a slide that its source sentences do not contain (error); a figure
 * without alt text (error); a citation to an unknown reference (error) or to one with
 * missing details (warning); a content slide with no source at all (warning); an image
 * asset that is not in the deck folder (error); text estimated not to fit its slide, even at
 * the smallest size, so the slide is cut off (warning); and the draft review (./draft,
 * warnings): a title that is a bare name or a cut phrase, a bullet without a verb or over 16
 * words, a chart that draws years as categories, mixes kinds or drops its unit; a slide whose
 * reading was updated under it (`stale`, warning) until it is marked as reviewed; a formula
 * KaTeX cannot read (./math, error). Numbers inside formulas are TeX, not claims to source.
 */
import type { Problem } from '../deck/problems';
import type {
  Block,
  BulletItem,
  Citation,
  Deck,
  Provenance,
  Reference,
  Slide,
} from '../deck/schema';
import { fitSlide } from '../render/fit';
import { withoutMath } from '../deck/math';
import { draftFindings, tagDrafts } from './draft';
import { mathFindings } from './math';
import { staleText } from './stale';
import { round, slideNumbers, sourceValues } from './numbers';

export interface CheckContext {
  /** The sentence texts of a source by id, or undefined when its copy cannot be read. */
  sentences?(sourceId: string): ReadonlyMap<string, string> | undefined;
  /** Whether a deck-relative asset path exists in the deck folder. */
  assetExists?(rel: string): boolean;
  /**
   * The printed pages of the deck's readings that have them (PDFs), by the label the deck's
   * reference for the reading has: a citation of it at another page is a slip.
   */
  readingPages?: ReadonlyMap<string, { first: string; last: string }>;
}

const UNSOURCED_LAYOUTS = new Set(['title', 'section', 'references']);

/** What the check found on one slide, without its place: `slideWhere` names the slide. */
export interface SlideFinding {
  what: string;
  severity: Problem['severity'];
}

/** Where a problem about slide `index` (0-based) is: `slide 3 "Its title"`. */
export function slideWhere(slide: Slide, index: number): string {
  return `slide ${index + 1} "${slide.title.slice(0, 60)}"`;
}

/** Slides whose titles and bullets are tagged together before they are checked (`tagDrafts`). */
export const TAGGED_TOGETHER = 50;

/** Runs every rule on a deck that passed the schema. */
export function checkDeck(deck: Deck, context: CheckContext = {}): Problem[] {
  const problems: Problem[] = [];
  deck.slides.forEach((slide, i) => {
    if (i % TAGGED_TOGETHER === 0) tagDrafts(deck.slides.slice(i, i + TAGGED_TOGETHER));
    const where = slideWhere(slide, i);
    for (const f of checkSlide(slide, deck, context))
      problems.push({ where, what: f.what, severity: f.severity });
  });
  return problems;
}

/**
 * Runs every rule on one slide of `deck`. The findings depend only on the slide itself, the
 * deck's aspect ratio, the deck title (when the slide has none: the fit of the title band),
 * the deck's reference list (only when `usesReferences(slide)`) and `context` — never on
 * the slide's place or the other slides, so a caller may keep them per slide object.
 */
export function checkSlide(slide: Slide, deck: Deck, context: CheckContext = {}): SlideFinding[] {
  const findings: SlideFinding[] = [];
  const refs = referenceIndex(deck.references);
  const warnedMissing = new Set<string>();
  const add = (p: SlideFinding) => findings.push(p);
  const cite = (what: string, cs: readonly Citation[]) => {
    for (const c of cs) {
      const ref = refs.get(c.ref);
      if (!ref) add(error(`${what} cites "${c.ref}", which is not in the deck's reference list`));
      else if (
        c.pages &&
        context.readingPages?.has(ref.label) &&
        outsidePages(c.pages, context.readingPages.get(ref.label)!)
      ) {
        const range = context.readingPages.get(ref.label)!;
        add(
          warning(
            `${what} cites ${ref.label} at ${c.pages}, outside the reading's pages ${range.first}–${range.last}`,
          ),
        );
      } else if (
        (ref.missing.length || (!ref.text.trim() && !ref.csl)) &&
        !warnedMissing.has(ref.id)
      ) {
        warnedMissing.add(ref.id);
        add(
          warning(
            `${what} cites ${ref.label}, whose ${ref.missing.length ? ref.missing.join(', ') : 'details'} ${ref.missing.length === 1 ? 'is' : 'are'} missing; link it to a bibliography entry or add them in the References tab`,
          ),
        );
      }
    }
  };
  let sourced = Boolean(slide.provenance?.sentences.length);
  slide.blocks.forEach((block, b) => {
    const what = blockName(block, b);
    if (block.type === 'bullets') {
      // Nested bullets are checked like top-level ones, named "bullet 2.1".
      const visit = (
        items: readonly BulletItem[],
        prefix: string,
        inherited: Provenance | undefined,
      ) =>
        items.forEach((item, k) => {
          const name = `bullet ${prefix}${k + 1}`;
          const prov = item.provenance ?? inherited;
          cite(name, item.citations);
          if (item.provenance?.sentences.length) sourced = true;
          if (!UNSOURCED_LAYOUTS.has(slide.layout)) numbers(add, name, item.text, prov, context);
          visit(item.children, `${prefix}${k + 1}.`, prov);
        });
      visit(block.items, '', slide.provenance);
      return;
    }
    if (block.type === 'references') {
      for (const id of block.refs)
        if (!refs.has(id))
          add(
            error(
              `the reference list on this slide names "${id}", which is not in the deck's reference list`,
            ),
          );
      return;
    }
    cite(what, block.citations);
    if (block.provenance?.sentences.length) sourced = true;
    const prov = block.provenance ?? slide.provenance;
    if (block.type === 'figure') {
      if (!block.alt.trim())
        add(error(`${what} has no alt text; describe what it shows for readers who cannot see it`));
      if (
        block.figure.kind === 'image' &&
        context.assetExists &&
        !context.assetExists(block.figure.asset)
      ) {
        add(error(`${what} shows "${block.figure.asset}", which is not in the deck folder`));
      }
      if (block.figure.kind === 'chart' && !UNSOURCED_LAYOUTS.has(slide.layout))
        chartNumbers(add, what, block.figure.spec.data.values, prov, context);
      if (!UNSOURCED_LAYOUTS.has(slide.layout))
        numbers(add, `${what} caption`, block.caption, prov, context);
      return;
    }
    if (block.type === 'formula') return; // TeX, not a claim to check against the reading
    if (!UNSOURCED_LAYOUTS.has(slide.layout))
      numbers(
        add,
        what,
        block.type === 'quote' ? `${block.text} ${block.attribution ?? ''}` : block.text,
        prov,
        context,
      );
  });
  if (fitSlide(slide, deck).overfull) {
    add(
      warning(
        'has more text than fits even at the smallest size, so the end is cut off; split it or shorten it',
      ),
    );
  }
  if (!sourced && !UNSOURCED_LAYOUTS.has(slide.layout) && slide.blocks.length) {
    add(
      warning(
        'has no source: nothing on it is linked to a sentence of the reading (fine if it is your own material)',
      ),
    );
  }
  if (slide.stale?.length) add(warning(staleText(slide.stale)));
  for (const what of draftFindings(slide)) add(warning(what));
  for (const what of mathFindings(slide)) add(error(what));
  return findings;
}

/** Whether a page citation ("207", "pp. 203-5") names a page outside a range of printed numbers. */
function outsidePages(pages: string, range: { first: string; last: string }): boolean {
  const first = Number(range.first);
  const last = Number(range.last);
  if (!Number.isInteger(first) || !Number.isInteger(last)) return false;
  const nums = [...pages.matchAll(/\d+/g)].map((m) => Number(m[0]));
  // "203-5" abbreviates 205: the second number takes the first's leading digits.
  const full = nums.map((n, i) =>
    i > 0 && n < nums[0]! && String(n).length < String(nums[0]!).length
      ? Number(String(nums[0]!).slice(0, String(nums[0]!).length - String(n).length) + String(n))
      : n,
  );
  return full.some((n) => n < first || n > last);
}

/**
 * Whether the findings of `slide` can depend on the deck's reference list: it cites, or it
 * holds a reference list. Other slides' findings stay valid when the references change.
 */
export function usesReferences(slide: Slide): boolean {
  const cites = (items: readonly BulletItem[]): boolean =>
    items.some((i) => i.citations.length > 0 || cites(i.children));
  return slide.blocks.some((b) =>
    b.type === 'bullets' ? cites(b.items) : b.type === 'references' || b.citations.length > 0,
  );
}

const referenceIndexes = new WeakMap<readonly Reference[], ReadonlyMap<string, Reference>>();

/** The reference list by id, built once per list object (checkSlide runs once per slide). */
function referenceIndex(references: readonly Reference[]): ReadonlyMap<string, Reference> {
  let index = referenceIndexes.get(references);
  if (!index) referenceIndexes.set(references, (index = new Map(references.map((r) => [r.id, r]))));
  return index;
}

function error(what: string): SlideFinding {
  return { what, severity: 'error' };
}

function warning(what: string): SlideFinding {
  return { what, severity: 'warning' };
}

function blockName(block: Block, index: number): string {
  const kind =
    block.type === 'figure'
      ? 'figure'
      : block.type === 'quote'
        ? 'quotation'
        : block.type === 'text'
          ? 'text'
          : block.type;
  return `${kind} (block ${index + 1})`;
}

/** Texts of the sentences a provenance names; undefined when they cannot be looked up. */
function texts(
  prov: Provenance | undefined,
  context: CheckContext,
): { texts: string[]; missing: string[] } | undefined {
  if (!prov || !context.sentences) return undefined;
  const map = context.sentences(prov.source);
  if (!map) return undefined;
  const found: string[] = [];
  const missing: string[] = [];
  for (const id of prov.sentences) {
    const t = map.get(id);
    if (t === undefined) missing.push(id);
    else found.push(t);
  }
  return { texts: found, missing };
}

function numbers(
  add: (p: SlideFinding) => void,
  what: string,
  text: string,
  prov: Provenance | undefined,
  context: CheckContext,
): void {
  const nums = slideNumbers(withoutMath(text));
  if (!nums.length) return;
  const src = texts(prov, context);
  if (!src) return; // no provenance (the "no source" rule speaks) or no copy to compare with
  if (src.missing.length) {
    add(
      warning(
        `${what} comes from sentence ${src.missing.join(', ')}, which is no longer in the source; regenerate or relink it`,
      ),
    );
    return;
  }
  const values = sourceValues(src.texts);
  for (const n of nums) {
    if (!values.has(round(n.value))) {
      add(
        error(
          `${what} says "${n.raw}", which is not in its source (${prov!.sentences.join(', ')}); correct the number or its source link`,
        ),
      );
    }
  }
}

function chartNumbers(
  add: (p: SlideFinding) => void,
  what: string,
  rows: readonly Record<string, string | number | boolean | null>[],
  prov: Provenance | undefined,
  context: CheckContext,
): void {
  rows.forEach((row, r) => {
    // A datum may name its own sentence; otherwise the figure's provenance covers it.
    const own =
      typeof row.sentence === 'string' && prov
        ? { source: prov.source, sentences: [row.sentence] }
        : prov;
    for (const [key, value] of Object.entries(row)) {
      if (key === 'sentence') continue;
      const text =
        typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '';
      numbers(add, `${what} datum ${r + 1} (${key})`, text, own, context);
    }
  });
}
