/**
 * The source pane: the passage of the reading the current slide came from, with the
 * sentences the slide uses highlighted. The reading's copy beside the deck is fetched and
 * parsed with the same parser the importer uses, so sentence ids line up; when the copy
 * cannot be read, the slide's speaker notes (where generation puts the passage) are shown.
 */
import { useEffect, useState } from 'react';
import type { Deck, Slide } from '../../../common/deck/schema';
import type { SourceModel } from '../../../common/source/model';
import { parseSource } from '../../../common/source/parse';

type Loaded = { state: 'loading' } | { state: 'none'; why: string } | { state: 'ok'; model: SourceModel };
const models = new Map<string, SourceModel>();

/** Every sentence id the slide points at: its own provenance and that of its blocks and bullets. */
export function usedSentences(slide: Slide): Set<string> {
  const out = new Set<string>(slide.provenance?.sentences ?? []);
  const visit = (p?: { sentences: string[] }) => p?.sentences.forEach((s) => out.add(s));
  for (const b of slide.blocks) {
    if (b.type === 'bullets') {
      const walk = (items: typeof b.items) => items.forEach((i) => (visit(i.provenance), walk(i.children)));
      walk(b.items);
    } else if (b.type !== 'references') visit(b.provenance);
  }
  return out;
}

export function SourcePane({ deck, slide, assetUrl }: { deck: Deck; slide: Slide; assetUrl: (rel: string) => string }) {
  const sourceId = slide.provenance?.source ?? deck.sources[0]?.id;
  const source = deck.sources.find((s) => s.id === sourceId);
  const path = source?.path;
  // Bumped when a fetch finishes, so the parsed model (kept in `models`) is read again.
  const [failed, setFailed] = useState<ReadonlySet<string>>(new Set());
  const [, setFetched] = useState(0);
  const readable = !!source && !!path && /\.(txt|md|markdown)$/i.test(path);
  const hash = source?.hash;
  useEffect(() => {
    if (!readable || !hash || !path || models.has(hash)) return;
    let live = true;
    void fetch(assetUrl(path))
      .then(async (res) => {
        if (!res.ok) throw new Error(String(res.status));
        const text = await res.text();
        models.set(hash, parseSource(text, { hash, format: /\.(md|markdown)$/i.test(path) ? 'markdown' : 'text', fallbackTitle: source?.title }));
        if (live) setFetched((n) => n + 1);
      })
      .catch(() => live && setFailed((f) => new Set([...f, hash])));
    return () => {
      live = false;
    };
  }, [readable, hash, path, assetUrl, source?.title]);

  const model = hash ? models.get(hash) : undefined;
  const loaded: Loaded = model
    ? { state: 'ok', model }
    : !source || !path
      ? { state: 'none', why: 'This deck keeps no copy of its reading.' }
      : !readable
        ? { state: 'none', why: `The reading (${path}) is not plain text, so it cannot be shown here.` }
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
  const paragraphs = loaded.model.sections.flatMap((sec) => sec.paragraphs.map((p) => ({ sec, p }))).filter(({ p }) => p.sentences.some((s) => used.has(s.id)));
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
