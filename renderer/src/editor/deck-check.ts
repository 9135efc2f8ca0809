/**
 * The deck check in the editor: the real check (common/check), with the context the editor
 * has — the sentences of the reading's copy (parsed for the source pane too) and the images
 * the host said are missing. Each problem is tied to the slide it is about.
 *
 * It is kept per slide (`checkDeckBySlide`), so a keystroke re-checks the one slide typed on
 * instead of the whole deck (a full check took ~20 ms of every keystroke at 1,000 slides).
 *
 * The check module loads on its own, straight after the editor's code: its draft review
 * brings the NLP library compromise (~340 kB), which would otherwise weigh on every start of
 * the app, library included. Until it arrives (a moment) the check reports nothing.
 *
 * Checking every slide at once (a deck just opened, or its readings parsed) took ~0.5 s at
 * 1,000 slides, all of it before the editor could be used. So the slides are checked a few
 * at a time first (`warmUp`), in the pauses of the lecturer's typing and clicking, into the
 * check's own per-slide cache, and the whole deck's findings are shown when every slide has
 * been checked. Until then, as while the module loads, the check reports nothing.
 */
import { useDeferredValue, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { CheckContext } from '../../../common/check';
import type { PlacedFinding } from '../../../common/check/by-slide';
import type { Deck } from '../../../common/deck/schema';
import type { ReadingText } from '../../../common/source/model';
import { useSourceModels } from './source-models';
import { inBackground } from '../failure/background';

type CheckModule = typeof import('../../../common/check/by-slide');
let checkModule: CheckModule | undefined;
/** Starts loading as soon as the editor's code does, so it is usually there by the first render. */
const loadingCheck: Promise<CheckModule> = import('../../../common/check/by-slide').then(
  (m) => (checkModule = m),
);

/** A check problem and the index of its slide. */
export type SlideProblem = PlacedFinding;

/** Sentence texts by id, for each source of `deck` whose reading is parsed. */
function sentenceMaps(
  sources: Deck['sources'],
  models: ReadonlyMap<string, ReadingText>,
): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const source of sources) {
    const model = models.get(source.hash);
    if (!model) continue;
    const map = new Map<string, string>();
    for (const s of model.sections)
      for (const p of s.paragraphs) for (const t of p.sentences) map.set(t.id, t.text);
    out.set(source.id, map);
  }
  return out;
}

const NOTHING: SlideProblem[] = [];

/** How long one piece of the first check may run before the page gets a turn (ms). */
const SLICE_MS = 4;
/** Slides checked in one call of the first check (one tagging pass for their texts). */
const CHECKED_TOGETHER = 8;
/** How long the lecturer must have pressed no key and clicked nothing before a piece runs (ms). */
const QUIET_MS = 250;

/** When the lecturer last pressed a key or a pointer button in this page (ms, performance.now). */
let lastInput = -Infinity;
if (typeof window !== 'undefined') {
  const note = () => (lastInput = performance.now());
  window.addEventListener('keydown', note, { capture: true, passive: true });
  window.addEventListener('pointerdown', note, { capture: true, passive: true });
}

/**
 * Runs `work` in a task of its own once the lecturer has paused (`QUIET_MS`), so a piece of
 * the first check never holds up a keystroke being typed; returns a cancel. (Not an idle
 * callback: a page gets one of those per idle period, which spread the pieces of a
 * 1,000-slide deck over several seconds.)
 */
function whenQuiet(work: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const wait = () => {
    const left = lastInput + QUIET_MS - performance.now();
    timer =
      left > 0
        ? setTimeout(wait, left)
        : setTimeout(() => (performance.now() - lastInput < QUIET_MS ? wait() : work()), 0);
  };
  wait();
  return () => clearTimeout(timer);
}

/**
 * Whether a slide's findings can be checked in a deck of a few of its slides and be exactly
 * the findings it has in the whole deck: its fit depends on the other slides only through the
 * pages cited over the deck (a references block, or a references slide's own list, shows
 * them) and the numbering of a citation style, so a deck with a style, and a slide with a
 * references list, are checked with the whole deck only.
 */
function checkableAlone(deck: Deck, slide: Deck['slides'][number]): boolean {
  return (
    !deck.meta.citationStyle &&
    slide.layout !== 'references' &&
    !slide.blocks.some((b) => b.type === 'references')
  );
}

/**
 * Checks the slides of `deck()` a slice at a time into the check's per-slide cache, then
 * calls `done`. Returns a cancel. `deck` is read at each slice, so edits meanwhile are
 * followed (a slide edited after its check is checked again with the whole deck).
 */
function warmUp(
  check: CheckModule,
  deck: () => Deck,
  context: CheckContext,
  done: () => void,
): () => void {
  let next = 0;
  let cancel = whenQuiet(function slice() {
    const d = deck();
    const start = performance.now();
    while (next < d.slides.length && performance.now() - start < SLICE_MS) {
      // A few slides at once: the check tags the texts of the slides it is given together.
      const few: Deck['slides'][number][] = [];
      while (next < d.slides.length && few.length < CHECKED_TOGETHER) {
        const slide = d.slides[next++]!;
        if (checkableAlone(d, slide)) few.push(slide);
      }
      if (few.length) check.checkDeckBySlide({ ...d, slides: few }, context);
    }
    if (next >= d.slides.length) done();
    else cancel = whenQuiet(slice);
  });
  return () => cancel();
}

/**
 * The deck check, re-run when the deck, its missing images or its parsed readings change.
 * It follows the deck through `useDeferredValue`: a keystroke's preview is drawn first and
 * the count catches up straight after, in a render of its own that typing may interrupt.
 * Until every slide has been checked in the current context (see `warmUp`) it reports nothing.
 */
export function useDeckCheck(
  deck: Deck,
  deckRef: string,
  missingAssets: ReadonlySet<string>,
  assetUrl: (rel: string) => string,
): SlideProblem[] {
  const { models } = useSourceModels(deck, deckRef, assetUrl);
  // `models` is one shared map; its size says when another reading has arrived.
  const loaded = models.size;
  const maps = useMemo(() => sentenceMaps(deck.sources, models), [deck.sources, models, loaded]); // eslint-disable-line react-hooks/exhaustive-deps
  // One context object per readings-and-images state: a new one makes every slide be checked again.
  const context = useMemo<CheckContext>(
    () => ({ sentences: (id) => maps.get(id), assetExists: (rel) => !missingAssets.has(rel) }),
    [maps, missingAssets],
  );
  const checked = useDeferredValue(deck);
  const [check, setCheck] = useState<CheckModule | undefined>(checkModule);
  useEffect(() => {
    if (check) return;
    let live = true;
    inBackground(
      'load the deck check',
      loadingCheck.then((m) => live && setCheck(m)),
    );
    return () => {
      live = false;
    };
  }, [check]);
  // The context every slide has been checked in (so the whole deck's check is quick).
  const [warm, setWarm] = useState<CheckContext | undefined>(undefined);
  const latest = useRef(deck);
  useLayoutEffect(() => {
    latest.current = deck;
  });
  useEffect(() => {
    if (!check || warm === context) return;
    return warmUp(
      check,
      () => latest.current,
      context,
      () => setWarm(context),
    );
  }, [check, context, warm]);
  const ready = check && warm === context ? check : undefined;
  return useMemo(
    () => (ready ? ready.checkDeckBySlide(checked, context) : NOTHING),
    [ready, checked, context],
  );
}
