/**
 * The source pane: the passage of the reading the current slide came from, with the
 * sentences the slide uses highlighted. The reading's copy beside the deck is fetched and
 * parsed with the same parser the importer uses, so sentence ids line up; when the copy
 * cannot be read, the slide's speaker notes (where generation puts the passage) are shown.
 */
import type { Deck, Slide } from '../../../common/deck/schema';
import type { SourceModel } from '../../../common/source/model';
import { isReadable, useSourceModels } from './source-models';

type Loaded =
  { state: 'loading' } | { state: 'none'; why: string } | { state: 'ok'; model: SourceModel };

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

export function SourcePane({
  deck,
  slide,
  assetUrl,
}: {
  deck: Deck;
  slide: Slide;
  assetUrl: (rel: string) => string;
}) {
  const sourceId = slide.provenance?.source ?? deck.sources[0]?.id;
  const source = deck.sources.find((s) => s.id === sourceId);
  const path = source?.path;
  const readable = isReadable(source);
  const hash = source?.hash;
  // The same fetched and parsed readings the deck check uses.
  const { models, failed } = useSourceModels(deck, assetUrl);

  const model = hash ? models.get(hash) : undefined;
  const loaded: Loaded = model
    ? { state: 'ok', model }
    : !source || !path
      ? { state: 'none', why: 'This deck keeps no copy of its reading.' }
      : !readable
        ? {
            state: 'none',
            why: `The reading (${path}) is not plain text, so it cannot be shown here.`,
          }
        : hash && failed.has(hash)
          ? { state: 'none', why: `The reading's copy (${path}) could not be read.` }
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
