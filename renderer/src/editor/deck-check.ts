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
 */
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
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

/**
 * The deck check, re-run when the deck, its missing images or its parsed readings change.
 * It follows the deck through `useDeferredValue`: a keystroke's preview is drawn first and
 * the count catches up straight after, in a render of its own that typing may interrupt.
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
  return useMemo(
    () => (check ? check.checkDeckBySlide(checked, context) : []),
    [check, checked, context],
  );
}
