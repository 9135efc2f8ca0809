/**
 * Two versions of one deck → the slides that differ, for the conflict dialog's side-by-side
 * view ("yours" and "on disk") before anything is overwritten. Slides are matched by their
 * stable id; each side is shown as the lecturer reads it: number, title, visible text, notes.
 * Pure data in, pure data out (no Node, no DOM).
 */
import type { Deck, Slide } from './schema';
import { summarizeDeck, type SlideSummary } from './summary';

/** One slide as the side-by-side view shows it. */
export interface SlideSide {
  /** 1-based position in its version of the deck. */
  number: number;
  title: string;
  /** The visible text of its blocks, in order (bullets, quote, captions, …). */
  text: string[];
  notes: string;
}

export interface SlideDifference {
  id: string;
  /**
   * `changed`: in both, with different content; `moved`: the same content at another
   * position; `only-mine`: added in my version (or deleted on disk); `only-disk`: added on
   * disk (or deleted in mine).
   */
  kind: 'changed' | 'moved' | 'only-mine' | 'only-disk';
  mine?: SlideSide;
  disk?: SlideSide;
}

export interface DeckDifferences {
  slides: SlideDifference[];
  /** What else differs, in words: "deck title", "theme", "references", … */
  other: string[];
}

function side(summary: SlideSummary, index: number): SlideSide {
  return { number: index + 1, title: summary.title, text: summary.text, notes: summary.notes };
}

/** Same content, ignoring where the slide is (the slide object as the file holds it). */
function sameSlide(a: Slide, b: Slide): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

const META_WORDS: Record<string, string> = {
  title: 'deck title',
  subtitle: 'deck subtitle',
  author: 'author',
  course: 'course',
  date: 'date',
  language: 'language',
  theme: 'theme',
  aspectRatio: 'aspect ratio',
  paperSize: 'paper size',
};

/** The slides of `mine` and `disk` that differ, in reading order (mine's, with slides only on disk where they stand on disk). */
export function diffDecks(mine: Deck, disk: Deck): DeckDifferences {
  const mineSum = summarizeDeck(mine).slides;
  const diskSum = summarizeDeck(disk).slides;
  const diskIndex = new Map(disk.slides.map((s, i) => [s.id, i]));
  const mineIndex = new Map(mine.slides.map((s, i) => [s.id, i]));

  // Positions compared among the slides both versions have, so one insertion does not make every later slide "moved".
  const commonMine = mine.slides.filter((s) => diskIndex.has(s.id)).map((s) => s.id);
  const commonDisk = disk.slides.filter((s) => mineIndex.has(s.id)).map((s) => s.id);
  const commonPos = new Map(commonDisk.map((id, i) => [id, i]));

  const rows: Array<SlideDifference & { order: number }> = [];
  mine.slides.forEach((slide, i) => {
    const j = diskIndex.get(slide.id);
    if (j === undefined) {
      rows.push({ id: slide.id, kind: 'only-mine', mine: side(mineSum[i]!, i), order: i });
      return;
    }
    const other = disk.slides[j]!;
    const changed = !sameSlide(slide, other);
    const moved = commonPos.get(slide.id) !== commonMine.indexOf(slide.id);
    if (changed || moved)
      rows.push({
        id: slide.id,
        kind: changed ? 'changed' : 'moved',
        mine: side(mineSum[i]!, i),
        disk: side(diskSum[j]!, j),
        order: i,
      });
  });
  // A slide only on disk goes after the slide that precedes it on disk (in mine's order).
  disk.slides.forEach((slide, j) => {
    if (mineIndex.has(slide.id)) return;
    let order = -0.5;
    for (let k = j - 1; k >= 0; k--) {
      const at = mineIndex.get(disk.slides[k]!.id);
      if (at !== undefined) {
        order = at + 0.5;
        break;
      }
    }
    rows.push({
      id: slide.id,
      kind: 'only-disk',
      disk: side(diskSum[j]!, j),
      order: order + j / 1e6,
    });
  });
  rows.sort((a, b) => a.order - b.order);

  const other: string[] = [];
  const a = mine.meta as Record<string, unknown>;
  const b = disk.meta as Record<string, unknown>;
  for (const key of new Set([...Object.keys(META_WORDS), ...Object.keys(a), ...Object.keys(b)])) {
    if (JSON.stringify(a[key]) !== JSON.stringify(b[key])) other.push(META_WORDS[key] ?? key);
  }
  if (JSON.stringify(mine.references) !== JSON.stringify(disk.references)) other.push('references');
  if (JSON.stringify(mine.sources) !== JSON.stringify(disk.sources)) other.push('sources');

  return { slides: rows.map(({ order: _order, ...row }) => row), other };
}
