/**
 * The source pane: the passage of the reading the current slide came from, with the
 * sentences the slide uses highlighted, and its page for a PDF. The reading's copy beside the
 * deck is read with the importer's own reader (source-models.ts), so sentence ids line up;
 * when the copy cannot be read, the slide's speaker notes (where generation puts the passage)
 * are shown.
 */
import type { Deck, Slide } from '../../../common/deck/schema';
import type { ReadingText } from '../../../common/source/model';
import { useSourceModels } from './source-models';

type Loaded =
  { state: 'loading' } | { state: 'none'; why: string } | { state: 'ok'; model: ReadingText };

/** Every sentence id the slide points at: its own provenance and that of its blocks and bullets. */
export function usedSentences(slide: Slide): Set<string> {
  const out = new Set<string>(slide.provenance?.sentences ?? []);
  const visit = (p?: { sentences: string[] }) => p?.sentences.forEach((s) => out.add(s));
  for (const b of slide.blocks) {
    if (b.type === 'bullets') {
      const walk = (items: typeof b.items) =>
        items.forEach((i) => (visit(i.provenance), walk(i.children)));
      walk(b.items);
    } else if (b.type !== 'references') visit(b.provenance);
  }
  return out;
}

/** The page a paragraph of a PDF reading starts on, when the reading records pages. */
const pageOf = (p: ReadingText['sections'][number]['paragraphs'][number]) =>
  p.sentences.find((s) => s.page)?.page;

export function SourcePane({
  deck,
  deckRef,
  slide,
  assetUrl,
}: {
  deck: Deck;
  deckRef: string;
  slide: Slide;
  assetUrl: (rel: string) => string;
}) {
  const sourceId = slide.provenance?.source ?? deck.sources[0]?.id;
  const source = deck.sources.find((s) => s.id === sourceId);
  const path = source?.path;
  const hash = source?.hash;
  // The same readings the deck check uses.
  const { models, failed } = useSourceModels(deck, deckRef, assetUrl);

  const model = hash ? models.get(hash) : undefined;
  const why = hash ? failed.get(hash) : undefined;
  const loaded: Loaded = model
    ? { state: 'ok', model }
    : !path
      ? { state: 'none', why: 'This deck keeps no copy of its reading.' }
      : why !== undefined
        ? {
            state: 'none',
            why: `The reading's copy (${path}) could not be read${why ? `: ${why}` : ''}.`,
          }
        : { state: 'loading' };

  const used = usedSentences(slide);
  if (loaded.state !== 'ok' || used.size === 0) {
    return (
      <section className="source-pane" aria-label="Source">
        <h2>Source</h2>
        {loaded.state === 'none' && <p className="muted">{loaded.why}</p>}
        {used.size === 0 && <p className="muted">This slide was not made from the reading.</p>}
        {slide.notes && (
          <>
            <h3>From the speaker notes</h3>
            <p className="source-text">{slide.notes}</p>
          </>
        )}
      </section>
    );
  }
  const paragraphs = loaded.model.sections
    .flatMap((sec) => sec.paragraphs.map((p) => ({ sec, p })))
    .filter(({ p }) => p.sentences.some((s) => used.has(s.id)));
  return (
    <section className="source-pane" aria-label="Source">
      <h2>Source: {source?.title}</h2>
      {paragraphs.map(({ sec, p }) => (
        <div key={p.id} className="source-paragraph">
          <h3>
            {sec.number ? `${sec.number}. ` : ''}
            {sec.title}
            {pageOf(p) && <span className="source-page"> · p. {pageOf(p)}</span>}
          </h3>
          <p className="source-text">
            {p.sentences.map((s) =>
              used.has(s.id) ? (
                <mark key={s.id} title={`Sentence ${s.id}`}>
                  {s.text}{' '}
                </mark>
              ) : (
                <span key={s.id}>{s.text} </span>
              ),
            )}
          </p>
        </div>
      ))}
    </section>
  );
}
